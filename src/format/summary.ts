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

  percentile(q: number): number {
    if (this.histogram === null || this.calls === 0) return 0;
    const want = Math.ceil(q * this.calls);
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.histogram[b]!;
      if (seen >= want) return bucketValue(b) / 1e9;
    }
    return this.max;
  }
}

interface Column {
  readonly header: string;
  readonly width: number;
  readonly rule: string;
  readonly left?: boolean;
  cell(s: Stats, name: string, totalTime: number): string;
}

const sec = (x: number): string => x.toFixed(6);
const COLUMNS: Readonly<Record<SummaryColumn, Column>> = {
  'time-percent': { header: '% time', width: 6, rule: '------', cell: (s, _n, t) => (t > 0 ? (100 * s.total) / t : 0).toFixed(2) },
  'total-time': { header: 'seconds', width: 11, rule: '-----------', cell: (s) => sec(s.total) },
  'avg-time': { header: 'usecs/call', width: 11, rule: '-----------', cell: (s) => String(s.calls ? Math.round((s.total * 1e6) / s.calls) : 0) },
  calls: { header: 'calls', width: 9, rule: '---------', cell: (s) => String(s.calls) },
  errors: { header: 'errors', width: 9, rule: '---------', cell: (s) => (s.errors ? String(s.errors) : '') },
  name: { header: 'syscall', width: 16, rule: '----------------', left: true, cell: (_s, n) => n },
  'min-time': { header: 'shortest', width: 8, rule: '--------', cell: (s) => sec(s.calls ? s.min : 0) },
  'max-time': { header: 'longest', width: 8, rule: '--------', cell: (s) => sec(s.max) },
  p50: { header: 'p50', width: 8, rule: '--------', cell: (s) => sec(s.percentile(0.5)) },
  p99: { header: 'p99', width: 8, rule: '--------', cell: (s) => sec(s.percentile(0.99)) },
};

export class Summary {
  private readonly stats = new Map<number, Stats>();
  private readonly histograms: boolean;

  constructor(private readonly opts: SummaryOptions) {
    this.histograms = opts.columns.includes('p50') || opts.columns.includes('p99');
  }

  /** One finished call of `nr`, `seconds` long. */
  add(nr: number, seconds: number, failed: boolean): void {
    let s = this.stats.get(nr);
    if (s === undefined) {
      s = new Stats();
      if (this.histograms) s.histogram = new Uint32Array(BUCKETS);
      this.stats.set(nr, s);
    }
    s.calls++;
    if (failed) s.errors++;
    s.total += seconds;
    if (seconds < s.min) s.min = seconds;
    if (seconds > s.max) s.max = seconds;
    if (s.histogram !== null) s.histogram[bucketOf(seconds * 1e9)]!++;
  }

  /** The table, as strace prints it. */
  render(): string {
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
    for (const { s } of rows) {
      total.calls += s.calls;
      total.errors += s.errors;
      total.total += s.total;
      total.min = Math.min(total.min, s.min);
      total.max = Math.max(total.max, s.max);
    }
    const cols = this.opts.columns.map((c) => COLUMNS[c]);
    const line = (cells: string[]): string =>
      cells.map((c, i) => (cols[i]!.left ? c.padEnd(cols[i]!.width) : c.padStart(cols[i]!.width))).join(' ').trimEnd() + '\n';
    const rule = line(cols.map((c) => c.rule));
    let out = line(cols.map((c) => c.header)) + rule;
    for (const r of rows) out += line(cols.map((c) => c.cell(r.s, r.name, total.total)));
    out += rule;
    const totalCells = cols.map((c) => {
      if (c === COLUMNS['time-percent']) return '100.00';
      if (c === COLUMNS.name) return 'total';
      if (c === COLUMNS.p50 || c === COLUMNS.p99) return '';
      return c.cell(total, 'total', total.total);
    });
    return out + line(totalCells);
  }
}
