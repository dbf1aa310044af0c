/**
 * strace's fault-injection expressions, parsed into plain data (it crosses to the tracer
 * thread by structured clone):
 *
 *     -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:delay_enter=DELAY][:delay_exit=DELAY][:when=EXPR]
 *     -e fault=SET[:error=ERRNO][:when=EXPR]          (error defaults to ENOSYS)
 *
 * EXPR is FIRST, FIRST+, FIRST+STEP, FIRST..LAST or FIRST..LAST+STEP (1..65535): which
 * invocations of a syscall, counted per task, are tampered with. DELAY is microseconds,
 * or a number with an s/ms/us/ns suffix.
 */
import { parseSignalSet, parseSyscallSet } from './expressions.js';
import { ERRNO_NAMES } from '../sys/errno.gen.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';

/** What happens to the call's result; absent when only a signal, delay or poke is injected. */
export type InjectedResult =
  | { readonly kind: 'error'; readonly errno: number }
  | { readonly kind: 'retval'; readonly value: number | bigint };

/**
 * Which invocations, counted per task: the first, then every `step`-th after it, up to
 * `last` (null: no end). `step` 0 means the first only (`when=N`).
 */
export interface InjectWhen {
  readonly first: number;
  readonly last: number | null;
  readonly step: number;
}

/** poke_enter=/poke_exit=: bytes written where argument `arg` (1-based) points. */
export interface InjectPoke {
  readonly arg: number;
  /** Hex pairs, as given (plain data: rules cross threads by structured clone). */
  readonly hex: string;
}

export interface InjectRule {
  /** Syscall numbers the rule applies to. */
  readonly syscalls: readonly number[];
  readonly result: InjectedResult | null;
  /** syscall=NAME: a pure syscall run instead of the skipped one; -1 for none. */
  readonly substitute: number;
  /** Signal delivered as the call proceeds; 0 for none. */
  readonly signal: number;
  readonly delayEnterUs: number;
  readonly delayExitUs: number;
  readonly pokeEnter: readonly InjectPoke[];
  readonly pokeExit: readonly InjectPoke[];
  readonly when: InjectWhen;
}

/** A bad inject/fault expression: strace's one-line message. */
export class InjectExpressionError extends Error {}

const MAX_WHEN = 0xffff;
const MAX_ERRNO = 4095;
const ENOSYS = 38;
/** strace's pure syscalls (%pure): the only ones syscall= may substitute. */
const PURE = ['getpid', 'getuid', 'getgid', 'geteuid', 'getegid', 'getppid', 'getpgrp', 'gettid'];

/** Does invocation `n` (1-based, per task and syscall) match? */
export function whenMatches(w: InjectWhen, n: number): boolean {
  if (n < w.first || (w.last !== null && n > w.last)) return false;
  return w.step === 0 ? n === w.first : (n - w.first) % w.step === 0;
}

/** strtoll's view of a leading decimal: optional blanks and sign, digits; the rest after it. */
function leadingInt(s: string): { value: number; rest: string } | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (m === null) return null;
  const value = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  return { value, rest: s.slice(m[0].length) };
}

/** A whole number in 0..max whose text may stop at one of `endings`, else null. */
function uintUpTo(s: string, max: number, endings = ''): { value: number; rest: string } | null {
  const r = leadingInt(s);
  if (r === null || r.value < 0 || r.value > max) return null;
  if (r.rest !== '' && !endings.includes(r.rest[0]!)) return null;
  return r;
}

/** when=: F, F+, F+S, F..L, F..L+, F..L+S. */
function parseWhen(v: string): InjectWhen | null {
  const f = uintUpTo(v, MAX_WHEN, '+.');
  if (f === null || f.value < 1) return null;
  let rest = f.rest;
  let last: number | null = null;
  if (rest.startsWith('.')) {
    if (rest[1] !== '.') return null;
    const l = uintUpTo(rest.slice(2), MAX_WHEN, '+');
    if (l === null || l.value < f.value || l.value === MAX_WHEN) return null;
    last = l.value;
    rest = l.rest;
  }
  let step: number;
  if (rest === '') step = last === null ? 0 : 1;
  else if (rest === '+') step = 1;
  else {
    const st = uintUpTo(rest.slice(1), MAX_WHEN);
    if (st === null || st.value < 1) return null;
    step = st.value;
  }
  return { first: f.value, last, step };
}

function errnoNumber(v: string): number | null {
  const n = uintUpTo(v, MAX_ERRNO);
  if (n !== null) return n.value >= 1 ? n.value : null;
  const upper = v.toUpperCase();
  const i = ERRNO_NAMES.findIndex((name) => name === upper);
  return i > 0 ? i : null;
}

/** retval=: what strtoull takes (decimal, 0x hex, 0 octal), within 64 bits. */
function retvalNumber(v: string): number | bigint | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(v);
  if (m === null) return null;
  const digits = m[2]!;
  let n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  if (n > 0xffffffffffffffffn) return null;
  if (m[1] === '-') n = BigInt.asUintN(64, -n);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** poke_enter=/poke_exit=: `@argN=HEX[,@argN=HEX]...`, N 1..7, 1..1024 bytes each. */
function parsePokes(v: string): InjectPoke[] | null {
  if (v === '') return null;
  const out: InjectPoke[] = [];
  for (const item of v.split(',').filter((s) => s !== '')) {
    const m = /^@arg([1-7])=((?:[0-9a-fA-F]{2}){1,1024})$/.exec(item);
    // One poke per argument and direction: strace refuses a second @argN.
    if (m === null || out.some((p) => p.arg === Number(m[1]))) return null;
    out.push({ arg: Number(m[1]), hex: m[2]! });
  }
  return out;
}

/**
 * A delay as strace's parse_ts reads it: a whole or floating number (`8e5`, `.16E7`) and a
 * unit, s, ms, us (the default) or ns; in microseconds.
 */
export function parseDuration(v: string): number | null {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(s|ms|us|ns)?$/.exec(v);
  if (m === null) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n) || n < 0) return null;
  const perUnit: Record<string, number> = { s: 1e6, ms: 1e3, us: 1, ns: 1e-3 };
  return n * perUnit[m[2] ?? 'us']!;
}

/** Parses the value of `-e inject=` (`qualifier` 'inject') or `-e fault=` ('fault'). */
export function parseInjectExpression(qualifier: 'inject' | 'fault', value: string): InjectRule {
  const bad = (): never => {
    throw new InjectExpressionError(`invalid ${qualifier} argument '${value}'`);
  };
  const faultOnly = qualifier === 'fault';
  /** An action only inject= takes, given at most once: its value, valid, or the error. */
  const once = <T>(given: T | null, parsed: T | null): T => (faultOnly || given !== null ? bad() : parsed ?? bad());
  // The set comes first; empty, it is reported by the set parser (as strace does).
  const parts = value.startsWith(':') ? ['', ...value.slice(1).split(':')] : value.split(':');
  const set = parts[0]!;
  let result: InjectedResult | null = null;
  let substitute = -1;
  let signal = 0;
  let delayEnterUs: number | null = null;
  let delayExitUs: number | null = null;
  let pokeEnter: InjectPoke[] | null = null;
  let pokeExit: InjectPoke[] | null = null;
  let when: InjectWhen = { first: 1, last: null, step: 1 };
  if (set !== '') {
    for (const opt of parts.slice(1).filter((s) => s !== '')) {
      const eq = opt.indexOf('=');
      const key = eq < 0 ? opt : opt.slice(0, eq + 1);
      const val = opt.slice(eq + 1);
      switch (key) {
        case 'when=':
          when = parseWhen(val) ?? bad();
          break;
        case 'syscall=': {
          if (substitute >= 0 || !PURE.includes(val)) bad();
          substitute = SYSCALL_NAMES.indexOf(val);
          break;
        }
        case 'error=':
          if (result !== null) bad();
          result = { kind: 'error', errno: errnoNumber(val) ?? bad() };
          break;
        case 'retval=':
          if (faultOnly || result !== null) bad();
          result = { kind: 'retval', value: retvalNumber(val) ?? bad() };
          break;
        case 'signal=': {
          if (faultOnly || signal !== 0) bad();
          signal = signalNumber(val) ?? bad();
          break;
        }
        case 'poke_enter=': pokeEnter = once(pokeEnter, parsePokes(val)); break;
        case 'poke_exit=': pokeExit = once(pokeExit, parsePokes(val)); break;
        case 'delay_enter=': delayEnterUs = once(delayEnterUs, parseDuration(val)); break;
        case 'delay_exit=': delayExitUs = once(delayExitUs, parseDuration(val)); break;
        default:
          bad();
      }
    }
  }
  const syscalls = [...parseSyscallSet(set)];
  const acted = result !== null || signal !== 0 || delayEnterUs !== null || delayExitUs !== null ||
    pokeEnter !== null || pokeExit !== null;
  if (!acted) {
    if (!faultOnly) bad();
    result = { kind: 'error', errno: ENOSYS };
  }
  return {
    syscalls, result, substitute, signal, delayEnterUs: delayEnterUs ?? 0, delayExitUs: delayExitUs ?? 0,
    pokeEnter: pokeEnter ?? [], pokeExit: pokeExit ?? [], when,
  };
}

/** signal=: a number (1..64) or a name with or without SIG, any case. */
function signalNumber(v: string): number | null {
  const n = uintUpTo(v, 255);
  if (n !== null) return n.value >= 1 && n.value <= 64 ? n.value : null;
  try {
    const s = [...parseSignalSet(v)];
    return s.length === 1 && /^[A-Za-z_0-9]+$/.test(v) && v.toLowerCase() !== 'all' && v.toLowerCase() !== 'none' ? s[0]! : null;
  } catch {
    return null;
  }
}
