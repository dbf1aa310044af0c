/**
 * -c / -C: per-syscall counts and times, printed as strace 6's table (columns and sort as
 * -U and -S choose), plus latency percentiles (--summary-percentiles) from a log-linear
 * histogram per syscall, so memory stays flat however many calls there are.
 */
import { signatureOf } from '../decode/signature.js';

export type SummaryColumn =
  | 'time-percent' | 'total-time' | 'avg-time' | 'calls' | 'errors' | 'name' | 'min-time' | 'max-time' | 'p50' | 'p99';
export type SummarySort = 'time' | 'calls' | 'errors' | 'name' | 'nothing' | 'min-time' | 'max-time' | 'avg-time';

export interface SummaryOptions {
  /** -c: the table only; -C: the trace and the table. */
  readonly mode: 'only' | 'both';
  /** -w: wall time between entry and exit, instead of the tracee's system time. */
  readonly wallClock: boolean;
  readonly sortBy: SummarySort;
  readonly columns: readonly SummaryColumn[];
  /** -O: microseconds of tracing overhead taken off each call. */
  readonly overheadUs?: number;
}

export const DEFAULT_COLUMNS: readonly SummaryColumn[] = ['time-percent', 'total-time', 'avg-time', 'calls', 'errors', 'name'];
export const ALL_COLUMNS: readonly SummaryColumn[] = [...DEFAULT_COLUMNS, 'min-time', 'max-time', 'p50', 'p99'];
export const SORT_KEYS: readonly SummarySort[] = ['time', 'calls', 'errors', 'name', 'nothing', 'min-time', 'max-time', 'avg-time'];

/** Buckets: 16 per power of two of the duration in ns (~4% wide). */
const SUB = 16;
const BUCKETS = 64 * SUB;

function bucketOf(ns: number): number {
  if (ns < SUB) return Math.max(0, Math.floor(ns));
  const e = Math.floor(Math.log2(ns));
  const sub = Math.floor((ns / 2 ** e - 1) * SUB);
  return Math.min(BUCKETS - 1, (e - 3) * SUB + sub);
}

function bucketValue(b: number): number {
  if (b < SUB) return b;
  const e = Math.floor(b / SUB) + 3;
  return 2 ** e * (1 + ((b % SUB) + 0.5) / SUB);
}

class Stats {
  calls = 0;
  errors = 0;
  /** Seconds. */
  total = 0;
  min = Infinity;
  max = 0;
  histogram: Uint32Array | null = null;
  /** The first EXACT durations, so that small counts get exact percentiles. */
  samples: number[] | null = null;

  /** The nearest-rank percentile: exact up to EXACT calls, then from the histogram, within [min, max]. */
  percentile(q: number): number {
    if (this.histogram === null || this.calls === 0) return 0;
    const want = Math.max(1, Math.ceil(q * this.calls));
    if (this.samples !== null && this.calls <= EXACT) return [...this.samples].sort((a, b) => a - b)[want - 1]!;
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.histogram[b]!;
      if (seen >= want) return Math.min(this.max, Math.max(this.min, bucketValue(b) / 1e9));
    }
    return this.max;
  }
}

/** Up to this many calls of a syscall, its percentiles are computed from every duration. */
const EXACT = 1024;

interface Column {
  readonly header: string;
  /** strace's least width; the data may widen it (widthOf). */
  readonly width: number;
  readonly left?: boolean;
  cell(s: Stats, name: string, totalTime: number): string;
}

const sec = (x: number): string => x.toFixed(6);
/** Whole microseconds of a time in seconds, truncated as strace's (uint64_t) cast does. */
const usecs = (x: number): string => String(Math.floor(x * 1e6 + 1e-6));
const COLUMNS: Readonly<Record<SummaryColumn, Column>> = {
  'time-percent': { header: '% time', width: 6, cell: (s, _n, t) => (t > 0 ? (100 * s.total) / t : 0).toFixed(2) },
  'total-time': { header: 'seconds', width: 11, cell: (s) => sec(s.total) },
  'avg-time': { header: 'usecs/call', width: 11, cell: (s) => (s.calls ? usecs(s.total / s.calls) : '0') },
  calls: { header: 'calls', width: 9, cell: (s) => String(s.calls) },
  errors: { header: 'errors', width: 9, cell: (s) => (s.errors ? String(s.errors) : '') },
  name: { header: 'syscall', width: 16, left: true, cell: (_s, n) => n },
  'min-time': { header: 'shortest', width: 8, cell: (s) => sec(s.calls ? s.min : 0) },
  'max-time': { header: 'longest', width: 7, cell: (s) => sec(s.max) },
  p50: { header: 'p50', width: 8, cell: (s) => sec(s.percentile(0.5)) },
  p99: { header: 'p99', width: 8, cell: (s) => sec(s.percentile(0.99)) },
};

export class Summary {
  private readonly stats = new Map<number, Stats>();
  private readonly histograms: boolean;
  /** -O: seconds taken off each call (never below zero). */
  private readonly overhead: number;

  constructor(private readonly opts: SummaryOptions) {
    this.histograms = opts.columns.includes('p50') || opts.columns.includes('p99');
    this.overhead = (opts.overheadUs ?? 0) / 1e6;
  }

  /** One finished call of `nr`, `seconds` long. */
  add(nr: number, seconds: number, failed: boolean): void {
    let s = this.stats.get(nr);
    if (s === undefined) {
      s = new Stats();
      if (this.histograms) {
        s.histogram = new Uint32Array(BUCKETS);
        s.samples = [];
      }
      this.stats.set(nr, s);
    }
    const t = Math.max(0, seconds - this.overhead);
    s.calls++;
    if (failed) s.errors++;
    s.total += t;
    if (t < s.min) s.min = t;
    if (t > s.max) s.max = t;
    if (s.histogram !== null) s.histogram[bucketOf(t * 1e9)]!++;
    if (s.samples !== null && s.samples.length < EXACT) s.samples.push(t);
  }

  /** The table, as strace prints it; nothing at all when no call was counted. */
  render(): string {
    if (this.stats.size === 0) return '';
    const rows = [...this.stats].map(([nr, s]) => ({ nr, name: signatureOf(nr).name, s }));
    const by = this.opts.sortBy;
    const key: Record<SummarySort, (r: (typeof rows)[number]) => number | string> = {
      time: (r) => -r.s.total, calls: (r) => -r.s.calls, errors: (r) => -r.s.errors, name: (r) => r.name,
      nothing: () => 0, 'min-time': (r) => -r.s.min, 'max-time': (r) => -r.s.max,
      'avg-time': (r) => -(r.s.total / r.s.calls),
    };
    // Ties keep syscall-number order, as strace's table shows.
    rows.sort((a, b) => a.nr - b.nr);
    if (by !== 'nothing') rows.sort((a, b) => (key[by](a) < key[by](b) ? -1 : key[by](a) > key[by](b) ? 1 : 0));

    const total = new Stats();
    let avgMax = 0;
    let minMax = 0;
    for (const { s } of rows) {
      total.calls += s.calls;
      total.errors += s.errors;
      total.total += s.total;
      total.min = Math.min(total.min, s.min);
      total.max = Math.max(total.max, s.max);
      avgMax = Math.max(avgMax, s.total / s.calls);
      minMax = Math.max(minMax, s.min);
    }
    const cols = this.opts.columns.map((c) => COLUMNS[c]);
    // strace widens a column to its widest value: the totals, the longest name.
    const wide: Readonly<Partial<Record<SummaryColumn, number>>> = {
      'total-time': sec(total.total).length, 'avg-time': usecs(avgMax).length, calls: String(total.calls).length,
      errors: String(total.errors).length, name: Math.max(...rows.map((r) => r.name.length)) + 1,
      'min-time': `${Math.floor(minMax)}.000000`.length, 'max-time': `${Math.floor(total.max)}.000000`.length,
      p50: `${Math.floor(total.max)}.000000`.length, p99: `${Math.floor(total.max)}.000000`.length,
    };
    const widths = this.opts.columns.map((c, i) => Math.max(cols[i]!.width, wide[c] ?? 0));
    const last = cols.length - 1;
    const line = (cells: string[]): string =>
      cells.map((c, i) => (cols[i]!.left ? (i === last ? c : c.padEnd(widths[i]!)) : c.padStart(widths[i]!))).join(' ') + '\n';
    const rule = widths.map((w) => '-'.repeat(w)).join(' ') + '\n';
    let out = line(cols.map((c) => c.header)) + rule;
    for (const r of rows) out += line(cols.map((c) => c.cell(r.s, r.name, total.total)));
    out += rule;
    const totalCells = cols.map((c) => {
      if (c === COLUMNS['time-percent']) return '100.00';
      if (c === COLUMNS.name) return 'total';
      if (c === COLUMNS.p50 || c === COLUMNS.p99) return '';
      if (c === COLUMNS['avg-time']) return total.calls ? usecs(total.total / total.calls) : '0';
      return c.cell(total, 'total', total.total);
    });
    return out + line(totalCells);
  }
}
