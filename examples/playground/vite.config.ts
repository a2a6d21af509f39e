// Vite config of the playground: `npx vite build examples/playground` (or `vite` for a dev server).
// The az dictionaries (node_modules/az/dicts, ~11 MB) are not committed: they are served from
// node_modules by the dev server and copied into the build's dicts/ folder.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const azDictionaries = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');

export default defineConfig({
  root: here,
  // Relative asset URLs: the built folder works from any sub-path of any static host.
  base: './',
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    // The packs' models are large JSON chunks by design; the default 500 kB warning is noise here.
    chunkSizeWarningLimit: 4096,
    // The library targets evergreen browsers (ES2022: class fields, top-level await is not used).
    target: 'es2022',
  },
  plugins: [serveAzDictionaries()],
});

/** Serves node_modules/az/dicts as /dicts in `vite` and copies it to dist/dicts in `vite build`. */
function serveAzDictionaries(): Plugin {
  let outDir = '';
  return {
    name: 'news-enrich:az-dictionaries',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use('/dicts', (req, res, next) => {
        const file = dictionaryFile(req.url ?? '');
        if (!file) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      cpSync(azDictionaries, join(outDir, 'dicts'), { recursive: true });
    },
  };
}

/** The dictionary file a request path names, or undefined (also for anything outside the folder). */
function dictionaryFile(url: string): string | undefined {
  const name = normalize(decodeURIComponent(url.split('?')[0] ?? '')).replace(/^[/\\]+/, '');
  const file = join(azDictionaries, name);
  if (!file.startsWith(azDictionaries + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}
