/**
 * What the library's main thread and its tracer Worker share: the control block (the
 * engine host's slots, plus two counters for backpressure) and the messages the worker
 * posts. Events travel in batches, never one message per event.
 */
import { CTL } from '../engine/host.js';
import type { TracerConfig } from '../engine/tracer.js';
import type { EventOptions } from './event-sink.js';
import type { TraceEvent } from '../decode/events.js';

/** Slots of the shared Int32Array: CTL's, then ours. */
export const SLOT = {
  ...CTL,
  /** Batches the worker has posted. */
  SENT: CTL.SIZE,
  /** Batches the main thread has handed to the consumer (or dropped, once nobody listens). */
  TAKEN: CTL.SIZE + 1,
  SIZE: CTL.SIZE + 2,
} as const;

/** How events are batched, and how far the worker may run ahead of the consumer. */
export interface BatchLimits {
  /** A batch goes out when it holds this many events... */
  readonly maxEvents: number;
  /** ...or when its first event is this old (ms). */
  readonly maxDelayMs: number;
  /** The worker waits (the tracees with it) while this many batches are not taken. */
  readonly maxPending: number;
}

export const DEFAULT_LIMITS: BatchLimits = { maxEvents: 512, maxDelayMs: 10, maxPending: 4 };

export interface WorkerConfig {
  readonly tracer: TracerConfig;
  /** null: no events at all (only the exit status is wanted). */
  readonly events: EventOptions | null;
  readonly limits: BatchLimits;
}

/** The end of a trace, as the worker reports it. */
export type WorkerResult =
  | {
    readonly kind: 'done';
    readonly command: import('../engine/sink.js').ExitHow | null;
    readonly stoppedBy: number;
    readonly nothingTraced: boolean;
    readonly attachFailures: readonly { readonly pid: number; readonly errno: number }[];
  }
  | { readonly kind: 'error'; readonly message: string; readonly traceError: boolean };

export type WorkerMessage =
  | { readonly kind: 'events'; readonly events: TraceEvent[] }
  | WorkerResult;
