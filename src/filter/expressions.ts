/**
 * strace's `-e QUALIFIER=[!]VALUE[,VALUE]...` expressions, parsed into plain data that the
 * printer (and the library API) consume. Each expression replaces the earlier one of the
 * same qualifier, as in strace; a leading `!` inverts the whole set.
 */
import { SIGNAL_NAMES } from '../sys/x86_64/signals.gen.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { LEGACY_CLASS_NAMES, syscallClass } from './classes.js';
import { I386_SYSCALL_NAMES, X32_SYSCALL_NAMES } from './personalities.gen.js';
import { InjectExpressionError, parseInjectExpression, type InjectRule } from './inject-expression.js';

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
  /** -e raw=SET: syscalls whose arguments and result print as raw numbers; null for none. */
  raw?: ReadonlySet<number> | null;
  /** -e abbrev=SET / -e verbose=SET: syscalls whose structures print abbreviated / in full. */
  abbrev?: ReadonlySet<number> | null;
  verbose?: ReadonlySet<number> | null;
  /** -e decode-fds=SET (-y, -yy): what is printed after an fd. */
  decodeFds?: ReadonlySet<DecodeFdKind>;
  /** -e decode-pids=SET (-Y, --pidns-translation): what is printed after a pid. */
  decodePids?: ReadonlySet<DecodePidKind>;
  /** -e kvm=vcpu: decode the vcpu's kvm_run at KVM_RUN (the ioctl decoder's business). */
  kvmVcpu?: boolean;
}

export type DecodeFdKind = 'path' | 'socket' | 'dev' | 'pidfd';
export type DecodePidKind = 'comm' | 'pidns';

/** A bad expression; the message names the bad token. */
export class ExpressionError extends Error {
  /** strace follows this message with its "Try ... -h" line. */
  constructor(message: string, readonly withHelp = false) {
    super(message);
  }
}

export function defaultFilters(): Filters {
  return { trace: null, signals: null, status: null, quiet: new Set() };
}

const STATUS: readonly StatusKind[] = ['successful', 'failed', 'unfinished', 'unavailable', 'detached'];
const QUIET: Readonly<Record<string, QuietKind>> = {
  attach: 'attach', exit: 'exit', exits: 'exit', 'path-resolution': 'path-resolution',
  personality: 'personality', 'thread-execve': 'thread-execve', superseded: 'thread-execve',
};
const MAX_SIGNAL = 64;

/**
 * Splits `[!]...`, as strace reads every set: leading `!`s invert (an odd number of them),
 * then the whole rest is `all`, `none`, or comma-separated tokens (empty ones skipped).
 */
function tokens(value: string): { inverted: boolean; whole: 'all' | 'none' | null; items: string[] } {
  let i = 0;
  while (value[i] === '!') i++;
  const rest = value.slice(i);
  const whole = rest === 'all' || rest === 'none' ? rest : null;
  return { inverted: i % 2 === 1, whole, items: whole !== null ? [] : rest.split(',').filter((s) => s !== '') };
}

/**
 * A set over `universe` from tokens resolved by `add`; `what` names a token in the error
 * (`invalid signal 'SIGFOO'`), and the whole value when it has no token at all.
 */
function parseSet<T>(value: string, universe: readonly T[], what: string, add: (token: string, into: Set<T>) => void): Set<T> {
  const { inverted, whole, items } = tokens(value);
  const set = new Set<T>();
  if (whole === 'all') universe.forEach((x) => set.add(x));
  else if (whole === null) {
    if (items.length === 0) throw new ExpressionError(`invalid ${what} '${value}'`);
    for (const item of items) add(item, set);
  }
  return inverted ? new Set(universe.filter((x) => !set.has(x))) : set;
}

/** The numbers this machine's table names (made per use: `-e trace=all` and `!` sets are rare). */
function allSyscalls(): number[] {
  const out: number[] = [];
  for (let nr = 0; nr < SYSCALL_NAMES.length; nr++) if (SYSCALL_NAMES[nr] !== null) out.push(nr);
  return out;
}

/**
 * The kernel ABIs strace knows on x86_64, by the designator written after `@`. Only the
 * 64-bit one is traced; the others' names and numbers are accepted (as strace accepts
 * them) and select nothing.
 */
const PERSONALITIES: Readonly<Record<string, readonly (string | null)[]>> = {
  '64': SYSCALL_NAMES, '32': I386_SYSCALL_NAMES, x32: X32_SYSCALL_NAMES,
};

/** strtol-like decimal as strace's string_to_uint reads it: digits only, up to INT_MAX. */
function syscallNumberToken(t: string): number | null {
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n <= 0x7fffffff ? n : null;
}

/** Adds what one token names in one personality to `into` (64-bit only); false if nothing. */
function addInPersonality(t: string, table: readonly (string | null)[], into: Set<number> | null): boolean {
  if (t >= '0' && t <= '9') {
    const n = syscallNumberToken(t);
    if (n === null || n >= table.length || table[n] == null) return false;
    into?.add(n);
    return true;
  }
  if (t.startsWith('/')) {
    let re: RegExp;
    try {
      // 'u': a stray quantifier or brace is an error, as in POSIX extended regexps.
      re = new RegExp(t.slice(1), 'u');
    } catch (e) {
      throw new ExpressionError(`regcomp: ${t.slice(1)}: ${(e as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /, '')}`);
    }
    let found = false;
    table.forEach((name, nr) => {
      if (name !== null && re.test(name)) {
        into?.add(nr);
        found = true;
      }
    });
    return found;
  }
  const lower = t.toLowerCase();
  const cls = lower === 'all' ? null : lower.startsWith('%') ? lower.slice(1) : LEGACY_CLASS_NAMES.has(lower) ? lower : undefined;
  if (cls !== undefined) {
    const members = cls === null ? null : syscallClass(cls);
    if (cls === null || members !== undefined) {
      table.forEach((name, nr) => {
        if (name !== null && (members === null || members!.includes(name))) into?.add(nr);
      });
      return true;
    }
  }
  let found = false;
  table.forEach((name, nr) => {
    if (name === t) {
      into?.add(nr);
      found = true;
    }
  });
  return found;
}

/**
 * One token of a syscall set, as strace reads it: `?` makes it optional, `@64`/`@32`/`@x32`
 * names the personality (otherwise every personality is tried), then a number, `/regex`,
 * a class or a name.
 */
function addSyscalls(token: string, into: Set<number>): void {
  let t = token;
  let found = false;
  while (t.startsWith('?')) {
    t = t.slice(1);
    found = true;
  }
  const at = t.lastIndexOf('@');
  if (at >= 0) {
    const designator = t.slice(at + 1);
    const table = PERSONALITIES[designator];
    if (table === undefined) {
      throw new ExpressionError(`incorrect personality designator '${designator}' in qualification '${t}'`, true);
    }
    found = addInPersonality(t.slice(0, at), table, designator === '64' ? into : null) || found;
  } else {
    for (const [designator, table] of Object.entries(PERSONALITIES)) {
      found = addInPersonality(t, table, designator === '64' ? into : null) || found;
    }
  }
  if (!found) throw new ExpressionError(`invalid system call '${token}'`);
}

/** A syscall set: `[!]...` then `all`, `none`, or comma-separated tokens (see addSyscalls). */
export function parseSyscallSet(value: string): Set<number> {
  let i = 0;
  while (value[i] === '!') i++;
  const inverted = i % 2 === 1;
  const rest = value.slice(i);
  const set = new Set<number>();
  if (rest === 'all') for (const nr of allSyscalls()) set.add(nr);
  else if (rest !== 'none') {
    const items = rest.split(',').filter((s) => s !== '');
    if (items.length === 0) throw new ExpressionError(`invalid system call '${value}'`);
    for (const item of items) addSyscalls(item, set);
  }
  return inverted ? new Set(allSyscalls().filter((x) => !set.has(x))) : set;
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
    if (q === undefined) throw new ExpressionError(`invalid quiet '${t}'`);
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

const DECODE_FDS: readonly DecodeFdKind[] = ['path', 'socket', 'dev', 'pidfd'];
const DECODE_PIDS: readonly DecodePidKind[] = ['comm', 'pidns'];

/** A set of plain words (decode-fds=, decode-pids=), strace's "invalid WHAT 'TOKEN'" on others. */
function wordSet<T extends string>(value: string, universe: readonly T[], what: string): Set<T> {
  return parseSet(value, universe, what, (t, into) => {
    if (!(universe as readonly string[]).includes(t)) throw new ExpressionError(`invalid ${what} '${t}'`);
    into.add(t as T);
  });
}

export function parseDecodeFds(value: string): Set<DecodeFdKind> {
  return wordSet(value, DECODE_FDS, 'decode-fds');
}

export function parseDecodePids(value: string): Set<DecodePidKind> {
  return wordSet(value, DECODE_PIDS, 'decode-pids');
}

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
  const { inverted, whole, items } = tokens(value);
  if (whole !== null) return { fds: new Set(), complement: (whole === 'all') !== inverted };
  if (items.length === 0) throw new ExpressionError(`invalid descriptor '${value}'`);
  const set = new Set<number>();
  for (const item of items) {
    if (/^\d+$/.test(item) && Number(item) < 2 ** 31) set.add(Number(item));
    else throw new ExpressionError(`invalid descriptor '${item}'`);
  }
  return { fds: set, complement: inverted };
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
    case 'writes':
    case 'w':
      f.writeFds = parseFdSet(value);
      return;
    case 'read':
    case 'reads':
    case 'r':
      f.readFds = parseFdSet(value);
      return;
    case 'raw':
    case 'x':
      f.raw = parseSyscallSet(value);
      return;
    case 'abbrev':
    case 'a':
      f.abbrev = parseSyscallSet(value);
      return;
    case 'verbose':
    case 'v':
      f.verbose = parseSyscallSet(value);
      return;
    case 'decode-fd':
    case 'decode-fds':
      f.decodeFds = parseDecodeFds(value);
      return;
    case 'decode-pid':
    case 'decode-pids':
      f.decodePids = parseDecodePids(value);
      return;
    case 'kvm':
      if (value !== 'vcpu') throw new ExpressionError(`invalid -e kvm= argument: '${value}'`);
      f.kvmVcpu = true;
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
  // strace reads an expression without a known qualifier as a trace= set.
  f.trace = parseSyscallSet(expr);
}
