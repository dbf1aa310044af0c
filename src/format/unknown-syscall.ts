/**
 * A syscall whose number could not be read at its entry stop (the task was being killed):
 * strace names it `???` and, were it to return after all, would print its result raw.
 */
import { formatError } from '../decode/errno.js';
import { hex64 } from '../decode/numbers.js';
import type { Task } from '../engine/task.js';

export const UNKNOWN_SYSCALL_NAME = '???';

/** The text after `= ` at such a syscall's exit: the value in hex, or the error. */
export function unknownSyscallResult(task: Task): string {
  return task.isError ? formatError(-(task.retLo | 0)) : hex64(task.retLo, task.retHi);
}
