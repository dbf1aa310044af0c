/**
 * Batched output: text accumulates in memory and reaches the fd in large writes, never one
 * per line. The owner flushes on size, on the host's timer (so a call that blocks still
 * shows within ~100 ms) and at the end.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The reader of our output went away (EPIPE): stop tracing cleanly. */
export class OutputClosedError extends Error {}

/** Writes all of `buf`, waiting out EAGAIN (a non-blocking pipe shared with someone). */
export function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(sleeper, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') throw new OutputClosedError('output closed');
      throw e;
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
  /** The reader went away: everything further is dropped (it has nowhere to go). */
  private closed = false;

  /**
   * @param fd the destination, or -1 to open `path` on first write (-ff files).
   */
  constructor(
    private fd: number,
    private readonly pending: PendingFlag,
    private readonly path: string | null = null,
  ) {}

  write(s: string): void {
    if (this.closed) return;
    if (this.text === '') this.pending.set();
    this.text += s;
    if (this.text.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.text === '') return;
    if (this.fd < 0 && this.path !== null) this.fd = openSync(this.path, 'w');
    const buf = Buffer.from(this.text, 'latin1');
    this.text = '';
    try {
      writeAll(this.fd, buf);
    } catch (e) {
      if (e instanceof OutputClosedError) this.closed = true;
      throw e;
    }
  }

  /** Flushes, and closes the fd if this Output opened it. */
  close(): void {
    this.flush();
    if (this.path !== null && this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  get isStderr(): boolean {
    return this.fd === 2;
  }
}
