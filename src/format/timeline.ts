/**
 * --timeline: TraceEvents as Chrome trace-event JSON (what Perfetto UI and chrome://tracing
 * load): one track per thread (pid, tid), one complete ('X') slice per syscall, instant
 * ('i') events for signals, group-stops and exits, and a flow ('s' -> 'f') from each
 * fork/vfork/clone call to the first syscall of the child it made.
 *
 * The builder is incremental: it turns each event into trace-event objects as it comes,
 * so the file can be written while tracing (timeline-file.ts) and memory stays flat.
 */
import type { SyscallEvent, TraceEvent } from '../decode/events.js';

/** One object of the trace-event format's `traceEvents` array. */
export interface TimelineEntry {
  readonly ph: 'X' | 'i' | 's' | 'f' | 'M';
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly cat?: string;
  readonly s?: 't' | 'p' | 'g';
  readonly id?: number;
  readonly bp?: 'e';
  readonly args?: Readonly<Record<string, unknown>>;
}

const FORKS = new Set(['clone', 'clone3', 'fork', 'vfork']);

/** Microseconds since `base`, to the nanosecond (rounding is monotonic: order is kept). */
function micros(epochSeconds: number, base: number): number {
  return Math.round((epochSeconds - base) * 1e9) / 1000;
}

interface PendingFlow {
  readonly id: number;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
}

export class TimelineBuilder {
  private readonly threads = new Set<number>();
  private readonly processNames = new Map<number, string>();
  /** Start of each thread's first slice, for flows whose fork returns after the child ran. */
  private readonly firstSlice = new Map<number, { pid: number; ts: number }>();
  /** Flows from a fork whose child has shown no slice yet, by child tid. */
  private readonly pending = new Map<number, PendingFlow>();
  private nextFlow = 1;

  /**
   * @param base the trace's time zero, epoch seconds (before the first event).
   * @param out receives each trace-event object, in no particular time order.
   */
  constructor(private readonly base: number, private readonly out: (entry: TimelineEntry) => void) {}

  add(e: TraceEvent): void {
    if (e.type === 'warning') return;
    this.track(e.pid, e.tid);
    const ts = micros(e.time, this.base);
    switch (e.type) {
      case 'syscall':
        return this.slice(e, ts);
      case 'signal':
        return this.out({ ph: 'i', s: 't', cat: 'signal', name: e.signalName, pid: e.pid, tid: e.tid, ts, args: { info: e.info } });
      case 'stop':
        return this.out({ ph: 'i', s: 't', cat: 'signal', name: `stopped by ${e.signalName}`, pid: e.pid, tid: e.tid, ts });
      case 'exit': {
        const st = e.status;
        const name = st.kind === 'exited' ? `exited with ${st.code}` : `killed by ${st.signalName}${st.core ? ' (core dumped)' : ''}`;
        return this.out({ ph: 'i', s: 't', cat: 'exit', name, pid: e.pid, tid: e.tid, ts });
      }
      case 'exec':
        this.nameProcess(e.pid, `${e.filename.slice(e.filename.lastIndexOf('/') + 1)} (${e.pid})`);
        return;
      case 'task':
        // A new process is named by its program from the start (a child: its parent's
        // until it execs; an attached one: what it runs), not `pid N`.
        if (e.process !== null && e.process.argv.length > 0) {
          const prog = e.process.argv[0]!;
          this.nameProcess(e.pid, `${prog.slice(prog.lastIndexOf('/') + 1)} (${e.pid})`);
        }
        return;
      case 'attach':
      case 'detach':
        return;
    }
  }

  private slice(e: SyscallEvent, ts: number): void {
    const dur = Math.max(0, Math.round((micros(e.endTime, this.base) - ts) * 1000) / 1000);
    const args: Record<string, unknown> = { args: e.args.join(', '), result: e.retText, outcome: e.outcome, nr: e.nr };
    if (e.errno !== null) args.errno = e.errno;
    this.out({ ph: 'X', cat: 'syscall', name: e.name, pid: e.pid, tid: e.tid, ts, dur, args });

    if (!this.firstSlice.has(e.tid)) {
      this.firstSlice.set(e.tid, { pid: e.pid, ts });
      const flow = this.pending.get(e.tid);
      if (flow !== undefined) {
        this.pending.delete(e.tid);
        this.flow(flow, e.pid, e.tid, ts);
      }
    }
    if (FORKS.has(e.name) && e.outcome === 'successful' && typeof e.ret === 'number' && e.ret > 0) {
      // The flow leaves the fork call at its start (the child cannot have run before it).
      const from: PendingFlow = { id: this.nextFlow++, pid: e.pid, tid: e.tid, ts };
      const child = this.firstSlice.get(e.ret);
      if (child !== undefined) this.flow(from, child.pid, e.ret, child.ts);
      else this.pending.set(e.ret, from);
    }
  }

  private flow(from: PendingFlow, pid: number, tid: number, ts: number): void {
    this.out({ ph: 's', cat: 'fork', name: 'fork', id: from.id, pid: from.pid, tid: from.tid, ts: from.ts });
    this.out({ ph: 'f', bp: 'e', cat: 'fork', name: 'fork', id: from.id, pid, tid, ts });
  }

  /** Metadata naming the track, the first time a thread shows up. */
  private track(pid: number, tid: number): void {
    if (this.threads.has(tid)) return;
    this.threads.add(tid);
    if (!this.processNames.has(pid)) this.nameProcess(pid, `pid ${pid}`);
    this.out({ ph: 'M', name: 'thread_name', pid, tid, args: { name: pid === tid ? `${tid} (main)` : String(tid) } });
  }

  private nameProcess(pid: number, name: string): void {
    // A later process_name record replaces the earlier one in the viewers.
    this.processNames.set(pid, name);
    this.out({ ph: 'M', name: 'process_name', pid, tid: pid, args: { name } });
  }
}
