/**
 * --output-format=json: one JSON object per event per line (docs/json-schema.json). The
 * objects are the library's TraceEvents as they are; only a BigInt return value (beyond
 * 2^53) becomes a decimal string, JSON having no 64-bit integers.
 */
import type { TraceEvent } from '../decode/events.js';
import type { Output } from './output.js';

const NON_ASCII = /[\u0080-\uffff]/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;

/**
 * JSON text in ASCII only: non-ASCII characters (a file name) as \uXXXX escapes, because
 * Output writes latin1 (strace's text is ASCII by construction; ours must be too).
 */
export function asciiJson(value: unknown): string {
  const s = JSON.stringify(value);
  return HAS_NON_ASCII.test(s) ? s.replace(NON_ASCII, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : s;
}

/** The JSON text of one event, without the newline. */
export function eventJson(event: TraceEvent): string {
  if (event.type === 'syscall' && typeof event.ret === 'bigint') return asciiJson({ ...event, ret: event.ret.toString() });
  return asciiJson(event);
}

/** Writes events as JSON lines through a batched Output. */
export class JsonLines {
  constructor(private readonly out: Output) {}

  write(event: TraceEvent): void {
    this.out.write(eventJson(event) + '\n');
  }

  flush(): void {
    this.out.flush();
  }

  close(): void {
    this.out.close();
  }
}
