#!/usr/bin/env node
// npm run conformance [-- --work DIR] [--jobs N] [--family F] [--list FILE] [--no-run]
// (--no-run: only read the results the last run left in the work folder)
//
// Runs strace 6.1's own test suite against tstrace and writes docs/conformance.md: for each
// family of tests (tests.txt, second column) how many tstrace passes, next to how many
// strace itself passes on this machine (third column). The suite is built once by the
// shared runner (../shared/strace-suite/run.sh) in the work folder (default
// /tmp/strace-suite); this script only drives its harness, `make check`, with tstrace as
// the tracer, and reads the .trs result files it leaves. Too long for `npm test`.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const work = resolve(option('--work', '/tmp/strace-suite'));
const jobs = option('--jobs', '2');
const onlyFamily = option('--family', null);
// The shared list sits beside the repository (../shared), or beside its worktree folder.
const list = option('--list', null) !== null ? resolve(option('--list', null))
  : ['../shared', '../../shared'].map((d) => resolve(repo, d, 'strace-suite/tests.txt')).find((p) => existsSync(p)) ??
    resolve(repo, '../shared/strace-suite/tests.txt');
const tests = join(work, 'build', 'tests');

function die(message) {
  process.stderr.write(`conformance: ${message}\n`);
  process.exit(2);
}

if (!existsSync(list)) die(`no test list at ${list}`);
if (!existsSync(join(tests, 'libtests.a'))) {
  die(`no built suite in ${work} (build it once with ../shared/strace-suite/run.sh -w ${work})`);
}
const tracer = join(repo, 'dist', 'cli', 'tstrace.js');
if (!existsSync(tracer)) die('dist/ is not built: run npx tsc -p . first');

/** name -> { family, strace: PASS|FAIL|SKIP } from the list, comments and blanks ignored. */
const entries = readFileSync(list, 'utf8').split('\n')
  .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean)
  .map((l) => l.split(/\s+/))
  .map(([name, family, strace]) => ({ name, family, strace }))
  .filter((e) => onlyFamily === null || e.family === onlyFamily);

// The harness runs $STRACE; tstrace learns the name it is run as from argv[0], so that its
// messages start with that name as strace's do.
const launcher = join(work, 'tstrace-conformance.sh');
writeFileSync(launcher, `#!/bin/bash\nexec -a "$0" ${JSON.stringify(process.execPath)} ${JSON.stringify(tracer)} "$@"\n`);
chmodSync(launcher, 0o755);

const names = entries.map((e) => e.name);
const run = !args.includes('--no-run');
for (const n of run ? names : []) spawnSync('rm', ['-f', join(tests, n.replace(/\.test$/, '.log')), join(tests, n.replace(/\.test$/, '.trs'))]);
if (run) process.stderr.write(`running ${names.length} tests of strace 6.1's suite against tstrace (-j${jobs})...\n`);
const started = Date.now();
// Batches keep each make command line short.
for (let i = 0; run && i < names.length; i += 200) {
  spawnSync('make', ['-k', `-j${jobs}`, 'check', `TESTS=${names.slice(i, i + 200).join(' ')}`, `STRACE=${launcher}`], {
    cwd: tests, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, STRACE: launcher },
  });
}

function outcome(name) {
  const trs = join(tests, name.replace(/\.test$/, '.trs'));
  if (!existsSync(trs)) return 'ERROR';
  const m = /^:test-result: (\w+)/m.exec(readFileSync(trs, 'utf8'));
  return m ? m[1] : 'ERROR';
}

const families = new Map();
for (const e of entries) {
  const f = families.get(e.family) ?? { family: e.family, total: 0, straceTargets: 0, pass: 0, passOfTargets: 0 };
  const r = outcome(e.name);
  f.total++;
  if (e.strace === 'PASS') f.straceTargets++;
  if (r === 'PASS') {
    f.pass++;
    if (e.strace === 'PASS') f.passOfTargets++;
  }
  families.set(e.family, f);
  process.stdout.write(`${r} ${e.name}\n`);
}

const rows = [...families.values()].sort((a, b) => a.family.localeCompare(b.family));
const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
const pct = (a, b) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);
const minutes = Math.round((Date.now() - started) / 60000);
let md = '# Conformance with strace\'s own test suite\n\n' +
  'tstrace is measured against the test suite of strace 6.1: each test runs a program that makes\n' +
  'system calls and states what a tracer must print for them, and the suite\'s harness compares\n' +
  'that with what the tracer printed. The tests come from strace\'s release; the list of those that\n' +
  'apply here, with the family each belongs to and strace\'s own result on this kind of machine, is\n' +
  '`../shared/strace-suite/tests.txt`. Produced by `npm run conformance` (scripts/conformance.mjs).\n\n' +
  '| family | tests | tstrace passes | strace passes | tstrace passes of strace\'s |\n' +
  '|---|---:|---:|---:|---:|\n';
for (const r of rows) {
  md += `| ${r.family} | ${r.total} | ${r.pass} | ${r.straceTargets} | ${r.passOfTargets} (${pct(r.passOfTargets, r.straceTargets)}) |\n`;
}
md += `| **all** | ${sum('total')} | ${sum('pass')} | ${sum('straceTargets')} | ` +
  `${sum('passOfTargets')} (${pct(sum('passOfTargets'), sum('straceTargets'))}) |\n\n` +
  (run ? `Run on ${new Date().toISOString().slice(0, 10)}, ${minutes} min with -j${jobs}. ` : `Read on ${new Date().toISOString().slice(0, 10)} from the results a previous run left. `) +
  'A test strace itself fails or skips here ' +
  'is not counted against tstrace in the last column.\n';
if (onlyFamily !== null) md += `\nOnly the \`${onlyFamily}\` family was run (\`--family ${onlyFamily}\`).\n`;
mkdirSync(join(repo, 'docs'), { recursive: true });
writeFileSync(join(repo, 'docs', 'conformance.md'), md);
process.stderr.write('wrote docs/conformance.md\n');
