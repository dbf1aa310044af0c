/**
 * Argument decoders by request: a decoder for one request number, or for every request of
 * one type byte (the _IOC type, as strace's ioctl_decode switches on it). The family
 * modules register themselves here.
 */
import type { Task } from '../../engine/task.js';
import type { IoctlCall } from './call.js';
import { loadFor, noteDefinition } from '../lazy.js';

/** An argument printed at entry, then more at exit: `{in...` and ` => {out}` or `, out}`. */
export interface IoctlContinue {
  /** Printed at entry ('' for nothing yet). */
  readonly entry: string;
  /**
   * Printed at exit, after the entry text (a leading `, ` is added if the entry printed
   * nothing); undefined prints the argument in hex, as for a request not decoded.
   */
  readonly exit: (c: IoctlCall) => string | undefined;
}

/**
 * What a decoder did at syscall entry: undefined, not decoded (the argument prints in hex);
 * a string, the argument's whole text ('' for none: the call has no argument); or what is
 * printed at entry and how to go on at exit.
 */
export type IoctlStep = string | undefined | IoctlContinue;

export type IoctlDecoder = (c: IoctlCall) => IoctlStep;

const BY_CODE = new Map<number, IoctlDecoder>();
const BY_TYPE = new Map<number, IoctlDecoder>();

/** Decodes requests `codes` with `decoder`. */
export function onRequests(codes: readonly number[], decoder: IoctlDecoder): void {
  for (const code of codes) {
    BY_CODE.set(code >>> 0, decoder);
    noteDefinition('ioctl', String(code >>> 0));
  }
}

/** Decodes every request of _IOC type `type` with `decoder` (after the per-request ones). */
export function onType(type: number, decoder: IoctlDecoder): void {
  BY_TYPE.set(type, decoder);
  noteDefinition('ioctl', typeKey(type));
}

function typeKey(type: number): string {
  return `type:${type}`;
}

/**
 * The decoder of request `code`, if any. The bundled command line loads each family on
 * first use (decode/lazy.ts): a request's own decoder is looked for, and loaded, before its
 * type's, so a family loaded earlier for the type cannot hide it.
 */
export function decoderOf(code: number): IoctlDecoder | undefined {
  code >>>= 0;
  const own = BY_CODE.get(code) ?? (loadFor('ioctl', String(code)) ? BY_CODE.get(code) : undefined);
  if (own !== undefined) return own;
  const type = (code >>> 8) & 0xff;
  return BY_TYPE.get(type) ?? (loadFor('ioctl', typeKey(type)) ? BY_TYPE.get(type) : undefined);
}

/** Prints nothing at entry, `print`'s text at exit (what the kernel wrote). */
export function atExit(print: (c: IoctlCall) => string | undefined): IoctlContinue {
  return { entry: '', exit: print };
}

/** A decoder for requests the kernel writes through: the argument printed at exit. */
export function output(print: (c: IoctlCall) => string | undefined): IoctlDecoder {
  const step = atExit(print);
  return () => step;
}

const notes = new WeakMap<Task, string>();

/** Text for after the return value (` = 1 (CLONE_NEWUSER)`), set by a decoder at exit. */
export function noteResult(c: IoctlCall, text: string | undefined): void {
  if (text === undefined) notes.delete(c.task);
  else notes.set(c.task, text);
}

/** The note for `task`'s current call, taken (read once). */
export function takeResultNote(task: Task): string | null {
  const text = notes.get(task);
  notes.delete(task);
  return text ?? null;
}
