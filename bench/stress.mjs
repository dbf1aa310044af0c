#!/usr/bin/env node
// Reliability figures of issue 7 (the tests run the same checks at a smaller size):
//  1. fork storm: tstrace's RSS while tracing 100 and 2,000 short-lived processes;
//  2. long run: a tracee making 5 million syscalls traced to /dev/null and to a file:
//     tstrace's RSS and the stop rate every second (flat = no leak, no slowdown);
//  3. signals at random moments: 100 runs of attach + SIGINT/SIGTERM/SIGHUP under load,
//     counting threads left stopped or traced afterwards (goal 0).
//   node bench/stress.mjs [all|fork|long|signals] [syscalls=5000000] [signalRuns=100]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixture } from '../test/helpers/fixtures.mjs';

const which = process.argv[2] ?? 'all';
const syscalls = Number(process.argv[3] ?? 5_000_000);
const signalRuns = Number(process.argv[4] ?? 100);
const TSTRACE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'tstrace.js');
const dir = mkdtempSync(join(tmpdir(), 'tstrace-stress-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rssKb(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    return 0;
  }
}

/** Runs tstrace with `args`, sampling its RSS every `everyMs`; resolves with the samples. */
function sampled(args, everyMs, onSample = (_kb, _tstracePid) => {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSTRACE, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const samples = [];
    const timer = setInterval(() => {
      const kb = rssKb(child.pid);
      if (kb > 0) samples.push(kb);
      onSample(kb, child.pid);
    }, everyMs);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`tstrace ${args.join(' ')}: exit ${code}: ${err}`));
      else resolve(samples);
    });
  });
}

async function forkStorm() {
  const bin = fixture('fork_storm');
  for (const n of [100, 2000]) {
    const t0 = Date.now();
    const s = await sampled(['-f', '-o', '/dev/null', bin, String(n)], 20);
    console.log(`fork storm ${n} processes: ${((Date.now() - t0) / 1000).toFixed(2)} s, tstrace peak RSS ${(Math.max(...s) / 1024).toFixed(1)} MB`);
  }
}

/** Voluntary context switches of the tracee: one per ptrace stop, a stop-rate gauge. */
function switches(pid) {
  try {
    return Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    return -1;
  }
}

async function longRun() {
  const bin = fixture('spin');
  for (const out of ['/dev/null', join(dir, 'long.trace')]) {
    const rows = [];
    let spinPid = 0;
    let last = 0;
    const t0 = Date.now();
    await sampled(['-o', out, bin, String(syscalls)], 1000, (kb, tstracePid) => {
      // The tracee is tstrace's only child.
      if (!spinPid) {
        try {
          spinPid = Number(execFileSync('pgrep', ['-P', String(tstracePid)], { encoding: 'utf8' }).trim().split('\n')[0] || 0);
        } catch {
          spinPid = 0;
        }
      }
      const sw = switches(spinPid);
      if (sw >= 0) rows.push([kb, sw - last]);
      last = sw;
    }).catch((e) => console.log(String(e)));
    const secs = (Date.now() - t0) / 1000;
    const rss = rows.map((r) => r[0]);
    const rate = rows.slice(1).map((r) => r[1]);
    const half = Math.floor(rate.length / 2);
    const avg = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const tenths = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => (rss[Math.floor(f * (rss.length - 1))] / 1024).toFixed(0)).join('/');
    console.log(`long run ${syscalls} syscalls to ${out}: ${secs.toFixed(1)} s; tstrace RSS at 10/30/50/70/90% ${tenths} MB, first ${(rss[0] / 1024).toFixed(1)} MB, ` +
      `max ${(Math.max(...rss) / 1024).toFixed(1)} MB, last ${(rss.at(-1) / 1024).toFixed(1)} MB; ` +
      `stops/s first half ${avg(rate.slice(0, half)).toFixed(0)}, second half ${avg(rate.slice(half)).toFixed(0)}`);
  }
}

async function signals() {
  const start = (bin, args) => new Promise((resolve) => {
    const c = spawn(bin, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    c.stdout.on('data', (d) => {
      const m = /pid=(\d+)/.exec(String(d));
      if (m) resolve({ c, pid: Number(m[1]) });
    });
  });
  const a = await start(fixture('sleeper_threads'), ['1']);
  const b = await start(fixture('thread_storm'), ['100000000', '4', '0']);
  const names = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let left = 0;
  for (let i = 0; i < signalRuns; i++) {
    const t = spawn(process.execPath, [TSTRACE, '-f', '-o', '/dev/null', '-p', `${a.pid},${b.pid}`], { stdio: 'ignore' });
    await sleep(100 + Math.floor(Math.random() * 400));
    t.kill(names[i % 3]);
    await new Promise((r) => t.on('close', r));
    for (const pid of [a.pid, b.pid]) {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        let st = '';
        try {
          st = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
        } catch {
          continue;
        }
        if (/^State:\s+[tT]/m.test(st) || (!/^State:\s+[ZX]/m.test(st) && !/^TracerPid:\t0$/m.test(st))) left++;
      }
    }
  }
  a.c.kill('SIGKILL');
  b.c.kill('SIGKILL');
  console.log(`signals: ${signalRuns} runs of attach + SIGINT/SIGTERM/SIGHUP at 100-500 ms under load: ${left} threads left stopped or traced`);
}

if (which === 'all' || which === 'fork') await forkStorm();
if (which === 'all' || which === 'long') await longRun();
if (which === 'all' || which === 'signals') await signals();
rmSync(dir, { recursive: true, force: true });
