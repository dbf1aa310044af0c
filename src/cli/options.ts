/**
 * strace's command line, parsed getopt-style: clustered short flags (`-ff`, `-qq`,
 * `-s100`, `-ofile`), long options with `=` or a separate value, and the first non-option
 * (or `--`) starting the command.
 */
import {
  applyExpression, defaultFilters, ExpressionError, parseDecodeFds, parseQuietSet, parseStatusSet, quietLevel, type Filters,
} from '../filter/expressions.js';
import { parseDuration } from '../filter/inject-expression.js';
import { DEFAULT_COLUMNS, SORT_KEYS, type SummaryColumn, type SummarySort } from '../format/summary.js';
import type { Precision } from '../format/timestamps.js';

export interface CliOptions {
  /** -f count: 1 follow forks, 2 also one output file per task (with -o). */
  followForks: number;
  output: string | null;
  pids: number[];
  strsize: number;
  verbose: boolean;
  column: number;
  filters: Filters;
  /** -q count; an explicit quiet= set wins over it. */
  quietCount: number;
  quietSet: Filters['quiet'] | null;
  absolute: { format: 'time' | 'unix'; precision: Precision } | null;
  /** What -t and --absolute-timestamps said, until `absolute` is settled from it. */
  ts: { count: number; long: boolean; given: boolean; format: 'time' | 'unix' | null; precision: Precision };
  relative: Precision | null;
  syscallTimes: Precision | null;
  summary: 'none' | 'only' | 'both';
  summaryWallClock: boolean;
  summarySort: SummarySort;
  summaryColumns: SummaryColumn[] | null;
  summaryPercentiles: boolean;
  /** --summary-interval: the -c table also every this many ms while tracing; null: at the end only. */
  summaryIntervalMs: number | null;
  /** --arg-names: each argument after its kernel name (`dirfd: AT_FDCWD`). */
  argNames: boolean;
  /** --process-tree[=FILE]: the processes seen, at the end of the trace output or into FILE. */
  processTree: { readonly file: string | null } | null;
  /** -P */
  paths: string[];
  /** -x count: 1 non-ASCII strings in hex, 2 all strings. */
  hexStrings: number;
  /** --strings-in-hex=WHAT, null if not given (strace refuses it with -x). */
  stringsInHex: 'none' | 'non-ascii-chars' | 'non-ascii' | 'all' | null;
  /** -y count */
  fdPaths: number;
  /** --decode-fds / -e decode-fds= given (strace refuses it with -y). */
  decodeFdsSet: boolean;
  /** -X */
  xlat: 'abbrev' | 'raw' | 'verbose';
  /** --seccomp-bpf / --no-seccomp-bpf; null: on where it applies. */
  seccomp: boolean | null;
  /** -i: print the instruction pointer at each syscall. */
  instructionPointer: boolean;
  /** -k: print the call stack at each syscall. */
  stackTrace: boolean;
  /** --count-instructions: single-step the command and count its user-space instructions. */
  countInstructions: boolean;
  /** --output-format / -j: strace text, or one JSON object per event per line. */
  outputFormat: 'text' | 'json';
  /** --timeline FILE: Chrome/Perfetto trace-event JSON. */
  timeline: string | null;
  /** --html FILE: a self-contained page with the timeline and the summary. */
  html: string | null;
  /** -A: append to -o FILE instead of truncating it. */
  append: boolean;
  /** -E VAR=VAL / -E VAR: the command's environment changes, in order. */
  env: string[];
  /** -u USER: run the command as USER (tstrace must be root). */
  user: string | null;
  /** -n: the syscall number before each name (`[ 50] listen(...)`). */
  syscallNumber: boolean;
  /** -O: microseconds subtracted from each call's time in the -c table. */
  overheadUs: number;
  /** --tips: a tip printed when the trace ends (id: which one, null for a random one). */
  tips: { readonly id: number | null; readonly full: boolean } | null;
  /** -d: diagnostics about tstrace itself on stderr. */
  debug: boolean;
  command: string[];
  /** -I / --interruptible: 1 anywhere, 2 waiting, 3 never, 4 never_tstp; null: strace's default. */
  interruptible: 1 | 2 | 3 | 4 | null;
  /** -b execve / --detach-on=execve */
  detachOnExecve: boolean;
  /** -D count or --daemonize: 1 grandchild, 2 also a new process group, 3 a new session. */
  daemonize: number;
  /** --daemonize given (it and -D cannot be combined). */
  daemonizeLong: number;
}

export type ParseResult =
  /** `warnings`: combinations strace also lets through but warns about. */
  | { readonly kind: 'run'; readonly options: CliOptions; readonly warnings: readonly string[] }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** `help`: strace adds its "Try ... -h" line after this one. */
  | { readonly kind: 'error'; readonly message: string; readonly help: boolean };

/**
 * A bad command line: the message names what was wrong; `withHelp` when strace follows it
 * with its "Try ... -h" line (a malformed command line rather than a bad value).
 */
export class UsageError extends Error {
  constructor(message: string, readonly withHelp = false) {
    super(message);
  }
}

interface OptionSpec {
  readonly short?: string;
  readonly long?: readonly string[];
  /** `optional`: long form only, value after `=`. */
  readonly value: 'none' | 'required' | 'optional';
  readonly apply: (o: CliOptions, v: string | undefined) => ParseResult | void;
}

function integer(flag: string, v: string, min: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > 0x7fffffff) {
    throw new UsageError(`invalid ${flag} argument: '${v}'`);
  }
  return Number(v);
}

function pidList(v: string): number[] {
  // strace accepts "-p 1,2" and "-p '1 2'" (as `pidof` prints).
  return v.split(/[\s,]+/).filter((s) => s !== '').map((s) => {
    if (!/^\d+$/.test(s) || Number(s) <= 0 || Number(s) > 0x3fffffff) throw new UsageError(`Invalid process id: '${s}'`);
    return Number(s);
  });
}

const PRECISIONS: readonly string[] = ['s', 'ms', 'us', 'ns'];

function precision(flag: string, v: string | undefined, dflt: Precision): Precision {
  if (v === undefined || v === '') return dflt;
  if (!PRECISIONS.includes(v)) throw new UsageError(`invalid ${flag} precision: '${v}' (s, ms, us or ns)`);
  return v as Precision;
}

/**
 * --absolute-timestamps=[[format:]time|unix|none][,[precision:]s|ms|us|ns]: what is given
 * changes the setting so far (given twice, the two combine, as in strace); bare, the time.
 */
function absoluteTimestamps(o: CliOptions, v: string | undefined): void {
  let format: 'time' | 'unix' | 'none' | null = null;
  for (const part of (v ?? '').split(',').filter((s) => s !== '')) {
    const m = /^(format:|precision:)?(.*)$/is.exec(part)!;
    const kind = m[1]?.toLowerCase();
    const val = m[2]!;
    if (kind !== 'precision:' && ['time', 'unix', 'none'].includes(val.toLowerCase())) format = val.toLowerCase() as 'time' | 'unix' | 'none';
    else if (kind !== 'format:' && PRECISIONS.includes(val)) o.ts.precision = val as Precision;
    else throw new UsageError(`invalid --absolute-timestamps argument: '${v}'`, true);
  }
  o.ts.long = true;
  if (format !== null) o.ts.format = format === 'none' ? null : format;
  else if (!o.ts.given) o.ts.format = 'time';
  o.ts.given = true;
}

/** -t, -tt, -ttt or --absolute-timestamps, settled once the command line is read. */
function settleTimestamps(o: CliOptions): void {
  if (o.ts.count > 0) {
    if (o.ts.long) throw new UsageError('-t and --absolute-timestamps cannot be provided simultaneously');
    o.absolute = o.ts.count === 1 ? { format: 'time', precision: 's' }
      : o.ts.count === 2 ? { format: 'time', precision: 'us' } : { format: 'unix', precision: 'us' };
  } else if (o.ts.long) {
    o.absolute = o.ts.format === null ? null : { format: o.ts.format, precision: o.ts.precision };
  }
}

/** -U: strace's column names (`time` is the percentage), plus tstrace's p50 and p99. */
const COLUMN_ALIASES: Readonly<Record<string, SummaryColumn>> = {
  time: 'time-percent', time_percent: 'time-percent', 'time-percent': 'time-percent',
  time_total: 'total-time', 'time-total': 'total-time', total_time: 'total-time', 'total-time': 'total-time',
  min_time: 'min-time', 'min-time': 'min-time', shortest: 'min-time', time_min: 'min-time', 'time-min': 'min-time',
  longest: 'max-time', max_time: 'max-time', 'max-time': 'max-time', time_max: 'max-time', 'time-max': 'max-time',
  avg_time: 'avg-time', 'avg-time': 'avg-time', time_avg: 'avg-time', 'time-avg': 'avg-time',
  calls: 'calls', count: 'calls', error: 'errors', errors: 'errors',
  name: 'name', syscall: 'name', syscall_name: 'name', 'syscall-name': 'name', p50: 'p50', p99: 'p99',
};

function columns(v: string): SummaryColumn[] {
  const out: SummaryColumn[] = [];
  let rest = v;
  for (;;) {
    const comma = rest.indexOf(',');
    const name = comma < 0 ? rest : rest.slice(0, comma);
    const col = COLUMN_ALIASES[name];
    if (col === undefined) throw new UsageError(`unknown column name: '${name}'`, true);
    if (out.includes(col)) {
      throw new UsageError(`call summary column has been provided more than once: '${name}' (-U option residual: '${rest}')`, true);
    }
    out.push(col);
    if (comma < 0) return out;
    rest = rest.slice(comma + 1);
  }
}

/** -S: strace's sort keys and their spellings; percentiles are not among them. */
const SORT_ALIASES: Readonly<Record<string, SummarySort>> = {
  time: 'time', time_percent: 'time', 'time-percent': 'time', time_total: 'time', 'time-total': 'time',
  total_time: 'time', 'total-time': 'time', min_time: 'min-time', 'min-time': 'min-time', shortest: 'min-time',
  time_min: 'min-time', 'time-min': 'min-time', longest: 'max-time', max_time: 'max-time', 'max-time': 'max-time',
  time_max: 'max-time', 'time-max': 'max-time', avg_time: 'avg-time', 'avg-time': 'avg-time', time_avg: 'avg-time',
  'time-avg': 'avg-time', calls: 'calls', count: 'calls', error: 'errors', errors: 'errors', name: 'name',
  syscall: 'name', syscall_name: 'name', 'syscall-name': 'name', none: 'nothing', nothing: 'nothing',
};

function sortKey(v: string): SummarySort {
  const k = SORT_ALIASES[v];
  if (k === undefined || !(SORT_KEYS as readonly string[]).includes(k)) throw new UsageError(`invalid sortby: '${v}'`, true);
  return k;
}

/** -O / --summary-syscall-overhead: a duration as strace reads it (parseDuration), in us. */
function overhead(flag: string, v: string): number {
  const us = parseDuration(v);
  if (us === null) throw new UsageError(`invalid ${flag} argument: '${v}'`, true);
  return us;
}

/** --tips[=[[id:]ID][,[format:]FORMAT]]: ID a number or `random`; FORMAT none, compact, full. */
function tips(o: CliOptions, v: string | undefined): void {
  let id: number | null = o.tips?.id ?? null;
  let full = o.tips?.full ?? false;
  let none = false;
  for (const part of (v ?? '').split(',').filter((p) => p !== '')) {
    const [k, val] = part.includes(':') ? part.split(':', 2) as [string, string] : ['', part];
    if ((k === '' || k === 'id') && /^\d+$/.test(val)) id = Number(val);
    else if ((k === '' || k === 'id') && val === 'random') id = null;
    else if ((k === '' || k === 'format') && ['none', 'compact', 'full'].includes(val)) {
      none = val === 'none';
      full = val === 'full';
    } else throw new UsageError(`invalid --tips argument: '${v}'`, true);
  }
  o.tips = none ? null : { id, full };
}

function expression(o: CliOptions, v: string): void {
  // -e decode-fds= is what -y and -yy set: kept with them, for the conflict check.
  const fds = /^decode-fds?=(.*)$/s.exec(v);
  if (fds !== null) {
    o.decodeFdsSet = true;
    o.filters.decodeFds = parseDecodeFds(fds[1]!);
    return;
  }
  // quiet= also governs what -q means; keep it apart so that -q and quiet= combine like strace.
  if (/^(quiet|silent|silence|q)=/.test(v)) {
    o.quietSet = parseQuietSet(v.slice(v.indexOf('=') + 1));
    return;
  }
  applyExpression(o.filters, v);
}

const INTERRUPTIBLE: Readonly<Record<string, 1 | 2 | 3 | 4>> = { anywhere: 1, always: 1, waiting: 2, never: 3, never_tstp: 4 };

function interruptible(flag: string, v: string): 1 | 2 | 3 | 4 {
  const n = INTERRUPTIBLE[v] ?? (/^[1-4]$/.test(v) ? Number(v) as 1 | 2 | 3 | 4 : undefined);
  if (n === undefined) throw new UsageError(`invalid ${flag} argument: '${v}'`);
  return n;
}

const DAEMONIZE: Readonly<Record<string, number>> = { grandchild: 1, pgroup: 2, pgrp: 2, session: 3 };

function daemonize(v: string | undefined): number {
  const n = v === undefined ? 1 : DAEMONIZE[v];
  if (n === undefined) throw new UsageError(`invalid --daemonize argument: '${v}'`);
  return n;
}

function detachOn(v: string): boolean {
  if (v !== 'execve') throw new UsageError(`Syscall '${v}' for -b isn't supported`);
  return true;
}

/** --summary-interval=SECONDS: a positive number of seconds, or of ms with an `ms` suffix. */
function interval(v: string): number {
  const m = /^(\d+\.?\d*|\.\d+)(s|ms)?$/.exec(v);
  const ms = m === null ? NaN : Number(m[1]) * (m[2] === 'ms' ? 1 : 1000);
  if (!(ms >= 1) || !Number.isFinite(ms)) throw new UsageError(`invalid --summary-interval argument: '${v}' (seconds, at least 0.001)`);
  return ms;
}

function outputFormat(v: string): 'text' | 'json' {
  if (v !== 'text' && v !== 'json') throw new UsageError(`invalid --output-format: '${v}' (text or json)`);
  return v;
}

/** strace's flags beyond the everyday ones: environment, output modes, qualifiers' long forms. */
const STRACE_MORE_SPECS: readonly OptionSpec[] = [
  { short: 'A', long: ['output-append-mode'], value: 'none', apply: (o) => void (o.append = true) },
  { short: 'd', long: ['debug'], value: 'none', apply: (o) => void (o.debug = true) },
  { short: 'E', long: ['env'], value: 'required', apply: (o, v) => void o.env.push(v!) },
  { short: 'u', long: ['user'], value: 'required', apply: (o, v) => void (o.user = v!) },
  { short: 'n', long: ['syscall-number'], value: 'none', apply: (o) => void (o.syscallNumber = true) },
  { short: 'O', long: ['summary-syscall-overhead'], value: 'required', apply: (o, v) => void (o.overheadUs = overhead('-O', v!)) },
  { short: 'Y', value: 'none', apply: (o) => void (o.filters.decodePids = new Set([...(o.filters.decodePids ?? []), 'comm'])) },
  { long: ['pidns-translation'], value: 'none', apply: (o) => void (o.filters.decodePids = new Set([...(o.filters.decodePids ?? []), 'pidns'])) },
  { long: ['decode-pids'], value: 'required', apply: (o, v) => expression(o, `decode-pids=${v}`) },
  { long: ['tips'], value: 'optional', apply: tips },
  { short: 'F', value: 'none', apply: (o) => void (o.followForks = Math.max(o.followForks, 1)) },
  { long: ['failing-only'], value: 'none', apply: (o) => void (o.filters.status = new Set(['failed'])) },
  ...['abbrev', 'verbose', 'raw', 'read', 'write', 'fault', 'inject', 'kvm'].map((q): OptionSpec => (
    { long: [q], value: 'required', apply: (o, v) => expression(o, `${q}=${v}`) })),
];

const SPECS: readonly OptionSpec[] = [
  { short: 'f', long: ['follow-forks'], value: 'none', apply: (o) => void o.followForks++ },
  { long: ['output-separately'], value: 'none', apply: (o) => void (o.followForks = Math.max(o.followForks, 2)) },
  { short: 'o', long: ['output'], value: 'required', apply: (o, v) => void (o.output = v!) },
  { short: 'p', long: ['attach'], value: 'required', apply: (o, v) => void o.pids.push(...pidList(v!)) },
  { short: 'q', value: 'none', apply: (o) => void o.quietCount++ },
  { long: ['quiet', 'silent', 'silence'], value: 'optional', apply: (o, v) => void (v === undefined ? o.quietCount++ : (o.quietSet = parseQuietSet(v))) },
  { short: 's', long: ['string-limit'], value: 'required', apply: (o, v) => void (o.strsize = integer('-s', v!, 0)) },
  { short: 'v', long: ['no-abbrev'], value: 'none', apply: (o) => {
    // strace's -v is abbrev=none: a later -e abbrev= overrides it.
    o.verbose = true;
    o.filters.abbrev = new Set();
  } },
  { short: 'a', long: ['columns'], value: 'required', apply: (o, v) => void (o.column = integer('-a', v!, 0)) },
  { short: 'e', value: 'required', apply: (o, v) => expression(o, v!) },
  { long: ['trace'], value: 'required', apply: (o, v) => expression(o, `trace=${v}`) },
  { long: ['signal', 'signals'], value: 'required', apply: (o, v) => expression(o, `signal=${v}`) },
  { long: ['status'], value: 'required', apply: (o, v) => void (o.filters.status = parseStatusSet(v!)) },
  { short: 'z', long: ['successful-only'], value: 'none', apply: (o) => void (o.filters.status = new Set(['successful'])) },
  { short: 'Z', long: ['failed-only'], value: 'none', apply: (o) => void (o.filters.status = new Set(['failed'])) },
  { short: 'P', long: ['trace-path'], value: 'required', apply: (o, v) => void o.paths.push(v!) },
  { short: 'x', value: 'none', apply: (o) => void o.hexStrings++ },
  {
    long: ['strings-in-hex'], value: 'optional', apply: (o, v) => {
      const what = v ?? 'all';
      if (what !== 'none' && what !== 'non-ascii-chars' && what !== 'non-ascii' && what !== 'all') {
        throw new UsageError(`invalid --strings-in-hex argument: '${what}'`);
      }
      o.stringsInHex = what;
    },
  },
  { short: 'y', value: 'none', apply: (o) => void o.fdPaths++ },
  {
    short: 'X', long: ['const-print-style'], value: 'required', apply: (o, v) => {
      if (v !== 'raw' && v !== 'abbrev' && v !== 'verbose') throw new UsageError(`invalid -X argument: '${v}' (raw, abbrev or verbose)`);
      o.xlat = v;
    },
  },
  { long: ['decode-fds'], value: 'optional', apply: (o, v) => expression(o, `decode-fds=${v ?? 'path'}`) },
  {
    short: 't', value: 'none', apply: (o) => void o.ts.count++,
  },
  { long: ['absolute-timestamps', 'timestamps'], value: 'optional', apply: absoluteTimestamps },
  { short: 'r', value: 'none', apply: (o) => void (o.relative = 'us') },
  { long: ['relative-timestamps'], value: 'optional', apply: (o, v) => void (o.relative = precision('--relative-timestamps', v, 'us')) },
  { short: 'T', value: 'none', apply: (o) => void (o.syscallTimes = 'us') },
  { long: ['syscall-times'], value: 'optional', apply: (o, v) => void (o.syscallTimes = precision('--syscall-times', v, 'us')) },
  { short: 'c', long: ['summary-only'], value: 'none', apply: (o) => void (o.summary = 'only') },
  { short: 'C', long: ['summary'], value: 'none', apply: (o) => void (o.summary = 'both') },
  { short: 'w', long: ['summary-wall-clock'], value: 'none', apply: (o) => void (o.summaryWallClock = true) },
  { short: 'S', long: ['summary-sort-by'], value: 'required', apply: (o, v) => void (o.summarySort = sortKey(v!)) },
  { short: 'U', long: ['summary-columns'], value: 'required', apply: (o, v) => void (o.summaryColumns = columns(v!)) },
  { long: ['summary-percentiles'], value: 'none', apply: (o) => void (o.summaryPercentiles = true) },
  { long: ['summary-interval'], value: 'required', apply: (o, v) => void (o.summaryIntervalMs = interval(v!)) },
  { long: ['arg-names'], value: 'none', apply: (o) => void (o.argNames = true) },
  { long: ['process-tree'], value: 'optional', apply: (o, v) => void (o.processTree = { file: v === undefined || v === '' ? null : v }) },
  { long: ['seccomp-bpf'], value: 'none', apply: (o) => void (o.seccomp = true) },
  { long: ['no-seccomp-bpf'], value: 'none', apply: (o) => void (o.seccomp = false) },
  { short: 'i', long: ['instruction-pointer'], value: 'none', apply: (o) => void (o.instructionPointer = true) },
  { short: 'k', long: ['stack-trace', 'stack-traces'], value: 'none', apply: (o) => void (o.stackTrace = true) },
  { long: ['count-instructions'], value: 'none', apply: (o) => void (o.countInstructions = true) },
  { short: 'j', long: ['json'], value: 'none', apply: (o) => void (o.outputFormat = 'json') },
  { long: ['output-format'], value: 'required', apply: (o, v) => void (o.outputFormat = outputFormat(v!)) },
  { long: ['timeline'], value: 'required', apply: (o, v) => void (o.timeline = v!) },
  { long: ['html'], value: 'required', apply: (o, v) => void (o.html = v!) },
  ...STRACE_MORE_SPECS,
  { short: 'I', value: 'required', apply: (o, v) => void (o.interruptible = interruptible('-I', v!)) },
  { long: ['interruptible'], value: 'required', apply: (o, v) => void (o.interruptible = interruptible('--interruptible', v!)) },
  { short: 'b', long: ['detach-on'], value: 'required', apply: (o, v) => void (o.detachOnExecve = detachOn(v!)) },
  { short: 'D', value: 'none', apply: (o) => void o.daemonize++ },
  { long: ['daemonize', 'daemonise', 'daemonized', 'daemonised'], value: 'optional', apply: (o, v) => void (o.daemonizeLong = daemonize(v)) },
  { short: 'V', long: ['version'], value: 'none', apply: () => ({ kind: 'version' }) },
  { short: 'h', long: ['help'], value: 'none', apply: () => ({ kind: 'help' }) },
];

export function defaults(): CliOptions {
  return {
    followForks: 0, output: null, pids: [], strsize: 32, verbose: false, column: 40, filters: defaultFilters(),
    quietCount: 0, quietSet: null, absolute: null, ts: { count: 0, long: false, given: false, format: null, precision: 's' }, relative: null, syscallTimes: null, summary: 'none',
    summaryWallClock: false, summarySort: 'time', summaryColumns: null, summaryPercentiles: false, paths: [],
    summaryIntervalMs: null, argNames: false, processTree: null,
    seccomp: null, instructionPointer: false, stackTrace: false, countInstructions: false, outputFormat: 'text',
    timeline: null, html: null, hexStrings: 0, stringsInHex: null, fdPaths: 0, decodeFdsSet: false, xlat: 'abbrev', append: false, env: [],
    user: null, syscallNumber: false, overheadUs: 0, tips: null, debug: false, command: [],
    interruptible: null, detachOnExecve: false, daemonize: 0, daemonizeLong: 0,
  };
}

/** The -U columns in effect; percentiles added when asked for, before a closing name column. */
export function summaryColumns(o: CliOptions): SummaryColumn[] {
  const cols = [...(o.summaryColumns ?? DEFAULT_COLUMNS)];
  if (!o.summaryPercentiles) return cols;
  const at = cols.at(-1) === 'name' ? cols.length - 1 : cols.length;
  cols.splice(at, 0, ...(['p50', 'p99'] as const).filter((p) => !cols.includes(p)));
  return cols;
}

function parse(argv: readonly string[]): ParseResult {
  const o = defaults();
  /** Short letters (or long names) seen, for the conflict checks. */
  const given = new Set<string>();
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const spec = SPECS.find((s) => s.long?.includes(name));
      if (!spec) throw new UsageError(`unrecognized option '--${name}'`, true);
      let v: string | undefined = eq < 0 ? undefined : a.slice(eq + 1);
      if (spec.value === 'required' && v === undefined) {
        if (i + 1 >= argv.length) throw new UsageError(`option '--${name}' requires an argument`, true);
        v = argv[++i]!;
      } else if (spec.value === 'none' && v !== undefined) {
        throw new UsageError(`option '--${name}' doesn't allow an argument`, true);
      }
      given.add(spec.short ?? name);
      const r = spec.apply(o, v);
      if (r) return r;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = SPECS.find((s) => s.short === c);
        if (!spec) throw new UsageError(`invalid option -- '${c}'`, true);
        let v: string | undefined;
        if (spec.value === 'required') {
          if (j + 1 < a.length) v = a.slice(j + 1);
          else if (i + 1 < argv.length) v = argv[++i]!;
          else throw new UsageError(`option requires an argument -- '${c}'`, true);
          j = a.length;
        }
        given.add(spec.short ?? c);
        const r = spec.apply(o, v);
        if (r) return r;
      }
      continue;
    }
    break; // the command starts here
  }
  o.command = argv.slice(i);
  if (o.command.length === 0 && o.pids.length === 0) throw new UsageError('must have PROG [ARGS] or -p PID', true);
  settleTimestamps(o);
  if (o.stringsInHex !== null && o.hexStrings > 0) throw new UsageError('-x and --strings-in-hex cannot be provided simultaneously');
  if (o.daemonizeLong > 0) {
    if (o.daemonize > 0) throw new UsageError('-D and --daemonize cannot be provided simultaneously');
    o.daemonize = o.daemonizeLong;
  }
  if (o.daemonize > 0 && o.command.length === 0) throw new UsageError('PROG [ARGS] must be specified with -D/--daemonize');
  if (o.daemonize > 3) throw new UsageError(`Too many -D's (${o.daemonize}), maximum supported -D count is 3`);
  const warnings = conflicts(o, given);
  o.filters.quiet = o.quietSet ?? quietLevel(o.quietCount);
  if (o.fdPaths > 0) {
    if (o.decodeFdsSet) throw new UsageError('-y and --decode-fds cannot be provided simultaneously');
    o.filters.decodeFds = new Set(o.fdPaths === 1 ? ['path'] : ['path', 'socket', 'dev', 'pidfd']);
  }
  // The decoders' level: paths only, or also sockets and devices.
  const fds = o.filters.decodeFds;
  o.fdPaths = fds === undefined || fds.size === 0 ? 0 : fds.size === 1 && fds.has('path') ? 1 : 2;
  return { kind: 'run', options: o, warnings };
}

/** The flag combinations strace refuses (thrown) or warns about (returned), in its words. */
function conflicts(o: CliOptions, given: ReadonlySet<string>): string[] {
  const summary = '(-c/--summary-only or -C/--summary)';
  if (given.has('c') && given.has('C')) throw new UsageError('-c/--summary-only and -C/--summary are mutually exclusive', true);
  if (o.summary !== 'none' && o.followForks >= 2) throw new UsageError(`${summary} and -ff/--output-separately are mutually exclusive`, true);
  if (o.summaryWallClock && o.summary === 'none') throw new UsageError(`-w/--summary-wall-clock must be given with ${summary}`, true);
  if (o.quietCount > 0 && o.quietSet !== null) throw new UsageError('-q and -e quiet/--quiet cannot be provided simultaneously');
  const warnings: string[] = [];
  if (given.has('U') && o.summary === 'none') throw new UsageError(`-U/--summary-columns must be given with ${summary}`, true);
  if (o.summaryIntervalMs !== null && o.summary === 'none') throw new UsageError(`--summary-interval must be given with ${summary}`, true);
  if (given.has('S') && o.summary === 'none') warnings.push(`-S/--summary-sort-by has no effect without ${summary}`);
  if (o.summary === 'only') {
    const idle: [boolean, string][] = [
      [o.instructionPointer, '-i/--instruction-pointer'], [o.stackTrace, '-k/--stack-traces'], [o.syscallNumber, '-n/--syscall-number'],
      [o.relative !== null, '-r/--relative-timestamps'], [o.absolute !== null, '-t/--absolute-timestamps'],
      [o.syscallTimes !== null, '-T/--syscall-times'], [o.fdPaths > 0 || o.decodeFdsSet, '-y/--decode-fds'],
    ];
    for (const [set, flag] of idle) if (set) warnings.push(`${flag} has no effect with -c/--summary-only`);
  }
  if (o.output === null && o.append) warnings.push('-A/--output-append-mode has no effect without -o/--output');
  if (given.has('z') && given.has('Z')) {
    warnings.push('Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for more complex filters.');
  }
  return warnings;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  try {
    return parse(argv);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ExpressionError) return { kind: 'error', message: e.message, help: e.withHelp };
    throw e;
  }
}

export const USAGE = `Usage: tstrace [-ACdfFhiknqrtTvVwxyYzZ] [-a COLUMN] [-e EXPR]... [-E VAR[=VAL]]... [-o FILE]
               [-O OVERHEAD] [-p PID]... [-P PATH]... [-s STRSIZE] [-S SORTBY] [-u USER]
               [-U COLUMNS] [-X FORMAT] { -p PID | [--] PROG [ARGS] }

Trace the system calls of PROG, or of the running processes given with -p.

Tracing:
  -f, --follow-forks     trace child processes and threads too (-F: the same)
  -ff, --output-separately   with -o FILE: one file per process, FILE.PID
  -p, --attach=PID       attach to PID (repeatable; "1,2" and "1 2" lists too);
                         with -f, to every thread of it
  -E, --env=VAR=VAL      set VAR in the command's environment; -E VAR removes it
  -u, --user=USER        run the command as USER (root only; not supported yet)
  --seccomp-bpf          stop only at traced syscalls (default with -e trace= on a command)
  --no-seccomp-bpf       stop at every syscall
  -b, --detach-on=execve detach from a process when it calls execve
  -D, --daemonize[=grandchild|pgroup|session]
                         run the tracer as a detached grandchild, not as the
                         command's parent; -DD also in a new process group,
                         -DDD in a new session
  -I, --interruptible=1|2|3|4   when Ctrl-C & co. stop tstrace: anywhere, while
                         waiting (default), never, never and not ^Z either
                         (default with -o FILE PROG: never; with -D: 4)
Filtering:
  -e trace=[!]SET        syscalls to show: names, numbers, %file %desc %process %net
                         %signal %ipc %memory %creds %clock %stat %lstat %fstat %%stat
                         %statfs %fstatfs %%statfs %pure, /REGEX, ?NAME, NAME@64|@32|@x32,
                         all, none (also --trace=SET)
  -e signal=[!]SET       signals to show (also --signal=SET)
  -e status=SET          successful, failed, unfinished, unavailable, detached
  -e quiet=SET           attach, exit, path-resolution, personality, thread-execve
  -z, -Z                 only successful / only failed calls
  -P, --trace-path=PATH  only syscalls touching PATH (by name or through an fd)
Output:
  -o, --output=FILE      write the trace to FILE instead of stderr; '|CMD' or '!CMD':
                         to the standard input of the shell command CMD
  -A, --output-append-mode   append to FILE instead of truncating it
  -s, --string-limit=N   print at most N bytes of strings (default 32)
  -v, --no-abbrev        print structures and execve's environment in full
  -e abbrev=SET, -e verbose=SET, -e raw=SET   per syscall: abbreviated, in full, as numbers
  -x, -xx, --strings-in-hex[=non-ascii|all|none]   strings in hex
  -y, --decode-fds[=path,socket,dev,pidfd]   what to print after fds: 3</etc/passwd>;
                         -yy: all of it (socket endpoints, device numbers)
  -Y, --decode-pids=comm print the command name after pids; --pidns-translation
  -X raw|abbrev|verbose  constants as numbers, as names (default), or both
  -a, --columns=N        align return values at column N (default 40)
  -n, --syscall-number   print each syscall's number before its name
  --arg-names            each argument after its name: openat(dirfd: AT_FDCWD, ...)
                         (with -j, events carry "argNames")
  --process-tree[=FILE]  at the end, the tree of processes seen: command lines,
                         exit statuses, wall times (to the trace's output, or FILE)
  -q, -qq, -qqq          hide attach/detach messages; also exits; everything
  -e read=FDS, -e write=FDS   hex dumps of the data read from / written to FDS
  -e kvm=vcpu            decode the state of KVM vcpus at KVM_RUN
  -j, --output-format=json    one JSON object per event per line (docs/json-schema.json)
  --timeline=FILE        also write a Chrome/Perfetto trace-event timeline to FILE
  --html=FILE            also write a self-contained HTML page: timeline and summary
  -i, --instruction-pointer   print the instruction pointer at each syscall
  -k, --stack-traces     print the call stack (.eh_frame unwinding) after each syscall
  --tips[=[id:]N|random,[format:]none|compact|full]   accepted as strace does; prints no tip yet
Timing:
  -t, -tt, -ttt          time of day; with microseconds; as seconds since the epoch
  --absolute-timestamps=[format:]time|unix,[precision:]s|ms|us|ns
  -r, --relative-timestamps[=PRECISION]   time since the previous line
  -T, --syscall-times[=PRECISION]         time spent in each call
Summary:
  -c, --summary-only     count calls, errors and time per syscall; print a table
  -C, --summary          the trace and the table
  -w, --summary-wall-clock   summarise wall time instead of system time
  -O, --summary-syscall-overhead=TIME   tracing overhead taken off each call
  -S, --summary-sort-by=KEY   time, calls, errors, name, min-time, max-time, avg-time, nothing
  -U, --summary-columns=COLUMNS   time-percent,total-time,avg-time,calls,errors,name,
                         min-time,max-time,p50,p99
  --summary-percentiles  add p50 and p99 latency columns
  --summary-interval=SECONDS   also print the table (the calls so far) every
                         SECONDS while tracing (\`500ms\` too), then the final one
Fault injection:
  -e inject=SET[:error=ERRNO|:retval=N][:signal=SIG][:syscall=NAME][:delay_enter=TIME]
            [:delay_exit=TIME][:poke_enter=@argN=HEX][:poke_exit=@argN=HEX][:when=EXPR]
  -e fault=SET[:error=ERRNO][:when=EXPR]   (error defaults to ENOSYS)
                         also --inject=, --fault=; only traced syscalls are tampered with
                         EXPR: FIRST (that call only), FIRST+, FIRST+STEP, FIRST..LAST[+STEP]
Instruction counting:
  --count-instructions   single-step the command (with -f, its children and threads)
                         and print how many user-space instructions each ran
Other:
  -d, --debug            diagnostics about tstrace itself
  -V, --version          print the version
  -h, --help             print this help

Ctrl-C detaches: processes attached with -p keep running.
`;
