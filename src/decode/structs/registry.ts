/**
 * The struct decoder registry, apart from index.ts so that the family modules can register
 * themselves without an import cycle (index.ts imports them for their side effect).
 */
import type { Task } from '../../engine/task.js';
import type { TraceeMemory } from '../../sys/memory.js';
import type { DecodeOptions } from '../options.js';
import { loadFor, noteDefinition } from '../lazy.js';

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

/** Called at syscall entry for an argument printed at exit, to keep what the kernel overwrites. */
export type EntryCapture = (c: StructContext, addr: number) => void;

/** Text strace prints in parentheses after a syscall's return value, or null for none. */
export type ResultDecoder = (c: Omit<StructContext, 'index'>) => string | null;

export interface StructOptions {
  /** Decode even when the call failed (an `ostruct` otherwise prints as an address then). */
  readonly onError?: boolean;
  /** Decode a 0 argument too (it is not always an address: ioctl's third). */
  readonly nullToo?: boolean;
  /** See EntryCapture (for `iostruct` and `ostruct` arguments at or after the first exit argument). */
  readonly capture?: EntryCapture;
}

const DECODERS = new Map<string, StructDecoder>();
const OPTIONS = new Map<string, StructOptions>();
const RESULTS = new Map<string, ResultDecoder>();

export function defineStruct(name: string, decoder: StructDecoder, opts?: StructOptions): void {
  noteDefinition('struct', name);
  DECODERS.set(name, decoder);
  if (opts) OPTIONS.set(name, opts);
}

export function structDecoder(name: string): StructDecoder | undefined {
  return DECODERS.get(name) ?? (loadFor('struct', name) ? DECODERS.get(name) : undefined);
}

export function structOptions(name: string): StructOptions | undefined {
  return OPTIONS.get(name) ?? (loadFor('struct', name) ? OPTIONS.get(name) : undefined);
}

/** Registers the text after the return value of syscall `sysName` (success only). */
export function defineResult(sysName: string, decoder: ResultDecoder): void {
  noteDefinition('result', sysName);
  RESULTS.set(sysName, decoder);
}

export function resultDecoder(sysName: string): ResultDecoder | undefined {
  return RESULTS.get(sysName) ?? (loadFor('result', sysName) ? RESULTS.get(sysName) : undefined);
}
