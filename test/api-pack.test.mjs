// `npm pack` makes a package that works from a fresh project: dist/ with .js and .d.ts,
// `import { trace } from 'tstrace'` in an ESM script. Installed offline (npm's cache has
// koffi after the repo's own install); where that cannot work, the package is unpacked by
// hand and the repo's node_modules/koffi linked in, and the test says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from './helpers/fixtures.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const EXAMPLE = `
import { trace } from 'tstrace';

const run = trace({ command: ['cat', '/etc/hostname'] }, { stdio: [0, 2, 2] });
let openat = 0;
for await (const event of run) {
  if (event.type === 'syscall' && event.name === 'openat') openat++;
}
const exit = await run.exit;
console.log(JSON.stringify({ openat, exit }));
`;

test('npm pack: the package installs into a fresh project and trace() runs from it', { timeout: 180000 }, (t) => {
  const dir = tempDir('tstrace-pack-');
  try {
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO, stdio: 'pipe' });
    const tgz = join(dir, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version.replace(/^/, 'tstrace-') + '.tgz');
    assert.ok(existsSync(tgz), tgz);
    const listing = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).split('\n');
    for (const f of ['package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/api/trace.d.ts', 'package/dist/api/worker.js',
      'package/docs/json-schema.json']) {
      assert.ok(listing.includes(f), `${f} in the package`);
    }
    assert.ok(!listing.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/')), 'no sources or tests');

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', private: true }));
    writeFileSync(join(app, 'count.mjs'), EXAMPLE);
    const install = spawnSync(npm, ['i', '--offline', '--no-audit', '--no-fund', tgz], { cwd: app, encoding: 'utf8', timeout: 120000 });
    if (install.status !== 0) {
      t.diagnostic(`offline npm install failed (${install.stderr.trim().split('\n').at(-1)}): unpacked by hand, koffi linked from the repo`);
      const into = join(app, 'node_modules', 'tstrace');
      mkdirSync(into, { recursive: true });
      execFileSync('tar', ['xzf', tgz, '-C', into, '--strip-components=1']);
      symlinkSync(join(REPO, 'node_modules', 'koffi'), join(app, 'node_modules', 'koffi'));
    }
    // The types: a strict TypeScript consumer compiles against the package's .d.ts.
    writeFileSync(join(app, 'count.ts'), `import { trace, type TraceEvent, type TraceExit } from 'tstrace';
const run = trace({ command: ['true'] });
const names: string[] = [];
for await (const e of run as AsyncIterable<TraceEvent>) if (e.type === 'syscall') names.push(e.name + e.args.join());
const exit: TraceExit = await run.exit;
if (exit.kind === 'exited') console.log(exit.code, names.length);
`);
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict',
      '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'false',
      '--typeRoots', join(REPO, 'node_modules', '@types'), '--types', 'node', 'count.ts'], { cwd: app, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    const r = spawnSync(process.execPath, ['count.mjs'], { cwd: app, encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.openat >= 1, r.stdout);
    assert.deepEqual(out.exit, { kind: 'exited', code: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
