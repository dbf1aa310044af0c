// tstrace's entry (src/cli/tstrace-launch.cts): the bundle with its code cache when the
// build made them, the unbundled program after a tsc-only build, never a stale bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { fixture, haveCompiler, REPO, run, tempDir } from './helpers/fixtures.mjs';

const CLI = join(REPO, 'dist', 'cli');
const LAUNCH = join(CLI, 'tstrace-launch.cjs');

test('the entry runs the bundle only when it is newer than the entry itself', { skip: !existsSync(LAUNCH) && 'not built' }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  copyFileSync(LAUNCH, join(dir, 'tstrace-launch.cjs'));
  writeFileSync(join(dir, 'main.js'), "process.stdout.write('unbundled ' + process.argv.slice(2).join(' '));\n");
  const bundle = join(dir, 'tstrace.bundle.cjs');
  // The bundle's shape (scripts/bundle.mjs): a function that defines the chunks by id.
  writeFileSync(bundle, `(function (define) {
define("main.js", function (module, exports, require) {
process.stdout.write('bundle ' + process.argv.slice(2).join(' ') + ' ' + typeof require('node:fs').statSync);
});
})`);
  // A cache made for other source: V8 must reject it, and the bundle still runs.
  writeFileSync(join(dir, 'tstrace.bundle.cache'), new Script('1 + 1').createCachedData());
  const entryTime = statSync(join(dir, 'tstrace-launch.cjs')).mtime;

  utimesSync(bundle, entryTime, new Date(entryTime.getTime() - 60_000));
  const stale = await run(process.execPath, [join(dir, 'tstrace-launch.cjs'), '-o', 'x']);
  assert.equal(stale.code, 0, stale.stderr);
  assert.equal(stale.stdout, 'unbundled -o x');

  utimesSync(bundle, entryTime, new Date(entryTime.getTime() + 60_000));
  const fresh = await run(process.execPath, [join(dir, 'tstrace-launch.cjs'), '-o', 'x']);
  assert.equal(fresh.code, 0, fresh.stderr);
  assert.equal(fresh.stdout, 'bundle -o x function');
});

const bundled = existsSync(join(CLI, 'tstrace.bundle.cjs')) && existsSync(join(CLI, 'tstrace.bundle.cache')) &&
  statSync(join(CLI, 'tstrace.bundle.cjs')).mtimeMs >= statSync(LAUNCH).mtimeMs;

test('the build\'s code cache is one this Node accepts for the bundle', { skip: !bundled && 'no bundle (tsc-only build)' }, () => {
  const script = new Script(readFileSync(join(CLI, 'tstrace.bundle.cjs'), 'utf8'), {
    filename: join(CLI, 'tstrace.bundle.cjs'),
    cachedData: readFileSync(join(CLI, 'tstrace.bundle.cache')),
  });
  assert.equal(script.cachedDataRejected, false);
});

test('a plain trace from dist/cli/tstrace.js loads koffi\'s native module directly, and neither perf_hooks nor node:module', { skip: !bundled && 'no bundle (tsc-only build)' }, async () => {
  const dir = tempDir();
  const report = join(dir, 'loaded.json');
  // Preloaded: at exit, the built-in modules Node loaded and the files required.
  const preload = join(dir, 'loaded.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)},
    JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache),
      maps: require('node:fs').readFileSync('/proc/self/maps', 'utf8') })));\n`);
  // dist/cli/tstrace.js is the same entry (a link: as a file of its own it would be an ES
  // module, and start Node's ES module loader).
  const r = await run(process.execPath, ['-r', preload, join(CLI, 'tstrace.js'), '-o', '/dev/null', 'true']);
  assert.equal(r.code, 0, r.stderr);
  const { builtins, files, maps } = JSON.parse(readFileSync(report, 'utf8'));
  // koffi's JavaScript loader (it reads node's ELF header to find its binary) is skipped:
  // its native module is mapped, and no koffi JavaScript was required.
  assert.match(maps, /koffi\.node$/m);
  assert.ok(!files.some((f) => /[\\/]koffi[\\/].*\.c?js$/.test(f)), files.join(' '));
  // The clock is sys/clock.ts's (perf_hooks only for absolute times), the bundle's require
  // the entry's own (createRequire would load node:module and the ES module loader).
  for (const name of ['NativeModule perf_hooks', 'NativeModule module', 'NativeModule internal/modules/esm/loader']) {
    assert.ok(!builtins.includes(name), `${name} loaded`);
  }
});

test('a decoder the start does not need is read from its own chunk file at its first use', { skip: (!bundled && 'no bundle (tsc-only build)') || (!haveCompiler() && 'no C compiler') }, async () => {
  const dir = tempDir();
  const report = join(dir, 'read.json');
  // Preloaded: the files under tstrace.chunks/ that the entry opens.
  const preload = join(dir, 'reads.cjs');
  writeFileSync(preload, `const fs = require('node:fs'); const open = fs.openSync; const seen = [];
fs.openSync = function (p, ...rest) { if (String(p).includes('tstrace.chunks')) seen.push(String(p)); return open.call(this, p, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify(seen)));\n`);
  const plain = await run(process.execPath, ['-r', preload, LAUNCH, '-o', '/dev/null', '/bin/true']);
  assert.equal(plain.code, 0, plain.stderr);
  // What a dynamically linked program's start needs is in the bundle itself.
  assert.deepEqual(JSON.parse(readFileSync(report, 'utf8')), []);
  const r = await run(process.execPath, ['-r', preload, LAUNCH, '-e', 'trace=prctl', fixture('xlat')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^prctl\(PR_SET_NAME, "xlat"\) += 0$/m);
  const chunks = JSON.parse(readFileSync(report, 'utf8'));
  assert.ok(chunks.some((f) => /[\\/]prctl-\w+\.cjs$/.test(f)), chunks.join(' '));
});
