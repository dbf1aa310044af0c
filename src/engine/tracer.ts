/**
 * The stop loop: one thread owns every tracee, waits for any of them to stop, reports
 * the stop to a sink and resumes the task. Per traced syscall stop it makes three calls
 * (wait4, PTRACE_GET_SYSCALL_INFO, PTRACE_SYSCALL; the wait may poll first, spin.ts) and
 * allocates nothing.
 *
 * Everything here must run on the thread that attached (ptrace is per thread).
 */
import { readdirSync } from 'node:fs';
import {
  ECHILD, EINTR, EPERM, ESRCH, PTRACE_CONT, PTRACE_DETACH, PTRACE_GETEVENTMSG, PTRACE_GETSIGINFO, PTRACE_GET_SYSCALL_INFO,
  PTRACE_INTERRUPT, PTRACE_LISTEN, PTRACE_O_TRACECLONE, PTRACE_O_TRACEEXEC, PTRACE_O_TRACEEXIT,
  PTRACE_O_TRACEFORK, PTRACE_O_TRACESECCOMP, PTRACE_O_TRACESYSGOOD, PTRACE_O_TRACEVFORK, PTRACE_SEIZE, PTRACE_SYSCALL,
  PTRACE_SYSCALL_INFO_ENTRY, PTRACE_SYSCALL_INFO_EXIT, PTRACE_SYSCALL_INFO_SECCOMP, SIGCONT, SIGKILL, SIGSTOP, SYSCALL_INFO_SIZE,
  SYS_execve, SYS_execveat, SYS_seccomp, WNOHANG, WUNTRACED, __WALL,
} from '../sys/constants.js';
import { errno, gettid, kill, ptrace, ptraceInt, strerror, wait4 } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';
import { readStatus } from '../sys/proc.js';
import { fprogImage, traceFilter } from '../sys/seccomp.js';
import { spawnStopped } from '../sys/spawn.js';
import { STUB_FILTER_ADDR } from '../sys/x86_64/exec-stub.js';
import type { ExitHow, TraceSink } from './sink.js';
import { decodeStatus, type PtraceEvent, type Stop } from './stop.js';
import { SpinPolicy } from './spin.js';
import type { SyscallTamper } from './tamper.js';
import { Task } from './task.js';

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
}

export interface TraceResult {
  /** How the spawned command ended; null when there was none or it was detached. */
  readonly command: ExitHow | null;
  /** The signal that made tstrace let go, 0 when the tracees simply finished. */
  readonly stoppedBy: number;
  /** Nothing could be traced (every -p failed and no command). */
  readonly nothingTraced: boolean;
}

/** sizeof(struct rusage) on x86_64. */
const RUSAGE_SIZE = 144;

/** A failure the user caused or must know about: printed as one line, exit status 1. */
export class TraceError extends Error {}

export class Tracer {
  private readonly tasks = new Map<number, Task>();
  private readonly status = new Int32Array(1);
  private readonly info = new Uint8Array(SYSCALL_INFO_SIZE);
  private readonly info32 = new Uint32Array(this.info.buffer);
  private readonly siginfo = Buffer.alloc(128);
  private readonly eventMsg = new Uint32Array(2);
  private readonly options: number;
  private readonly followsThreads: boolean;
  private commandPid = 0;
  private commandExit: ExitHow | null = null;
  private stoppedBy = 0;
  private readonly spin: SpinPolicy;
  private readonly clock: 'none' | 'wall' | 'cpu';
  private readonly memory = new TraceeMemory(64);
  /** struct rusage for wait4, only when the system time is wanted. */
  private readonly rusage: Buffer | null;
  private readonly tamper: SyscallTamper | null;

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
    this.clock = config.clock ?? 'none';
    this.rusage = this.clock === 'cpu' ? Buffer.alloc(RUSAGE_SIZE) : null;
    this.tamper = config.tamper ?? null;
  }

  run(): TraceResult {
    try {
      if (this.config.command) this.startCommand(this.config.command);
      let attached = 0;
      for (const pid of this.config.attach) if (this.attachProcess(pid)) attached++;
      if (!this.config.command && attached === 0) {
        return { command: null, stoppedBy: 0, nothingTraced: true };
      }
      this.loop();
    } catch (e) {
      // Whatever went wrong, no tracee may stay stopped because of us.
      this.detachAll(0);
      throw e;
    }
    return { command: this.commandExit, stoppedBy: this.stoppedBy, nothingTraced: false };
  }

  // --- starting -------------------------------------------------------------------------

  private startCommand(cmd: CommandSpec): void {
    const pid = spawnStopped(cmd.path, cmd.argv, cmd.env, cmd.stdio, cmd.inherit);
    // The stub stops itself before exec; until we seize it, it is an ordinary child.
    let r: number;
    do r = wait4(pid, this.status, WUNTRACED, null); while (r < 0 && errno() === EINTR);
    const st = decodeStatus(this.status[0]!);
    if (r !== pid || st.kind !== 'signal' || st.signal !== SIGSTOP) {
      throw new TraceError(`exec stub for ${cmd.path} did not stop as expected (wait status 0x${this.status[0]!.toString(16)})`);
    }
    if (ptraceInt(PTRACE_SEIZE, pid, 0, this.options) < 0) {
      const e = errno();
      kill(pid, SIGKILL);
      throw new TraceError(`ptrace(PTRACE_SEIZE, ${pid}): ${strerror(e)}`);
    }
    const task = new Task(pid, 'spawned');
    this.tasks.set(pid, task);
    this.commandPid = pid;
    task.announced = true;
    this.sink.taskAdded(task);
    if (this.config.seccompTraced !== undefined) this.placeFilter(task, this.config.seccompTraced);
    kill(pid, SIGCONT);
  }

  /**
   * Writes the seccomp filter where the stopped exec stub looks for it; the stub installs
   * it just before its execve (see exec-stub.ts), and syscallStop sees whether that worked.
   */
  private placeFilter(task: Task, traced: ReadonlySet<number>): void {
    const image = fprogImage(traceFilter(traced), STUB_FILTER_ADDR);
    if (!this.memory.write(task.tid, STUB_FILTER_ADDR, image)) {
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
            this.sink.attachFailed(pid, e);
            this.detachTasks(seized);
            return false;
          }
          continue;
        }
        ptraceInt(PTRACE_INTERRUPT, tid, 0, 0);
        const task = new Task(tid, 'attached');
        this.tasks.set(tid, task);
        seized.push(task);
        added++;
      }
      // New threads may have been cloned by threads we had not seized yet: list again
      // until a pass finds none.
      if (!this.followsThreads || added === 0) break;
    }
    if (seized.length === 0) {
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
      const pid = this.waitAny();
      if (pid > 0) {
        this.dispatch(pid, status[0]!);
        const sig = this.control.check(false);
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

  /** wait4 for any task: a short poll first when that is likely to pay (spin.ts). */
  private waitAny(): number {
    if (this.spin.shouldSpin()) {
      const deadline = performance.now() + this.spin.budgetMs;
      do {
        const pid = wait4(-1, this.status, __WALL | WNOHANG, this.rusage);
        if (pid !== 0) {
          this.spin.hit();
          return pid;
        }
      } while (performance.now() < deadline);
      this.spin.miss();
    }
    return wait4(-1, this.status, __WALL, this.rusage);
  }

  private dispatch(pid: number, status: number): void {
    let task = this.tasks.get(pid);
    if (task === undefined) {
      // An auto-attached child whose first stop came before its parent's fork event.
      task = new Task(pid, 'child');
      this.tasks.set(pid, task);
    }
    task.stopped = true;
    if (this.clock !== 'none') {
      task.stoppedAt = performance.now();
      // ru_stime {tv_sec, tv_usec} of the stopped task's process, in seconds.
      if (this.rusage !== null) task.stime = this.rusage.readUInt32LE(16) + this.rusage.readUInt32LE(24) / 1e6;
    }
    const stop = decodeStatus(status);
    if (stop.kind === 'syscall') {
      this.resume(task, this.syscallStop(task));
      return;
    }
    if (!task.announced && stop.kind !== 'exited' && stop.kind !== 'killed') {
      task.announced = true;
      this.sink.taskAdded(task);
    }
    switch (stop.kind) {
      case 'interrupt':
        this.resume(task, 0);
        return;
      case 'signal':
        if (!task.hidden && ptrace(PTRACE_GETSIGINFO, task.tid, 0, this.siginfo) >= 0) {
          this.sink.signal(task, stop.signal, this.siginfo);
        }
        this.resume(task, stop.signal);
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

  /** Returns the signal to resume the task with (0, unless a SyscallTamper injects one). */
  private syscallStop(task: Task): number {
    if (ptrace(PTRACE_GET_SYSCALL_INFO, task.tid, SYSCALL_INFO_SIZE, this.info) <= 0) return 0;
    const op = this.info[0];
    const w = this.info32;
    task.ip = w[2]! + w[3]! * 4294967296;
    task.sp = w[4]! + w[5]! * 4294967296;
    let sig = 0;
    // A seccomp stop is the entry of a traced syscall for a task under the filter; it comes
    // after a syscall-entry stop when the task was resumed with PTRACE_SYSCALL (the exec
    // stub), and must not be reported twice.
    if (op === PTRACE_SYSCALL_INFO_ENTRY || (op === PTRACE_SYSCALL_INFO_SECCOMP && !task.inSyscall)) {
      const nr = w[6]! | 0;
      task.prevNr = task.nr;
      task.nr = nr;
      const a = task.args;
      for (let i = 0; i < 12; i++) a[i] = w[8 + i]!;
      task.inSyscall = true;
      if (task.hidden) {
        // The exec stub's syscalls are not the user's: show from its execve on.
        if (nr !== SYS_execve && nr !== SYS_execveat) return 0;
        task.hidden = false;
      }
      if (this.tamper !== null) sig = this.tamper.entering(task);
      this.sink.syscallEntry(task);
    } else if (op === PTRACE_SYSCALL_INFO_EXIT) {
      // An exit without its entry (we attached inside the call) has nothing to pair with.
      if (!task.inSyscall) return 0;
      task.inSyscall = false;
      task.retLo = w[6]!;
      task.retHi = w[7]!;
      task.isError = this.info[32] !== 0;
      if (this.tamper !== null && !task.hidden) this.tamper.exiting(task);
      if (!task.hidden) this.sink.syscallExit(task);
      else if (task.nr === SYS_seccomp) this.stubFilterInstalled(task);
    }
    return sig;
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
        break;
      }
      case 'exit':
        if (task.inSyscall && !task.hidden) this.sink.syscallNoReturn(task);
        task.inSyscall = false;
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
    if (signal !== 0 && this.commandPid > 0 && this.tasks.has(this.commandPid)) {
      kill(this.commandPid, SIGCONT);
      kill(this.commandPid, signal);
    }
    // A seccomp filter outlives us: once untraced, its traced syscalls fail with ENOSYS.
    // Killing the command would be worse; saying so is the least we owe.
    const filtered = [...this.tasks.values()].filter((t) => t.seccomp && !(signal !== 0 && t.tid === this.commandPid));
    if (filtered.length > 0) {
      this.sink.warning(`detaching from ${filtered.map((t) => t.tid).join(', ')}, which run under the seccomp filter: ` +
        'their traced syscalls will now fail with ENOSYS');
    }
    // Detaching can reveal new children (a pending fork event), hence the outer loop.
    while (this.tasks.size > 0) this.detachTasks([...this.tasks.values()]);
  }

  private detachTasks(tasks: readonly Task[]): void {
    for (const task of tasks) if (this.tasks.get(task.tid) === task) this.detach(task);
  }

  private detach(task: Task): void {
    let sig = 0;
    if (!task.stopped) {
      // PTRACE_DETACH needs a ptrace-stop: interrupt it and take the next stop it reports.
      if (ptraceInt(PTRACE_INTERRUPT, task.tid, 0, 0) < 0) {
        this.tasks.delete(task.tid);
        return;
      }
      for (;;) {
        const r = wait4(task.tid, this.status, __WALL, null);
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

function listThreads(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [pid];
  }
}
