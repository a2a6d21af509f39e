// Measures what a browser downloads: bundles each public entry of the built package (dist/) with
// esbuild for the browser, minified and code-split as an app bundler would, and prints raw and
// gzip sizes of the code loaded up front ("initial": the entry and its static imports) and of the
// chunks loaded later by dynamic import ("lazy": the Kazakh and English tagger models), plus the
// az dictionary files the Russian pack fetches at run time.
//
// Usage: npm run build && node scripts/measure-bundle.mjs [--json]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = {
  'news-enrich (core)': 'dist/index.js',
  'news-enrich/ru': 'dist/languages/ru.js',
  'news-enrich/kk': 'dist/languages/kk.js',
  'news-enrich/en': 'dist/languages/en.js',
};

/** az's UMD wrapper does `require('fs')` when it sees CommonJS; browsers get an empty module, as Vite does. */
const emptyNodeBuiltins = {
  name: 'empty-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?fs$/ }, () => ({ path: 'fs', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** Raw and gzip bytes of some buffers together. */
function sizeOf(buffers) {
  return buffers.reduce((s, b) => ({ raw: s.raw + b.length, gzip: s.gzip + gzipSync(b, { level: 9 }).length }), { raw: 0, gzip: 0 });
}

/** Bundles one entry and splits its output files into the initial load and the lazy chunks. */
async function measureEntry(entry) {
  const outdir = mkdtempSync(join(tmpdir(), 'news-enrich-measure-'));
  try {
    const result = await build({
      entryPoints: { entry: join(root, entry) },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      outdir,
      metafile: true,
      write: false,
      logLevel: 'error',
      plugins: [emptyNodeBuiltins],
    });
    const outputs = result.metafile.outputs;
    const byPath = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
    const entryOut = Object.keys(outputs).find((p) => outputs[p].entryPoint !== undefined);
    const initial = staticClosure(outputs, entryOut);
    const lazy = Object.keys(outputs).filter((p) => !initial.has(p) && !p.endsWith('.map'));
    return {
      initial: sizeOf([...initial].map((p) => byPath.get(p))),
      lazy: sizeOf(lazy.map((p) => byPath.get(p))),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The output file and every chunk it imports statically, transitively. */
function staticClosure(outputs, start) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const imp of outputs[queue.pop()].imports) {
      if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  return seen;
}

/** The az dictionary files, which the Russian pack loads at run time (not part of any bundle). */
function measureDictionaries() {
  const folder = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
  const files = readdirSync(folder).filter((name) => name !== 'meta.json');
  return sizeOf(files.map((name) => readFileSync(join(folder, name))));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const rows = [];
for (const [name, entry] of Object.entries(ENTRIES)) rows.push({ name, ...(await measureEntry(entry)) });
const dictionaries = measureDictionaries();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ entries: rows, dictionaries }, null, 2));
} else {
  console.log('Browser bundle sizes (esbuild, minified, ES2022; gzip level 9)\n');
  console.log(`${'entry'.padEnd(22)}${'initial raw'.padStart(12)}${'gzip'.padStart(12)}${'lazy raw'.padStart(12)}${'gzip'.padStart(12)}`);
  for (const r of rows) console.log(`${r.name.padEnd(22)}${kb(r.initial.raw).padStart(12)}${kb(r.initial.gzip).padStart(12)}${kb(r.lazy.raw).padStart(12)}${kb(r.lazy.gzip).padStart(12)}`);
  console.log(`${'az dictionaries (ru)'.padEnd(22)}${kb(dictionaries.raw).padStart(12)}${kb(dictionaries.gzip).padStart(12)}   fetched at run time from createRussianPack({ dictionaries })`);
}
