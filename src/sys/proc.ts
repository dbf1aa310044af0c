/** Facts about tasks from /proc: cheap reads, for diagnostics and set-up, never per syscall. */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * /proc/TID/status's text (TID as /proc numbers it, or 'self'), in one read into a reused
 * buffer; throws when the task is gone. readFileSync's loop for a file of unknown size took
 * ~0.8 ms the first time, and every start reads /proc/self/status (pidns.ts).
 */
const statusBuffer = Buffer.allocUnsafe(16384);
export function statusText(tid: number | 'self'): string {
  const fd = openSync(`/proc/${tid}/status`, 'r');
  try {
    let n = 0;
    for (let got = 1; got > 0 && n < statusBuffer.length; n += got) got = readSync(fd, statusBuffer, n, statusBuffer.length - n, null);
    return statusBuffer.toString('latin1', 0, n);
  } finally {
    closeSync(fd);
  }
}

export interface TaskStatus {
  /** The thread group (process) the task belongs to. */
  readonly tgid: number;
  /** The parent process (its tgid). */
  readonly ppid: number;
  /** Who ptraces the task, 0 for nobody. */
  readonly tracerPid: number;
  /** The state letter: R, S, D, T, t, Z, X... */
  readonly state: string;
}

/** /proc/TID/status fields, or null when the task is gone (or never was). */
export function readStatus(tid: number): TaskStatus | null {
  let text: string;
  try {
    text = statusText(tid);
  } catch {
    return null;
  }
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  const state = /^State:\s*(\S)/m.exec(text)?.[1] ?? '?';
  return { tgid: field('Tgid') || tid, ppid: field('PPid'), tracerPid: field('TracerPid'), state };
}

/** The process's command name (what `ps` shows), '' when it is gone. Kept as raw bytes (latin1). */
export function readComm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'latin1').replace(/\n$/, '');
  } catch {
    return '';
  }
}
