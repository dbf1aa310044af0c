/**
 * The main thread's side of a trace: it runs the stop loop in a Worker (the tracer thread)
 * and keeps signals, timers and process exit for itself. The two share a small control
 * block; the main thread wakes the tracer out of a blocking wait4 with a thread-directed
 * signal, to flush output on a timer or to detach on Ctrl-C.
 */
import { Worker } from 'node:worker_threads';
import { SIGUSR2 } from '../sys/constants.js';
import { applyInterruptible, type Interruptible } from './interrupts.js';
import { getpid, tgkill } from '../sys/libc.js';
import { installWakeHandler } from '../sys/signals.js';
import type { LoopHost } from './loop-host.js';

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

/**
 * A tracer thread as the main thread holds it: the Worker running `module`, the control
 * block it shares (`slots` Int32 slots, CTL's first), and a timer that wakes the tracer
 * out of a blocking wait4 when output waits to be flushed or a detach was asked for.
 */
export class TracerThread {
  readonly ctl: Int32Array;
  readonly worker: Worker;
  private readonly pid = getpid();
  private readonly timer: NodeJS.Timeout;

  constructor(module: URL, data: Record<string, unknown>, slots: number = CTL.SIZE, flushEveryMs = FLUSH_INTERVAL_MS) {
    installWakeHandler(WAKE_SIGNAL);
    this.ctl = new Int32Array(new SharedArrayBuffer(4 * slots));
    this.worker = new Worker(module, { workerData: { ...data, ctl: this.ctl.buffer } });
    this.timer = setInterval(() => {
      if (Atomics.load(this.ctl, CTL.PENDING) !== 0) Atomics.store(this.ctl, CTL.FLUSH, 1);
      else if (Atomics.load(this.ctl, CTL.STOP) === 0) return;
      this.wake();
    }, flushEveryMs);
  }

  /** Interrupts the tracer's blocking wait4 (a thread-directed signal, see WAKE_SIGNAL). */
  wake(): void {
    const tid = Atomics.load(this.ctl, CTL.TID);
    if (tid !== 0) tgkill(this.pid, tid, WAKE_SIGNAL);
  }

  /** Asks the tracer to detach from everything, as strace does on `signal`; the first ask counts. */
  requestStop(signal: number): void {
    Atomics.compareExchange(this.ctl, CTL.STOP, 0, signal);
    this.wake();
  }

  /** The worker has answered: no more wake-ups. */
  close(): void {
    clearInterval(this.timer);
  }
}

/**
 * Starts `module` in a tracer thread with `data` plus the control block, handles the fatal
 * signals as `interruptible` says (engine/interrupts.ts: a detach request, or ignored), and
 * resolves with the first message it posts. Rejects if the worker dies without posting one.
 */
export function runTracerThread<R>(module: URL, data: Record<string, unknown>, interruptible: Interruptible = 2): Promise<R> {
  const thread = new TracerThread(module, data);
  const release = applyInterruptible(interruptible, (sig) => thread.requestStop(sig));

  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (): void => {
      thread.close();
      release();
    };
    thread.worker.once('message', (m: R) => {
      settled = true;
      finish();
      resolve(m);
    });
    thread.worker.once('error', (e) => {
      finish();
      if (!settled) reject(e);
    });
    thread.worker.once('exit', (code) => {
      finish();
      if (!settled) reject(new Error(`tracer thread exited (${code}) without a result`));
    });
  });
}

/** The tracer thread's side of the control block: what its host asked for, read per stop. */
export function controlBlockHost(control: Int32Array): LoopHost {
  return {
    pending: {
      set: () => Atomics.store(control, CTL.PENDING, 1),
      clear: () => Atomics.store(control, CTL.PENDING, 0),
    },
    check(_interrupted, flush) {
      if (Atomics.load(control, CTL.FLUSH) !== 0) {
        Atomics.store(control, CTL.FLUSH, 0);
        flush();
      }
      return Atomics.load(control, CTL.STOP);
    },
  };
}
