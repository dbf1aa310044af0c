/**
 * What the stop loop reports, as it happens, on the tracer thread while the task is still
 * stopped (so a sink may read its memory). The strace text printer is one sink; the
 * library's event stream another.
 */
import type { Task } from './task.js';

export type ExitHow =
  | { readonly kind: 'exited'; readonly code: number }
  | { readonly kind: 'killed'; readonly signal: number; readonly core: boolean };

/**
 * The stops of a syscall whose number is unknown: its entry, and then how it ended, the
 * task exiting inside it ('no-return') or, should it live on, its exit stop ('exit', with
 * retLo/retHi/isError set).
 */
export type UnknownSyscallStop = 'entry' | 'exit' | 'no-return';

export interface TraceSink {
  /** A task became visible: the spawned command at its execve, an attached thread, a new child. */
  taskAdded(task: Task): void;
  /** Syscall-entry stop; the task's nr and args are set. */
  syscallEntry(task: Task): void;
  /** Syscall-exit stop; the task's return value is set, nr and args are the entry's. */
  syscallExit(task: Task): void;
  /**
   * Optional, asked right after syscallEntry: false when this sink has no use for the
   * syscall's exit (hidden by the filters). When the sinks and the tamper all say so, the
   * exit stop is not read and syscallExit is not called (strace skips get_regs for filtered
   * syscalls: it is a third of the ptrace calls of a stop that does not use seccomp).
   */
  wantsExit?(task: Task): boolean;
  /**
   * Optional: an attached (-p) task's syscall was ended by the attach itself with a partial
   * success (attach-stop.ts); `task` is a copy at that call's exit. No exit stop follows.
   */
  syscallEndedByAttach?(task: Task): void;
  /** The task is exiting inside a syscall that will never return (exit_group, a fatal signal). */
  syscallNoReturn(task: Task): void;
  /**
   * A syscall-entry stop that could not be read (the task was killed after it stopped, and
   * PTRACE_GET_SYSCALL_INFO found it gone), then that syscall's end. Its number and
   * arguments are unknown: task.nr and task.args are the previous syscall's and must not be
   * decoded. strace shows it as `???(`, whatever the filters, which cannot qualify it.
   */
  unknownSyscall(task: Task, stop: UnknownSyscallStop): void;
  /** Signal-delivery stop; `siginfo` holds the raw siginfo_t, valid during the call only. */
  signal(task: Task, signal: number, siginfo: Buffer): void;
  /** The task entered group-stop by `signal`. */
  groupStop(task: Task, signal: number): void;
  /**
   * A non-leader thread exec'd: `task` now has the leader's tid (it was `formerTid`) and the
   * leader, which had that tid, is gone without an exit status of its own.
   */
  threadExeced(task: Task, formerTid: number): void;
  /** The task's execve succeeded (PTRACE_EVENT_EXEC; also when execve itself is not traced). */
  execed?(task: Task): void;
  /** The task is gone. */
  exited(task: Task, how: ExitHow): void;
  /** tstrace let go of a task that goes on running. */
  detached(task: Task): void;
  /** All threads of an attached (-p) process are seized. */
  processAttached(pid: number, threads: number): void;
  /** PTRACE_SEIZE of a -p process failed with `errno`; tracing goes on with the others. */
  attachFailed(pid: number, errno: number): void;
  /** A child of ours we never traced ended (strace: "Exit of unknown pid N ignored"). */
  unknownExit?(pid: number): void;
  /** A task we did not ask for (CLONE_PTRACE without -f) was let go (strace: "Detached unknown pid N"). */
  unknownDetached?(pid: number): void;
  /** Something the user should hear about that does not stop tracing. */
  warning(message: string): void;
}
