/** The library API: trace() and its event types. */
export { trace, type TraceHandle, type TraceExit } from './trace.js';
export type { TraceTarget, TraceOptions } from './options.js';
export type { BatchLimits } from './protocol.js';
export type {
  TraceEvent, TraceEventType, EventBase, SyscallEvent, SyscallOutcome, SignalEvent, StopEvent, ExitEvent, ExitStatus,
  ExecEvent, TaskEvent, AttachEvent, DetachEvent, WarningEvent,
} from '../decode/events.js';
export { EventSink, type EventOptions } from './event-sink.js';
export { splitArgs } from './split-args.js';
