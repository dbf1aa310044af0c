/**
 * --prefix: each line gets its process's `[pid N comm] ` prefix, and lines of different
 * processes never mix mid-line. A process's unfinished line waits in a per-process buffer
 * until its newline comes, the process ends, or it has waited `staleMs` (a prompt that never
 * gets a newline must still show). Such a line stays "open": the same process continues it
 * without a new prefix; anyone else first ends it with a newline.
 */
import type { ByteOutput } from './byte-output.js';
import type { StreamWriter, Writer } from './stream-writer.js';
import { monotonicMs } from '../sys/clock.js';

const NL = 0x0a;
const NEWLINE = Buffer.from('\n');

class PartialLine {
  private buf: Buffer;
  len = 0;
  constructor(readonly since: number, first: Uint8Array) {
    this.buf = Buffer.allocUnsafe(Math.max(256, first.length));
    this.add(first);
  }
  add(data: Uint8Array): void {
    if (this.len + data.length > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + data.length));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.buf.set(data, this.len);
    this.len += data.length;
  }
  get bytes(): Buffer {
    return this.buf.subarray(0, this.len);
  }
}

export class LinePrefixer implements StreamWriter {
  private readonly partial = new Map<Writer, PartialLine>();
  /** The writer whose line was let out unfinished (no newline yet), if any. */
  private open: Writer | null = null;

  constructor(
    readonly output: ByteOutput,
    private readonly staleMs: number,
    private readonly clock: () => number = () => monotonicMs(),
  ) {}

  get holding(): boolean {
    return this.partial.size > 0;
  }

  write(w: Writer, data: Uint8Array, start: number, end: number): void {
    while (start < end) {
      const nl = data.indexOf(NL, start);
      if (nl < 0 || nl >= end) {
        const rest = data.subarray(start, end);
        const p = this.partial.get(w);
        if (p === undefined) this.partial.set(w, new PartialLine(this.clock(), rest));
        else p.add(rest);
        return;
      }
      this.startLine(w);
      this.output.append(data, start, nl + 1);
      this.open = null;
      start = nl + 1;
    }
  }

  end(w: Writer): void {
    if (this.partial.has(w)) {
      this.startLine(w);
      this.output.append(NEWLINE, 0, 1);
      this.open = null;
    } else if (this.open === w) {
      this.output.append(NEWLINE, 0, 1);
      this.open = null;
    }
  }

  tick(now: number): void {
    for (const [w, p] of this.partial) {
      if (now - p.since < this.staleMs) continue;
      this.startLine(w);
      this.open = w;
    }
  }

  breakLine(): void {
    if (this.open === null) return;
    this.output.append(NEWLINE, 0, 1);
    this.open = null;
  }

  drain(): void {
    for (const w of [...this.partial.keys()]) this.end(w);
    this.breakLine();
  }

  /** Puts out `w`'s prefix (unless it continues its own open line) and any bytes it held back. */
  private startLine(w: Writer): void {
    if (this.open !== w) {
      this.breakLine();
      this.output.append(w.prefix, 0, w.prefix.length);
    }
    const p = this.partial.get(w);
    if (p !== undefined) {
      this.output.append(p.bytes, 0, p.len);
      this.partial.delete(w);
    }
  }
}
