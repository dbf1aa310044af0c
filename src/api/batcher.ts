/**
 * The tracer thread's end of the event stream: events gather in a batch that is posted
 * when it is full or a few ms old. The age is checked after every stop, and the host's
 * timer sets FLUSH (and wakes a tracer blocked in wait4) so that a quiet trace still
 * delivers within ~maxDelayMs.
 *
 * Backpressure: before posting, the batcher waits (Atomics.wait, on the tracer thread)
 * while `maxPending` batches are posted and not yet taken by the consumer. The tracee
 * whose stop is being reported stays stopped meanwhile, and the others stop at their next
 * stop: a slow consumer slows the traced program instead of growing our memory.
 */
import type { MessagePort } from 'node:worker_threads';
import type { TraceEvent } from '../decode/events.js';
import { SLOT, type BatchLimits, type WorkerMessage } from './protocol.js';
import { monotonicMs } from '../sys/clock.js';

/** How long one wait lasts before looking at the detach flag again (ms). */
const WAIT_SLICE_MS = 100;

export class Batcher {
  private batch: TraceEvent[] = [];
  private startedAt = 0;

  constructor(
    private readonly ctl: Int32Array,
    private readonly port: MessagePort,
    private readonly limits: BatchLimits,
  ) {}

  push(event: TraceEvent): void {
    if (this.batch.length === 0) {
      this.startedAt = monotonicMs();
      Atomics.store(this.ctl, SLOT.PENDING, 1);
    }
    this.batch.push(event);
    if (this.batch.length >= this.limits.maxEvents) this.send();
  }

  /** After each stop: sends the batch if the host asked or it is old enough. */
  tick(): void {
    if (Atomics.load(this.ctl, SLOT.FLUSH) !== 0) {
      Atomics.store(this.ctl, SLOT.FLUSH, 0);
      this.send();
    } else if (this.batch.length > 0 && monotonicMs() - this.startedAt >= this.limits.maxDelayMs) {
      this.send();
    }
  }

  /** Posts what there is (waiting for the consumer first if it is too far behind). */
  send(): void {
    if (this.batch.length === 0) return;
    this.waitForRoom();
    const msg: WorkerMessage = { kind: 'events', events: this.batch };
    this.port.postMessage(msg);
    Atomics.add(this.ctl, SLOT.SENT, 1);
    this.batch = [];
    Atomics.store(this.ctl, SLOT.PENDING, 0);
  }

  private waitForRoom(): void {
    const ctl = this.ctl;
    for (;;) {
      const taken = Atomics.load(ctl, SLOT.TAKEN);
      if (Atomics.load(ctl, SLOT.SENT) - taken < this.limits.maxPending) return;
      // Letting go must not wait for a consumer that may be gone: detach() goes through.
      if (Atomics.load(ctl, SLOT.STOP) !== 0) return;
      Atomics.wait(ctl, SLOT.TAKEN, taken, WAIT_SLICE_MS);
    }
  }
}
