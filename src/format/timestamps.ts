/** -t/-tt/-ttt, -r and -T: the clocks strace prints, from stop times the engine records. */

export type Precision = 's' | 'ms' | 'us' | 'ns';

export interface TimestampOptions {
  /** -t (time, s), -tt (time, us), -ttt (unix, us); --absolute-timestamps=format:...,precision:... */
  readonly absolute: { readonly format: 'time' | 'unix'; readonly precision: Precision } | null;
  /** -r: time since the previous line. */
  readonly relative: Precision | null;
  /** -T: time spent in the call, after the result. */
  readonly syscallTimes: Precision | null;
}

export const NO_TIMESTAMPS: TimestampOptions = { absolute: null, relative: null, syscallTimes: null };

const DIGITS: Readonly<Record<Precision, number>> = { s: 0, ms: 3, us: 6, ns: 9 };

/**
 * `seconds.fraction` of a duration in ms, with the precision's digits (none for s), cut as
 * strace cuts (never rounded up: 5.6 s at precision s is second 5, as `date +%s` says).
 * The tiny epsilon keeps a float's 0.999999... from losing a unit it has.
 */
export function formatSeconds(ms: number, p: Precision, secondsWidth = 0): string {
  const digits = DIGITS[p];
  const total = Math.max(0, Math.floor(ms * 10 ** (digits - 3) + 1e-6));
  const unit = 10 ** digits;
  const sec = String(Math.floor(total / unit)).padStart(secondsWidth);
  return digits === 0 ? sec : `${sec}.${String(total % unit).padStart(digits, '0')}`;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Wall-clock time of an epoch time in ms: `12:34:56` or `12:34:56.123456`, or `1700000000.123456`. */
export function formatAbsolute(epochMs: number, format: 'time' | 'unix', p: Precision): string {
  if (format === 'unix') return formatSeconds(epochMs, p);
  const d = new Date(epochMs);
  const hms = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  if (p === 's') return hms;
  const frac = formatSeconds(epochMs, p);
  return hms + frac.slice(frac.indexOf('.'));
}

/** The clock part of each line's start, for one output stream. */
export class LineClock {
  private last = -1;
  /** `origin`: the epoch time of monotonic 0 (sys/clock.ts), read by absolute timestamps alone. */
  constructor(private readonly opts: TimestampOptions, private readonly origin: number) {}

  get enabled(): boolean {
    return this.opts.absolute !== null || this.opts.relative !== null;
  }

  /** The text after the pid prefix for a line stamped `at` (monotonicMs() ms, sys/clock.ts). */
  stamp(at: number): string {
    let s = '';
    const a = this.opts.absolute;
    if (a !== null) s += formatAbsolute(this.origin + at, a.format, a.precision) + ' ';
    const r = this.opts.relative;
    if (r !== null) {
      // After a time of day, strace brackets the delta: `12:00:00.000001 (+     0.000616) `.
      const delta = formatSeconds(this.last < 0 ? 0 : at - this.last, r, 6);
      s += a !== null ? `(+${delta}) ` : delta + ' ';
      this.last = at;
    }
    return s;
  }
}
