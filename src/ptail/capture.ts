/**
 * The TraceSink behind ptail: at each syscall exit it keeps the fd-role tables up to date
 * and copies the bytes a write-like call actually wrote to stdout/stderr out of the
 * stopped tracee into ptail's own stdout/stderr. Runs on the tracer thread.
 *
 * Hot path: every syscall of every tracee passes through syscallExit; for the ones ptail
 * ignores that is one table load, with no allocation.
 */
import { writeSync } from 'node:fs';
import type { ExitHow, TraceSink } from '../engine/sink.js';
import type { Task } from '../engine/task.js';
import { writeAll, type PendingFlag } from '../format/output.js';
import { strerror } from '../sys/libc.js';
import type { TraceeMemory } from '../sys/memory.js';
import { ByteOutput, RED } from './byte-output.js';
import { describeEnding, isUnremarkable } from './endings.js';
import { FdTable, type Stream } from './fd-roles.js';
import { LinePrefixer } from './line-prefixer.js';
import { findCopies, isCloexec, readStatus } from './proc.js';
import { RawStream, type StreamWriter } from './stream-writer.js';
import {
  ACTIONS, Action, CLONE_THREAD, CLOSE_RANGE_CLOEXEC, FD_CLOEXEC, F_DUPFD, F_DUPFD_CLOEXEC, F_SETFD, O_CLOEXEC, isTransfer,
} from './syscall-actions.js';
import { TracedProcess } from './traced-process.js';
import { transferArgs, TransferSources } from './transfers.js';
import { monotonicMs } from '../sys/clock.js';

export interface CaptureOptions {
  /** --prefix: `[pid N comm] ` at line starts, lines of different processes kept whole. */
  readonly prefix: boolean;
  /** -q: no notes about processes ending or being left. */
  readonly quiet: boolean;
  /** Colour what the tracees wrote to stderr (ptail's stderr is a terminal, no NO_COLOR). */
  readonly colourStderr: boolean;
  /** --fd: more fds whose bytes go to ptail's stdout. */
  readonly extraFds: readonly number[];
  /** Child processes are traced (not --no-follow): their fd tables must be inherited. */
  readonly followForks: boolean;
}

/** How long --prefix holds back an unfinished line (a prompt) before showing it anyway. */
const STALE_LINE_MS = 300;
/** The kernel's limit on iovecs per call (UIO_MAXIOV), and on messages per sendmmsg. */
const IOV_MAX = 1024;
/** sizeof(struct mmsghdr): a struct msghdr (56 bytes) and the unsigned msg_len, padded. */
const MMSGHDR_SIZE = 64;
const TWO32 = 2 ** 32;

export class Capture implements TraceSink {
  /** Every traced thread's process, by tid (threads of one process share the record). */
  private readonly procs = new Map<number, TracedProcess>();
  /** Fd tables of forked children whose parent returned from fork before we saw them. */
  private readonly inherited = new Map<number, FdTable>();
  private readonly streams: Readonly<Record<Stream, StreamWriter>>;
  /** The stream written last: switching streams flushes the other, to keep their order. */
  private last: StreamWriter | null = null;
  /** The tracee's iovec array, copied out of the memory reader's scratch buffer. */
  private readonly iov = Buffer.alloc(16 * IOV_MAX);
  /** sendmmsg's message headers, copied out likewise (allocated on first use). */
  private mmsg: Buffer | null = null;
  private readonly transfers: TransferSources;
  private pendingRaised = false;
  private attachFailure = false;
  private readonly attachedPids = new Set<number>();

  constructor(
    private readonly memory: TraceeMemory,
    private readonly options: CaptureOptions,
    private readonly pending: PendingFlag,
  ) {
    this.transfers = new TransferSources(memory);
    const stdout = new ByteOutput(1, 'stdout');
    const stderr = new ByteOutput(2, 'stderr', options.colourStderr ? RED : null);
    this.streams = options.prefix
      ? { stdout: new LinePrefixer(stdout, STALE_LINE_MS), stderr: new LinePrefixer(stderr, STALE_LINE_MS) }
      : { stdout: new RawStream(stdout), stderr: new RawStream(stderr) };
  }

  /** An attach (-p) failed: the run should stop, and the caller explain why. */
  get anyAttachFailed(): boolean {
    return this.attachFailure;
  }

  /** The -p processes that were attached. */
  get attached(): ReadonlySet<number> {
    return this.attachedPids;
  }

  // --- the syscalls ---------------------------------------------------------------------

  syscallEntry(task: Task): void {
    // Everything else ptail needs is known at exit (the entry's arguments are kept on the
    // Task); a pipe a transfer reads from must be looked at before the call empties it.
    const nr = task.nr;
    if (nr < 0 || nr >= ACTIONS.length) return;
    const action = ACTIONS[nr]! as Action;
    if (!isTransfer(action)) return;
    const p = this.procs.get(task.tid);
    const args = transferArgs(task, action);
    if (p !== undefined && p.fds.streamOf(args.out) !== undefined) this.transfers.entering(task, args);
  }

  /**
   * Our attach ended a write the task was blocked in (a full pipe): the bytes it wrote
   * until then went out while we attached, and no exit stop will show them. (A call that
   * wrote nothing yet is restarted, and seen then.)
   */
  syscallEndedByAttach(task: Task): void {
    const nr = task.nr;
    if (nr < 0 || nr >= ACTIONS.length || task.isError) return;
    const action = ACTIONS[nr]! as Action;
    switch (action) {
      case Action.WriteBuf: case Action.WriteIov: case Action.SendMsg: case Action.SendMmsg:
      case Action.SendFile: case Action.Splice: case Action.Tee:
        this.onExit(task, action);
    }
  }

  syscallExit(task: Task): void {
    const nr = task.nr;
    if (nr < 0 || nr >= ACTIONS.length) return;
    const action = ACTIONS[nr]!;
    if (action !== Action.Ignore) this.onExit(task, action as Action);
  }

  private onExit(task: Task, action: Action): void {
    const p = this.procs.get(task.tid);
    if (p === undefined) return;
    if (task.isError) {
      // Linux frees the fd even when close fails (EINTR, EIO); EBADF means there was none.
      if (action === Action.Close) p.fds.close(task.argInt(0));
      if (isTransfer(action)) this.transfers.forget(task.tid);
      return;
    }
    // Successful results here (byte counts, fds, pids) are non-negative and below 2^31.
    const ret = task.retHi === 0 ? task.retLo : -1;
    switch (action) {
      case Action.WriteBuf: {
        const stream = p.fds.streamOf(task.argInt(0));
        if (stream !== undefined && ret > 0) this.copyOut(task.tid, p, stream, task.arg(1), ret);
        return;
      }
      case Action.WriteIov: {
        const stream = p.fds.streamOf(task.argInt(0));
        if (stream !== undefined && ret > 0) this.gather(task.tid, p, stream, task.arg(1), task.argInt(2), ret);
        return;
      }
      case Action.SendMsg: {
        const stream = p.fds.streamOf(task.argInt(0));
        if (stream === undefined || ret <= 0) return;
        // struct msghdr: msg_iov at offset 16, msg_iovlen at 24.
        if (this.memory.read(task.tid, task.arg(1), 32) !== 32) return this.lost(p, stream, ret);
        const s = this.memory.scratch;
        this.gather(task.tid, p, stream, s.readUInt32LE(16) + s.readUInt32LE(20) * TWO32, s.readUInt32LE(24), ret);
        return;
      }
      case Action.SendMmsg: {
        const stream = p.fds.streamOf(task.argInt(0));
        if (stream !== undefined && ret > 0) this.sentMessages(task.tid, p, stream, task.arg(1), ret);
        return;
      }
      case Action.SendFile:
      case Action.Splice:
      case Action.Tee: {
        const args = transferArgs(task, action);
        const stream = p.fds.streamOf(args.out);
        if (stream === undefined || ret <= 0) return this.transfers.forget(task.tid);
        const bytes = this.transfers.taken(task, args, ret);
        if (bytes.length > 0) this.emit(p, stream, bytes, bytes.length);
        if (bytes.length < ret) this.missed(p, `${ret - bytes.length} bytes copied to ${stream} could not be read back from their source`);
        return;
      }
      case Action.Dup:
        return p.fds.duplicate(task.argInt(0), ret, false);
      case Action.Dup2:
        return p.fds.duplicate(task.argInt(0), task.argInt(1), false);
      case Action.Dup3:
        return p.fds.duplicate(task.argInt(0), task.argInt(1), (task.argInt(2) & O_CLOEXEC) !== 0);
      case Action.Fcntl: {
        const fd = task.argInt(0);
        const cmd = task.argInt(1);
        if (cmd === F_DUPFD) p.fds.duplicate(fd, ret, false);
        else if (cmd === F_DUPFD_CLOEXEC) p.fds.duplicate(fd, ret, true);
        else if (cmd === F_SETFD) p.fds.setCloexec(fd, (task.argInt(2) & FD_CLOEXEC) !== 0);
        return;
      }
      case Action.Close:
        return p.fds.close(task.argInt(0));
      case Action.CloseRange:
        // (unsigned first, unsigned last, flags): the low halves of arguments 0 and 1.
        return p.fds.closeRange(task.args[0]!, task.args[2]!, (task.argInt(2) & CLOSE_RANGE_CLOEXEC) !== 0);
      case Action.Exec:
        p.fds.exec();
        p.refreshName();
        return;
      case Action.Clone:
      case Action.Clone3:
      case Action.Fork:
        return this.forked(task, p, action, ret);
      case Action.Ignore:
        return;
    }
  }

  /**
   * The parent is back from fork/clone. A new process's table is a copy of the parent's
   * as it is now; if the child was already seen it copied it then (the parent had not
   * returned yet, so the table was the same).
   */
  private forked(task: Task, parent: TracedProcess, action: Action, child: number): void {
    if (!this.options.followForks || child <= 0 || this.procs.has(child)) return;
    let thread = false;
    if (action === Action.Clone) thread = (task.args[0]! & CLONE_THREAD) !== 0;
    else if (action === Action.Clone3) {
      // struct clone_args starts with the u64 flags.
      thread = this.memory.read(task.tid, task.arg(0), 8) === 8 && (this.memory.scratch.readUInt32LE(0) & CLONE_THREAD) !== 0;
    }
    if (!thread) this.inherited.set(child, parent.fds.clone());
  }

  /** Copies `n` bytes at `addr` of task `tid` to `stream`. False if they could not all be read. */
  private copyOut(tid: number, p: TracedProcess, stream: Stream, addr: number, n: number): boolean {
    const mem = this.memory;
    while (n > 0) {
      const got = mem.read(tid, addr, n);
      if (got <= 0) {
        this.lost(p, stream, n);
        return false;
      }
      this.emit(p, stream, mem.scratch, got);
      addr += got;
      n -= got;
    }
    return true;
  }

  /** The first `n` bytes of `data`, written by `p` to `stream`, go out. */
  private emit(p: TracedProcess, stream: Stream, data: Buffer, n: number): void {
    this.writerFor(stream).write(p, data, 0, n);
    if (!this.pendingRaised) {
      this.pendingRaised = true;
      this.pending.set();
    }
  }

  /** The first `count` messages of the mmsghdr array at `addr`, each its msg_len bytes. */
  private sentMessages(tid: number, p: TracedProcess, stream: Stream, addr: number, count: number): void {
    const n = Math.min(count, IOV_MAX);
    const size = MMSGHDR_SIZE * n;
    if (this.memory.read(tid, addr, size) !== size) return this.lost(p, stream, count, 'messages sent');
    const msgs = (this.mmsg ??= Buffer.alloc(MMSGHDR_SIZE * IOV_MAX));
    this.memory.scratch.copy(msgs, 0, 0, size);
    for (let i = 0, at = 0; i < n; i++, at += MMSGHDR_SIZE) {
      // struct msghdr: msg_iov at 16, msg_iovlen at 24; then msg_len at 56.
      const iov = msgs.readUInt32LE(at + 16) + msgs.readUInt32LE(at + 20) * TWO32;
      this.gather(tid, p, stream, iov, msgs.readUInt32LE(at + 24), msgs.readUInt32LE(at + 56));
    }
  }

  /** The first `n` bytes of the `iovcnt` buffers that the iovec array at `iovAddr` describes. */
  private gather(tid: number, p: TracedProcess, stream: Stream, iovAddr: number, iovcnt: number, n: number): void {
    const count = Math.min(iovcnt, IOV_MAX);
    if (count <= 0) return;
    if (this.memory.read(tid, iovAddr, 16 * count) !== 16 * count) return this.lost(p, stream, n);
    const iov = this.iov;
    this.memory.scratch.copy(iov, 0, 0, 16 * count);
    for (let i = 0, at = 0; i < count && n > 0; i++, at += 16) {
      const base = iov.readUInt32LE(at) + iov.readUInt32LE(at + 4) * TWO32;
      const len = iov.readUInt32LE(at + 8) + iov.readUInt32LE(at + 12) * TWO32;
      const take = Math.min(len, n);
      if (take > 0 && !this.copyOut(tid, p, stream, base, take)) return;
      n -= take;
    }
  }

  private writerFor(stream: Stream): StreamWriter {
    const w = this.streams[stream];
    if (this.last !== w) {
      this.last?.output.flush();
      this.last = w;
    }
    return w;
  }

  /** `n` bytes (or `things`) written to `stream` could not be read from the tracee's memory. */
  private lost(p: TracedProcess, stream: Stream, n: number, things = 'bytes written'): void {
    this.missed(p, `${n} ${things} to ${stream} could not be read (${strerror(this.memory.lastErrno)})`);
  }

  private missed(p: TracedProcess, what: string): void {
    if (!this.options.quiet) this.note(`${p.pid}: ${what}`);
  }

  // --- tasks coming and going -----------------------------------------------------------

  taskAdded(task: Task): void {
    const tid = task.tid;
    if (this.procs.has(tid)) return; // a leader a thread of it introduced first
    const status = readStatus(tid);
    const tgid = status?.tgid ?? tid;
    const named = task.origin !== 'child';
    if (tgid !== tid) {
      // A thread: it shares its process's table.
      this.inherited.delete(tid);
      let p = this.procs.get(tgid);
      if (p === undefined) {
        p = new TracedProcess(tgid, this.startingTable(tgid), named);
        this.procs.set(tgid, p);
      }
      this.procs.set(tid, p);
      return;
    }
    let fds: FdTable;
    if (task.origin === 'child') {
      fds = this.inherited.get(tid) ?? this.procs.get(status?.ppid ?? -1)?.fds.clone() ?? this.startingTable(tid);
      this.inherited.delete(tid);
    } else {
      fds = this.startingTable(tid);
    }
    this.procs.set(tid, new TracedProcess(tid, fds, named));
  }

  /**
   * A process we start following without knowing its history: fd 1 is its stdout, 2 its
   * stderr, --fd ones go to stdout, and so do fds that are copies of any of them now.
   */
  private startingTable(pid: number): FdTable {
    const entries: Array<readonly [number, Stream]> = [[1, 'stdout'], [2, 'stderr']];
    for (const fd of this.options.extraFds) if (fd !== 1 && fd !== 2) entries.push([fd, 'stdout']);
    for (const [fd, original] of findCopies(pid, entries.map(([fd]) => fd))) {
      entries.push([fd, original === 2 ? 'stderr' : 'stdout']);
    }
    return FdTable.of(entries, (fd) => isCloexec(pid, fd));
  }

  threadExeced(task: Task, formerTid: number): void {
    // The exec'ing thread took the leader's tid, which already maps to the same process.
    this.procs.delete(formerTid);
    void task;
  }

  exited(task: Task, how: ExitHow): void {
    const p = this.leave(task);
    if (p === undefined) return;
    if (!this.options.quiet && (p.isRoot || !isUnremarkable(how))) this.note(`${p.pid} ${describeEnding(how)}`);
  }

  detached(task: Task): void {
    const p = this.leave(task);
    if (p !== undefined && !this.options.quiet) this.note(`${p.pid} detached, still running`);
  }

  /** Forgets `task`; returns its process when it was the process's leader (the process ended). */
  private leave(task: Task): TracedProcess | undefined {
    const p = this.procs.get(task.tid);
    this.procs.delete(task.tid);
    this.inherited.delete(task.tid);
    this.transfers.forget(task.tid);
    if (p === undefined || p.pid !== task.tid) return undefined;
    this.streams.stdout.end(p);
    this.streams.stderr.end(p);
    return p;
  }

  syscallNoReturn(): void {}
  /** A syscall whose number is unknown moved nothing ptail can tell of. */
  unknownSyscall(): void {}
  signal(): void {}
  groupStop(): void {}
  processAttached(pid: number): void {
    this.attachedPids.add(pid);
  }

  attachFailed(): void {
    // The CLI explains why, from /proc, once the run is over.
    this.attachFailure = true;
  }

  warning(message: string): void {
    writeSync(2, `ptail: ${message}\n`);
  }

  // --- output ---------------------------------------------------------------------------

  /** On the host's timer: lets out held-back lines that waited long enough, then writes. */
  flush(now = monotonicMs()): void {
    const { stdout, stderr } = this.streams;
    stdout.tick(now);
    stderr.tick(now);
    stdout.output.flush();
    stderr.output.flush();
    if (this.pendingRaised && !stdout.holding && !stderr.holding) {
      this.pendingRaised = false;
      this.pending.clear();
    }
  }

  /** End of the run: everything held back goes out. */
  close(): void {
    this.streams.stdout.drain();
    this.streams.stderr.drain();
    this.flush();
  }

  /** A line of ptail's own on stderr, after everything captured so far. */
  private note(text: string): void {
    this.streams.stderr.breakLine();
    this.streams.stdout.output.flush();
    this.streams.stderr.output.flush();
    try {
      writeAll(2, Buffer.from(`ptail: ${text}\n`));
    } catch {
      // stderr is gone: a note is not worth ending the run for.
    }
  }
}
