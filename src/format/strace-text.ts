/**
 * The strace text format: a TraceSink that prints each stop the way strace 6 does,
 * including `[pid N]` prefixes, timestamps, the `=` column, and `<unfinished ...>` /
 * `<... resumed>` when tasks interleave on one output; and the -c summary.
 */
import { writeSync } from 'node:fs';
import { ArgFormatter, hex64, type DecodeOptions } from '../decode/args.js';
import { touchesPaths } from '../decode/paths.js';
import { formatSiginfo, signalName } from '../decode/signals.js';
import { signatureOf, type Signature } from '../decode/signature.js';
import { explainAttachFailure } from '../engine/attach-errors.js';
import type { ExitHow, TraceSink } from '../engine/sink.js';
import type { Task } from '../engine/task.js';
import { fdSetHas, type Filters, type StatusKind } from '../filter/expressions.js';
import { EPERM } from '../sys/constants.js';
import { getpid, strerror } from '../sys/libc.js';
import type { TraceeMemory } from '../sys/memory.js';
import { InstructionPointers } from '../toolbox/instruction-pointer.js';
import { StackTraces } from '../toolbox/stack-trace.js';
import { dumpIo, READS, WRITES } from './io-dump.js';
import { Output, type PendingFlag } from './output.js';
import { Summary, type SummaryOptions } from './summary.js';
import { formatSeconds, LineClock, type TimestampOptions } from './timestamps.js';

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
  /** The current syscall passed the filters (-e trace=, -P). */
  shown = false;
  /** With status= filtering, the entry part, held until the result decides. */
  head = '';
  /** The entry's decoder failed: all arguments went out raw at entry. */
  raw = false;
  /** Stop time and system time at syscall entry (-T, -c). */
  enteredAt = 0;
  enteredStime = 0;
  constructor(public stream: Stream) {}
}

const MESSAGE_PREFIX = 'tstrace: ';

export class StraceText implements TraceSink {
  private readonly args: ArgFormatter;
  private readonly shared: Stream | null;
  private readonly streams: Stream[] = [];
  private readonly state = new Map<number, TaskState>();
  private readonly summary: Summary | null;
  /** -c alone: count, print nothing of the trace itself. */
  private readonly traceLines: boolean;
  /** status= given: lines are printed whole at exit, once their outcome is known. */
  private readonly deferred: ReadonlySet<StatusKind> | null;
  private readonly paths: ReadonlySet<string> | null;
  private readonly origin = performance.timeOrigin;
  /** strace's nprocs: tasks shown so far and not yet gone. */
  private live = 0;
  /** -e write= or -e read= given. */
  private readonly dumps: boolean;
  /** Syscalls whose decoder threw (warned about once each). */
  private readonly brokenDecoders = new Set<string>();
  /** `%-5d ` before every line in a file with -f; decided once tracing starts, as strace does. */
  private filePidPrefix: boolean | null = null;
  /** -i and -k, when asked for (toolbox/). */
  private readonly ips: InstructionPointers | null;
  private readonly stacks: StackTraces | null;

  constructor(private readonly mem: TraceeMemory, private readonly opts: TextOptions, private readonly pending: PendingFlag) {
    this.args = new ArgFormatter(mem, opts);
    this.ips = opts.instructionPointer === true ? new InstructionPointers() : null;
    this.stacks = opts.stackTrace === true ? new StackTraces() : null;
    this.summary = opts.summary === null ? null : new Summary(opts.summary);
    this.traceLines = opts.summary?.mode !== 'only';
    this.deferred = opts.filters.status;
    this.dumps = (opts.filters.writeFds ?? null) !== null || (opts.filters.readFds ?? null) !== null;
    this.paths = opts.paths.length > 0 ? new Set(opts.paths) : null;
    this.shared = opts.followForks === 2 && opts.outputPath !== null
      ? null
      : this.addStream(opts.outputPath === null ? new Output(2, 'stderr', pending) : new Output(opts.outputFd, opts.outputPath, pending));
  }

  // --- TraceSink ------------------------------------------------------------------------

  taskAdded(task: Task): void {
    const stream = this.shared ?? this.addStream(new Output(-1, `${this.opts.outputPath}.${task.tid}`, this.pending));
    this.state.set(task.tid, new TaskState(stream));
    this.live++;
    if (task.origin === 'child' && !this.quiet('attach')) this.message(`Process ${task.tid} attached`);
  }

  processAttached(pid: number, threads: number): void {
    if (this.quiet('attach')) return;
    this.message(threads > 1 ? `Process ${pid} attached with ${threads} threads` : `Process ${pid} attached`);
  }

  syscallEntry(task: Task): void {
    const st = this.stateOf(task);
    st.shown = this.selected(task);
    if (!st.shown) return;
    st.enteredAt = task.stoppedAt;
    st.enteredStime = task.stime;
    if (!this.traceLines) return;
    if (this.stacks !== null) this.stacks.capture(task.tid, task.nr);
    const sig = signatureOf(task.nr);
    const s = st.stream;
    const args = this.entryArgs(st, sig, task);
    if (this.deferred !== null) {
      st.head = this.lead(s, task) + sig.name + '(' + args;
      return;
    }
    this.endOpenLine(s);
    const head = this.lead(s, task) + sig.name + '(' + args;
    s.out.write(head);
    s.owner = task.tid;
    s.col = head.length;
  }

  syscallExit(task: Task): void {
    const st = this.stateOf(task);
    if (!st.shown) return;
    const sig = signatureOf(task.nr);
    if (this.summary !== null) {
      const spent = this.opts.summary!.wallClock ? (task.stoppedAt - st.enteredAt) / 1000 : task.stime - st.enteredStime;
      this.summary.add(task.nr, spent, task.isError);
    }
    if (!this.traceLines) return;
    const tail = this.exitArgs(st, sig, task) + ') ';
    const result = '= ' + this.result(sig, task) + (task.injected ? ' (INJECTED)' : '') + this.spent(st, task) + '\n' +
      (this.stacks !== null ? this.stacks.take(task.tid) : '');
    const s = st.stream;
    if (this.deferred !== null) {
      if (!this.deferred.has(task.isError ? 'failed' : 'successful')) return;
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
    if (!st.shown || !this.traceLines) return;
    const sig = signatureOf(task.nr);
    const s = st.stream;
    // Arguments that were to be printed at exit never will be.
    const cut = sig.exitFrom < sig.args.length ? ' <unfinished ...>) ' : ') ';
    if (this.deferred !== null) {
      if (!this.deferred.has('unfinished')) return;
      this.endOpenLine(s);
      s.col = 0;
      s.out.write(this.padToColumn(s, st.head + cut) + '= ?\n' + (this.stacks !== null ? this.stacks.take(task.tid) : ''));
      return;
    }
    const line = this.resumeLine(s, task, sig.name) + cut;
    s.out.write(this.padToColumn(s, line) + '= ?\n' + (this.stacks !== null ? this.stacks.take(task.tid) : ''));
    s.owner = 0;
  }

  signal(task: Task, signal: number, siginfo: Buffer): void {
    const wanted = this.opts.filters.signals;
    if (wanted !== null && !wanted.has(signal)) return;
    this.event(task, `--- ${signalName(signal)} ${formatSiginfo(siginfo)} ---`);
  }

  groupStop(task: Task, signal: number): void {
    const wanted = this.opts.filters.signals;
    if (wanted !== null && !wanted.has(signal)) return;
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
    if (!this.quiet('thread-execve')) this.event(task, `+++ superseded by execve in pid ${formerTid} +++`);
  }

  exited(task: Task, how: ExitHow): void {
    if (!this.quiet('exit')) {
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
    } else if (this.deferred?.has('detached') && task.inSyscall && st.shown && this.traceLines) {
      s.out.write(st.head + ' <detached ...>\n');
    }
    if (!this.quiet('attach')) this.message(`Process ${task.tid} detached`);
    this.forget(task);
  }

  attachFailed(pid: number, errno: number): void {
    // strace's line, and what stood in the way when that is more than "not permitted".
    let line = `attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(errno)}`;
    if (errno === EPERM) line += ` (${explainAttachFailure(pid, getpid())})`;
    this.message(line);
  }

  warning(message: string): void {
    this.message(message);
  }

  // --- output ---------------------------------------------------------------------------

  /** Writes everything buffered. */
  flush(): void {
    this.pending.clear();
    for (const s of this.streams) s.out.flush();
  }

  /** Prints the -c table (if any) and flushes and closes every output. */
  close(): void {
    this.pending.clear();
    if (this.summary !== null) {
      const s = this.shared ?? this.streams[0];
      if (s !== undefined) {
        this.endOpenLine(s);
        s.out.write(this.summary.render());
      } else {
        writeSync(2, this.summary.render());
      }
    }
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
    const s = new Stream(out, new LineClock(this.opts.timestamps, this.origin));
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

  private selected(task: Task): boolean {
    const trace = this.opts.filters.trace;
    if (trace !== null && !trace.has(task.nr)) return false;
    return this.paths === null || touchesPaths(signatureOf(task.nr), task, this.mem, this.paths);
  }

  private quiet(what: 'attach' | 'exit' | 'thread-execve'): boolean {
    return this.opts.filters.quiet.has(what);
  }

  // --- decoding, shielded: a decoder that throws costs its line's detail, never the trace.

  private entryArgs(st: TaskState, sig: Signature, task: Task): string {
    st.raw = false;
    try {
      return this.args.entry(sig, task);
    } catch (e) {
      this.decoderFailed(sig, e);
      st.raw = true;
      return rawArgs(task, sig.args.length);
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

  private result(sig: Signature, task: Task): string {
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
    s.out.write(this.lead(s, task, true) + text + '\n');
  }

  /** The start of a syscall's exit part: the open line itself, or a `<... NAME resumed>` one. */
  private resumeLine(s: Stream, task: Task, name: string): string {
    if (s.owner === task.tid) return '';
    this.endOpenLine(s);
    s.col = 0;
    return this.lead(s, task) + '<... ' + name + ' resumed>';
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
  private lead(s: Stream, task: Task, notSyscall = false): string {
    const pfx = this.prefix(task.tid);
    const lead = s.clock.enabled ? pfx + s.clock.stamp(task.stoppedAt) : pfx;
    if (this.ips === null) return lead;
    // -i: where the syscall was made; for other lines (signals, exits) where the task is now.
    return lead + (notSyscall ? this.ips.current(task.tid) : this.ips.syscall(task.ip));
  }

  private prefix(tid: number): string {
    if (this.opts.followForks === 2 && this.opts.outputPath !== null) return '';
    if (this.opts.outputPath !== null) {
      this.filePidPrefix ??= this.opts.followForks === 1 || this.live > 1;
      return this.filePidPrefix ? String(tid).padEnd(5) + ' ' : '';
    }
    return this.live > 1 ? '[pid ' + String(tid).padStart(5) + '] ' : '';
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

/** Every argument in hex, as strace prints a syscall it has no decoder for. */
function rawArgs(task: Task, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(hex64(task.args[2 * i]!, task.args[2 * i + 1]!));
  return out.join(', ');
}
