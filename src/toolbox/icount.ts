/**
 * Counting the user-space instructions a command executes, by single-stepping every
 * instruction of it (PTRACE_SINGLESTEP) from its execve on: with followForks, of its
 * children and threads too, each counted on its own.
 *
 * The step loop is one wait4 and one ptrace per instruction and allocates nothing; the
 * kernel's stop/resume round trip (~10-20 us here) sets the pace, so expect some 10^4 to
 * 10^5 steps per second. A `rep`-prefixed string instruction traps once per iteration,
 * so it counts once per iteration (a hardware counter counts it once).
 */
import {
  EINTR, PTRACE_CONT, PTRACE_EVENT_CLONE, PTRACE_EVENT_EXEC, PTRACE_EVENT_FORK, PTRACE_EVENT_STOP, PTRACE_EVENT_VFORK,
  PTRACE_GETEVENTMSG, PTRACE_LISTEN, PTRACE_O_TRACECLONE, PTRACE_O_TRACEEXEC, PTRACE_O_TRACEFORK, PTRACE_O_TRACEVFORK,
  PTRACE_SEIZE, SIGCONT, SIGKILL, SIGSTOP, SIGTRAP, SIGTSTP, SIGTTIN, SIGTTOU, WUNTRACED, __WALL,
} from '../sys/constants.js';
import { errno, kill, ptrace, ptraceInt, strerror, wait4 } from '../sys/libc.js';
import { PTRACE_SINGLESTEP } from '../sys/ptrace-toolbox.js';
import { spawnStopped } from '../sys/spawn.js';
import { monotonicMs } from '../sys/clock.js';

/** Kill the tracees if tstrace itself dies: a half-stepped program must not linger stopped. */
const PTRACE_O_EXITKILL = 0x100000;
/** wait4 status of a plain SIGTRAP stop (a completed single step): the hot case. */
const STEP_STATUS = (SIGTRAP << 8) | 0x7f;

export interface IcountCommand {
  readonly path: string;
  readonly argv: readonly string[];
  readonly env: readonly string[];
  /** Fds >= 3 to pass on (sys/inherited-fds.ts). */
  readonly inherit?: readonly number[];
  readonly followForks: boolean;
}

export interface TaskCount {
  readonly tid: number;
  /** Instructions single-stepped in this task (after the command's execve). */
  readonly instructions: number;
  /** How it ended: exit code, or -signal; null if still running when we stopped. */
  readonly status: number | null;
}

export interface IcountResult {
  /** Every task in the order it appeared. */
  readonly tasks: readonly TaskCount[];
  readonly total: number;
  readonly seconds: number;
  /** How the command ended: exit code, or -signal. */
  readonly exit: number;
}

class Counter {
  instructions = 0;
  status: number | null = null;
  /** Single-stepping started (after the first execve for the command, at once for children). */
  stepping: boolean;
  constructor(readonly tid: number, stepping: boolean) {
    this.stepping = stepping;
  }
}

export class TraceStartError extends Error {}

/**
 * Runs the command under single-step and counts. `stop()` is polled when a signal
 * interrupts the wait (Ctrl-C): a non-zero answer kills the command with that signal.
 */
export function countInstructions(cmd: IcountCommand, stop: () => number): IcountResult {
  const status = new Int32Array(1);
  const msg = new Uint32Array(2);
  const pid = spawnStopped(cmd.path, cmd.argv, cmd.env, [0, 1, 2], cmd.inherit ?? []);
  let r: number;
  do r = wait4(pid, status, WUNTRACED, null); while (r < 0 && errno() === EINTR);
  const options = PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL |
    (cmd.followForks ? PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE : 0);
  if (ptraceInt(PTRACE_SEIZE, pid, 0, options) < 0) {
    const e = errno();
    kill(pid, SIGKILL);
    throw new TraceStartError(`ptrace(PTRACE_SEIZE, ${pid}): ${strerror(e)}`);
  }
  const counters = new Map<number, Counter>();
  const order: Counter[] = [];
  const add = (tid: number, stepping: boolean): Counter => {
    const c = new Counter(tid, stepping);
    counters.set(tid, c);
    order.push(c);
    return c;
  };
  add(pid, false);
  kill(pid, SIGCONT);
  let live = 1;
  let exit = 0;
  let killed = false;
  let started = 0;
  let last: Counter | undefined;
  let lastTid = -1;

  const resume = (c: Counter, sig: number): void => {
    ptraceInt(c.stepping ? PTRACE_SINGLESTEP : PTRACE_CONT, c.tid, 0, sig);
  };

  while (live > 0) {
    const tid = wait4(-1, status, __WALL, null);
    if (tid < 0) {
      if (errno() !== EINTR) break;
      const sig = stop();
      if (sig !== 0 && !killed) {
        killed = true;
        kill(pid, SIGCONT);
        kill(pid, sig);
      }
      continue;
    }
    const st = status[0]!;
    // The hot path: a completed step of the task stepped last time.
    if (st === STEP_STATUS && tid === lastTid) {
      last!.instructions++;
      ptraceInt(PTRACE_SINGLESTEP, tid, 0, 0);
      continue;
    }
    let c = counters.get(tid);
    if (c === undefined) {
      // A new child's first stop came before its parent's event.
      c = add(tid, true);
      live++;
    }
    last = c;
    lastTid = tid;
    if ((st & 0x7f) === 0 || (st & 0xff) !== 0x7f) {
      // Gone: exited or killed.
      c.status = (st & 0x7f) === 0 ? (st >> 8) & 0xff : -(st & 0x7f);
      if (tid === pid) exit = c.status;
      counters.delete(tid);
      lastTid = -1;
      live--;
      continue;
    }
    const sig = (st >> 8) & 0xff;
    const event = st >>> 16;
    if (event === 0) {
      if (st === STEP_STATUS && c.stepping) {
        c.instructions++;
        ptraceInt(PTRACE_SINGLESTEP, tid, 0, 0);
      } else {
        resume(c, sig); // a signal for the task: pass it on
      }
      continue;
    }
    switch (event) {
      case PTRACE_EVENT_EXEC:
        if (!c.stepping) {
          c.stepping = true; // the command proper starts here
          started = monotonicMs();
        }
        break;
      case PTRACE_EVENT_FORK:
      case PTRACE_EVENT_VFORK:
      case PTRACE_EVENT_CLONE:
        if (ptrace(PTRACE_GETEVENTMSG, tid, 0, msg) >= 0 && !counters.has(msg[0]!)) {
          add(msg[0]!, true);
          live++;
        }
        break;
      case PTRACE_EVENT_STOP:
        if (sig === SIGSTOP || sig === SIGTSTP || sig === SIGTTIN || sig === SIGTTOU) {
          ptraceInt(PTRACE_LISTEN, tid, 0, 0); // group-stop: stay stopped till SIGCONT
          continue;
        }
        break; // a new child's first stop
    }
    resume(c, 0);
  }
  const seconds = started === 0 ? 0 : (monotonicMs() - started) / 1000;
  const tasks = order.map((c) => ({ tid: c.tid, instructions: c.instructions, status: c.status }));
  return { tasks, total: tasks.reduce((n, t) => n + t.instructions, 0), seconds, exit };
}

/** The report printed at exit: per task with more than one, then the total and the pace. */
export function formatCounts(r: IcountResult): string {
  const w = Math.max(12, String(r.total).length);
  let out = `${'instructions'.padStart(w)} task\n`;
  for (const t of r.tasks) out += `${String(t.instructions).padStart(w)} ${t.tid}\n`;
  if (r.tasks.length > 1) out += `${String(r.total).padStart(w)} total\n`;
  const rate = r.seconds > 0 ? Math.round(r.total / r.seconds) : 0;
  out += `${r.total} steps in ${r.seconds.toFixed(3)} s: ${rate} steps/s\n`;
  return out;
}
