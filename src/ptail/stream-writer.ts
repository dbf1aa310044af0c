/**
 * How captured bytes of one stream (stdout or stderr) reach ptail's output: passed through
 * unchanged, or cut into lines that each start with the writer's `[pid N comm] ` prefix.
 */
import type { ByteOutput } from './byte-output.js';

/** The process that wrote the bytes, as the writers need it. */
export interface Writer {
  /** `[pid 1234 nginx] ` (latin1 bytes); changes when the process execs. */
  readonly prefix: Buffer;
}

export interface StreamWriter {
  readonly output: ByteOutput;
  write(w: Writer, data: Uint8Array, start: number, end: number): void;
  /** The writer's process is gone: whatever it left unfinished goes out now. */
  end(w: Writer): void;
  /** Called on the flush timer: lets out what has waited long enough. */
  tick(now: number): void;
  /** Before ptail writes a note of its own to the same fd: end any line left open. */
  breakLine(): void;
  /** Everything held back goes out (end of the run). */
  drain(): void;
  /** Whether bytes are held back that a later tick must deal with. */
  readonly holding: boolean;
}

/** Bytes as they were written: binary-safe, no per-process buffering. */
export class RawStream implements StreamWriter {
  constructor(readonly output: ByteOutput) {}
  write(_w: Writer, data: Uint8Array, start: number, end: number): void {
    this.output.append(data, start, end);
  }
  end(): void {}
  tick(): void {}
  breakLine(): void {}
  drain(): void {}
  get holding(): boolean {
    return false;
  }
}
