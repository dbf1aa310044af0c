/**
 * The stop loop: one thread owns every tracee, waits for any of them to stop, reports
 * the stop to a sink and resumes the task. Per traced syscall stop it makes three calls
 * (wait4, PTRACE_GET_SYSCALL_INFO, PTRACE_SYSCALL) and allocates nothing.
 *
 * Everything here must run on the thread that attached (ptrace is per thread).
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  ECHILD, EINTR, EPERM, ESRCH, PTRACE_DETACH, PTRACE_GETEVENTMSG, PTRACE_GETSIGINFO, PTRACE_GET_SYSCALL_INFO,
  PTRACE_INTERRUPT, PTRACE_LISTEN, PTRACE_O_TRACECLONE, PTRACE_O_TRACEEXEC, PTRACE_O_TRACEEXIT,
  PTRACE_O_TRACEFORK, PTRACE_O_TRACESYSGOOD, PTRACE_O_TRACEVFORK, PTRACE_SEIZE, PTRACE_SYSCALL,
  PTRACE_SYSCALL_INFO_ENTRY, PTRACE_SYSCALL_INFO_EXIT, SIGCONT, SIGKILL, SIGSTOP, SYSCALL_INFO_SIZE,
  SYS_execve, SYS_execveat, WNOHANG, WUNTRACED, __WALL,
} from '../sys/constants.js';
import { errno, gettid, kill, ptrace, ptraceInt, strerror, wait4 } from '../sys/libc.js';
import { spawnStopped } from '../sys/spawn.js';
import type { ExitHow, TraceSink } from './sink.js';
import { decodeStatus, type PtraceEvent, type Stop } from './stop.js';
import { SpinPolicy } from './spin.js';
import { Task } from './task.js';

export interface CommandSpec {
  /** Absolute path of the program, resolved through PATH as strace does. */
  readonly path: string;
  /** argv, argv[0] included, as the user gave it. */
  readonly argv: readonly string[];
  /** The environment as `NAME=value` strings. */
  readonly env: readonly string[];
}

export interface TracerConfig {
  /** -f: trace children and threads, and attach to every thread of -p processes. */
  readonly followForks: boolean;
  readonly command?: CommandSpec;
  readonly attach: readonly number[];
  /** Poll this long (ms) for the next stop before sleeping; 0 never polls. See spin.ts. */
  readonly spinMs?: number;
}

/**
 * The host's say in the loop, asked after every stop and whenever a signal interrupts the
 * wait: it may flush output, and answers with a signal number when the user asked to
 * detach from everything (Ctrl-C & co.), else 0.
 */
export interface LoopControl {
  check(): number;
}

export interface TraceResult {
  /** How the spawned command ended; null when there was none or it was detached. */
  readonly command: ExitHow | null;
  /** The signal that made tstrace let go, 0 when the tracees simply finished. */
  readonly stoppedBy: number;
  /** Nothing could be traced (every -p failed and no command). */
  readonly nothingTraced: boolean;
}

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
  private commandPid = 0;
  private commandExit: ExitHow | null = null;
  private stoppedBy = 0;
  private readonly spin: SpinPolicy;

  constructor(
    private readonly config: TracerConfig,
    private readonly sink: TraceSink,
    private readonly control: LoopControl,
  ) {
    this.options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT |
      (config.followForks ? PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE : 0);
    this.spin = new SpinPolicy(config.spinMs);
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
    const pid = spawnStopped(cmd.path, cmd.argv, cmd.env);
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
    kill(pid, SIGCONT);
  }

  /** Seizes `pid` (and with -f all its threads, including ones born meanwhile). */
  private attachProcess(pid: number): boolean {
    if (this.tasks.has(pid)) return true; // named twice
    const self = gettid();
    const seized: Task[] = [];
    for (;;) {
      const tids = this.config.followForks ? listThreads(pid) : [pid];
      let added = 0;
      for (const tid of tids) {
        if (this.tasks.has(tid)) continue;
        if (ptraceInt(PTRACE_SEIZE, tid, 0, this.options) < 0) {
          const e = errno();
          // A thread that exits between the listing and the seize is no failure.
          if (tid !== pid && e === ESRCH) continue;
          // Auto-attached already through TRACECLONE of a sibling: it will show up.
          if (e === EPERM && tracerOf(tid) === self) continue;
          if (tid === pid) {
            this.sink.warning(`attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(e)}`);
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
      if (!this.config.followForks || added === 0) break;
    }
    if (seized.length === 0) {
      this.sink.warning(`attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(ESRCH)}`);
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
        const sig = this.control.check();
        if (sig !== 0) return this.detachAll(sig);
        continue;
      }
      const e = errno();
      if (e === EINTR) {
        const sig = this.control.check();
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
        const pid = wait4(-1, this.status, __WALL | WNOHANG, null);
        if (pid !== 0) {
          this.spin.hit();
          return pid;
        }
      } while (performance.now() < deadline);
      this.spin.miss();
    }
    return wait4(-1, this.status, __WALL, null);
  }

  private dispatch(pid: number, status: number): void {
    let task = this.tasks.get(pid);
    if (task === undefined) {
      // An auto-attached child whose first stop came before its parent's fork event.
      task = new Task(pid, 'child');
      this.tasks.set(pid, task);
    }
    task.stopped = true;
    const stop = decodeStatus(status);
    if (stop.kind === 'syscall') {
      this.syscallStop(task);
      this.resume(task, 0);
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

  private syscallStop(task: Task): void {
    if (ptrace(PTRACE_GET_SYSCALL_INFO, task.tid, SYSCALL_INFO_SIZE, this.info) <= 0) return;
    const op = this.info[0];
    const w = this.info32;
    if (op === PTRACE_SYSCALL_INFO_ENTRY) {
      const nr = w[6]! | 0;
      task.prevNr = task.nr;
      task.nr = nr;
      const a = task.args;
      for (let i = 0; i < 12; i++) a[i] = w[8 + i]!;
      task.inSyscall = true;
      if (task.hidden) {
        // The exec stub's only syscall after the stop is the user's execve: show from there.
        if (nr !== SYS_execve && nr !== SYS_execveat) return;
        task.hidden = false;
      }
      this.sink.syscallEntry(task);
    } else if (op === PTRACE_SYSCALL_INFO_EXIT) {
      // An exit without its entry (we attached inside the call) has nothing to pair with.
      if (!task.inSyscall) return;
      task.inSyscall = false;
      task.retLo = w[6]!;
      task.retHi = w[7]!;
      task.isError = this.info[32] !== 0;
      if (!task.hidden) this.sink.syscallExit(task);
    }
  }

  private eventStop(task: Task, event: PtraceEvent): void {
    switch (event) {
      case 'fork':
      case 'vfork':
      case 'clone': {
        // Register the child now so the loop never ends while its first stop is pending.
        const child = this.eventMessage(task);
        if (child > 0 && !this.tasks.has(child)) this.tasks.set(child, new Task(child, 'child'));
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
      case 'vfork-done':
      case 'seccomp':
        break;
    }
    this.resume(this.tasks.get(task.tid) ?? task, 0);
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
    // ESRCH: killed meanwhile (SIGKILL does not wait for us); its exit status follows.
    ptraceInt(PTRACE_SYSCALL, task.tid, 0, sig);
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
          if (child > 0 && !this.tasks.has(child)) this.tasks.set(child, new Task(child, 'child'));
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

function tracerOf(tid: number): number {
  try {
    const m = /^TracerPid:\s*(\d+)/m.exec(readFileSync(`/proc/${tid}/status`, 'latin1'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
