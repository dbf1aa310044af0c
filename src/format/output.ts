/**
 * Trace output to one fd. Text accumulates in memory and reaches the fd in large writes
 * when the trace has a file of its own; the owner flushes on size, on the host's timer (so
 * a call that blocks still shows within ~100 ms) and at the end. When the trace shares its
 * file with the command's output, or goes to a terminal, each piece goes out as it is
 * written (strace's half-lines), so that the trace and the command's own output keep the
 * order things happened in.
 */
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { StopTracing } from '../engine/tracer.js';
import { SIGPIPE } from '../sys/constants.js';
import { isatty, kcmpFile, getpid, strerror } from '../sys/libc.js';

const FLUSH_AT = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Trace output cannot be written for a reason other than its reader going away (ENOSPC, EIO). */
export class OutputError extends Error {
  /** Always false: kept for callers that tell the two apart (EPIPE is ReaderGone). */
  readonly readerGone = false;
}

/**
 * The reader of the trace went away (EPIPE: `tstrace ... | head`): the trace ends as
 * strace's does, by SIGPIPE, and the command we started dies of it too.
 */
export class ReaderGone extends StopTracing {
  constructor(name: string) {
    super(SIGPIPE, `${name}: reader gone`);
  }
}

/** The error for a failed write to `name`: ReaderGone for EPIPE, else an OutputError. */
export function writeFailure(name: string, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EPIPE') return new ReaderGone(name);
  return new OutputError(`${name}: ${strerror(Math.abs(err.errno ?? 5))}`);
}

/** Writes all of `buf`, waiting out EAGAIN (a non-blocking pipe shared with someone). */
export function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(sleeper, 0, 0, 1);
    }
  }
}

/**
 * Whether output to `fd` must keep its order with what a command writes to `commandFds`
 * (its stdout and stderr, as numbered here): a terminal, or the same open file. /dev/null
 * has no order to keep.
 */
export function sharesOrder(fd: number, commandFds: readonly number[] = [1, 2]): boolean {
  if (fd < 0) return false;
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (st.isCharacterDevice() && st.rdev === 0x103) return false; // /dev/null (1:3)
  if (isatty(fd) === 1) return true;
  const self = getpid();
  return commandFds.some((c) => {
    if (c === fd || kcmpFile(self, self, fd, c) === 0) return true;
    // The same pipe or file opened again (-o /dev/stderr): one order all the same.
    try {
      const other = fstatSync(c);
      return other.dev === st.dev && other.ino === st.ino;
    } catch {
      return false;
    }
  });
}

/** Where a flag is raised when text is waiting, so the host knows to wake us for a flush. */
export interface PendingFlag {
  set(): void;
  clear(): void;
}

export interface OutputMode {
  /** Write each piece at once (see sharesOrder) instead of batching. */
  readonly immediate?: boolean;
  /**
   * A write failed for a reason other than EPIPE: called once with `NAME: reason`, and the
   * output drops everything further while tracing goes on (strace's way). Absent: the
   * failure is thrown as an OutputError.
   */
  readonly onFailure?: (message: string) => void;
}

export class Output {
  private text = '';
  /** A write failed: everything further is dropped (it has nowhere to go). */
  private failed = false;
  /** The fd is ours to close (we opened it on first write). */
  private readonly opened: boolean;
  private readonly immediate: boolean;

  /**
   * @param fd the destination, or -1 to create `name` on first write (-ff files).
   * @param name what the destination is called in error messages (a path, `stderr`).
   */
  constructor(
    private fd: number,
    private readonly name: string,
    private readonly pending: PendingFlag,
    private readonly mode: OutputMode = {},
  ) {
    this.opened = fd < 0;
    this.immediate = mode.immediate === true;
  }

  write(s: string): void {
    if (this.failed) return;
    if (this.immediate) {
      this.text = s;
      this.flush();
      return;
    }
    if (this.text === '') this.pending.set();
    this.text += s;
    if (this.text.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.text === '' || this.failed) return;
    const buf = Buffer.from(this.text, 'latin1');
    this.text = '';
    try {
      if (this.fd < 0) this.fd = openSync(this.name, 'w');
      writeAll(this.fd, buf);
    } catch (e) {
      this.failed = true;
      const failure = writeFailure(this.name, e);
      if (failure instanceof OutputError && this.mode.onFailure !== undefined) {
        this.mode.onFailure(failure.message);
        return;
      }
      throw failure;
    }
  }

  /** Flushes, and closes the fd if this Output opened it (a -ff file). */
  close(): void {
    try {
      this.flush();
    } finally {
      if (this.opened && this.fd >= 0) closeSync(this.fd);
      this.fd = -1;
    }
  }

  get isStderr(): boolean {
    return this.fd === 2;
  }
}
