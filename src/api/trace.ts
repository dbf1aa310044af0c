/**
 * trace(): the library's entry point. The stop loop runs in a Worker (ptrace is per
 * thread, and the loop blocks); its events arrive here in batches and are handed out by
 * an async iterator. Taking a batch from the queue is what acknowledges it to the worker
 * (the TAKEN counter): the worker stops running ahead when too many are not taken.
 */
import { TracerThread } from '../engine/host.js';
import { attachFailureLine } from '../engine/attach-errors.js';
import { TraceError } from '../engine/tracer.js';
import { getpid } from '../sys/libc.js';
import { signalName } from '../decode/signals.js';
import { SIGTERM } from '../sys/constants.js';
import { toExitStatus } from './event-sink.js';
import type { ExitStatus, TraceEvent } from '../decode/events.js';
import { workerConfig, type TraceOptions, type TraceTarget } from './options.js';
import { SLOT, type WorkerMessage, type WorkerResult } from './protocol.js';

/**
 * How a trace ended: how the command it started ended (`exited` / `killed`), or
 * `detached` (detach() was called; a command trace() started was killed with `signal`,
 * SIGTERM, first, as strace does on Ctrl-C; processes attached by pid get no signal), or
 * `ended` (no command: every traced process is gone).
 */
export type TraceExit =
  | ExitStatus
  | { readonly kind: 'detached'; readonly signal?: number; readonly signalName?: string }
  | { readonly kind: 'ended' };

/**
 * A running trace: iterate it (`for await (const e of handle)`) for its events, await
 * `exit` for how it ended.
 *
 * Events are produced as fast as the consumer takes them: while a few batches wait
 * unconsumed, the tracees are held at their next stop. Iterate, or pass
 * `{ events: false }` when only the exit status matters. Leaving the loop early (`break`,
 * an exception) detaches. The handle can be iterated once.
 */
export interface TraceHandle extends AsyncIterable<TraceEvent> {
  /**
   * How the trace ended; rejects with a TraceError when it could not start (the command
   * cannot be started, nothing could be attached).
   */
  readonly exit: Promise<TraceExit>;
  /**
   * Lets go of every tracee; processes attached by pid keep running, a command trace()
   * started is killed (SIGTERM). Events already produced are still delivered.
   */
  detach(): void;
}

/**
 * Starts tracing `target`: a command (`{ command: ['ls', '-l'] }`) or running processes
 * (`{ pids: [1234] }`).
 *
 * Installs a SIGUSR2 handler in this process (the wake-up of the tracer thread).
 * @throws TraceError when the target is invalid or the command cannot be found.
 */
export function trace(target: TraceTarget, options: TraceOptions = {}): TraceHandle {
  const config = workerConfig(target, options);
  const thread = new TracerThread(new URL('./worker.js', import.meta.url), { config }, SLOT.SIZE, config.limits.maxDelayMs);
  const { ctl, worker } = thread;
  const queue = new EventQueue(ctl);
  const detach = (): void => thread.requestStop(SIGTERM);
  queue.onAbandon = detach;

  const exit = new Promise<TraceExit>((resolve, reject) => {
    let settled = false;
    const settle = (r: WorkerResult): void => {
      settled = true;
      thread.close();
      if (r.kind === 'error') {
        const e = r.traceError ? new TraceError(r.message) : new Error(`tracer thread failed: ${r.message}`);
        queue.fail(e);
        return reject(e);
      }
      queue.end();
      if (r.nothingTraced) {
        // The CLI's reason for each pid (No such process, Operation not permitted and why).
        const self = getpid();
        const why = r.attachFailures.map((f) => attachFailureLine(f.pid, f.errno, self));
        return reject(new TraceError(why.length > 0 ? why.join('; ') : 'nothing could be traced'));
      }
      if (r.stoppedBy !== 0) {
        // Only a command we started was sent the signal; attached processes were just let go.
        return resolve(config.tracer.command !== undefined
          ? { kind: 'detached', signal: r.stoppedBy, signalName: signalName(r.stoppedBy) }
          : { kind: 'detached' });
      }
      resolve(r.command === null ? { kind: 'ended' } : toExitStatus(r.command));
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'events') queue.add(m.events);
      else settle(m);
    });
    worker.once('error', (e) => {
      if (!settled) settle({ kind: 'error', message: e.stack ?? e.message, traceError: false });
    });
    worker.once('exit', (code) => {
      if (!settled) settle({ kind: 'error', message: `exited (${code}) without a result`, traceError: false });
    });
  });
  // Whoever only iterates learns of a failure from the iterator; not an unhandled rejection.
  exit.catch(() => {});

  return {
    exit,
    detach,
    [Symbol.asyncIterator]: () => queue.iterator(),
  };
}

/** The main thread's queue of batches, and the one iterator that drains it. */
class EventQueue {
  private readonly batches: TraceEvent[][] = [];
  private current: TraceEvent[] = [];
  private index = 0;
  private done = false;
  private failure: Error | null = null;
  /** The consumer left: batches are taken (acknowledged) and dropped as they come. */
  private abandoned = false;
  private iterating = false;
  private wakeConsumer: (() => void) | null = null;
  onAbandon: () => void = () => {};

  constructor(private readonly ctl: Int32Array) {}

  add(events: TraceEvent[]): void {
    if (this.abandoned) return this.take();
    this.batches.push(events);
    this.notify();
  }

  end(): void {
    this.done = true;
    this.notify();
  }

  fail(e: Error): void {
    this.failure = e;
    this.end();
  }

  iterator(): AsyncIterator<TraceEvent> {
    if (this.iterating) throw new Error('a trace can be iterated only once');
    this.iterating = true;
    return {
      next: () => this.next(),
      return: () => {
        this.abandon();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  private async next(): Promise<IteratorResult<TraceEvent>> {
    for (;;) {
      if (this.index < this.current.length) return { done: false, value: this.current[this.index++]! };
      const batch = this.batches.shift();
      if (batch !== undefined) {
        this.current = batch;
        this.index = 0;
        this.take();
        continue;
      }
      if (this.abandoned) return { done: true, value: undefined };
      if (this.done) {
        if (this.failure !== null) throw this.failure;
        return { done: true, value: undefined };
      }
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }

  /** Acknowledges one batch to the worker, which may be waiting for room. */
  private take(): void {
    Atomics.add(this.ctl, SLOT.TAKEN, 1);
    Atomics.notify(this.ctl, SLOT.TAKEN);
  }

  private abandon(): void {
    if (this.abandoned) return;
    this.abandoned = true;
    for (const _ of this.batches) this.take();
    this.batches.length = 0;
    this.current = [];
    if (!this.done) this.onAbandon();
    this.notify();
  }

  private notify(): void {
    const wake = this.wakeConsumer;
    this.wakeConsumer = null;
    wake?.();
  }
}
