/**
 * The strace text format: a TraceSink that prints each stop the way strace 6 does,
 * including `[pid N]` prefixes, timestamps, the `=` column, and `<unfinished ...>` /
 * `<... resumed>` when tasks interleave on one output; and the -c summary.
 */
import { writeSync } from 'node:fs';
import { ArgFormatter, hex64, rawArgs, type DecodeOptions } from '../decode/args.js';
import { formatSiginfo, signalName } from '../decode/signals.js';
import { pidText } from '../decode/pids.js';
import { signatureOf, type Signature } from '../decode/signature.js';
import { attachFailureLine } from '../engine/attach-errors.js';
import type { ExitHow, TraceSink, UnknownSyscallStop } from '../engine/sink.js';
import type { Task } from '../engine/task.js';
import { fdSetHas, type Filters } from '../filter/expressions.js';
import { SyscallSelection, type EntryVerdict, type Note } from '../filter/selection.js';
import { getpid } from '../sys/libc.js';
import type { TraceeMemory } from '../sys/memory.js';
import { InstructionPointers } from '../toolbox/instruction-pointer.js';
import { StackTraces } from '../toolbox/stack-trace.js';
import { dumpIo, READS, WRITES } from './io-dump.js';
import { injectionNote } from './injection-note.js';
import { TaskComms } from './task-comm.js';
import { UNKNOWN_SYSCALL_NAME, unknownSyscallResult } from './unknown-syscall.js';
import { Output, sharesOrder, type OutputMode, type PendingFlag } from './output.js';
import { Summary, type SummaryOptions } from './summary.js';
import { formatSeconds, LineClock, type TimestampOptions } from './timestamps.js';
import { wallClockOrigin } from '../sys/clock.js';

export interface TextOptions extends DecodeOptions {
  /** 0 (no -f), 1 (-f) or 2 (-ff: one file per task, with -o). */
  readonly followForks: 0 | 1 | 2;
  /** -o FILE, or null for stderr. */
  readonly outputPath: string | null;
  /** An fd already open on outputPath (the CLI opens it to report errors early). */
  readonly outputFd: number;
  /** -a: the column of `= `. */
  readonly column: number;
  readonly filters: Filters;
  readonly timestamps: TimestampOptions;
  /** -c / -C, or null. */
  readonly summary: SummaryOptions | null;
  /** -P: only syscalls touching these paths (empty: no such filter). */
  readonly paths: readonly string[];
  /** -i: the instruction pointer on every line. */
  readonly instructionPointer?: boolean;
  /** -k: the call stack after every syscall line. */
  readonly stackTrace?: boolean;
  /** -n: `[ NNN] ` (the last syscall's number) at the start of every line. */
  readonly syscallNumber?: boolean;
}

/** One output stream and the line currently open on it. */
class Stream {
  /** Task whose syscall line is open (entry printed, exit not yet), 0 when none. */
  owner = 0;
  /** Columns printed on the open line. */
  col = 0;
  constructor(readonly out: Output, readonly clock: LineClock) {}
}

/** What the printer remembers per task. */
class TaskState {
  /** The current syscall's verdict at entry (trace=, -P; status= holds it till its end). */
  verdict: EntryVerdict = NOT_YET;
  /** The current syscall's number is unknown (TraceSink.unknownSyscall): its entry went out at once. */
  unknown = false;
  /** A held syscall's entry part, until its outcome decides. */
  head = '';
  /** The entry's decoder failed: all arguments went out raw at entry. */
  raw = false;
  /** -e raw= names this syscall. */
  rawAsked = false;
  /** Stop time and system time at syscall entry (-T, -c). */
  enteredAt = 0;
  enteredStime = 0;
  constructor(public stream: Stream) {}
}

const MESSAGE_PREFIX = 'tstrace: ';
/** A task's verdict before its first syscall entry. */
const NOT_YET: EntryVerdict = { show: 'no', by: 'trace' };
const SHOWN: EntryVerdict = { show: 'now' };

/** What a line starts: a syscall's part, another event (signal, exit), or a syscall whose number is unknown. */
type LineKind = 'syscall' | 'event' | 'unknown';

export class StraceText implements TraceSink {
  private readonly args: ArgFormatter;
  private readonly shared: Stream | null;
  private readonly streams: Stream[] = [];
  private readonly state = new Map<number, TaskState>();
  private readonly summary: Summary | null;
  /** -c alone: count, print nothing of the trace itself. */
  private readonly traceLines: boolean;
  /** What is shown (trace=, -P, status=, signal=, quiet=); decided there, not here. */
  private readonly selection: SyscallSelection;
  /** No owner installed the selection as the engine's tamper: entries are decided here. */
  private readonly decides: boolean;
  /** strace's nprocs: tasks shown so far and not yet gone. */
  private live = 0;
  /** -e write= or -e read= given. */
  private readonly dumps: boolean;
  /** Syscalls whose decoder threw (warned about once each). */
  private readonly brokenDecoders = new Set<string>();
  /** `%-5d ` before every line in a file with -f; decided once tracing starts, as strace does. */
  private filePidPrefix: boolean | null = null;
  /** -Y: command names for the line prefixes. */
  private readonly comms: TaskComms | null;
  /** -i and -k, when asked for (toolbox/). */
  private readonly ips: InstructionPointers | null;
  private readonly stacks: StackTraces | null;

  /**
   * @param selection the run's SyscallSelection, installed as the engine's tamper by the
   *   owner; without one, the printer makes its own and decides at each entry.
   */
  constructor(
    private readonly mem: TraceeMemory, private readonly opts: TextOptions, private readonly pending: PendingFlag,
    selection?: SyscallSelection,
  ) {
    this.selection = selection ?? new SyscallSelection(mem, opts.filters, opts.paths);
    this.decides = selection === undefined;
    this.args = new ArgFormatter(mem, opts);
    this.ips = opts.instructionPointer === true ? new InstructionPointers() : null;
    this.comms = opts.filters.decodePids?.has('comm') === true ? new TaskComms() : null;
    this.stacks = opts.stackTrace === true ? new StackTraces() : null;
    this.summary = opts.summary === null ? null : new Summary(opts.summary);
    this.traceLines = opts.summary?.mode !== 'only';
    this.dumps = (opts.filters.writeFds ?? null) !== null || (opts.filters.readFds ?? null) !== null;
    this.shared = opts.followForks === 2 && opts.outputPath !== null
      ? null
      : this.addStream(opts.outputPath === null ? new Output(2, 'stderr', pending, outputMode(2)) : new Output(opts.outputFd, opts.outputPath, pending, outputMode(opts.outputFd)));
  }

  // --- TraceSink ------------------------------------------------------------------------

  taskAdded(task: Task): void {
    const stream = this.shared ?? this.addStream(new Output(-1, `${this.opts.outputPath}.${task.tid}`, this.pending, outputMode(-1)));
    this.state.set(task.tid, new TaskState(stream));
    this.live++;
    this.comms?.load(task.tid);
    if (task.origin === 'child' && this.shows({ kind: 'attach' })) this.message(`Process ${task.tid} attached`);
  }

  processAttached(pid: number, threads: number): void {
    if (!this.shows({ kind: 'attach' })) return;
    this.message(threads > 1 ? `Process ${pid} attached with ${threads} threads` : `Process ${pid} attached`);
  }

  syscallEntry(task: Task): void {
    const st = this.stateOf(task);
    st.unknown = false;
    st.verdict = this.decides ? this.selection.decide(task) : this.selection.entry(task);
    if (st.verdict.show === 'no') return;
    st.enteredAt = task.stoppedAt;
    st.enteredStime = task.stime;
    if (!this.traceLines) return;
    // -Y: an exec or a rename we did not stop at (seccomp) shows here.
    this.comms?.load(task.tid);
    if (this.stacks !== null) this.stacks.capture(task.tid, task.nr);
    const sig = signatureOf(task.nr);
    const s = st.stream;
    const args = this.entryArgs(st, sig, task);
    if (st.verdict.show === 'at-end') {
      st.head = this.lead(s, task) + sig.name + '(' + args;
      return;
    }
    this.endOpenLine(s);
    const head = this.lead(s, task) + sig.name + '(' + args;
    s.out.write(head);
    s.owner = task.tid;
    s.col = head.length;
  }

  execed(task: Task): void {
    this.comms?.load(task.tid);
  }

  /** Shown syscalls, and with -Y those that rename a task (TaskComms reloads after them). */
  wantsExit(task: Task): boolean {
    return this.stateOf(task).verdict.show !== 'no' || (this.comms?.renames(task) ?? false);
  }

  syscallExit(task: Task): void {
    this.comms?.afterSyscall(task);
    const st = this.stateOf(task);
    if (st.verdict.show === 'no') return;
    const sig = signatureOf(task.nr);
    if (this.summary !== null) {
      const spent = this.opts.summary!.wallClock ? (task.stoppedAt - st.enteredAt) / 1000 : task.stime - st.enteredStime;
      this.summary.add(task.nr, spent, task.isError);
    }
    if (!this.traceLines) return;
    const tail = this.exitArgs(st, sig, task) + ') ';
    const result = '= ' + this.result(st, sig, task) + injectionNote(task) + this.spent(st, task) + '\n' +
      (this.stacks !== null ? this.stacks.take(task.tid) : '');
    const s = st.stream;
    if (st.verdict.show === 'at-end') {
      if (this.selection.ending(st.verdict, task.isError ? 'failed' : 'successful').show === 'no') return;
      this.endOpenLine(s);
      s.col = 0;
      s.out.write(this.padToColumn(s, st.head + tail) + result);
      if (this.dumps) this.dumpData(s, sig, task);
      return;
    }
    const line = this.resumeLine(s, task, sig.name) + tail;
    s.out.write(this.padToColumn(s, line) + result);
    s.owner = 0;
    if (this.dumps) this.dumpData(s, sig, task);
  }

  /** -e write= / -e read=: the data the call moved, after its line. */
  private dumpData(s: Stream, sig: Signature, task: Task): void {
    const f = this.opts.filters;
    const fd = task.argInt(0);
    if (fd < 0) return;
    // As strace's dumpio: what a call was given to write, whatever came of it (the buffer's
    // length argument, every iovec whole); what it read, only when it succeeded.
    const write = fdSetHas(f.writeFds, fd) ? WRITES[sig.name] : undefined;
    if (write !== undefined) {
      s.out.write(dumpIo(task, this.mem, write, write.kind === 'buffer' ? task.arg(write.buf + 1) : Infinity));
    }
    if (task.isError) return;
    const read = fdSetHas(f.readFds, fd) ? READS[sig.name] : undefined;
    const total = Number(task.retval());
    if (read !== undefined && total > 0) s.out.write(dumpIo(task, this.mem, read, total));
  }

  syscallNoReturn(task: Task): void {
    const st = this.stateOf(task);
    if (st.verdict.show === 'no' || !this.traceLines) return;
    const sig = signatureOf(task.nr);
    const s = st.stream;
    // Arguments that were to be printed at exit never will be.
    const cut = sig.exitFrom < sig.args.length ? ' <unfinished ...>) ' : ') ';
    if (st.verdict.show === 'at-end') {
      if (this.selection.ending(st.verdict, 'unfinished').show === 'no') return;
      this.endOpenLine(s);
      s.col = 0;
      s.out.write(this.padToColumn(s, st.head + cut) + '= ?\n' + (this.stacks !== null ? this.stacks.take(task.tid) : ''));
      return;
    }
    const line = this.resumeLine(s, task, sig.name) + cut;
    s.out.write(this.padToColumn(s, line) + '= ?\n' + (this.stacks !== null ? this.stacks.take(task.tid) : ''));
    s.owner = 0;
  }

  /**
   * `???(`, then `<... ??? resumed>) = ?` when the task dies in it. Shown whatever trace=,
   * -P and status= say (none can qualify a syscall without a number; strace prints it
   * before its filters run), and at once even when lines wait for their outcome.
   */
  unknownSyscall(task: Task, stop: UnknownSyscallStop): void {
    const st = this.stateOf(task);
    const s = st.stream;
    if (stop === 'entry') {
      st.verdict = SHOWN;
      st.unknown = true;
      st.enteredAt = task.stoppedAt;
      if (!this.traceLines) return;
      this.endOpenLine(s);
      const head = this.lead(s, task, 'unknown') + UNKNOWN_SYSCALL_NAME + '(';
      s.out.write(head);
      s.owner = task.tid;
      s.col = head.length;
      return;
    }
    if (!st.unknown || !this.traceLines) return;
    st.verdict = NOT_YET;
    st.unknown = false;
    // Lived on after all (its exit stop): the result raw, as strace has nothing to decode it by.
    const result = stop === 'exit' ? unknownSyscallResult(task) + this.spent(st, task) : '?';
    const line = this.resumeLine(s, task, UNKNOWN_SYSCALL_NAME, 'unknown') + ') ';
    s.out.write(this.padToColumn(s, line) + '= ' + result + '\n');
    s.owner = 0;
  }

  signal(task: Task, signal: number, siginfo: Buffer): void {
    if (!this.shows({ kind: 'signal', signal })) return;
    this.event(task, `--- ${signalName(signal)} ${formatSiginfo(siginfo, { pid: (pid) => pidText(task.tid, pid, 'tgid', this.opts) })} ---`);
  }

  groupStop(task: Task, signal: number): void {
    if (!this.shows({ kind: 'signal', signal })) return;
    this.event(task, `--- stopped by ${signalName(signal)} ---`);
  }

  threadExeced(task: Task, formerTid: number): void {
    // The leader's state goes; the exec'ing thread takes over its tid and, like strace,
    // its output file.
    const leader = this.state.get(task.tid);
    const mine = this.state.get(formerTid);
    this.state.delete(formerTid);
    if (mine === undefined) return;
    if (leader !== undefined) {
      this.live--;
      if (leader.stream !== mine.stream) {
        this.dropStream(mine.stream);
        mine.stream = leader.stream;
      }
    }
    this.state.set(task.tid, mine);
    const s = mine.stream;
    if (s.owner === formerTid) {
      s.out.write(` <pid changed to ${task.tid} ...>\n`);
      s.owner = 0;
    }
    if (this.shows({ kind: 'superseded' })) this.event(task, `+++ superseded by execve in pid ${formerTid} +++`);
  }

  exited(task: Task, how: ExitHow): void {
    if (this.shows({ kind: 'exit', how })) {
      this.event(task, how.kind === 'exited'
        ? `+++ exited with ${how.code} +++`
        : `+++ killed by ${signalName(how.signal)}${how.core ? ' (core dumped)' : ''} +++`);
    } else {
      this.endOpenLine(this.stateOf(task).stream);
    }
    this.forget(task);
  }

  detached(task: Task): void {
    const st = this.stateOf(task);
    const s = st.stream;
    if (s.owner === task.tid) {
      s.out.write(' <detached ...>\n');
      s.owner = 0;
    } else if (st.verdict.show === 'at-end' && task.inSyscall && !st.unknown && this.traceLines &&
      this.selection.ending(st.verdict, 'detached').show === 'now') {
      s.out.write(st.head + ' <detached ...>\n');
    }
    if (this.shows({ kind: 'detach' })) this.message(`Process ${task.tid} detached`);
    this.forget(task);
  }

  attachFailed(pid: number, errno: number): void {
    this.message(attachFailureLine(pid, errno, getpid()));
  }

  warning(message: string): void {
    this.message(message);
  }

  unknownExit(pid: number): void {
    if (this.shows({ kind: 'unknown-exit' })) this.message(`Exit of unknown pid ${pid} ignored`);
  }

  unknownDetached(pid: number): void {
    if (this.shows({ kind: 'unknown-detach' })) this.message(`Detached unknown pid ${pid}`);
  }

  // --- output ---------------------------------------------------------------------------

  /** Writes everything buffered. */
  flush(): void {
    this.pending.clear();
    for (const s of this.streams) s.out.flush();
  }

  /** The -c table of the calls so far, where the final one goes (--summary-interval). */
  printSummary(): void {
    if (this.summary !== null) this.printText(this.summary.render());
  }

  /**
   * Text after the trace lines (a table, a tree; bytes as latin1, as Output takes them): on
   * the shared output, else the first, else (or `toStderr`) stderr.
   */
  private printText(text: string, toStderr = false): void {
    const s = toStderr ? undefined : this.shared ?? this.streams[0];
    if (s !== undefined) {
      this.endOpenLine(s);
      s.out.write(text);
    } else {
      writeSync(2, Buffer.from(text, 'latin1'));
    }
  }

  /** Prints the -c table (if any), then `epilogue` where it goes, and flushes and closes every output. */
  close(epilogue = ''): void {
    this.pending.clear();
    this.printSummary();
    // With -ff each process has its file: what follows the whole trace goes to stderr.
    if (epilogue !== '') this.printText(epilogue, this.shared === null);
    let failure: unknown = null;
    for (const s of this.streams) {
      try {
        s.out.close();
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== null) throw failure;
  }

  private addStream(out: Output): Stream {
    const s = new Stream(out, new LineClock(this.opts.timestamps, this.opts.timestamps.absolute !== null ? wallClockOrigin() : 0));
    this.streams.push(s);
    return s;
  }

  private dropStream(s: Stream): void {
    // With -c the table goes to the first stream: keep it open till the end.
    if (s === this.shared || (this.summary !== null && s === this.streams[0])) return;
    s.out.close();
    const i = this.streams.indexOf(s);
    if (i >= 0) this.streams.splice(i, 1);
  }

  private forget(task: Task): void {
    if (this.stacks !== null) this.stacks.forget(task.tid);
    this.comms?.forget(task.tid);
    const st = this.state.get(task.tid);
    if (st === undefined) return;
    this.state.delete(task.tid);
    this.live--;
    this.dropStream(st.stream);
  }

  private stateOf(task: Task): TaskState {
    let st = this.state.get(task.tid);
    if (st === undefined) {
      // A task the engine never announced (it cannot happen; stay printable regardless).
      this.taskAdded(task);
      st = this.state.get(task.tid)!;
    }
    return st;
  }

  private shows(note: Note): boolean {
    return this.selection.note(note).show === 'now';
  }

  // --- decoding, shielded: a decoder that throws costs its line's detail, never the trace.

  private entryArgs(st: TaskState, sig: Signature, task: Task): string {
    // -e raw=SET: every argument as a number, and a successful result in hex.
    st.rawAsked = this.opts.filters.raw?.has(task.nr) === true;
    st.raw = st.rawAsked;
    if (st.raw) return rawArgs(task, sig.args.length).join(', ');
    try {
      return this.args.entry(sig, task);
    } catch (e) {
      this.decoderFailed(sig, e);
      st.raw = true;
      return rawArgs(task, sig.args.length).join(', ');
    }
  }

  private exitArgs(st: TaskState, sig: Signature, task: Task): string {
    if (st.raw) return '';
    try {
      return this.args.exit(sig, task);
    } catch (e) {
      this.decoderFailed(sig, e);
      return '?';
    }
  }

  private result(st: TaskState, sig: Signature, task: Task): string {
    if (st.rawAsked && !task.isError) return hex64(task.retLo, task.retHi);
    try {
      return this.args.result(sig, task);
    } catch (e) {
      this.decoderFailed(sig, e);
      return String(task.retval());
    }
  }

  private decoderFailed(sig: Signature, e: unknown): void {
    if (this.brokenDecoders.has(sig.name)) return;
    this.brokenDecoders.add(sig.name);
    this.message(`decoding ${sig.name} failed (${e instanceof Error ? e.message : String(e)}); printing it raw`);
  }

  /** A line that is not a syscall: closes any open line first. */
  private event(task: Task, text: string): void {
    if (!this.traceLines) return;
    const s = this.stateOf(task).stream;
    this.endOpenLine(s);
    s.out.write(this.lead(s, task, 'event') + text + '\n');
  }

  /** The start of a syscall's exit part: the open line itself, or a `<... NAME resumed>` one. */
  private resumeLine(s: Stream, task: Task, name: string, kind: LineKind = 'syscall'): string {
    if (s.owner === task.tid) return '';
    this.endOpenLine(s);
    s.col = 0;
    return this.lead(s, task, kind) + '<... ' + name + ' resumed>';
  }

  /** -T: ` <0.000123>` after the result. */
  private spent(st: TaskState, task: Task): string {
    const p = this.opts.timestamps.syscallTimes;
    return p === null ? '' : ` <${formatSeconds(task.stoppedAt - st.enteredAt, p)}>`;
  }

  private padToColumn(s: Stream, line: string): string {
    const col = s.col + line.length;
    return col < this.opts.column ? line + ' '.repeat(this.opts.column - col) : line;
  }

  private endOpenLine(s: Stream): void {
    if (s.owner === 0) return;
    s.out.write(' <unfinished ...>\n');
    s.owner = 0;
    s.col = 0;
  }

  /** What starts every line: the pid prefix and the timestamps. */
  private lead(s: Stream, task: Task, kind: LineKind = 'syscall'): string {
    const pfx = this.prefix(task.tid);
    let lead = s.clock.enabled ? pfx + s.clock.stamp(task.stoppedAt) : pfx;
    if (this.opts.syscallNumber === true) {
      lead += '[' + (kind === 'unknown' ? UNKNOWN_SYSCALL_NAME : String(task.nr)).padStart(4) + '] ';
    }
    if (this.ips === null) return lead;
    // -i: where the syscall was made; for other lines (signals, exits), and for a syscall
    // whose stop could not be read, where the task is now (if it still is: else ????).
    return lead + (kind === 'syscall' ? this.ips.syscall(task.ip) : this.ips.current(task.tid));
  }

  private prefix(tid: number): string {
    if (this.opts.followForks === 2 && this.opts.outputPath !== null) return '';
    // -Y: the command name after the pid (and then no padding, as strace does).
    const comm = this.comms?.suffix(tid) ?? '';
    if (this.opts.outputPath !== null) {
      this.filePidPrefix ??= this.opts.followForks === 1 || this.live > 1;
      return this.filePidPrefix ? (comm === '' ? String(tid).padEnd(5) : String(tid) + comm) + ' ' : '';
    }
    return this.live > 1 ? '[pid ' + String(tid).padStart(5) + comm + '] ' : '';
  }

  /** `tstrace: ...` on stderr; through the trace stream when that is stderr, to keep order. */
  private message(text: string): void {
    if (this.shared !== null && this.shared.out.isStderr) {
      this.shared.out.write(MESSAGE_PREFIX + text + '\n');
      return;
    }
    writeSync(2, MESSAGE_PREFIX + text + '\n');
  }
}

/**
 * Half-lines as they happen where the trace shares its file with the command's output;
 * a trace that cannot be written (ENOSPC) is reported once on stderr and tracing goes on,
 * as strace does (silently when the trace is stderr itself).
 */
function outputMode(fd: number): OutputMode {
  return {
    immediate: sharesOrder(fd),
    onFailure: (message) => {
      if (fd === 2) return;
      try {
        writeSync(2, MESSAGE_PREFIX + message + '\n');
      } catch {
        // stderr is gone too: nowhere left to say it
      }
    },
  };
}
