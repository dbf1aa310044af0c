#!/usr/bin/env node
// The filters benchmark of issue 5: `-f -e trace=openat` on the dd workload, where
// seccomp-bpf lets the 200k untraced read/write calls run without a stop. Prints, as
// medians over alternating runs: untraced dd, tstrace (seccomp on), tstrace
// --no-seccomp-bpf and strace without --seccomp-bpf; and the ratio to the untraced run
// both as measured (Node's startup included) and per syscall (two dd sizes, so that the
// constant startup cancels: the marginal cost of the traced run over the untraced one).
//   node bench/seccomp-dd.mjs [runs=5] [count=100000]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 100000);
const TSTRACE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'tstrace.js');
const dd = (n) => ['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=1', `count=${n}`];
const hasStrace = spawnSync('strace', ['-V']).status === 0;

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const variants = {
  untraced: (n) => [dd(n)[0], dd(n).slice(1)],
  'tstrace -f -e trace=openat': (n) => [process.execPath, [TSTRACE, '-f', '-o', '/dev/null', '-e', 'trace=openat', ...dd(n)]],
  'tstrace --no-seccomp-bpf': (n) => [process.execPath, [TSTRACE, '-f', '--no-seccomp-bpf', '-o', '/dev/null', '-e', 'trace=openat', ...dd(n)]],
  ...(hasStrace ? {
    'strace -f -e trace=openat': (n) => ['strace', ['-f', '-o', '/dev/null', '-e', 'trace=openat', ...dd(n)]],
    'strace --seccomp-bpf': (n) => ['strace', ['-f', '--seccomp-bpf', '-o', '/dev/null', '-e', 'trace=openat', ...dd(n)]],
  } : {}),
};
if (!hasStrace) console.log('strace is not installed: its row is skipped');

const times = {};
for (const name of Object.keys(variants)) times[name] = { small: [], big: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, v] of Object.entries(variants)) {
    // The slow variants only at the given size; the fast ones at 10x too, for the slope.
    const slow = name.includes('no-seccomp') || name === 'strace -f -e trace=openat';
    times[name].small.push(timed(...v(count)));
    if (!slow) times[name].big.push(timed(...v(count * 10)));
  }
}
const base = median(times.untraced.small);
const baseBig = median(times.untraced.big);
for (const [name, t] of Object.entries(times)) {
  const m = median(t.small);
  let line = `${name.padEnd(30)} ${m.toFixed(3)} s  ${(m / base).toFixed(2)}x untraced`;
  if (t.big.length) {
    const slope = (median(t.big) - m) / (baseBig - base);
    line += `   count=${count * 10}: ${median(t.big).toFixed(3)} s, marginal ${slope.toFixed(2)}x untraced`;
  }
  console.log(line);
}
