/**
 * strace's `-e QUALIFIER=[!]VALUE[,VALUE]...` expressions, parsed into plain data that the
 * printer (and the library API) consume. Each expression replaces the earlier one of the
 * same qualifier, as in strace; a leading `!` inverts the whole set.
 */
import { SIGNAL_NAMES } from '../sys/x86_64/signals.gen.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { LEGACY_CLASS_NAMES, SYSCALL_CLASSES } from './classes.js';
import { InjectExpressionError, parseInjectExpression, type InjectRule } from '../toolbox/inject-expression.js';

export type StatusKind = 'successful' | 'failed' | 'unfinished' | 'unavailable' | 'detached';
export type QuietKind = 'attach' | 'exit' | 'path-resolution' | 'personality' | 'thread-execve';

export interface Filters {
  /** Syscall numbers shown; null shows all. */
  trace: ReadonlySet<number> | null;
  /** Signals whose delivery is shown; null shows all. */
  signals: ReadonlySet<number> | null;
  /** Outcomes shown (-z, -Z, status=); null shows all. */
  status: ReadonlySet<StatusKind> | null;
  /** Messages not shown (-q, quiet=). */
  quiet: ReadonlySet<QuietKind>;
  /** -e write=FDS / -e read=FDS: fds whose data written / read is hex-dumped; null for none. */
  writeFds?: FdSet | null;
  readFds?: FdSet | null;
  /** -e inject= / -e fault= rules in the order given (a later one wins for a syscall). */
  inject?: readonly InjectRule[];
}

/** A bad expression; the message names the bad token. */
export class ExpressionError extends Error {}

export function defaultFilters(): Filters {
  return { trace: null, signals: null, status: null, quiet: new Set() };
}

const STATUS: readonly StatusKind[] = ['successful', 'failed', 'unfinished', 'unavailable', 'detached'];
const QUIET: Readonly<Record<string, QuietKind>> = {
  attach: 'attach', exit: 'exit', exits: 'exit', 'path-resolution': 'path-resolution',
  personality: 'personality', 'thread-execve': 'thread-execve', superseded: 'thread-execve',
};
const MAX_SIGNAL = 64;

/** Splits `[!]a,b,c`: whether the set is inverted (odd number of `!`), and its tokens. */
function tokens(value: string): { inverted: boolean; items: string[] } {
  let i = 0;
  while (value[i] === '!') i++;
  return { inverted: i % 2 === 1, items: value.slice(i).split(',').filter((s) => s !== '') };
}

/** A set over `universe` from tokens resolved by `add`; `all` / `none` as strace spells them. */
function parseSet<T>(value: string, universe: readonly T[], what: string, add: (token: string, into: Set<T>) => void): Set<T> {
  const { inverted, items } = tokens(value);
  if (items.length === 0) throw new ExpressionError(`invalid ${what} '${value}'`);
  const set = new Set<T>();
  for (const item of items) {
    if (item === 'all') universe.forEach((x) => set.add(x));
    else if (item === 'none') continue;
    else add(item, set);
  }
  return inverted ? new Set(universe.filter((x) => !set.has(x))) : set;
}

const ALL_SYSCALLS: readonly number[] = SYSCALL_NAMES.flatMap((n, i) => (n === null ? [] : [i]));

function addSyscalls(token: string, into: Set<number>): void {
  const optional = token.startsWith('?');
  const t = optional ? token.slice(1) : token;
  const before = into.size;
  let known = true;
  if (t.startsWith('/')) {
    let re: RegExp;
    try {
      re = new RegExp(t.slice(1));
    } catch {
      throw new ExpressionError(`invalid regular expression '${t.slice(1)}'`);
    }
    for (const nr of ALL_SYSCALLS) if (re.test(SYSCALL_NAMES[nr]!)) into.add(nr);
  } else {
    const cls = t.startsWith('%') ? t.slice(1) : LEGACY_CLASS_NAMES.has(t) ? t : null;
    const names = cls !== null ? SYSCALL_CLASSES.get(cls) : [t];
    if (names === undefined) known = false;
    else {
      for (const name of names) {
        const nr = SYSCALL_NAMES.indexOf(name);
        if (nr >= 0) into.add(nr);
        else if (cls === null) known = false;
      }
    }
  }
  // A regex that matches nothing is an error too, unless marked optional with `?`.
  if ((!known || (t.startsWith('/') && into.size === before)) && !optional) {
    throw new ExpressionError(`invalid system call '${t}'`);
  }
}

export function parseSyscallSet(value: string): Set<number> {
  return parseSet(value, ALL_SYSCALLS, 'system call set', addSyscalls);
}

const ALL_SIGNALS: readonly number[] = Array.from({ length: MAX_SIGNAL }, (_, i) => i + 1);

function signalNumber(token: string): number {
  if (/^\d+$/.test(token)) {
    const n = Number(token);
    if (n >= 1 && n <= MAX_SIGNAL) return n;
  } else {
    const name = token.toUpperCase().startsWith('SIG') ? token.toUpperCase() : `SIG${token.toUpperCase()}`;
    const n = SIGNAL_NAMES.indexOf(name);
    if (n > 0) return n;
    if (name === 'SIGRTMIN') return 32;
    const rt = /^SIGRT_(\d+)$/.exec(name);
    if (rt && Number(rt[1]) <= 32) return 32 + Number(rt[1]);
  }
  throw new ExpressionError(`invalid signal '${token}'`);
}

export function parseSignalSet(value: string): Set<number> {
  return parseSet(value, ALL_SIGNALS, 'signal set', (t, into) => void into.add(signalNumber(t)));
}

export function parseStatusSet(value: string): Set<StatusKind> {
  return parseSet(value, STATUS, 'status set', (t, into) => {
    if (!(STATUS as readonly string[]).includes(t)) throw new ExpressionError(`invalid status '${t}'`);
    into.add(t as StatusKind);
  });
}

export function parseQuietSet(value: string): Set<QuietKind> {
  return parseSet(value, Object.values(QUIET), 'quiet set', (t, into) => {
    const q = QUIET[t];
    if (q === undefined) throw new ExpressionError(`invalid quiet token '${t}'`);
    into.add(q);
  });
}

/** What -q, -qq, -qqq suppress (strace 6). */
export function quietLevel(level: number): Set<QuietKind> {
  const s = new Set<QuietKind>();
  if (level >= 1) ['attach', 'personality'].forEach((q) => s.add(q as QuietKind));
  if (level >= 2) s.add('exit');
  if (level >= 3) Object.values(QUIET).forEach((q) => s.add(q));
  return s;
}

/** Qualifiers handled elsewhere, or not yet: their spelling, to give a clear error. */
const NOT_YET = new Set(['abbrev', 'a', 'verbose', 'v', 'raw', 'x', 'kvm', 'decode-fds', 'decode-pids']);

/**
 * A set of fds, possibly open-ended (`all`, `!3`), as write= and read= take. Plain data:
 * filters cross to the tracer thread by structured clone.
 */
export interface FdSet {
  readonly fds: ReadonlySet<number>;
  /** The set is every fd except `fds`. */
  readonly complement: boolean;
}

export function fdSetHas(set: FdSet | null | undefined, fd: number): boolean {
  return set != null && set.fds.has(fd) !== set.complement;
}

/** fds for write= / read=: numbers, `all`, `none`, a leading `!` (strace's fd sets). */
export function parseFdSet(value: string): FdSet {
  const { inverted, items } = tokens(value);
  if (items.length === 0) throw new ExpressionError(`invalid descriptor set '${value}'`);
  const set = new Set<number>();
  let all = false;
  for (const item of items) {
    if (item === 'all') all = true;
    else if (item === 'none') continue;
    else if (/^\d+$/.test(item) && Number(item) < 2 ** 31) set.add(Number(item));
    else throw new ExpressionError(`invalid descriptor '${item}'`);
  }
  return all ? { fds: new Set(), complement: !inverted } : { fds: set, complement: inverted };
}

/** Applies one `-e` expression to `f`. */
export function applyExpression(f: Filters, expr: string): void {
  const eq = expr.indexOf('=');
  const [qualifier, value] = eq < 0 ? ['trace', expr] : [expr.slice(0, eq), expr.slice(eq + 1)];
  switch (qualifier) {
    case 'trace':
    case 't':
      f.trace = value === 'all' ? null : parseSyscallSet(value);
      return;
    case 'signal':
    case 'signals':
    case 's':
      f.signals = value === 'all' ? null : parseSignalSet(value);
      return;
    case 'status':
      f.status = value === 'all' ? null : parseStatusSet(value);
      return;
    case 'quiet':
    case 'silent':
    case 'silence':
    case 'q':
      f.quiet = parseQuietSet(value);
      return;
    case 'write':
    case 'w':
      f.writeFds = parseFdSet(value);
      return;
    case 'read':
    case 'r':
      f.readFds = parseFdSet(value);
      return;
    case 'inject':
    case 'fault':
      try {
        f.inject = [...(f.inject ?? []), parseInjectExpression(qualifier, value)];
      } catch (e) {
        throw e instanceof InjectExpressionError ? new ExpressionError(e.message) : e;
      }
      return;
  }
  if (NOT_YET.has(qualifier)) throw new ExpressionError(`-e ${qualifier}= is not supported yet`);
  throw new ExpressionError(`invalid filter '${qualifier}'`);
}
