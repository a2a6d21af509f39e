// The browser path has no Node built-ins: bundling the package's public entries for the browser
// (esbuild, as measure-bundle.mjs does) finds exactly one, az's `require('fs')`, which the Russian
// pack never calls outside Node (it loads the dictionary with fetch there).
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRIES = ['dist/index.js', 'dist/languages/ru.js', 'dist/languages/kk.js', 'dist/languages/en.js'];

describe('browser bundle', () => {
  it('imports no Node built-in except the fs that az guards', async () => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build`').toBe(true);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const found: string[] = [];
    await build({
      entryPoints: ENTRIES.map((entry) => join(ROOT, entry)),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      outdir: join(ROOT, 'test-output', 'bundle-check'),
      logLevel: 'silent',
      plugins: [
        {
          name: 'record-node-builtins',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (!builtins.has(args.path)) return undefined;
              found.push(`${args.path} from ${relative(ROOT, args.importer)}`);
              return { path: args.path, namespace: 'builtin' };
            });
            b.onLoad({ filter: /.*/, namespace: 'builtin' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
          },
        },
      ],
    });
    expect([...new Set(found)]).toEqual(['fs from node_modules/az/dist/az.js']);
  }, 90_000);
});
