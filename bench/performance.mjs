#!/usr/bin/env node
// Issue 13's figures, side by side in one run: alternating runs, medians, every ratio next
// to its goal. Needs a C compiler (the floors and the measuring helper are compiled here).
//   node bench/performance.mjs [runs=11] [count=100000]
//  1. start-up: `tstrace -o /dev/null true` vs `node -e 0`: wall time and peak RSS; for
//     context, what the C floor below pays to start and trace `true`, what a page of
//     memory touched for the first time costs, and the young heap a start allocates;
//  2. filtered trace: `tstrace -f -e trace=openat dd ...` (start-up included) vs the
//     untraced `node -e 0` then `dd ...`;
//  3. full trace of dd to a file: tstrace vs strace, and vs the floor: a C loop that
//     forks, PTRACE_TRACEME, then PTRACE_SYSCALL + waitpid until the end, decoding nothing;
//  4. single-step counting of `true`: tstrace --count-instructions vs a C
//     PTRACE_SINGLESTEP loop.
// Memory over 5M syscalls: node bench/stress.mjs long.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 11);
const count = Number(process.argv[3] ?? 100000);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The installed command: package.json's bin (run `npm run build` first).
const TSTRACE = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.tstrace);
const NODE = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'tstrace-perf-'));
const dd = ['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=1', `count=${count}`];

// Runs argv[1..] with stdout/stderr on /dev/null; prints wall ms, CPU ms (user+sys, the
// children it reaped included) and peak RSS (KiB) from wait4's rusage, then the status.
const RUNSTAT = String.raw`
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
static double ms(struct timeval t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }
int main(int argc, char **argv) {
  struct timespec a, b; struct rusage ru; int st;
  clock_gettime(CLOCK_MONOTONIC, &a);
  pid_t p = fork();
  if (p == 0) { int n = open("/dev/null", O_RDWR); dup2(n, 1); dup2(n, 2); execvp(argv[1], argv + 1); _exit(127); }
  if (wait4(p, &st, 0, &ru) != p) return 1;
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%.3f %.3f %ld %d\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6,
    ms(ru.ru_utime) + ms(ru.ru_stime), ru.ru_maxrss, st);
  return 0;
}`;

// The floor of a syscall tracer: every syscall stops twice, nothing is read or printed.
// With STEP defined, the floor of single-stepping: every instruction stops once.
const FLOOR = String.raw`
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int st, sig = 0;
  long steps = 0;
  pid_t p = fork();
  if (p == 0) { ptrace(PTRACE_TRACEME, 0, 0, 0); execvp(argv[1], argv + 1); _exit(127); }
  waitpid(p, &st, 0);
  ptrace(PTRACE_SETOPTIONS, p, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
  for (;;) {
#ifdef STEP
    ptrace(PTRACE_SINGLESTEP, p, 0, sig);
#else
    ptrace(PTRACE_SYSCALL, p, 0, sig);
#endif
    if (waitpid(p, &st, 0) < 0 || WIFEXITED(st) || WIFSIGNALED(st)) break;
    steps++;
    sig = WSTOPSIG(st) == SIGTRAP || WSTOPSIG(st) == (SIGTRAP | 0x80) ? 0 : WSTOPSIG(st);
  }
  fprintf(stderr, "%ld stops\n", steps);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}`;

function compile(name, source, defines = []) {
  const c = join(dir, `${name}.c`);
  writeFileSync(c, source);
  const out = join(dir, name);
  execFileSync('cc', ['-O2', ...defines, '-o', out, c]);
  return out;
}
// What touching a page of fresh memory costs: the kernel's fault, and on a VM the host's.
// Start-up is mostly memory touched for the first time (code read and deserialised, heap):
// at ~13 us a page on this project's 2-core VM, each MiB is ~3.3 ms.
const TOUCH = String.raw`
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
int main(void) {
  const size_t n = 8 << 20;
  struct timespec a, b;
  char *p = mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return 1;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (size_t i = 0; i < n; i += 4096) p[i] = 1;
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%.3f\n", ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / 1e3 / (n / 4096));
  return 0;
}`;

const runstat = compile('runstat', RUNSTAT);
const touch = compile('touch', TOUCH);
const floor = compile('floor', FLOOR);
const stepFloor = compile('step-floor', FLOOR, ['-DSTEP']);
const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** One run of argv: { wall, cpu } in ms and { rss } in MiB. */
function measure(argv) {
  const out = execFileSync(runstat, argv, { encoding: 'utf8' }).trim().split(' ').map(Number);
  if (out[3] !== 0) throw new Error(`${argv.join(' ')}: wait status ${out[3]}`);
  return { wall: out[0], cpu: out[1], rss: out[2] / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Runs each variant once per round, `rounds` times; medians of each measure per variant. */
function alternate(variants, rounds) {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, run] of Object.entries(variants)) samples[name].push(run());
  }
  const med = {};
  for (const [name, s] of Object.entries(samples)) {
    med[name] = { wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: median(s.map((x) => x.rss)) };
  }
  return med;
}
const sum = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu, rss: Math.max(a.rss, b.rss) });

const rows = [];
const row = (what, value, goal, ok) => rows.push({ what, value, goal, ok });
const show = (name, m) => console.log(`  ${name.padEnd(34)} ${m.wall.toFixed(1).padStart(8)} ms wall ${m.cpu.toFixed(1).padStart(8)} ms CPU ${m.rss.toFixed(1).padStart(6)} MiB`);

console.log(`1. start-up (${runs * 2} runs)`);
const s = alternate({
  'node -e 0': () => measure([NODE, '-e', '0']),
  'tstrace -o /dev/null true': () => measure([NODE, TSTRACE, '-o', '/dev/null', 'true']),
  true: () => measure(['true']),
  'C floor tracing true': () => measure([floor, 'true']),
}, runs * 2);
for (const [k, m] of Object.entries(s)) show(k, m);
const startWall = s['tstrace -o /dev/null true'].wall - s['node -e 0'].wall;
const startRss = s['tstrace -o /dev/null true'].rss - s['node -e 0'].rss;
row('start-up wall time over node -e 0', `+${startWall.toFixed(1)} ms`, '<= 30 ms', startWall <= 30);
row('start-up peak RSS over node -e 0', `+${startRss.toFixed(1)} MiB`, '<= 10 MiB', startRss <= 10);
// Part of the start-up figure is the traced command's own start and its stops, which any
// tracer pays: the floor's run less one process start (the floor's own, in place of node's).
const floorTrue = s['C floor tracing true'].wall - s.true.wall;
row('start-up: of which the C floor pays for true', `${floorTrue.toFixed(1)} ms`, '(context)', null);
{
  const us = median([0, 1, 2].map(() => Number(execFileSync(touch, { encoding: 'utf8' }))));
  row('first touch of a page of memory', `${us.toFixed(1)} us`, '(context)', null);
}
{
  // Young heap a start allocates, and how many scavenges it costs: unlike the wall time, the
  // same from run to run. The scavenge costs ~3-4 ms (V8's own figure; ~570 of ~1,000 KB
  // survive it), but the ways around it that need no less allocation do not pay: one forced
  // at the entry (when little is live) is followed by a second; a 2 MiB semispace (code
  // cache made under the same flag) spares it, yet the flag alone slows Node's own start by
  // ~3 ms, for a start ~1 ms slower in all. What is left is to allocate ~80 KB less than the
  // ~790 KB a start allocates now: V8's first semispace (1 MiB) has ~710 KB free when the
  // entry starts.
  const preload = join(dir, 'young.cjs');
  const out = join(dir, 'young.json');
  writeFileSync(preload, `const v8 = require('v8');
const used = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;
const start = used(); const p = new v8.GCProfiler(); p.start();
process.on('exit', () => {
  let freed = 0, scavenges = 0;
  for (const s of p.stop().statistics) {
    if (s.gcType !== 'Scavenge') continue;
    const n = (h) => h.heapSpaceStatistics.find((x) => x.spaceName === 'new_space').spaceUsedSize;
    scavenges++; freed += n(s.beforeGC) - n(s.afterGC);
  }
  require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ bytes: used() - start + freed, scavenges }));
});\n`);
  spawnSync(NODE, ['-r', preload, TSTRACE, '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  const young = JSON.parse(readFileSync(out, 'utf8'));
  row('start-up young heap allocated (scavenges)', `${(young.bytes / 1024).toFixed(0)} KB (${young.scavenges})`, '(context)', null);
}

console.log(`2. filtered trace: -f -e trace=openat on dd count=${count} (${runs} runs)`);
const f = alternate({
  'node -e 0 && dd (untraced)': () => sum(measure([NODE, '-e', '0']), measure(dd)),
  'tstrace -f -e trace=openat dd': () => measure([NODE, TSTRACE, '-f', '-o', '/dev/null', '-e', 'trace=openat', ...dd]),
}, runs);
for (const [k, m] of Object.entries(f)) show(k, m);
const filtered = f['tstrace -f -e trace=openat dd'].wall / f['node -e 0 && dd (untraced)'].wall;
row('filtered trace / untraced (start-up included)', `${filtered.toFixed(2)}x`, '<= 1.10x', filtered <= 1.10);

const fullRuns = Math.max(3, Math.ceil(runs / 2));
console.log(`3. full trace of dd count=${count} to a file (${fullRuns} runs)`);
const full = alternate({
  ...(hasStrace ? { strace: () => measure(['strace', '-o', join(dir, 'strace.out'), ...dd]) } : {}),
  tstrace: () => measure([NODE, TSTRACE, '-o', join(dir, 'tstrace.out'), ...dd]),
  'C floor (PTRACE_SYSCALL loop)': () => measure([floor, ...dd]),
}, fullRuns);
for (const [k, m] of Object.entries(full)) show(k, m);
if (hasStrace) {
  const r = full.tstrace.wall / full.strace.wall;
  row('full trace: tstrace / strace', `${r.toFixed(2)}x`, '<= 0.80x', r <= 0.8);
  row('full trace: floor / strace', `${(full['C floor (PTRACE_SYSCALL loop)'].wall / full.strace.wall).toFixed(2)}x`, '(context)', null);
} else {
  console.log('  strace is not installed: no tstrace/strace ratio');
}
row('full trace: tstrace / floor', `${(full.tstrace.wall / full['C floor (PTRACE_SYSCALL loop)'].wall).toFixed(2)}x`, '(context)', null);

console.log(`4. single-step counting of true (${fullRuns} runs)`);
const step = alternate({
  'tstrace --count-instructions': () => measure([NODE, TSTRACE, '--count-instructions', '--', 'true']),
  'C floor (PTRACE_SINGLESTEP loop)': () => measure([stepFloor, 'true']),
}, fullRuns);
for (const [k, m] of Object.entries(step)) show(k, m);
const stepRatio = (step['tstrace --count-instructions'].wall - s['tstrace -o /dev/null true'].wall) /
  step['C floor (PTRACE_SINGLESTEP loop)'].wall;
row('single-step: tstrace (less its start-up) / floor', `${stepRatio.toFixed(2)}x`, '(stays ~1x)', null);

console.log('\nratio                                              value      goal');
for (const r of rows) {
  const verdict = r.ok === null ? '' : r.ok ? '  met' : '  MISSED';
  console.log(`${r.what.padEnd(50)} ${r.value.padStart(10)}  ${r.goal}${verdict}`);
}
rmSync(dir, { recursive: true, force: true });
