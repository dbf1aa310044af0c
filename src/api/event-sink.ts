/**
 * The TraceSink behind the library and the structured outputs: turns each stop into a
 * typed TraceEvent (decode/events.ts) and hands it to `emit`. Runs on the tracer thread while the
 * task is stopped, so it decodes arguments the way the strace text printer does (same
 * ArgFormatter, same filters) but keeps each argument apart.
 *
 * A syscall becomes one event at its exit (or when it can no longer return), carrying the
 * entry's time and text. What is shown is the text's (filter/selection.ts decides for
 * both): trace= and -P at entry, status= once the outcome is known, signal= on signal
 * stops and deaths by a signal, quiet= on the events that stand for strace's messages
 * (task events of attached and forked tasks, attach and detach: quiet=attach; normal
 * exits: quiet=exit). Exec events are always there. A `lives` listener (the process tree)
 * hears every task, exec, exit and detach event, shown or not.
 */
import { readFileSync } from 'node:fs';
import { ArgFormatter, rawArgs, type DecodeOptions } from '../decode/args.js';
import { errnoName } from '../decode/errno.js';
import { formatSiginfo, signalName } from '../decode/signals.js';
import { signatureOf } from '../decode/signature.js';
import type { ExitHow, TraceSink, UnknownSyscallStop } from '../engine/sink.js';
import type { Task } from '../engine/task.js';
import type { Filters } from '../filter/expressions.js';
import { SyscallSelection, type EntryVerdict, type Verdict } from '../filter/selection.js';
import { injectionNote } from '../format/injection-note.js';
import { UNKNOWN_SYSCALL_NAME, unknownSyscallResult } from '../format/unknown-syscall.js';
import { SYS_execve, SYS_execveat } from '../sys/constants.js';
import { getpid, strerror } from '../sys/libc.js';
import { readStatus } from '../sys/proc.js';
import type { TraceeMemory } from '../sys/memory.js';
import type {
  DetachEvent, ExecEvent, ExitEvent, ExitStatus, SyscallEvent, SyscallOutcome, TaskEvent, TraceEvent,
} from '../decode/events.js';
import { splitArgs, splitNamedArgs } from './split-args.js';
import { monotonicMs, wallClockOrigin } from '../sys/clock.js';

/** What decides which events there are and how arguments read. */
export interface EventOptions extends DecodeOptions {
  /** The `-e` filters, as the CLI builds them (filter/expressions.ts). */
  readonly filters: Filters;
  /** -P: only syscalls touching these paths (empty: no such filter). */
  readonly paths: readonly string[];
  /**
   * false: no syscall and signal events, only the tasks' lives (task, exec, exit, detach:
   * what --process-tree needs), and no argument decoding. Default true.
   */
  readonly syscalls?: boolean;
}

const PATH_MAX = 4096;

/** The events of the tasks' lives, which the process tree needs whatever is shown. */
export type LifeEvent = TaskEvent | ExecEvent | ExitEvent | DetachEvent;

/** A task's verdict before its first syscall entry. */
const NOT_YET: EntryVerdict = { show: 'no', by: 'trace' };
const ALWAYS: Verdict = { show: 'now' };

/** What the sink keeps per task between its stops. */
class TaskInfo {
  /** The real parent's pid as /proc said when the task was added (the spawned command: us). */
  ppid = 0;
  /** The current syscall's verdict at entry (trace=, -P, status=). */
  verdict: EntryVerdict = NOT_YET;
  /** The current syscall's number is unknown (TraceSink.unknownSyscall): nr null, no arguments. */
  unknown = false;
  /** Entry stop time (monotonicMs() ms) and the arguments printed at entry. */
  enteredAt = 0;
  entryText = '';
  /** The program an execve in progress names. */
  execPath = '';
  /** The task event was sent. */
  announced = false;
  /** Set when this thread took the leader's tid in an exec, until the exec event. */
  formerTid: number | null = null;
  constructor(public pid: number) {}
}

export function toExitStatus(how: ExitHow): ExitStatus {
  return how.kind === 'exited'
    ? { kind: 'exited', code: how.code }
    : { kind: 'killed', signal: how.signal, signalName: signalName(how.signal), core: how.core };
}

/** The thread group of `tid`, from /proc (once per task); the tid itself if it is gone. */
function threadGroupOf(tid: number): number {
  return readStatus(tid)?.tgid ?? tid;
}

/** A process's command line from /proc ([] if it is gone or has none). */
function commandLine(pid: number): string[] {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw === '' ? [] : raw.replace(/\0$/, '').split('\0');
  } catch {
    return [];
  }
}

export class EventSink implements TraceSink {
  private readonly args: ArgFormatter;
  private readonly info = new Map<number, TaskInfo>();
  private readonly origin = wallClockOrigin();
  /** What is shown (trace=, -P, status=, signal=, quiet=); decided there, not here. */
  private readonly selection: SyscallSelection;
  /** No owner installed the selection as the engine's tamper: entries are decided here. */
  private readonly decides: boolean;
  /** --arg-names: the arguments are printed after their names, which go to `argNames`. */
  private readonly named: boolean;
  /** Syscall and signal events wanted (EventOptions.syscalls). */
  private readonly syscalls: boolean;

  /**
   * @param selection the run's SyscallSelection, installed as the engine's tamper by the
   *   owner; without one, the sink makes its own and decides at each entry.
   * @param lives hears every task, exec, exit and detach event, shown or not.
   */
  constructor(
    private readonly mem: TraceeMemory,
    opts: EventOptions,
    private readonly emit: (event: TraceEvent) => void,
    selection?: SyscallSelection,
    private readonly lives?: (event: LifeEvent) => void,
  ) {
    this.args = new ArgFormatter(mem, opts);
    this.selection = selection ?? new SyscallSelection(mem, opts.filters, opts.paths);
    this.decides = selection === undefined;
    this.named = opts.argNames === true;
    this.syscalls = opts.syscalls !== false;
  }

  /** monotonicMs() ms to epoch seconds. */
  private epoch(ms: number): number {
    return (this.origin + ms) / 1000;
  }

  // --- TraceSink ------------------------------------------------------------------------

  taskAdded(task: Task): void {
    // One look at /proc per task: its thread group and its parent.
    const status = task.origin === 'spawned' ? null : readStatus(task.tid);
    const st = new TaskInfo(status?.tgid || task.tid);
    st.ppid = task.origin === 'spawned' ? getpid() : status?.ppid ?? 0;
    this.info.set(task.tid, st);
    // The spawned command is added before its execve, in the exec stub: it shows up from
    // its first visible stop on (that execve).
    if (!task.hidden) this.announce(task, st);
  }

  private announce(task: Task, st: TaskInfo): void {
    st.announced = true;
    const at = task.stoppedAt > 0 ? task.stoppedAt : monotonicMs();
    // The command we started is our child; a new process's parent is in /proc.
    const process = st.pid !== task.tid ? null : { ppid: st.ppid, argv: commandLine(task.tid) };
    // Only an attached or forked task is an attach (strace says nothing of the one it started).
    const verdict = task.origin === 'spawned' ? ALWAYS : this.selection.note({ kind: 'attach' });
    this.life({ type: 'task', pid: st.pid, tid: task.tid, time: this.epoch(at), origin: task.origin, process }, verdict);
  }

  processAttached(pid: number, threads: number): void {
    if (this.selection.note({ kind: 'attach' }).show === 'no') return;
    this.emit({ type: 'attach', pid, tid: pid, time: this.epoch(monotonicMs()), threads });
  }

  syscallEntry(task: Task): void {
    const st = this.infoOf(task);
    if (!st.announced) this.announce(task, st);
    if (task.nr === SYS_execve || task.nr === SYS_execveat) {
      // Exec events do not depend on the trace= filter: remember the path in any case.
      const r = this.mem.readCString(task.tid, task.arg(task.nr === SYS_execve ? 0 : 1), PATH_MAX);
      st.execPath = r.len >= 0 ? this.mem.scratch.toString('utf8', 0, r.len) : '';
    }
    st.unknown = false;
    st.verdict = !this.syscalls ? NOT_YET : this.decides ? this.selection.decide(task) : this.selection.entry(task);
    if (st.verdict.show === 'no') return;
    st.enteredAt = task.stoppedAt;
    st.entryText = this.args.entry(signatureOf(task.nr), task);
  }

  /** Shown syscalls, and every execve: its success is an exec event whatever trace= says. */
  wantsExit(task: Task): boolean {
    return this.infoOf(task).verdict.show !== 'no' || task.nr === SYS_execve || task.nr === SYS_execveat;
  }

  syscallExit(task: Task): void {
    const st = this.infoOf(task);
    const failed = task.isError;
    if (st.verdict.show !== 'no') {
      const sig = signatureOf(task.nr);
      const outcome: SyscallOutcome = failed ? 'failed' : 'successful';
      if (this.selection.ending(st.verdict, outcome).show === 'now') {
        const errno = failed ? (errnoName(-(task.retLo | 0)) ?? String(-(task.retLo | 0))) : null;
        const args = st.entryText + this.args.exit(sig, task);
        // An injected outcome is marked as in the text: `-1 ENOENT (...) (INJECTED)`.
        const retText = this.args.result(sig, task) + injectionNote(task);
        this.emit(this.syscallEvent(task, st, args, task.retval(), retText, errno, outcome, task.stoppedAt));
      }
    }
    if ((task.nr === SYS_execve || task.nr === SYS_execveat) && !failed) {
      this.life({
        type: 'exec', pid: st.pid, tid: task.tid, time: this.epoch(task.stoppedAt), filename: st.execPath,
        formerTid: st.formerTid, argv: commandLine(st.pid),
      }, ALWAYS);
      st.formerTid = null;
    }
  }

  syscallNoReturn(task: Task): void {
    this.unfinished(task, 'unfinished', task.stoppedAt);
  }

  /**
   * One event, as for any syscall, with `nr` null, name `???` and no arguments; shown
   * whatever trace=, -P and status= say, as in the text (none can qualify it).
   */
  unknownSyscall(task: Task, stop: UnknownSyscallStop): void {
    const st = this.infoOf(task);
    if (stop === 'entry') {
      if (!st.announced) this.announce(task, st);
      st.verdict = this.syscalls ? ALWAYS : NOT_YET;
      st.unknown = true;
      st.enteredAt = task.stoppedAt;
      st.entryText = '';
      return;
    }
    if (!st.unknown) return;
    if (stop === 'no-return') return this.unfinished(task, 'unfinished', task.stoppedAt);
    if (st.verdict.show !== 'no') {
      const failed = task.isError;
      const errno = failed ? (errnoName(-(task.retLo | 0)) ?? String(-(task.retLo | 0))) : null;
      this.emit(this.syscallEvent(task, st, '', task.retval(), unknownSyscallResult(task), errno,
        failed ? 'failed' : 'successful', task.stoppedAt));
    }
    st.verdict = NOT_YET;
    st.unknown = false;
  }

  signal(task: Task, signal: number, siginfo: Buffer): void {
    if (!this.syscalls || this.selection.note({ kind: 'signal', signal }).show === 'no') return;
    const st = this.infoOf(task);
    if (!st.announced) this.announce(task, st);
    this.emit({
      type: 'signal', pid: st.pid, tid: task.tid, time: this.epoch(task.stoppedAt), signal,
      signalName: signalName(signal), info: formatSiginfo(siginfo),
    });
  }

  groupStop(task: Task, signal: number): void {
    if (!this.syscalls || this.selection.note({ kind: 'signal', signal }).show === 'no') return;
    const st = this.infoOf(task);
    if (!st.announced) this.announce(task, st);
    this.emit({ type: 'stop', pid: st.pid, tid: task.tid, time: this.epoch(task.stoppedAt), signal, signalName: signalName(signal) });
  }

  threadExeced(task: Task, formerTid: number): void {
    // The exec'ing thread now has the leader's tid; the leader is gone without an exit.
    const mine = this.info.get(formerTid);
    this.info.delete(formerTid);
    if (mine === undefined) return;
    mine.pid = task.tid;
    mine.formerTid = formerTid;
    this.info.set(task.tid, mine);
  }

  exited(task: Task, how: ExitHow): void {
    const st = this.infoOf(task);
    this.info.delete(task.tid);
    // The started command is shown from its execve on; one whose execve failed still
    // ends shown (`+++ exited with 1 +++` in the text), one that never got there does not.
    if (!st.announced) return;
    const exit: ExitEvent = { type: 'exit', pid: st.pid, tid: task.tid, time: this.epoch(task.stoppedAt), status: toExitStatus(how) };
    this.life(exit, this.selection.note({ kind: 'exit', how }));
  }

  detached(task: Task): void {
    const now = monotonicMs();
    if (task.inSyscall) this.unfinished(task, 'detached', now);
    const st = this.infoOf(task);
    this.info.delete(task.tid);
    this.life({ type: 'detach', pid: st.pid, tid: task.tid, time: this.epoch(now) }, this.selection.note({ kind: 'detach' }));
  }

  attachFailed(pid: number, errno: number): void {
    this.warning(`attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(errno)}`);
  }

  warning(message: string): void {
    this.emit({ type: 'warning', time: this.epoch(monotonicMs()), message });
  }

  // --- helpers --------------------------------------------------------------------------

  /** An event of a task's life: to the outputs if shown, to the `lives` listener in any case. */
  private life(event: LifeEvent, verdict: Verdict): void {
    if (verdict.show === 'now') this.emit(event);
    this.lives?.(event);
  }

  /** A syscall that will not return: its entry arguments only, result `?`. */
  private unfinished(task: Task, outcome: 'unfinished' | 'detached', at: number): void {
    const st = this.infoOf(task);
    // An unknown syscall is shown whatever status= says, as in the text (nothing qualifies it).
    if (st.verdict.show === 'no' || (!st.unknown && this.selection.ending(st.verdict, outcome).show === 'no')) return;
    st.verdict = NOT_YET;
    // Arguments that were to be printed at exit never will be.
    const text = st.entryText.endsWith(', ') ? st.entryText.slice(0, -2) : st.entryText;
    this.emit(this.syscallEvent(task, st, text, null, '?', null, outcome, at));
    st.unknown = false;
  }

  private syscallEvent(
    task: Task, st: TaskInfo, argText: string, ret: number | bigint | null, retText: string, errno: string | null,
    outcome: SyscallOutcome, endedAt: number,
  ): SyscallEvent {
    // A syscall whose number is unknown has no signature: its registers were never read.
    const sig = st.unknown ? null : signatureOf(task.nr);
    const split = this.named ? splitNamedArgs(argText) : null;
    return {
      type: 'syscall', pid: st.pid, tid: task.tid, time: this.epoch(st.enteredAt), nr: sig?.nr ?? null,
      name: sig?.name ?? UNKNOWN_SYSCALL_NAME, rawArgs: sig === null ? [] : rawArgs(task, sig.args.length), args: split?.values ?? splitArgs(argText), ...(split !== null ? { argNames: split.names } : {}), ret, retText, errno, outcome, endTime: this.epoch(endedAt),
      // Whole nanoseconds: the clock has no more, and the float noise of the subtraction goes.
      duration: Math.round(Math.max(0, endedAt - st.enteredAt) * 1e6) / 1e9,
    };
  }

  private infoOf(task: Task): TaskInfo {
    let st = this.info.get(task.tid);
    if (st === undefined) {
      // A task the engine never announced (it cannot happen; stay consistent regardless).
      st = new TaskInfo(threadGroupOf(task.tid));
      this.info.set(task.tid, st);
    }
    return st;
  }
}
