#!/usr/bin/env node
// The programs' start-up: after `tsc` has written dist/ (the library, its types, one file
// per module), each program entry point is rewritten as one bundled file, so that Node
// reads and links one module instead of a hundred (the resolution alone cost more than
// the code). The library's dist/index.js stays as tsc wrote it; its Worker's entry is
// bundled, as it starts a fresh module graph of its own. koffi stays external (a native
// addon). Run by `npm run build` and `npm ci` (prepare).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** dist path (without .js) -> source. Worker entries stay where `new URL(...)` finds them. */
const entries = {
  'cli/tstrace': 'src/cli/tstrace.ts',
  'cli/ptail': 'src/cli/ptail.ts',
  'cli/ptail-worker': 'src/cli/ptail-worker.ts',
  'api/worker': 'src/api/worker.ts',
};

await build({
  absWorkingDir: root,
  entryPoints: Object.entries(entries).map(([out, src]) => ({ out, in: src })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['koffi'],
  logLevel: 'warning',
});
