import { defineConfig } from 'tsup';

const library = {
  index: 'src/index.ts',
  'languages/ru': 'src/languages/ru/index.ts',
  'languages/kk': 'src/languages/kk/index.ts',
  'languages/en': 'src/languages/en/index.ts',
  batch: 'src/batch/index.ts',
};

// One ESM build for the library and the executables, so they share chunks (the models and tables
// ship once, not once per entry); a CommonJS build of the library entries with experimental
// splitting for the same reason. bin/news-enrich.js is the executable wrapper around dist/cli.js.
export default defineConfig([
  {
    // batch-worker: the thread news-enrich/batch and `--workers` start, found next to them in dist/.
    entry: { ...library, cli: 'src/cli/main.ts', eval: 'src/eval/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    dts: { entry: library },
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: library,
    format: ['cjs'],
    dts: { entry: library },
    splitting: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
]);
