/**
 * -Y / --decode-pids=comm: the command name of each task, shown after its pid in line
 * prefixes (`1234<cat> `). Read from /proc while the task is alive (at its first stop, and
 * again when an execve succeeds or prctl(PR_SET_NAME) renames it), since the lines that
 * need it most, `+++ exited ...`, come when /proc has nothing left to say.
 */
import { readFileSync } from 'node:fs';
import type { Task } from '../engine/task.js';
import { commText } from '../decode/pids.js';
import { procPid } from '../sys/pidns.js';

const SYS_prctl = 157;
const SYS_execve = 59;
const SYS_execveat = 322;
const PR_SET_NAME = 15;

export class TaskComms {
  private readonly comms = new Map<number, string>();

  load(tid: number): void {
    try {
      this.comms.set(tid, readFileSync(`/proc/${procPid(tid)}/comm`, 'latin1').replace(/\n$/, ''));
    } catch {
      // already gone: keep what was known
    }
  }

  /** Whether the syscall `task` is in may rename it (execve, prctl(PR_SET_NAME)). */
  renames(task: Task): boolean {
    return task.nr === SYS_execve || task.nr === SYS_execveat || (task.nr === SYS_prctl && task.argInt(0) === PR_SET_NAME);
  }

  /** After a syscall's exit: reload when it renamed the task. */
  afterSyscall(task: Task): void {
    if (!task.isError && this.renames(task)) this.load(task.tid);
  }

  /** `<comm>` as strace prints it (non-printable bytes and the angle brackets escaped), or ''. */
  suffix(tid: number): string {
    const c = this.comms.get(tid);
    return c === undefined ? '' : commText(c);
  }

  forget(tid: number): void {
    this.comms.delete(tid);
  }
}
