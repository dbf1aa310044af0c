/**
 * Why a pid cannot be attached to, as one line for the user. Checked before attaching
 * (gone, already traced) and again after a failed attach, when the only likely cause left
 * is permission.
 */
import { readFileSync } from 'node:fs';
import { EPERM } from '../sys/constants.js';
import { strerror } from '../sys/libc.js';
import { readComm, readStatus } from '../sys/proc.js';

/** The problem with attaching to `pid`, or null when none is visible from /proc. */
export function attachObstacle(pid: number, self: number): string | null {
  if (pid === self) return `cannot trace myself (pid ${pid})`;
  const status = readStatus(pid);
  if (status === null) return `no such process: ${pid}`;
  if (status.state === 'Z' || status.state === 'X') {
    return `process ${pid} has exited (a zombie until its parent ${status.ppid} reaps it): nothing to trace`;
  }
  if (status.tracerPid !== 0) {
    // TracerPid names the tracing thread; the process is what the user knows.
    const tracer = readStatus(status.tracerPid)?.tgid ?? status.tracerPid;
    const who = readComm(tracer);
    return `process ${pid} is already traced by pid ${tracer}${who ? ` (${who})` : ''}: only one tracer at a time`;
  }
  return null;
}

/** The line for an attach that failed although nothing in /proc stood in the way. */
export function explainAttachFailure(pid: number, self: number): string {
  const seen = attachObstacle(pid, self);
  if (seen !== null) return seen;
  let scope = '';
  try {
    scope = `, it is ${readFileSync('/proc/sys/kernel/yama/ptrace_scope', 'latin1').trim()}`;
  } catch {
    // no Yama: only the uid check and capabilities apply
  }
  return `cannot attach to ${pid}: permission denied (another user's process needs CAP_SYS_PTRACE; ` +
    `your own needs /proc/sys/kernel/yama/ptrace_scope 0${scope})`;
}

/** The line for a failed PTRACE_SEIZE of `pid`: strace's, and what stood in the way when that is more than "not permitted". */
export function attachFailureLine(pid: number, errno: number, self: number): string {
  const line = `attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(errno)}`;
  return errno === EPERM ? `${line} (${explainAttachFailure(pid, self)})` : line;
}
