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
import { parseSignalSet, parseSyscallSet } from '../filter/expressions.js';
import { ERRNO_NAMES } from '../sys/errno.gen.js';

/** What happens to the call's result; absent when only a signal or delay is injected. */
export type InjectedResult =
  | { readonly kind: 'error'; readonly errno: number }
  | { readonly kind: 'retval'; readonly value: number };

/** Which invocations: first, first+step, ... up to last (null: no end). */
export interface InjectWhen {
  readonly first: number;
  readonly last: number | null;
  readonly step: number;
}

export interface InjectRule {
  /** Syscall numbers the rule applies to. */
  readonly syscalls: readonly number[];
  readonly result: InjectedResult | null;
  /** Signal delivered as the call proceeds; 0 for none. */
  readonly signal: number;
  readonly delayEnterUs: number;
  readonly delayExitUs: number;
  readonly when: InjectWhen;
}

/** A bad inject/fault expression: strace's one-line message. */
export class InjectExpressionError extends Error {}

const MAX_WHEN = 65535;
const MAX_ERRNO = 4095;
const ERRNO_ALIASES: Readonly<Record<string, string>> = { EWOULDBLOCK: 'EAGAIN', EDEADLOCK: 'EDEADLK', ENOTSUP: 'EOPNOTSUPP' };
const ENOSYS = 38;

/** Does invocation `n` (1-based, per task and syscall) match? */
export function whenMatches(w: InjectWhen, n: number): boolean {
  return n >= w.first && (w.last === null || n <= w.last) && (n - w.first) % w.step === 0;
}

/** Parses the value of `-e inject=` (`qualifier` 'inject') or `-e fault=` ('fault'). */
export function parseInjectExpression(qualifier: 'inject' | 'fault', value: string): InjectRule {
  const bad = (): never => {
    throw new InjectExpressionError(`invalid ${qualifier} argument '${value}'`);
  };
  const [set, ...opts] = value.split(':');
  if (set === undefined || set === '') bad();
  let syscalls: number[];
  try {
    syscalls = [...parseSyscallSet(set!)];
  } catch {
    return bad();
  }
  let result: InjectedResult | null = null;
  let signal = 0;
  let delayEnterUs = 0;
  let delayExitUs = 0;
  let when: InjectWhen = { first: 1, last: null, step: 1 };
  let acted = false;
  for (const opt of opts) {
    const eq = opt.indexOf('=');
    if (eq < 0) bad();
    const key = opt.slice(0, eq);
    const val = opt.slice(eq + 1);
    switch (key) {
      case 'error': {
        if (result !== null) bad();
        const e = errnoNumber(val);
        if (e === null) bad();
        result = { kind: 'error', errno: e! };
        break;
      }
      case 'retval':
        if (qualifier === 'fault' || result !== null || !/^\d+$/.test(val) || !Number.isSafeInteger(Number(val))) bad();
        result = { kind: 'retval', value: Number(val) };
        break;
      case 'signal':
        if (qualifier === 'fault') bad();
        try {
          const s = [...parseSignalSet(val)];
          if (s.length !== 1 || val.includes(',') || val.startsWith('!') || val === 'all') bad();
          signal = s[0]!;
        } catch {
          bad();
        }
        break;
      case 'delay_enter':
      case 'delay_exit': {
        if (qualifier === 'fault') bad();
        const us = microseconds(val);
        if (us === null) bad();
        if (key === 'delay_enter') delayEnterUs = us!;
        else delayExitUs = us!;
        break;
      }
      case 'when': {
        const w = parseWhen(val);
        if (w === null) bad();
        when = w!;
        continue; // when= alone does not make an injection
      }
      default:
        // poke_enter=, poke_exit=, syscall=: not implemented; reject rather than ignore.
        bad();
    }
    acted = true;
  }
  if (qualifier === 'fault' && result === null) result = { kind: 'error', errno: ENOSYS };
  if (qualifier === 'inject' && !acted) bad();
  return { syscalls, result, signal, delayEnterUs, delayExitUs, when };
}

function errnoNumber(v: string): number | null {
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= MAX_ERRNO ? n : null;
  }
  const name = ERRNO_ALIASES[v] ?? v;
  const n = ERRNO_NAMES.indexOf(name);
  return n > 0 ? n : null;
}

function parseWhen(v: string): InjectWhen | null {
  const m = /^(\d+)(?:\.\.(\d+))?(?:(\+)(\d+)?)?$/.exec(v);
  if (m === null) return null;
  const first = Number(m[1]);
  const last = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? null : first;
  const step = m[4] !== undefined ? Number(m[4]) : 1;
  if (first < 1 || first > MAX_WHEN || step < 1 || step > MAX_WHEN) return null;
  if (last !== null && (last < first || last > MAX_WHEN)) return null;
  return { first, last, step };
}

const UNITS: Readonly<Record<string, number>> = { '': 1, us: 1, ms: 1e3, s: 1e6, ns: 1e-3 };

function microseconds(v: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(us|ms|s|ns)?$/.exec(v);
  if (m === null) return null;
  const us = Math.round(Number(m[1]) * UNITS[m[2] ?? '']!);
  return Number.isFinite(us) ? us : null;
}
