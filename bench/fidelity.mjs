#!/usr/bin/env node
// Decoding fidelity (issue 4): real commands traced by strace and by tstrace (-f, to a
// file), normalized (addresses, pids, run-to-run values) and compared as multisets of
// lines, since the interleaving of processes differs between runs. Prints, per command,
// the share of strace's lines tstrace reproduces exactly and the share with the same
// syscall name and result, and the most frequent syscalls whose lines still differ.
//   node bench/fidelity.mjs [--show N]   (N: example differing lines to print per command)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lines, mergeResumed, normalizeTrace } from '../test/helpers/fixtures.mjs';

const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const TSTRACE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'tstrace.js');
const dir = mkdtempSync(join(tmpdir(), 'tstrace-fidelity-'));
writeFileSync(join(dir, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n');
spawnSync('git', ['init', '-q', join(dir, 'repo')]);

const COMMANDS = [
  ['ls', '-l', '/'],
  ['cat', '/etc/passwd'],
  ['sh', '-c', 'ls / | wc -l; echo done > /dev/null'],
  ['python3', '-c', 'import os, json; print(json.dumps(os.listdir("/")))'],
  [process.execPath, '-e', 'require("fs").readdirSync("/")'],
  ['gcc', '-c', '-o', join(dir, 'hello.o'), join(dir, 'hello.c')],
  ['git', '-C', join(dir, 'repo'), 'status', '--short'],
  ['date'],
].filter(([cmd]) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0);

/** Values that differ from run to run even with the same tracer. */
function stabilize(l) {
  return l
    .replace(/\{tv_sec=\d+, tv_nsec=\d+\}/g, '{tv_sec=T, tv_nsec=T}')
    .replace(/st_(a|m|c)time=[^,}]+/g, 'st_$1time=T')
    .replace(/st_ino=\d+/g, 'st_ino=N')
    .replace(/sysinfo\(\{.*\}\)/, 'sysinfo({...})')
    .replace(/"\\x[0-9a-f\\x]+"/g, '"BYTES"')
    .replace(/\/tmp\/[\w.-]+/g, '/tmp/X');
}

function trace(tool, cmd) {
  const out = join(dir, tool);
  const args = ['-f', '-o', out, ...cmd];
  const r = tool === 'strace'
    ? spawnSync('strace', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, [TSTRACE, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status === null) throw new Error(`${tool} ${cmd.join(' ')}: ${r.signal}`);
  return mergeResumed(lines(normalizeTrace(readFileSync(out, 'utf8')))).map(stabilize);
}

const shape = (l) => {
  const m = /^(?:\[pid PID\] |PID )?(\w+)\(.*\) += (.*)$/.exec(l);
  return m ? `${m[1]} = ${m[2].replace(/ \(.*\)$/, '')}` : l;
};
const nameOf = (l) => /^(?:\[pid PID\] |PID )?(\w+)\(/.exec(l)?.[1] ?? l.slice(0, 20);

function multiset(xs) {
  const m = new Map();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function matched(a, b) {
  const mb = multiset(b);
  let n = 0;
  const missing = [];
  for (const x of a) {
    const k = mb.get(x) ?? 0;
    if (k > 0) {
      n++;
      mb.set(x, k - 1);
    } else missing.push(x);
  }
  return { n, missing };
}

let allSame = 0;
let allShape = 0;
let allTotal = 0;
for (const cmd of COMMANDS) {
  const s = trace('strace', cmd);
  const t = trace('tstrace', cmd);
  const exact = matched(s, t);
  const shapes = matched(s.map(shape), t.map(shape));
  allSame += exact.n;
  allShape += shapes.n;
  allTotal += s.length;
  const worst = [...multiset(exact.missing.map(nameOf))].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([k, v]) => `${k}:${v}`).join(' ');
  console.log(`${cmd.join(' ').slice(0, 48).padEnd(48)} lines ${String(s.length).padStart(5)}  identical ${(100 * exact.n / s.length).toFixed(1).padStart(5)}%` +
    `  same name+result ${(100 * shapes.n / s.length).toFixed(1).padStart(5)}%  differing: ${worst}`);
  for (const l of exact.missing.slice(0, show)) console.log(`    strace: ${l}`);
}
console.log(`all: ${allTotal} lines, identical ${(100 * allSame / allTotal).toFixed(1)}%, same name+result ${(100 * allShape / allTotal).toFixed(1)}%`);
rmSync(dir, { recursive: true, force: true });
