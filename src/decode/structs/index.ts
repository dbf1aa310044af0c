/**
 * Struct decoders: how `struct:NAME`, `ostruct:NAME` and `iostruct:NAME` arguments of
 * signatures.ts print. One decoder per NAME; a NAME without one prints as an address.
 */
import type { Task } from '../../engine/task.js';
import type { TraceeMemory } from '../../sys/memory.js';
import type { DecodeOptions } from '../options.js';

export interface StructContext {
  readonly task: Task;
  /** Index of the argument being printed (decoders that need a length look at others). */
  readonly index: number;
  readonly mem: TraceeMemory;
  readonly opts: DecodeOptions;
}

/**
 * Returns the text for the struct at `addr` (never 0: NULL is printed for them), or null
 * to print the address (e.g. when the memory cannot be read).
 */
export type StructDecoder = (c: StructContext, addr: number) => string | null;

const DECODERS: Record<string, StructDecoder> = {};

export function defineStruct(name: string, decoder: StructDecoder): void {
  DECODERS[name] = decoder;
}

export function structDecoder(name: string): StructDecoder | undefined {
  return DECODERS[name];
}

// --- an example to follow: struct timespec {tv_sec, tv_nsec}, both 64-bit on x86_64 ------

/** `{tv_sec=1, tv_nsec=500}` */
export function timespecAt(mem: TraceeMemory, tid: number, addr: number): string | null {
  if (mem.read(tid, addr, 16) !== 16) return null;
  const s = mem.scratch;
  return `{tv_sec=${s.readBigInt64LE(0)}, tv_nsec=${s.readBigInt64LE(8)}}`;
}

defineStruct('timespec', (c, addr) => timespecAt(c.mem, c.task.tid, addr));
