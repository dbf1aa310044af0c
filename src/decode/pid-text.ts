/**
 * Pids as strace prints them: `42`, or with -Y (--decode-pids=comm) `42<cat>`, the command
 * name of a process that still exists (a reaped child's pid prints bare). Set once per run
 * on the tracer thread, before any decoding (as the fd kinds are).
 */
import { readFileSync } from 'node:fs';
import { quote } from './quote.js';

let withComm = false;

export function setPidComm(on: boolean): void {
  withComm = on;
}

/** A pid argument or field (process or thread id; group ids and 0 print bare). */
export function pidText(pid: number): string {
  if (!withComm || pid <= 0) return String(pid);
  let comm: Buffer;
  try {
    comm = readFileSync(`/proc/${pid}/comm`);
  } catch {
    return String(pid);
  }
  const len = comm.length > 0 && comm[comm.length - 1] === 0x0a ? comm.length - 1 : comm.length;
  return `${pid}<${quote(comm, len, 'escape', '<>').slice(1, -1)}>`;
}
