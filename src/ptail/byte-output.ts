/**
 * Batched binary output to one fd: captured bytes are copied into a buffer and reach the fd
 * in large writes. Bytes pass unchanged; with a colour, each batch is wrapped in the SGR
 * sequence and a reset (so a colour never leaks past our output).
 */
import { writeAll, writeFailure } from '../format/output.js';

const CAPACITY = 1 << 16;

export interface Colour {
  readonly start: Buffer;
  readonly reset: Buffer;
}

export const RED: Colour = { start: Buffer.from('\x1b[31m'), reset: Buffer.from('\x1b[0m') };

export class ByteOutput {
  private readonly buf = Buffer.allocUnsafe(CAPACITY);
  /** Where data starts: after the colour's start sequence, written once. */
  private readonly head: number;
  /** Room kept at the end for the colour's reset. */
  private readonly tail: number;
  private len: number;
  private failed = false;

  constructor(
    private readonly fd: number,
    private readonly name: string,
    private readonly colour: Colour | null = null,
  ) {
    this.head = colour?.start.length ?? 0;
    this.tail = colour?.reset.length ?? 0;
    colour?.start.copy(this.buf, 0);
    this.len = this.head;
  }

  get isEmpty(): boolean {
    return this.len === this.head;
  }

  append(data: Uint8Array, start: number, end: number): void {
    if (this.failed) return;
    while (start < end) {
      const room = CAPACITY - this.tail - this.len;
      if (room === 0) {
        this.flush();
        continue;
      }
      const take = Math.min(room, end - start);
      this.buf.set(data.subarray(start, start + take), this.len);
      this.len += take;
      start += take;
    }
  }

  appendText(s: string): void {
    const b = Buffer.from(s, 'latin1');
    this.append(b, 0, b.length);
  }

  flush(): void {
    if (this.isEmpty || this.failed) return;
    let end = this.len;
    if (this.colour !== null) end += this.colour.reset.copy(this.buf, end);
    const out = this.buf.subarray(this.colour === null ? this.head : 0, end);
    this.len = this.head;
    try {
      writeAll(this.fd, out);
    } catch (e) {
      this.failed = true;
      throw writeFailure(this.name, e);
    }
  }
}
