/** One traced thread and the syscall it is in, as the stop loop last saw it. */

export type TaskOrigin =
  /** The command tstrace started; hidden until its first execve. */
  | 'spawned'
  /** Attached with -p (or as a thread of an attached process). */
  | 'attached'
  /** Auto-attached on fork/vfork/clone (-f). */
  | 'child';

/**
 * Where a task is in its syscall cycle, as the stop loop last saw it:
 * - 'none': between syscalls (also at an exit stop whose entry was never seen);
 * - 'known': between the entry and exit stops of the syscall that nr and args describe;
 * - 'unknown': inside a syscall whose entry stop could not be read (ptrace failed: the task
 *   was being killed), so nr and args still describe the syscall before. Sinks hear of
 *   such a syscall only through TraceSink.unknownSyscall, never as a number.
 */
export type SyscallPhase = 'none' | 'known' | 'unknown';

const TWO32 = 2 ** 32;

export class Task {
  /** Thread id; changes once when a non-leader thread execs (it takes the leader's id). */
  tid: number;
  readonly origin: TaskOrigin;
  /** The spawned command's syscalls before its execve belong to the exec stub: not shown. */
  hidden: boolean;
  /** The started command between its first execve's entry and exit (strace: "exec: <why>" on failure). */
  firstExec = false;
  /** We sent the started command a signal that will end it: follow it to its end, not detach. */
  doomed = false;
  /** -b execve: the started command's first execve is not a reason to let go. */
  skipDetachOnExec = false;
  /** Whether the sink has been told about this task (at its first stop). */
  announced = false;
  /** Seized and interrupted (-p): its first stop is still to come. */
  seized = false;
  /** In a ptrace-stop whose status was consumed and that was not resumed yet. */
  stopped = false;
  /**
   * Runs under tstrace's seccomp filter: only traced syscalls stop it (as seccomp stops),
   * so between them it is resumed with PTRACE_CONT. Inherited by its children.
   */
  seccomp = false;

  /** Where it is in its syscall cycle (see SyscallPhase). */
  syscall: SyscallPhase = 'none';
  /**
   * Syscall number of the current (or last) syscall whose entry could be read. Starts at 0
   * like strace's fresh task record, which is why a just-attached task's restart_syscall
   * "resumes read".
   */
  nr = 0;
  /** The syscall before the current one (what restart_syscall resumes). */
  prevNr = 0;
  /** The six syscall arguments as (low, high) 32-bit halves: exact, and no BigInt. */
  readonly args = new Uint32Array(12);
  retLo = 0;
  retHi = 0;
  isError = false;
  /**
   * Where the task made the syscall: the address after its `syscall` instruction, from
   * PTRACE_GET_SYSCALL_INFO at the last syscall stop (strace's -i). Exact: user addresses
   * are below 2^47.
   */
  ip = 0;
  /** Stack pointer at the last syscall stop (rt_sigreturn's signal frame is there). */
  sp = 0;
  /** The current syscall's outcome was set by fault injection (strace's `(INJECTED)`). */
  injected = false;
  /** Its arguments' memory was written by injection (poke_enter/poke_exit: `(INJECTED: args)`). */
  poked = false;
  /** It was delayed by injection (strace's `(DELAYED)`). */
  delayed = false;
  /**
   * monotonicMs() time (sys/clock.ts) before which the task must stay stopped (delay injection); 0
   * when it is resumed at once. Set by a SyscallTamper, honoured by the stop loop.
   */
  holdUntil = 0;

  /** monotonicMs() (sys/clock.ts) at the last stop, when the tracer records times (TracerConfig.clock). */
  stoppedAt = 0;
  /** The process's system CPU time in seconds at the last stop, with clock 'cpu'. */
  stime = 0;

  /**
   * Nothing wants the current syscall's exit (TraceSink.wantsExit): its exit stop is only
   * resumed. Set at each entry.
   */
  exitUnwanted = false;

  /** Between a syscall-entry stop and its exit stop, its number known or not. */
  get inSyscall(): boolean {
    return this.syscall !== 'none';
  }

  constructor(tid: number, origin: TaskOrigin) {
    this.tid = tid;
    this.origin = origin;
    this.hidden = origin === 'spawned';
  }

  /** Argument `i` as a Number: exact below 2^53, which covers user pointers and sizes. */
  arg(i: number): number {
    return this.args[2 * i]! + this.args[2 * i + 1]! * TWO32;
  }

  /** Argument `i` as the C `int` the kernel took (low 32 bits, signed). */
  argInt(i: number): number {
    return this.args[2 * i]! | 0;
  }

  /** Argument `i` as a signed 64-bit value (a BigInt only where a Number cannot hold it). */
  argLong(i: number): number | bigint {
    return toSigned64(this.args[2 * i]!, this.args[2 * i + 1]!);
  }

  /** The syscall's return value as a signed 64-bit number (a BigInt beyond 2^53). */
  retval(): number | bigint {
    return toSigned64(this.retLo, this.retHi);
  }
}

export function toSigned64(lo: number, hi: number): number | bigint {
  if (hi === 0) return lo;
  if (hi === 0xffffffff && lo !== 0) return lo - TWO32; // small negatives: -1 .. -2^32+1
  const v = (BigInt(hi) << 32n) | BigInt(lo);
  const s = BigInt.asIntN(64, v);
  return s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s;
}
