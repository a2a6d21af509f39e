import { defineConfig } from 'tsup';

// Library entries are built as ESM and CJS with their own .d.ts / .d.cts; the CLI and the eval
// command are ESM-only executables.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'languages/ru': 'src/languages/ru/index.ts',
      'languages/kk': 'src/languages/kk/index.ts',
      'languages/en': 'src/languages/en/index.ts',
      batch: 'src/batch/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
  {
    // batch-worker: the thread news-enrich/batch and `--workers` start, found next to them in dist/
    // (ESM only: a CommonJS caller starts an ESM worker just as well).
    entry: { cli: 'src/cli/main.ts', eval: 'src/eval/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
