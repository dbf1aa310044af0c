/**
 * Batched output: text accumulates in memory and reaches the fd in large writes, never one
 * per line. The owner flushes on size, on the host's timer (so a call that blocks still
 * shows within ~100 ms) and at the end.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { strerror } from '../sys/libc.js';

const FLUSH_AT = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Trace output cannot be written. `readerGone` (EPIPE: `tstrace ... | head`) is a normal
 * way for a trace to end; anything else (ENOSPC, EIO) is an error to report.
 */
export class OutputError extends Error {
  constructor(message: string, readonly readerGone: boolean) {
    super(message);
  }
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

/** Where a flag is raised when text is waiting, so the host knows to wake us for a flush. */
export interface PendingFlag {
  set(): void;
  clear(): void;
}

export class Output {
  private text = '';
  /** A write failed: everything further is dropped (it has nowhere to go). */
  private failed = false;
  /** The fd is ours to close (we opened it on first write). */
  private readonly opened: boolean;

  /**
   * @param fd the destination, or -1 to create `name` on first write (-ff files).
   * @param name what the destination is called in error messages (a path, `stderr`).
   */
  constructor(
    private fd: number,
    private readonly name: string,
    private readonly pending: PendingFlag,
  ) {
    this.opened = fd < 0;
  }

  write(s: string): void {
    if (this.failed) return;
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
      const err = e as NodeJS.ErrnoException;
      throw new OutputError(`write to ${this.name}: ${strerror(Math.abs(err.errno ?? 5))}`, err.code === 'EPIPE');
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
