/**
 * The library's typed events: what the engine's stops become once decoded, as plain data
 * (structured-cloneable, so they cross from the tracer Worker to the main thread, and one
 * JSON line each with --output-format=json; docs/json-schema.json describes that form).
 *
 * Times are Unix epoch seconds (a double: sub-microsecond resolution today), durations
 * seconds. `pid` is the thread group (process) id, `tid` the thread id.
 */

/** Fields every event has. */
export interface EventBase {
  /** Process id (thread group id) of the task. */
  readonly pid: number;
  /** Thread id of the task (equal to `pid` for a process's main thread). */
  readonly tid: number;
  /** When it happened (a syscall: its entry), in seconds since the Unix epoch. */
  readonly time: number;
}

/**
 * How a traced syscall ended, in the words of strace's `-e status=`: it returned
 * (`successful` / `failed`), the task exited inside it (`unfinished`: exit_group, a fatal
 * signal), or tstrace let go while it was in it (`detached`).
 */
export type SyscallOutcome = 'successful' | 'failed' | 'unfinished' | 'detached';

/**
 * One syscall, reported once it is over (so a blocking call shows up when it returns):
 * its raw and decoded arguments and its result.
 */
export interface SyscallEvent extends EventBase {
  readonly type: 'syscall';
  /**
   * Syscall number (x86_64); null when it could not be read: the task was killed as it
   * stopped at the entry (`name` is then `???` and there are no arguments).
   */
  readonly nr: number | null;
  /** Syscall name, as strace prints it (`syscall_0x1be` for numbers without one, `???` for an unknown number). */
  readonly name: string;
  /** The argument registers the syscall takes (all six when unknown), as unsigned 64-bit hex (`0x1f`, `0`). */
  readonly rawArgs: readonly string[];
  /**
   * The strace text of each printed argument (`AT_FDCWD`, `"/etc/passwd"`,
   * `O_RDONLY|O_CLOEXEC`). Output arguments carry their value after the call.
   */
  readonly args: readonly string[];
  /**
   * --arg-names (EventOptions.argNames): the name of each of `args`, in the same order
   * (`dirfd`, `pathname`, `flags`); null for an argument without one. Absent otherwise.
   */
  readonly argNames?: readonly (string | null)[];
  /**
   * The return value, signed (`-2` for ENOENT): a BigInt where a Number cannot hold it
   * exactly (a decimal string in JSON); null when the call never returned.
   */
  readonly ret: number | bigint | null;
  /** strace's text after `= ` (`3`, `-1 ENOENT (No such file or directory)`, `?`). */
  readonly retText: string;
  /** The errno name of a failed call (`ENOENT`), else null. */
  readonly errno: string | null;
  readonly outcome: SyscallOutcome;
  /** When the call returned (or the task exited / was let go), epoch seconds. */
  readonly endTime: number;
  /** Seconds from entry to exit (wall clock, as tstrace saw the two stops). */
  readonly duration: number;
}

/** A signal about to be delivered to the task (strace's `--- SIGCHLD {...} ---`). */
export interface SignalEvent extends EventBase {
  readonly type: 'signal';
  readonly signal: number;
  /** `SIGCHLD`. */
  readonly signalName: string;
  /** The siginfo as strace prints it: `{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}`. */
  readonly info: string;
}

/** The task entered group-stop (`--- stopped by SIGSTOP ---`). */
export interface StopEvent extends EventBase {
  readonly type: 'stop';
  readonly signal: number;
  readonly signalName: string;
}

/** How a task or the traced command ended. */
export type ExitStatus =
  | { readonly kind: 'exited'; readonly code: number }
  | { readonly kind: 'killed'; readonly signal: number; readonly signalName: string; readonly core: boolean };

/** The task is gone (`+++ exited with 0 +++`). */
export interface ExitEvent extends EventBase {
  readonly type: 'exit';
  readonly status: ExitStatus;
}

/** A successful execve/execveat: the task now runs `filename`. */
export interface ExecEvent extends EventBase {
  readonly type: 'exec';
  /** The program path as the task passed it (before PATH or symlink resolution). */
  readonly filename: string;
  /** When a non-leader thread exec'd, the tid it had (it now has the leader's); else null. */
  readonly formerTid: number | null;
  /** The new command line (/proc/PID/cmdline after the exec; [] if it could not be read). */
  readonly argv: readonly string[];
}

/**
 * A task became visible: the started command (at its execve), an attached thread, or a
 * child (with followForks).
 */
export interface TaskEvent extends EventBase {
  readonly type: 'task';
  readonly origin: 'spawned' | 'attached' | 'child';
  /**
   * A new process (not a thread of one already seen): its parent's pid and its command
   * line (a child's is its parent's until it execs) from /proc; null for a thread.
   */
  readonly process: { readonly ppid: number; readonly argv: readonly string[] } | null;
}

/** All threads of a process given in `pids` are attached. */
export interface AttachEvent extends EventBase {
  readonly type: 'attach';
  readonly threads: number;
}

/** tstrace let go of a task that goes on running. */
export interface DetachEvent extends EventBase {
  readonly type: 'detach';
}

/** Something worth hearing that did not stop tracing (a pid that could not be attached). */
export interface WarningEvent {
  readonly type: 'warning';
  readonly time: number;
  readonly message: string;
}

/** Every event of a trace; switch on `type`. */
export type TraceEvent =
  | SyscallEvent | SignalEvent | StopEvent | ExitEvent | ExecEvent | TaskEvent | AttachEvent | DetachEvent | WarningEvent;

export type TraceEventType = TraceEvent['type'];
