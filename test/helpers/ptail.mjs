// Shared by the ptail tests: starting the built ptail and watching who traces whom.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './fixtures.mjs';

export const PTAIL = join(REPO, 'dist', 'cli', 'ptail.js');

/** Starts ptail, collecting stdout and stderr as bytes. */
export function startPtail(args) {
  const child = spawn(process.execPath, [PTAIL, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  const done = new Promise((resolve) => child.on('close', (code, signal) =>
    resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) })));
  return { child, done, stdout: () => Buffer.concat(out) };
}

/** The pid tracing task `tid` (0: none), from /proc. */
export function tracerPid(tid) {
  return Number(/^TracerPid:\s*(\d+)/m.exec(readFileSync(`/proc/${tid}/status`, 'utf8'))[1]);
}
