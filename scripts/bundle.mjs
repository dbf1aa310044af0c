#!/usr/bin/env node
// The programs' start-up: after `tsc` has written dist/ (the library, its types, one file
// per module), each program entry point is rewritten as bundled files, so that Node reads
// and links a few modules instead of a hundred (the resolution alone cost more than the
// code). tstrace's is CommonJS in chunks, each with a V8 code cache: the bundle holds what
// a trace needs at start, the decoders' other units are read at first use (see
// src/cli/tstrace-launch.cts). The library's dist/index.js stays as tsc wrote it; its
// Worker's entry is bundled, as it starts a fresh module graph of its own. koffi stays
// external (a native addon). Run by `npm run build` and `npm ci` (prepare).
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimInterop } from './cjs-interop.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** dist path (without .js) -> source. Worker entries stay where `new URL(...)` finds them. */
const esmEntries = {
  'cli/ptail': 'src/cli/ptail.ts',
  'cli/ptail-worker': 'src/cli/ptail-worker.ts',
  'api/worker': 'src/api/worker.ts',
};

// `node dist/cli/tstrace.js`, what tests, scripts and habits run, is the entry itself through
// a link. A file of its own would be an ES module (the package's "type"), and Node's ES
// module loader costs ~12 ms and 1.7 MiB at start; Node follows the link to the .cjs file
// and starts it as CommonJS. Made first, so that it exists whatever fails below.
const entryLink = join(dist, 'cli', 'tstrace.js');
rmSync(entryLink, { force: true });
symlinkSync('tstrace-launch.cjs', entryLink);

const common = {
  absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', external: ['koffi'], logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: Object.entries(esmEntries).map(([out, src]) => ({ out, in: src })),
  outdir: 'dist',
  format: 'esm',
});

// Decoder units loaded on first use (src/decode/lazy.ts): each side-effect import of these
// aggregators becomes a unit (a unit's own aggregator makes units within it). A first build evaluates them in order with recordUnit and
// tells which names each defines (tstrace -V: its modules load, nothing is traced); the
// real build defers the units that can be (deferUnit), the others stay imports.
const AGGREGATORS = /[\\/]src[\\/]decode[\\/](structs[\\/]index|xlat[\\/]all|subsys[\\/]index|ioctl[\\/]index)\.ts$/;
const LAZY = join(root, 'src', 'decode', 'lazy.ts');
const SIDE_EFFECT_IMPORT = /^import '(\.[^']+)';$/gm;

/** The esbuild plugin: `units` null records; else it maps unit ids to their names, or to why they stay eager. */
function decoderUnits(units) {
  return {
    name: 'decoder-units',
    setup(b) {
      b.onLoad({ filter: AGGREGATORS }, ({ path }) => {
        const from = relative(root, path).replaceAll('\\', '/');
        const lazy = './' + relative(dirname(path), LAZY).replaceAll('\\', '/').replace(/\.ts$/, '.js');
        const source = readFileSync(path, 'utf8').replace(SIDE_EFFECT_IMPORT, (line, spec) => {
          const id = `${from}:${spec}`;
          if (units === null) return `__recordUnit(${JSON.stringify(id)}, () => require(${JSON.stringify(spec)}));`;
          const names = units[id];
          if (names === undefined) throw new Error(`bundle: unit ${id} was not recorded`);
          if (typeof names === 'string') {
            console.warn(`bundle: ${id} loads at start-up (${names})`);
            return line;
          }
          // A dynamic import, so that esbuild makes the unit a chunk of its own (see below).
          return `__deferUnit(${JSON.stringify(names)}, () => import(${JSON.stringify(spec)}));`;
        });
        const header = `import { deferUnit as __deferUnit, recordUnit as __recordUnit } from ${JSON.stringify(lazy)};\n`;
        return { contents: header + source, loader: 'ts' };
      });
    },
  };
}

// The recording: tstrace's graph, after a module that writes at exit what lazy.ts learnt.
const recorder = join(dist, 'cli', 'tstrace.units-record.cjs');
const unitsFile = join(dist, 'cli', 'tstrace.units.json');
const recordHook = {
  name: 'record-hook',
  setup(b) {
    b.onResolve({ filter: /^record-hook$/ }, () => ({ path: 'record-hook', namespace: 'record-hook' }));
    b.onLoad({ filter: /.*/, namespace: 'record-hook' }, () => ({
      contents: `import { recordedUnits } from ${JSON.stringify(LAZY)};
import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(unitsFile)}, JSON.stringify(recordedUnits())));`,
      resolveDir: root,
      loader: 'ts',
    }));
  },
};
await build({
  ...common,
  // special.ts first: it defines rules of its own when it loads, which must not count as
  // definitions of the unit that happens to import it first.
  stdin: {
    contents: ['record-hook', join(root, 'src', 'decode', 'special.ts'), join(root, 'src', 'cli', 'main.ts')]
      .map((m) => `import ${JSON.stringify(m)};`).join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: recorder,
  format: 'cjs',
  plugins: [recordHook, decoderUnits(null)],
});
rmSync(unitsFile, { force: true });
execFileSync(process.execPath, [recorder, '-V'], { stdio: ['ignore', 'ignore', 'inherit'] });
const units = JSON.parse(readFileSync(unitsFile, 'utf8'));
rmSync(recorder);

// tstrace: code split into chunks (esbuild's splitting; each deferred unit starts a chunk,
// the modules it shares with others go to shared chunks), each rewritten as CommonJS and
// wrapped as a module factory for the entry's small module registry (see
// src/cli/tstrace-launch.cts). The chunks the program needs at start (main's static
// imports, and after a training run the units a trace of `true` loads) are one file,
// tstrace.bundle.cjs; the rest are files in tstrace.chunks/, read when a decoder first
// needs them. Start-up reads and deserialises less than half of the code.
const chunkDir = join(dist, 'cli', 'tstrace.chunks');
const split = await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: join(dist, 'cli', 'tstrace.split'),
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // Less to read, copy and deserialise at every start: short local names took ~95 of ~2,980
  // page faults off a start (fewer distinct names: V8's string table no longer grows), ~1-3
  // ms here. A stack trace from the bundle names minified functions;
  // `node dist/cli/main.js ...` runs the same program unbundled, from tsc's output.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  write: false,
  metafile: true,
  plugins: [decoderUnits(units)],
});
const chunkId = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Each output chunk as a factory: `define(id, function (module, exports, require) {...})`. */
const factories = new Map();
for (const file of split.outputFiles) {
  // The units' (and main's own) dynamic imports: synchronous here, through the registry.
  const esm = file.text.replace(/^#!.*\n/, '').replace(/\bimport\(("\.\/[^"]+\.js")\)/g, 'require($1)');
  const { code } = await transform(esm, { format: 'cjs', platform: 'node', target: 'node20', loader: 'js', minifyWhitespace: true });
  // Plain exports, and none of esbuild's interop that the chunk does not need (cjs-interop.mjs).
  const cjs = trimInterop(code);
  factories.set(chunkId(file.path), `define(${JSON.stringify(chunkId(file.path))}, function (module, exports, require) {\n${cjs}});\n`);
}
const outputs = Object.fromEntries(Object.entries(split.metafile.outputs).map(([path, o]) => [chunkId(path), o]));
const eager = new Set();
for (const stack = ['main.js']; stack.length > 0;) {
  const id = stack.pop();
  if (eager.has(id)) continue;
  eager.add(id);
  for (const i of outputs[id].imports) if (i.kind === 'import-statement' && !i.external) stack.push(chunkId(i.path));
}
const moduleFile = (ids) => `(function (define) {\n${ids.map((id) => factories.get(id)).join('')}})`;
const bundleFile = join(dist, 'cli', 'tstrace.bundle.cjs');
/** Writes the bundle (the chunks in `core`) and a file per other chunk, without code caches. */
function link(core) {
  // V8 accepts a code cache for any source of the same length (it checks no more): a cache
  // left from the last link would run that link's code, chunk names and all.
  rmSync(join(dist, 'cli', 'tstrace.bundle.cache'), { force: true });
  rmSync(chunkDir, { recursive: true, force: true });
  // A new file renamed into place: a tstrace starting meanwhile maps the bundle (see the
  // entry), and a file rewritten in place under a mapping faults (SIGBUS) where it shrank.
  writeFileSync(bundleFile + '.new', moduleFile([...core]));
  renameSync(bundleFile + '.new', bundleFile);
  mkdirSync(chunkDir);
  for (const id of factories.keys()) {
    if (!core.has(id)) writeFileSync(join(chunkDir, id.replace(/\.js$/, '.cjs')), moduleFile([id]));
  }
}

// koffi's native module, as koffi's own loader finds it here: the entry loads it directly
// (see koffiNative in src/cli/tstrace-launch.cts). Absent when koffi loads something else.
const koffiFile = join(dist, 'cli', 'tstrace.koffi.json');
rmSync(koffiFile, { force: true });
{
  const cliRequire = createRequire(join(dist, 'cli', 'tstrace-launch.cjs'));
  const koffi = cliRequire('koffi');
  const native = Object.entries(cliRequire.cache).find(([path, m]) => path.endsWith('.node') && m.exports?.version === koffi.version);
  if (native !== undefined) {
    writeFileSync(koffiFile, JSON.stringify({ native: relative(join(dist, 'cli'), native[0]), version: koffi.version }) + '\n');
  } else {
    console.warn('bundle: koffi\'s native module not found; tstrace will load koffi through its own loader');
  }
}

// The code cache: made after a short trace, so that it holds the functions a trace runs,
// not only the top level. Where ptrace is not allowed the run fails after start-up, and
// the cache still spares the compile of what ran.
function train() {
  try {
    execFileSync(process.execPath, [join(dist, 'cli', 'tstrace-launch.cjs'), '-o', '/dev/null', 'true'], {
      env: { ...process.env, TSTRACE_WRITE_CODE_CACHE: '1' }, stdio: 'ignore',
    });
  } catch {
    // The exit status is the traced command's or tstrace's error: the cache is written either way.
  }
}

// Linked twice. The chunks that a trace of `true` loads (the units every dynamically
// linked program's start needs: mmap's and open's flags, stat, arch_prctl ...) are
// moved into the bundle after the first training run (they are the chunk files it made
// caches for): one file read and compiled with the rest, still evaluated on first use.
link(eager);
train();
const started = readdirSync(chunkDir).filter((f) => f.endsWith('.cache')).map((f) => f.replace(/\.cache$/, '.js'));
link(new Set([...eager, ...started]));
train();
