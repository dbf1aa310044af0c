/**
 * An optional hook at syscall stops that may change what the tracee experiences (fault
 * injection: skip a call, force its result, deliver a signal, delay it). The stop loop
 * calls it, when one is configured, on the tracer thread while the task is stopped and
 * before the sink hears of the stop, so the sink prints what the tracee will see.
 */
import type { Task } from './task.js';

export interface SyscallTamper {
  /**
   * At a syscall-entry (or seccomp) stop; task.nr and task.args are set. May rewrite the
   * task's registers (orig_rax = -1 skips the call). Returns a signal to resume the task
   * with (delivered as the call proceeds, as strace's inject signal= does), or 0.
   */
  entering(task: Task): number;
  /**
   * At the matching syscall-exit stop, after the task's return value is read. May rewrite
   * rax and must then update task.retLo/retHi/isError (and set task.injected).
   */
  exiting(task: Task): void;
  /** Optional, as TraceSink.wantsExit: false when the tamper will not touch this syscall's exit. */
  wantsExit?(task: Task): boolean;
}
