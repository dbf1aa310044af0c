/** What ptail reads from /proc: cheap, once per task or per exec, never per syscall. */
import { readFileSync, readdirSync } from 'node:fs';
import { kcmpFile } from '../sys/libc.js';

export { readComm, readStatus, type TaskStatus } from '../sys/proc.js';

/** O_CLOEXEC as /proc/PID/fdinfo/FD shows it (octal `flags:` field). */
const O_CLOEXEC = 0o2000000;

/** Whether `fd` of `pid` is close-on-exec; false when it cannot be told (closed, gone). */
export function isCloexec(pid: number, fd: number): boolean {
  try {
    const m = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1'));
    return m !== null && (parseInt(m[1]!, 8) & O_CLOEXEC) !== 0;
  } catch {
    return false;
  }
}

/** The file position of `fd` of `pid` (/proc/PID/fdinfo/FD's `pos:`); NaN when it cannot be told. */
export function filePosition(pid: number, fd: number): number {
  try {
    const m = /^pos:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1'));
    return m === null ? NaN : Number(m[1]);
  } catch {
    return NaN;
  }
}

/**
 * The fds of `pid` above 2 that are copies (dups: one open file description) of one of
 * `originals`, each with the first original it copies. This finds a stdout moved to fd 7
 * before we attached. Empty when the process is gone or kcmp is not available.
 */
export function findCopies(pid: number, originals: readonly number[]): Array<[number, number]> {
  let fds: number[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`).map(Number);
  } catch {
    return [];
  }
  const copies: Array<[number, number]> = [];
  for (const fd of fds) {
    // fd 0 is left out: a terminal's stdin is often the very description stdout is.
    if (fd <= 2 || originals.includes(fd)) continue;
    const original = originals.find((o) => kcmpFile(pid, pid, o, fd) === 0);
    if (original !== undefined) copies.push([fd, original]);
  }
  return copies;
}
