/**
 * The stop loop: one thread owns every tracee, waits for any of them to stop, reports
 * the stop to a sink and resumes the task. Per traced syscall stop it makes three calls
 * (wait4, PTRACE_GET_SYSCALL_INFO, PTRACE_SYSCALL; the wait may poll first, spin.ts) and
 * allocates nothing.
 *
 * Everything here must run on the thread that attached (ptrace is per thread).
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  ECHILD, EINTR, EPERM, ESRCH, PTRACE_CONT, PTRACE_DETACH, PTRACE_GETEVENTMSG, PTRACE_GETSIGINFO, PTRACE_GET_SYSCALL_INFO,
  PTRACE_INTERRUPT, PTRACE_LISTEN, PTRACE_O_TRACECLONE, PTRACE_O_TRACEEXEC, PTRACE_O_TRACEEXIT,
  PTRACE_O_EXITKILL, PTRACE_O_TRACEFORK, PTRACE_O_TRACESECCOMP, PTRACE_O_TRACESYSGOOD, PTRACE_O_TRACEVFORK, PTRACE_SEIZE, PTRACE_SYSCALL,
  PTRACE_SYSCALL_INFO_ENTRY, PTRACE_SYSCALL_INFO_EXIT, PTRACE_SYSCALL_INFO_NONE, PTRACE_SYSCALL_INFO_SECCOMP, SIGCONT, SIGKILL, SIGSTOP, SYSCALL_INFO_SIZE,
  SYS_execve, SYS_execveat, SYS_seccomp, WNOHANG, WUNTRACED, __WALL, __WNOTHREAD,
} from '../sys/constants.js';
import { errno, gettid, kill, ptrace, ptraceInt, strerror, wait4 } from '../sys/libc.js';
import { closeFd } from '../sys/become.js';
import { memoryMayHaveChanged, TraceeMemory } from '../sys/memory.js';
import { readStatus } from '../sys/proc.js';
import { fprogImage, traceFilter } from '../sys/seccomp.js';
import { spawnStopped } from '../sys/spawn.js';
import { STUB_FILTER_ADDR, STUB_NO_NEW_PRIVS_ADDR } from '../sys/x86_64/exec-stub.js';
import { syscallEndedByAttach } from './attach-stop.js';
import type { ExitHow, TraceSink } from './sink.js';
import { decodeStatus, type PtraceEvent, type Stop } from './stop.js';
import { SpinPolicy } from './spin.js';
import type { SyscallTamper } from './tamper.js';
import { Task } from './task.js';
import { monotonicMs } from '../sys/clock.js';

export interface CommandSpec {
  /** Absolute path of the program, resolved through PATH as strace does. */
  readonly path: string;
  /** argv, argv[0] included, as the user gave it. */
  readonly argv: readonly string[];
  /** The environment as `NAME=value` strings. */
  readonly env: readonly string[];
  /** Our fds to hand over as the command's 0, 1, 2 (default: our own 0, 1, 2). */
  readonly stdio?: readonly [number, number, number];
  /** Other fds (>= 3) the command inherits, as they are numbered here (sys/inherited-fds.ts). */
  readonly inherit?: readonly number[];
}

export interface TracerConfig {
  /** -f: trace children and threads, and attach to every thread of -p processes. */
  readonly followForks: boolean;
  /**
   * Without followForks: still trace every thread of -p processes and new threads (clone
   * events), but no child processes. Implied by followForks.
   */
  readonly followThreads?: boolean;
  readonly command?: CommandSpec;
  /**
   * strace -D: instead of starting a command, seize `pid`, the process that will exec the
   * command itself once `readyFd` (our end of its pipe) is closed. Hidden until its execve.
   */
  readonly adopt?: { readonly pid: number; readonly readyFd: number };
  readonly attach: readonly number[];
  /** Poll this long (ms) for the next stop before sleeping; 0 never polls. See spin.ts. */
  readonly spinMs?: number;
  /**
   * What to record at every stop (Task.stoppedAt, Task.stime): nothing (the fast default),
   * the time, or also the tracee's system CPU time (for strace's -c).
   */
  readonly clock?: 'none' | 'wall' | 'cpu';
  /**
   * Syscalls the spawned command (and its children, with -f) should stop at; every other
   * one runs without a stop, through a seccomp-bpf filter installed before its execve.
   * Attached processes always stop at every syscall.
   */
  readonly seccompTraced?: ReadonlySet<number>;
  /**
   * Set no_new_privs before installing that filter (strace's --seccomp-bpf does). Without
   * it the filter needs CAP_SYS_ADMIN, but setuid programs keep their privileges.
   */
  readonly seccompNoNewPrivs?: boolean;
  /**
   * -b execve: let go of a task at its execve (the started command's first one excepted):
   * the new program runs untraced.
   */
  readonly detachOnExecve?: boolean;
  /**
   * strace's way with the command when the tracer is killed: send it the signal and detach
   * at once (its open syscall ends `<detached ...>`). Otherwise a command that will die of
   * it is followed to its end, so that its death is reported rather than "still running".
   */
  readonly detachKilledCommand?: boolean;
  /** Fault injection and the like (engine/tamper.ts); absent, syscall stops pay nothing for it. */
  readonly tamper?: SyscallTamper;
}

/**
 * The host's say in the loop, asked after every stop and whenever a signal interrupts the
 * wait (`interrupted`): it may flush output, and answers with a signal number when the
 * user asked to detach from everything (Ctrl-C & co.), else 0.
 */
export interface LoopControl {
  check(interrupted: boolean): number;
  /**
   * Work for the time the tracer would spend waiting (decoders made ready before their
   * first use, decode/prepare.ts): one small step per call, false once none is left.
   */
  idle?(): boolean;
}

export interface TraceResult {
  /** How the spawned command ended; null when there was none or it was detached. */
  readonly command: ExitHow | null;
  /** The signal that made tstrace let go, 0 when the tracees simply finished. */
  readonly stoppedBy: number;
  /** Nothing could be traced (every -p failed and no command). */
  readonly nothingTraced: boolean;
  /** The -p pids that could not be attached, with PTRACE_SEIZE's errno. */
  readonly attachFailures: readonly { readonly pid: number; readonly errno: number }[];
}

/** sizeof(struct rusage) on x86_64. */
const RUSAGE_SIZE = 144;

/** A failure the user caused or must know about: printed as one line, exit status 1. */
export class TraceError extends Error {}

/**
 * Thrown by a sink (or the loop's control) to end the trace as if `signal` had been asked
 * for: the started command is killed by it, the rest detached (strace's cleanup on a fatal
 * signal). The trace output's reader going away is SIGPIPE.
 */
export class StopTracing extends Error {
  constructor(readonly signal: number, message = `tracing stopped by signal ${signal}`) {
    super(message);
  }
}

/** Our wait4 flags: __WNOTHREAD, since other threads of this process may trace others. */
const WAIT_ALL = __WALL | __WNOTHREAD;

export class Tracer {
  private readonly tasks = new Map<number, Task>();
  private readonly status = new Int32Array(1);
  private readonly info = new Uint8Array(SYSCALL_INFO_SIZE);
  private readonly info32 = new Uint32Array(this.info.buffer);
  private readonly siginfo = Buffer.alloc(128);
  private readonly eventMsg = new Uint32Array(2);
  /** Options for attached processes; a started command's also kill it when we go (EXITKILL). */
  private readonly options: number;
  private readonly followsThreads: boolean;
  private commandPid = 0;
  private commandExit: ExitHow | null = null;
  private stoppedBy = 0;
  /** A tracee stopped for a signal since the host last looked at its own (see dispatch). */
  private signalSeen = false;
  private readonly attachFailures: { pid: number; errno: number }[] = [];
  private readonly spin: SpinPolicy;
  /** The control has idle work left: waits poll and do a step of it between polls. */
  private idlePending: boolean;
  private readonly clock: 'none' | 'wall' | 'cpu';
  private readonly memory = new TraceeMemory(64);
  /** struct rusage for wait4, only when the system time is wanted. */
  private readonly rusage: Buffer | null;
  private readonly tamper: SyscallTamper | null;
  /** Tasks kept stopped by delay injection (Task.holdUntil), with the signal to resume them with. */
  private readonly held: { task: Task; sig: number }[] = [];
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly config: TracerConfig,
    private readonly sink: TraceSink,
    private readonly control: LoopControl,
  ) {
    this.options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESECCOMP |
      (config.followForks ? PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE : 0) |
      (config.followThreads ? PTRACE_O_TRACECLONE : 0);
    this.followsThreads = config.followForks || config.followThreads === true;
    this.spin = new SpinPolicy(config.spinMs);
    this.idlePending = control.idle !== undefined;
    this.clock = config.clock ?? 'none';
    this.rusage = this.clock === 'cpu' ? Buffer.alloc(RUSAGE_SIZE) : null;
    this.tamper = config.tamper ?? null;
  }

  run(): TraceResult {
    try {
      if (this.config.command) this.startCommand(this.config.command);
      if (this.config.adopt) this.adoptCommand(this.config.adopt.pid, this.config.adopt.readyFd);
      let attached = 0;
      for (const pid of this.config.attach) if (this.attachProcess(pid)) attached++;
      if (!this.config.command && !this.config.adopt && attached === 0) {
        return { command: null, stoppedBy: 0, nothingTraced: true, attachFailures: this.attachFailures };
      }
      this.loop();
    } catch (e) {
      if (e instanceof StopTracing) {
        this.detachAllQuietly(e.signal);
      } else {
        // Whatever went wrong, no tracee may stay stopped because of us.
        this.detachAllQuietly(0);
        throw e;
      }
    }
    return { command: this.commandExit, stoppedBy: this.stoppedBy, nothingTraced: false, attachFailures: this.attachFailures };
  }

  /** detachAll, when the sink may be what failed: a second failure must not leave tracees stopped. */
  private detachAllQuietly(signal: number): void {
    for (;;) {
      try {
        this.detachAll(signal);
        return;
      } catch {
        // the sink failed again while reporting a detach: go on with the rest
      }
    }
  }

  // --- starting -------------------------------------------------------------------------

  private startCommand(cmd: CommandSpec): void {
    const idle = this.idlePending ? () => this.idleStep() : undefined;
    const pid = spawnStopped(cmd.path, cmd.argv, cmd.env, cmd.stdio, cmd.inherit, idle);
    // The stub stops itself before exec; until we seize it, it is an ordinary child.
    let r: number;
    do r = wait4(pid, this.status, WUNTRACED | __WNOTHREAD, null); while (r < 0 && errno() === EINTR);
    const st = decodeStatus(this.status[0]!);
    if (r !== pid || st.kind !== 'signal' || st.signal !== SIGSTOP) {
      throw new TraceError(`exec stub for ${cmd.path} did not stop as expected (wait status 0x${this.status[0]!.toString(16)})`);
    }
    if (ptraceInt(PTRACE_SEIZE, pid, 0, this.options | PTRACE_O_EXITKILL) < 0) {
      const e = errno();
      kill(pid, SIGKILL);
      throw new TraceError(`ptrace(PTRACE_SEIZE, ${pid}): ${strerror(e)}`);
    }
    const task = new Task(pid, 'spawned');
    task.skipDetachOnExec = true;
    this.tasks.set(pid, task);
    this.commandPid = pid;
    task.announced = true;
    this.sink.taskAdded(task);
    if (this.config.seccompTraced !== undefined) this.placeFilter(task, this.config.seccompTraced);
    kill(pid, SIGCONT);
  }

  /**
   * strace -D: our parent's parent is to become the command. Seize its main thread (only:
   * its other threads end at its execve), then let it go on by closing the pipe it waits on.
   */
  private adoptCommand(pid: number, readyFd: number): void {
    try {
      if (ptraceInt(PTRACE_SEIZE, pid, 0, this.options) < 0) {
        throw new TraceError(`attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(errno())}`);
      }
      ptraceInt(PTRACE_INTERRUPT, pid, 0, 0);
      const task = new Task(pid, 'spawned');
      task.skipDetachOnExec = true;
      task.announced = true;
      this.tasks.set(pid, task);
      this.commandPid = pid;
      this.sink.taskAdded(task);
    } finally {
      closeFd(readyFd);
    }
  }

  /**
   * Writes the seccomp filter where the stopped exec stub looks for it; the stub installs
   * it just before its execve (see exec-stub.ts), and syscallStop sees whether that worked.
   */
  private placeFilter(task: Task, traced: ReadonlySet<number>): void {
    const image = fprogImage(traceFilter(traced), STUB_FILTER_ADDR);
    const noNewPrivs = Buffer.of(this.config.seccompNoNewPrivs === false ? 0 : 1);
    if (!this.memory.write(task.tid, STUB_NO_NEW_PRIVS_ADDR, noNewPrivs) || !this.memory.write(task.tid, STUB_FILTER_ADDR, image)) {
      this.sink.warning(`seccomp filter not installed (process_vm_writev: ${strerror(this.memory.lastErrno)}); every syscall will stop`);
    }
  }

  /** Seizes `pid` (and with -f all its threads, including ones born meanwhile). */
  private attachProcess(pid: number): boolean {
    if (this.tasks.has(pid)) return true; // named twice
    const self = gettid();
    const seized: Task[] = [];
    for (;;) {
      const tids = this.followsThreads ? listThreads(pid) : [pid];
      let added = 0;
      for (const tid of tids) {
        if (this.tasks.has(tid)) continue;
        if (ptraceInt(PTRACE_SEIZE, tid, 0, this.options) < 0) {
          const e = errno();
          // A thread that exits between the listing and the seize is no failure.
          if (tid !== pid && e === ESRCH) continue;
          // Auto-attached already through TRACECLONE of a sibling: it will show up.
          if (e === EPERM && readStatus(tid)?.tracerPid === self) continue;
          if (tid === pid) {
            this.attachFailures.push({ pid, errno: e });
            this.sink.attachFailed(pid, e);
            this.detachTasks(seized);
            return false;
          }
          continue;
        }
        ptraceInt(PTRACE_INTERRUPT, tid, 0, 0);
        const task = new Task(tid, 'attached');
        task.seized = true;
        this.tasks.set(tid, task);
        seized.push(task);
        added++;
      }
      // New threads may have been cloned by threads we had not seized yet: list again
      // until a pass finds none.
      if (!this.followsThreads || added === 0) break;
    }
    if (seized.length === 0) {
      this.attachFailures.push({ pid, errno: ESRCH });
      this.sink.attachFailed(pid, ESRCH);
      return false;
    }
    for (const task of seized) {
      task.announced = true;
      this.sink.taskAdded(task);
    }
    this.sink.processAttached(pid, seized.length);
    return true;
  }

  // --- the loop -------------------------------------------------------------------------

  private loop(): void {
    const status = this.status;
    while (this.tasks.size > 0) {
      const pid = this.held.length > 0 ? this.waitHolding() : this.waitAny();
      if (pid === 0) {
        const sig = this.control.check(true);
        if (sig !== 0) return this.detachAll(sig);
        continue;
      }
      if (pid > 0) {
        this.dispatch(pid, status[0]!);
        const sig = this.control.check(this.signalSeen);
        this.signalSeen = false;
        if (sig !== 0) return this.detachAll(sig);
        continue;
      }
      const e = errno();
      if (e === EINTR) {
        const sig = this.control.check(true);
        if (sig !== 0) return this.detachAll(sig);
        continue;
      }
      if (e === ECHILD) {
        // Every task is gone without telling us (should not happen): nothing to wait for.
        this.tasks.clear();
        return;
      }
      throw new Error(`wait4: ${strerror(e)}`);
    }
  }

  /** One step of the control's idle work; false, and no more asking, once it has none left. */
  private idleStep(): boolean {
    this.idlePending = this.control.idle!();
    return this.idlePending;
  }

  /**
   * wait4 for any task: polls while there is idle work to do, then a short poll first when
   * that is likely to pay (spin.ts).
   */
  private waitAny(): number {
    // The tracees run meanwhile (on another CPU): work done between polls costs the trace
    // nothing as far as it fits in the time they take to stop again.
    while (this.idlePending) {
      const pid = wait4(-1, this.status, WAIT_ALL | WNOHANG, this.rusage);
      if (pid !== 0) return pid;
      this.idleStep();
    }
    if (this.spin.shouldSpin()) {
      const deadline = monotonicMs() + this.spin.budgetMs;
      // The clock every fourth poll (a poll is a syscall of ~1 us): before V8 optimises
      // this loop, each reading allocates a number, and a start-up spins hundreds of times.
      for (let polls = 1; ; polls++) {
        const pid = wait4(-1, this.status, WAIT_ALL | WNOHANG, this.rusage);
        if (pid !== 0) {
          this.spin.hit();
          return pid;
        }
        if ((polls & 3) === 0 && monotonicMs() >= deadline) break;
      }
      this.spin.miss();
    }
    return wait4(-1, this.status, WAIT_ALL, this.rusage);
  }

  /**
   * While delayed tasks are held: resumes those whose time has come, then polls for a stop,
   * napping up to 1 ms between polls. 0 when nothing stopped in this round.
   */
  private waitHolding(): number {
    const now = monotonicMs();
    let next = Infinity;
    for (let i = this.held.length - 1; i >= 0; i--) {
      const h = this.held[i]!;
      if (h.task.holdUntil <= now) {
        this.held.splice(i, 1);
        h.task.holdUntil = 0;
        if (this.tasks.get(h.task.tid) === h.task) this.resume(h.task, h.sig);
      } else {
        next = Math.min(next, h.task.holdUntil);
      }
    }
    const pid = wait4(-1, this.status, __WALL | WNOHANG, this.rusage);
    if (pid !== 0) return pid;
    if (next !== Infinity) Atomics.wait(this.sleeper, 0, 0, Math.min(1, Math.max(0, next - monotonicMs())));
    return 0;
  }

  private dispatch(pid: number, status: number): void {
    memoryMayHaveChanged();
    let task = this.tasks.get(pid);
    if (task === undefined) {
      if (!this.unknownPid(pid, status)) return;
      // An auto-attached child whose first stop came before its parent's fork event.
      task = new Task(pid, 'child');
      this.tasks.set(pid, task);
    }
    task.stopped = true;
    const firstSinceSeize = task.seized;
    task.seized = false;
    if (this.clock !== 'none') {
      task.stoppedAt = monotonicMs();
      // ru_stime {tv_sec, tv_usec} of the stopped task's process, in seconds.
      if (this.rusage !== null) task.stime = this.rusage.readUInt32LE(16) + this.rusage.readUInt32LE(24) / 1e6;
    }
    const stop = decodeStatus(status);
    if (stop.kind === 'syscall') {
      if (task.exitUnwanted && task.syscall === 'known') {
        // The exit of a syscall no one shows: not read, as strace skips it (see wantsExit).
        task.exitUnwanted = false;
        task.syscall = 'none';
        this.resume(task, 0);
        return;
      }
      this.resume(task, this.syscallStop(task));
      return;
    }
    if (!task.announced && stop.kind !== 'exited' && stop.kind !== 'killed') {
      task.announced = true;
      this.sink.taskAdded(task);
    }
    switch (stop.kind) {
      case 'interrupt':
        if (firstSinceSeize && this.sink.syscallEndedByAttach !== undefined) {
          const ended = syscallEndedByAttach(task.tid);
          if (ended !== null) this.sink.syscallEndedByAttach(ended);
        }
        this.resume(task, 0);
        return;
      case 'signal':
        if (!task.hidden && ptrace(PTRACE_GETSIGINFO, task.tid, 0, this.siginfo) >= 0) {
          this.sink.signal(task, stop.signal, this.siginfo);
        }
        this.resume(task, stop.signal);
        // Ctrl-C reaches the command's group and us together: the host looks at its
        // signals now, before the command's handler has run, not at its next timer tick.
        this.signalSeen = true;
        return;
      case 'group-stop':
        if (!task.hidden) this.sink.groupStop(task, stop.signal);
        // LISTEN keeps it stopped but lets us see SIGCONT and new stops.
        ptraceInt(PTRACE_LISTEN, task.tid, 0, 0);
        task.stopped = false;
        return;
      case 'event':
        this.eventStop(task, stop.event);
        return;
      case 'exited':
      case 'killed':
        this.gone(task, stop);
        return;
    }
  }

  /**
   * A wait status from a pid we do not know. With fork/clone following it is a new child
   * whose parent's event is still to come (true: track it). Otherwise, as strace: a child
   * of a tracee that cloned with CLONE_PTRACE is let go, and the exit of a child of ours we
   * never traced (CLONE_PARENT, an inherited one) is ignored, each said once.
   */
  private unknownPid(pid: number, status: number): boolean {
    const stop = decodeStatus(status);
    if (stop.kind === 'exited' || stop.kind === 'killed') {
      this.sink.unknownExit?.(pid);
      return false;
    }
    if (this.options & (PTRACE_O_TRACEFORK | PTRACE_O_TRACECLONE)) return true;
    ptraceInt(PTRACE_DETACH, pid, 0, stop.kind === 'signal' ? stop.signal : 0);
    this.sink.unknownDetached?.(pid);
    return false;
  }

  /** Returns the signal to resume the task with (0, unless a SyscallTamper injects one). */
  private syscallStop(task: Task): number {
    const got = ptrace(PTRACE_GET_SYSCALL_INFO, task.tid, SYSCALL_INFO_SIZE, this.info);
    const op = got > 0 ? this.info[0] : PTRACE_SYSCALL_INFO_NONE;
    if (op === PTRACE_SYSCALL_INFO_NONE) {
      if (got > 0 || errno() === ESRCH) this.stopVanished(task);
      return 0;
    }
    const w = this.info32;
    task.ip = w[2]! + w[3]! * 4294967296;
    task.sp = w[4]! + w[5]! * 4294967296;
    let sig = 0;
    // A seccomp stop is the entry of a traced syscall for a task under the filter; it comes
    // after a syscall-entry stop when the task was resumed with PTRACE_SYSCALL (the exec
    // stub), and must not be reported twice.
    if (op === PTRACE_SYSCALL_INFO_ENTRY || (op === PTRACE_SYSCALL_INFO_SECCOMP && task.syscall === 'none')) {
      const nr = w[6]! | 0;
      task.prevNr = task.nr;
      task.nr = nr;
      const a = task.args;
      for (let i = 0; i < 12; i++) a[i] = w[8 + i]!;
      task.syscall = 'known';
      task.exitUnwanted = false;
      if (task.hidden) {
        // The exec stub's syscalls are not the user's: show from its execve on.
        if (nr !== SYS_execve && nr !== SYS_execveat) return 0;
        task.hidden = false;
        task.firstExec = true;
      }
      if (this.tamper !== null) sig = this.tamper.entering(task);
      this.sink.syscallEntry(task);
      // Honoured at the next plain syscall stop, the exit (a seccomp stop is always read);
      // the started command's first execve is ours to see end.
      task.exitUnwanted = !task.firstExec && this.tamper?.wantsExit?.(task) === false && this.sink.wantsExit?.(task) === false;
    } else if (op === PTRACE_SYSCALL_INFO_EXIT) {
      // An exit without its entry (we attached inside the call) has nothing to pair with.
      if (task.syscall === 'none') return 0;
      const known = task.syscall === 'known';
      task.syscall = 'none';
      task.retLo = w[6]!;
      task.retHi = w[7]!;
      task.isError = this.info[32] !== 0;
      if (!known) {
        this.sink.unknownSyscall(task, 'exit');
        return 0;
      }
      if (this.tamper !== null && !task.hidden) this.tamper.exiting(task);
      if (!task.hidden) this.sink.syscallExit(task);
      else if (task.nr === SYS_seccomp) this.stubFilterInstalled(task);
      if (task.firstExec) this.firstExecDone(task);
    }
    return sig;
  }

  /**
   * The syscall stop wait4 reported is gone before we could read it: the task was killed
   * (SIGKILL, another thread's exit_group) in between, and is in no ptrace-stop (ESRCH) or
   * already in its next one (its exit event: no syscall info). It is not ours to resume:
   * resuming would let its next stop go unseen. Outside a syscall the stop was an entry, as
   * strace reckons too: shown as a syscall whose number is unknown, which the exit event
   * ends. Inside one, it was the exit (the task will be seen dying in the syscall) or a
   * seccomp stop repeating a known entry.
   */
  private stopVanished(task: Task): void {
    task.stopped = false;
    if (task.syscall !== 'none' || task.hidden) return;
    task.syscall = 'unknown';
    this.sink.unknownSyscall(task, 'entry');
  }

  /**
   * The started command's first execve returned. Failed: the stub goes on to exit_group(1);
   * say why, as strace's child does, and hide the stub again until it is gone.
   */
  private firstExecDone(task: Task): void {
    task.firstExec = false;
    if (!task.isError) return;
    this.sink.warning(`exec: ${strerror(-(task.retLo | 0))}`);
    task.hidden = true;
  }

  /** The exec stub's seccomp() returned: from its execve on, only traced syscalls stop it. */
  private stubFilterInstalled(task: Task): void {
    if (!task.isError) {
      task.seccomp = true;
      return;
    }
    this.sink.warning(`seccomp filter not installed (seccomp: ${strerror(-(task.retLo | 0))}); every syscall will stop`);
  }

  private eventStop(task: Task, event: PtraceEvent): void {
    let sig = 0;
    switch (event) {
      case 'fork':
      case 'vfork':
      case 'clone': {
        // Register the child now so the loop never ends while its first stop is pending.
        const child = this.eventMessage(task);
        if (child > 0) this.childOf(task, child);
        break;
      }
      case 'exec': {
        const former = this.eventMessage(task);
        if (former > 0 && former !== task.tid) this.threadExec(task, former);
        const execer = this.tasks.get(task.tid) ?? task;
        execer.firstExec = false;
        if (!execer.hidden) this.sink.execed?.(execer);
        if (this.config.detachOnExecve === true) {
          if (!execer.skipDetachOnExec) return this.detach(execer);
          execer.skipDetachOnExec = false;
        }
        break;
      }
      case 'exit':
        if (!task.hidden) {
          if (task.syscall === 'known') this.sink.syscallNoReturn(task);
          else if (task.syscall === 'unknown') this.sink.unknownSyscall(task, 'no-return');
        }
        task.syscall = 'none';
        break;
      case 'seccomp':
        sig = this.syscallStop(task);
        break;
      case 'vfork-done':
        break;
    }
    this.resume(this.tasks.get(task.tid) ?? task, sig);
  }

  /**
   * A non-leader thread exec'd: the kernel gave it the leader's tid and the leader is gone
   * without an exit status of its own. The exec'ing thread's Task takes the leader's place.
   */
  private threadExec(leader: Task, former: number): void {
    const execer = this.tasks.get(former);
    if (execer === undefined) return;
    this.tasks.delete(former);
    execer.tid = leader.tid;
    execer.stopped = true;
    this.tasks.set(leader.tid, execer);
    if (this.commandPid === former) this.commandPid = leader.tid;
    this.sink.threadExeced(execer, former);
  }

  /** A new task seen at its parent's fork/vfork/clone event; it inherits the seccomp filter. */
  private childOf(parent: Task, tid: number): void {
    let child = this.tasks.get(tid);
    if (child === undefined) {
      child = new Task(tid, 'child');
      this.tasks.set(tid, child);
    }
    child.seccomp = parent.seccomp;
  }

  private gone(task: Task, stop: Stop & { kind: 'exited' | 'killed' }): void {
    this.tasks.delete(task.tid);
    const how: ExitHow = stop.kind === 'exited'
      ? { kind: 'exited', code: stop.code }
      : { kind: 'killed', signal: stop.signal, core: stop.core };
    if (task.tid === this.commandPid) this.commandExit = how;
    if (task.announced) this.sink.exited(task, how);
  }

  private resume(task: Task, sig: number): void {
    // Not in the stop it was reported in any more (stopVanished).
    if (!task.stopped) return;
    if (task.holdUntil > 0) {
      // Delay injection: stays stopped until its time (waitHolding); the others go on.
      this.held.push({ task, sig });
      return;
    }
    task.stopped = false;
    // Under the filter, stop again only at the next traced syscall (a seccomp stop), or at
    // the exit of the one it is in. ESRCH: killed meanwhile; its exit status follows.
    const request = task.seccomp && !task.inSyscall && !task.hidden ? PTRACE_CONT : PTRACE_SYSCALL;
    ptraceInt(request, task.tid, 0, sig);
  }

  private eventMessage(task: Task): number {
    if (ptrace(PTRACE_GETEVENTMSG, task.tid, 0, this.eventMsg) < 0) return -1;
    return this.eventMsg[0]!;
  }

  // --- letting go -----------------------------------------------------------------------

  /**
   * Detaches from every task, leaving each running (or stopped, if it was in group-stop).
   * With a fatal `signal` from the user, the command tstrace started is killed with it
   * first, as strace does.
   */
  private detachAll(signal: number): void {
    this.stoppedBy = signal;
    const command = this.tasks.get(this.commandPid);
    if (signal !== 0 && command !== undefined) {
      kill(this.commandPid, SIGCONT);
      kill(this.commandPid, signal);
      // It neither catches nor ignores it: it is as good as dead, and is followed to its
      // end rather than reported "detached" (still running) when it is not.
      if (this.config.detachKilledCommand !== true && diesOf(this.commandPid, signal)) command.doomed = true;
    }
    // A seccomp filter outlives us: once untraced, its traced syscalls fail with ENOSYS.
    // Killing the command would be worse; saying so is the least we owe.
    const filtered = [...this.tasks.values()].filter((t) => t.seccomp && !(signal !== 0 && t.tid === this.commandPid));
    if (filtered.length > 0) {
      this.sink.warning(`detaching from ${filtered.map((t) => t.tid).join(', ')}, which run under the seccomp filter: ` +
        'their traced syscalls will now fail with ENOSYS');
    }
    for (const h of this.held) h.task.holdUntil = 0;
    this.held.length = 0;
    // Detaching can reveal new children (a pending fork event), hence the outer loop.
    while (this.tasks.size > 0) this.detachTasks([...this.tasks.values()]);
  }

  /** Lets a task we killed run on (its signals delivered) until its exit is seen. */
  private followToDeath(task: Task): void {
    let sig = 0;
    for (;;) {
      if (task.stopped) {
        task.stopped = false;
        if (ptraceInt(PTRACE_CONT, task.tid, 0, sig) < 0 && errno() !== ESRCH) break;
      }
      const r = wait4(task.tid, this.status, WAIT_ALL, null);
      if (r < 0) {
        if (errno() === EINTR) continue;
        break;
      }
      const stop = decodeStatus(this.status[0]!);
      if (stop.kind === 'exited' || stop.kind === 'killed') return this.gone(task, stop);
      task.stopped = true;
      sig = stop.kind === 'signal' ? stop.signal : 0;
      if (stop.kind === 'group-stop') {
        // Stopped after all: leave it as it is.
        ptraceInt(PTRACE_DETACH, task.tid, 0, 0);
        break;
      }
    }
    this.tasks.delete(task.tid);
    if (task.announced) this.sink.detached(task);
  }

  private detachTasks(tasks: readonly Task[]): void {
    for (const task of tasks) if (this.tasks.get(task.tid) === task) this.detach(task);
  }

  private detach(task: Task): void {
    if (task.doomed) return this.followToDeath(task);
    let sig = 0;
    if (!task.stopped) {
      // PTRACE_DETACH needs a ptrace-stop: interrupt it and take the next stop it reports.
      if (ptraceInt(PTRACE_INTERRUPT, task.tid, 0, 0) < 0) {
        this.tasks.delete(task.tid);
        return;
      }
      for (;;) {
        const r = wait4(task.tid, this.status, WAIT_ALL, null);
        if (r < 0) {
          if (errno() === EINTR) continue;
          this.tasks.delete(task.tid);
          return;
        }
        const stop = decodeStatus(this.status[0]!);
        if (stop.kind === 'exited' || stop.kind === 'killed') return this.gone(task, stop);
        if (stop.kind === 'signal') sig = stop.signal; // hand it back, or it would be lost
        if (stop.kind === 'event' && (stop.event === 'fork' || stop.event === 'vfork' || stop.event === 'clone')) {
          const child = this.eventMessage(task);
          if (child > 0) this.childOf(task, child);
        }
        break;
      }
    }
    ptraceInt(PTRACE_DETACH, task.tid, 0, sig);
    this.tasks.delete(task.tid);
    if (task.announced) this.sink.detached(task);
  }
}

/**
 * Whether `signal` (HUP, INT, QUIT, PIPE, TERM: fatal by default) will end process `pid`:
 * it has neither a handler for it nor ignores it (SigCgt / SigIgn in /proc/PID/status).
 */
function diesOf(pid: number, signal: number): boolean {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return false;
  }
  const bit = 1n << BigInt(signal - 1);
  const mask = (name: string): bigint => BigInt('0x' + (new RegExp(`^${name}:\\s*([0-9a-f]+)$`, 'm').exec(text)?.[1] ?? '0'));
  return (mask('SigCgt') & bit) === 0n && (mask('SigIgn') & bit) === 0n;
}

function listThreads(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [pid];
  }
}
