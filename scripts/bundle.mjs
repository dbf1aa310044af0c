#!/usr/bin/env node
// The programs' start-up: after `tsc` has written dist/ (the library, its types, one file
// per module), each program entry point is rewritten as one bundled file, so that Node
// reads and links one module instead of a hundred (the resolution alone cost more than
// the code). tstrace's is CommonJS with a V8 code cache (see src/cli/tstrace-launch.cts).
// The library's dist/index.js stays as tsc wrote it; its Worker's entry is bundled, as it
// starts a fresh module graph of its own. koffi stays external (a native addon). Run by
// `npm run build` and `npm ci` (prepare).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** dist path (without .js) -> source. Worker entries stay where `new URL(...)` finds them. */
const esmEntries = {
  'cli/ptail': 'src/cli/ptail.ts',
  'cli/ptail-worker': 'src/cli/ptail-worker.ts',
  'api/worker': 'src/api/worker.ts',
};
const common = {
  absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', external: ['koffi'], logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: Object.entries(esmEntries).map(([out, src]) => ({ out, in: src })),
  outdir: 'dist',
  format: 'esm',
});

// tstrace: one CommonJS file that cli/tstrace-launch.cts compiles with a V8 code cache. It
// is wrapped in a function there, so it must not start with the source's #! line.
const [tstrace] = (await build({
  ...common,
  entryPoints: ['src/cli/tstrace.ts'],
  outfile: 'dist/cli/tstrace.bundle.cjs',
  format: 'cjs',
  // Less to read and hash at every start; names stay, for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
})).outputFiles;
writeFileSync(tstrace.path, tstrace.text.replace(/^#!.*\n/, ''));
// dist/cli/tstrace.js (what tests, scripts and habits run) leads to the same entry.
writeFileSync(join(dist, 'cli', 'tstrace.js'), "#!/usr/bin/env node\n// tstrace: see tstrace-launch.cjs.\nimport './tstrace-launch.cjs';\n");

// The code cache: made after a short trace, so that it holds the functions a trace runs,
// not only the top level. Where ptrace is not allowed the run fails after start-up, and
// the cache still spares the compile of what ran.
try {
  execFileSync(process.execPath, [join(dist, 'cli', 'tstrace-launch.cjs'), '-o', '/dev/null', 'true'], {
    env: { ...process.env, TSTRACE_WRITE_CODE_CACHE: '1' }, stdio: 'ignore',
  });
} catch {
  // The exit status is the traced command's or tstrace's error: the cache is written either way.
}
