/**
 * The strace text format: a TraceSink that prints each stop the way strace 6 does,
 * including `[pid N]` prefixes, the `=` column, and `<unfinished ...>` / `<... resumed>`
 * when tasks interleave on one output.
 */
import { writeSync } from 'node:fs';
import { ArgFormatter, type DecodeOptions } from '../decode/args.js';
import { formatSiginfo, signalName } from '../decode/signals.js';
import { signatureOf } from '../decode/signature.js';
import type { ExitHow, TraceSink } from '../engine/sink.js';
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import { Output, type PendingFlag } from './output.js';

export interface TextOptions extends DecodeOptions {
  /** 0 (no -f), 1 (-f) or 2 (-ff: one file per task, with -o). */
  readonly followForks: 0 | 1 | 2;
  /** -o FILE, or null for stderr. */
  readonly outputPath: string | null;
  /** An fd already open on outputPath (the CLI opens it to report errors early). */
  readonly outputFd: number;
  /** -q count: 1 hides attach/detach messages, 2 also exit lines. */
  readonly quiet: number;
  /** -a: the column of `= `. */
  readonly column: number;
  /** Syscall numbers to show (-e trace=); null shows all. */
  readonly selected: ReadonlySet<number> | null;
}

/** One output stream and the line currently open on it. */
class Stream {
  /** Task whose syscall line is open (entry printed, exit not yet), 0 when none. */
  owner = 0;
  /** Columns printed on the open line. */
  col = 0;
  constructor(readonly out: Output) {}
}

/** What the printer remembers per task. */
class TaskState {
  /** The current syscall is shown (it passed the -e trace= filter). */
  shown = false;
  constructor(public stream: Stream) {}
}

const MESSAGE_PREFIX = 'tstrace: ';

export class StraceText implements TraceSink {
  private readonly args: ArgFormatter;
  private readonly shared: Stream | null;
  private readonly streams: Stream[] = [];
  private readonly state = new Map<number, TaskState>();
  /** strace's nprocs: tasks shown so far and not yet gone. */
  private live = 0;
  /** `%-5d ` before every line in a file with -f; decided once tracing starts, as strace does. */
  private filePidPrefix: boolean | null = null;

  constructor(mem: TraceeMemory, private readonly opts: TextOptions, private readonly pending: PendingFlag) {
    this.args = new ArgFormatter(mem, opts);
    this.shared = opts.followForks === 2 && opts.outputPath !== null
      ? null
      : this.addStream(opts.outputPath === null ? new Output(2, 'stderr', pending) : new Output(opts.outputFd, opts.outputPath, pending));
  }

  // --- TraceSink ------------------------------------------------------------------------

  taskAdded(task: Task): void {
    const stream = this.shared ?? this.addStream(new Output(-1, `${this.opts.outputPath}.${task.tid}`, this.pending));
    this.state.set(task.tid, new TaskState(stream));
    this.live++;
    if (task.origin === 'child' && this.opts.quiet < 1) this.message(`Process ${task.tid} attached`);
  }

  processAttached(pid: number, threads: number): void {
    if (this.opts.quiet >= 1) return;
    this.message(threads > 1 ? `Process ${pid} attached with ${threads} threads` : `Process ${pid} attached`);
  }

  syscallEntry(task: Task): void {
    const st = this.stateOf(task);
    const sel = this.opts.selected;
    st.shown = sel === null || sel.has(task.nr);
    if (!st.shown) return;
    const sig = signatureOf(task.nr);
    const s = st.stream;
    this.endOpenLine(s);
    const head = this.prefix(task.tid) + sig.name + '(' + this.args.entry(sig, task);
    s.out.write(head);
    s.owner = task.tid;
    s.col = head.length;
  }

  syscallExit(task: Task): void {
    const st = this.stateOf(task);
    if (!st.shown) return;
    const sig = signatureOf(task.nr);
    const s = st.stream;
    let line = this.resumeLine(s, task, sig.name);
    line += this.args.exit(sig, task) + ') ';
    s.out.write(this.padToColumn(s, line) + '= ' + this.args.result(sig, task) + '\n');
    s.owner = 0;
  }

  syscallNoReturn(task: Task): void {
    const st = this.stateOf(task);
    if (!st.shown) return;
    const sig = signatureOf(task.nr);
    const s = st.stream;
    let line = this.resumeLine(s, task, sig.name);
    // Arguments that were to be printed at exit never will be.
    if (sig.exitFrom < sig.args.length) line += ' <unfinished ...>';
    line += ') ';
    s.out.write(this.padToColumn(s, line) + '= ?\n');
    s.owner = 0;
  }

  signal(task: Task, signal: number, siginfo: Buffer): void {
    this.event(task, `--- ${signalName(signal)} ${formatSiginfo(siginfo)} ---`);
  }

  groupStop(task: Task, signal: number): void {
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
    this.event(task, `+++ superseded by execve in pid ${formerTid} +++`);
  }

  exited(task: Task, how: ExitHow): void {
    if (this.opts.quiet < 2) {
      this.event(task, how.kind === 'exited'
        ? `+++ exited with ${how.code} +++`
        : `+++ killed by ${signalName(how.signal)}${how.core ? ' (core dumped)' : ''} +++`);
    } else {
      this.endOpenLine(this.stateOf(task).stream);
    }
    this.forget(task);
  }

  detached(task: Task): void {
    const s = this.stateOf(task).stream;
    if (s.owner === task.tid) {
      s.out.write(' <detached ...>\n');
      s.owner = 0;
    }
    if (this.opts.quiet < 1) this.message(`Process ${task.tid} detached`);
    this.forget(task);
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

  close(): void {
    this.pending.clear();
    for (const s of this.streams) s.out.close();
  }

  private addStream(out: Output): Stream {
    const s = new Stream(out);
    this.streams.push(s);
    return s;
  }

  private dropStream(s: Stream): void {
    if (s === this.shared) return;
    s.out.close();
    const i = this.streams.indexOf(s);
    if (i >= 0) this.streams.splice(i, 1);
  }

  private forget(task: Task): void {
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

  /** A line that is not a syscall: closes any open line first. */
  private event(task: Task, text: string): void {
    const s = this.stateOf(task).stream;
    this.endOpenLine(s);
    s.out.write(this.prefix(task.tid) + text + '\n');
  }

  /** The start of a syscall's exit part: the open line itself, or a `<... NAME resumed>` one. */
  private resumeLine(s: Stream, task: Task, name: string): string {
    if (s.owner === task.tid) return '';
    this.endOpenLine(s);
    s.col = 0;
    return this.prefix(task.tid) + '<... ' + name + ' resumed>';
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
