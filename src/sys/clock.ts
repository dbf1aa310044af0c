/**
 * The tracer's clock: stop times, delays, flush periods and timestamps. performance.now()
 * would do, but the first use of the `performance` global loads perf_hooks (ten internal
 * modules: ~3 ms CPU and 0.8 MiB at every start of tstrace); process.uptime() reads the
 * same monotonic clock (libuv's hrtime) without it.
 */

/** Monotonic milliseconds (fractional) since the process started. */
export function monotonicMs(): number {
  return process.uptime() * 1000;
}

let origin: number | undefined;

/**
 * Wall-clock milliseconds since the epoch at which monotonicMs() was 0, to the microsecond
 * (Date.now() has whole milliseconds): taken from `performance` once, when first asked
 * (absolute timestamps, JSON and HTML outputs), so a plain trace never loads perf_hooks.
 */
export function wallClockOrigin(): number {
  if (origin === undefined) {
    const before = monotonicMs();
    const now = performance.now();
    const after = monotonicMs();
    origin = performance.timeOrigin + now - (before + after) / 2;
  }
  return origin;
}
