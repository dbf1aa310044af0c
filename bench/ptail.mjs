#!/usr/bin/env node
// ptail's benchmark (issue 6): a process printing short lines, one write(2) each
// (test/fixtures/ptail_lines.c), run untraced, under `ptail -q --` and under
// `strace -e trace=write -e write=1 -o /dev/null` (which hex-dumps the same bytes).
// Prints median wall times, ptail's slowdown and its ratio to strace.
//   node bench/ptail.mjs [runs=5] [lines=100000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixture } from '../test/helpers/fixtures.mjs';

const runs = Number(process.argv[2] ?? 5);
const lines = Number(process.argv[3] ?? 100000);
const PTAIL = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'ptail.js');
const dir = mkdtempSync(join(tmpdir(), 'ptail-bench-'));
const out = join(dir, 'out');
const prog = fixture('ptail_lines');
const expectedBytes = Array.from({ length: lines }, (_, i) => `line ${i}\n`).join('').length;

/** Wall time of one run with stdout to `out`; checks the exit status. */
function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', '"$@" >"$0"', out, cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hasStrace = spawnSync('strace', ['-V']).status === 0;

const cases = [
  ['untraced', prog, [String(lines)]],
  ['ptail startup (ptail -- true)', process.execPath, [PTAIL, '-q', '--', 'true']],
  ['ptail -q --', process.execPath, [PTAIL, '-q', '--', prog, String(lines)]],
  ...(hasStrace ? [
    ['strace -e trace=write -e write=1', 'strace', ['-e', 'trace=write', '-e', 'write=1', '-o', '/dev/null', prog, String(lines)]],
    ['strace -e trace=write', 'strace', ['-e', 'trace=write', '-o', '/dev/null', prog, String(lines)]],
  ] : []),
];
if (!hasStrace) console.log('strace is not installed: no comparison');
console.log(`${lines} lines, ${expectedBytes} bytes, ${runs} runs each (alternating), median wall time:`);
const times = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, cmd, args] of cases) {
    times.get(name).push(timed(cmd, args));
    if (name === 'ptail -q --' && statSync(out).size !== expectedBytes) {
      throw new Error(`ptail printed ${statSync(out).size} bytes, expected ${expectedBytes}`);
    }
  }
}
const m = (name) => median(times.get(name));
const base = m('untraced');
for (const [name] of cases) {
  console.log(`  ${name.padEnd(36)} ${m(name).toFixed(3)} s` + (name === 'untraced' ? '' : `  ${(m(name) / base).toFixed(1)}x untraced`));
}
if (hasStrace) {
  console.log(`ptail / strace -e write=1: ${(m('ptail -q --') / m('strace -e trace=write -e write=1')).toFixed(2)}x`);
}
rmSync(dir, { recursive: true, force: true });
