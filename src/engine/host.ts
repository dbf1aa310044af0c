/**
 * The main thread's side of a trace: it runs the stop loop in a Worker (the tracer thread)
 * and keeps signals, timers and process exit for itself. The two share a small control
 * block; the main thread wakes the tracer out of a blocking wait4 with a thread-directed
 * signal, to flush output on a timer or to detach on Ctrl-C.
 */
import { Worker } from 'node:worker_threads';
import { SIGHUP, SIGINT, SIGTERM, SIGUSR2 } from '../sys/constants.js';
import { getpid, tgkill } from '../sys/libc.js';
import { installWakeHandler } from '../sys/signals.js';

/** Slots of the shared control block (Int32Array). */
export const CTL = {
  /** Set by the host: the signal that asked us to detach. */
  STOP: 0,
  /** Set by the tracer thread: its kernel thread id, for tgkill. */
  TID: 1,
  /** Set by the tracer thread while output waits in its buffers. */
  PENDING: 2,
  /** Set by the host: flush now (the tracer may be too busy to ever block and see a signal). */
  FLUSH: 3,
  SIZE: 4,
} as const;

export const WAKE_SIGNAL = SIGUSR2;
/** How often buffered output is pushed out when the tracer is idle or slow. */
const FLUSH_INTERVAL_MS = 40;

export interface HostedRun<R> {
  readonly result: Promise<R>;
}

/**
 * Starts `module` in a Worker with `data` plus the control block, and resolves with the
 * first message it posts. Rejects if the worker dies without posting one.
 */
export function runTracerThread<R>(module: URL, data: Record<string, unknown>): Promise<R> {
  installWakeHandler(WAKE_SIGNAL);
  const ctl = new Int32Array(new SharedArrayBuffer(4 * CTL.SIZE));
  const pid = getpid();
  const worker = new Worker(module, { workerData: { ...data, ctl: ctl.buffer } });

  const wake = (): void => {
    const tid = Atomics.load(ctl, CTL.TID);
    if (tid !== 0) tgkill(pid, tid, WAKE_SIGNAL);
  };
  const timer = setInterval(() => {
    if (Atomics.load(ctl, CTL.PENDING) !== 0) Atomics.store(ctl, CTL.FLUSH, 1);
    else if (Atomics.load(ctl, CTL.STOP) === 0) return;
    wake();
  }, FLUSH_INTERVAL_MS);

  const onSignal = (name: NodeJS.Signals): void => {
    const sig = name === 'SIGINT' ? SIGINT : name === 'SIGTERM' ? SIGTERM : SIGHUP;
    if (Atomics.load(ctl, CTL.STOP) === 0) Atomics.store(ctl, CTL.STOP, sig);
    wake();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);

  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (): void => {
      clearInterval(timer);
      for (const s of signals) process.off(s, onSignal);
    };
    worker.once('message', (m: R) => {
      settled = true;
      finish();
      resolve(m);
    });
    worker.once('error', (e) => {
      finish();
      if (!settled) reject(e);
    });
    worker.once('exit', (code) => {
      finish();
      if (!settled) reject(new Error(`tracer thread exited (${code}) without a result`));
    });
  });
}
