#!/usr/bin/env node
// The engine benchmark of issue 3: trace `dd if=/dev/zero of=/dev/null bs=1 count=100000`
// (200k syscalls) to a file with tstrace and with strace, alternating runs, and print the
// median wall-time ratio tstrace/strace. Goal <= 0.9, floor 1.2.
//   node bench/engine-dd.mjs [runs=5] [count=100000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 100000);
const TSTRACE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'tstrace.js');
const dir = mkdtempSync(join(tmpdir(), 'tstrace-bench-'));
const dd = ['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=1', `count=${count}`];

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hasStrace = spawnSync('strace', ['-V']).status === 0;

const base = median([0, 1, 2].map(() => timed(dd[0], dd.slice(1))));
console.log(`untraced dd: ${base.toFixed(3)} s`);
if (!hasStrace) console.log('strace is not installed: printing tstrace times only');
const t = [];
const s = [];
for (let i = 0; i < runs; i++) {
  if (hasStrace) s.push(timed('strace', ['-o', join(dir, 'strace.out'), ...dd]));
  t.push(timed(process.execPath, [TSTRACE, '-o', join(dir, 'tstrace.out'), ...dd]));
  console.log(`run ${i + 1}: tstrace ${t.at(-1).toFixed(2)} s` + (hasStrace ? `  strace ${s.at(-1).toFixed(2)} s` : ''));
}
console.log(`median: tstrace ${median(t).toFixed(2)} s` + (hasStrace
  ? `  strace ${median(s).toFixed(2)} s  ratio ${(median(t) / median(s)).toFixed(2)}x  ` +
    `(per-run ratios ${t.map((x, i) => (x / s[i]).toFixed(2)).join(' ')})`
  : ''));
if (hasStrace) {
  const a = statSync(join(dir, 'tstrace.out')).size;
  const b = statSync(join(dir, 'strace.out')).size;
  console.log(`output bytes: tstrace ${a}, strace ${b}`);
}
rmSync(dir, { recursive: true, force: true });
