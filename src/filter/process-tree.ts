/**
 * --process-tree: the processes a trace saw, who started whom, from the trace's events
 * (decode/events.ts): each one's command line (its last exec's), how it ended and when. The
 * question strace users answer by parsing logs (strace-process-tree); here the events
 * already say it. Threads are folded into their process.
 */
import type { ExitStatus, TraceEvent } from '../decode/events.js';

/** How a process's trace ended: its exit, tstrace letting go of it, or still running at the end. */
export type ProcessEnd = ExitStatus | { readonly kind: 'detached' } | { readonly kind: 'running' };

export interface ProcessNode {
  readonly pid: number;
  /** The parent's pid (0 when unknown); the parent may not be in the tree (an attached process's). */
  readonly ppid: number;
  /** The command line: its last exec's, else what it had when it showed up (a child: its parent's). */
  readonly argv: readonly string[];
  /** When it showed up and when its trace ended (epoch seconds; end null while running). */
  readonly start: number;
  readonly end: number | null;
  readonly status: ProcessEnd;
  readonly children: readonly ProcessNode[];
}

interface Building {
  pid: number;
  ppid: number;
  argv: readonly string[];
  start: number;
  end: number | null;
  status: ProcessEnd;
  children: Building[];
}

export class ProcessTreeBuilder {
  /** Every process seen, by pid, in the order they showed up (a reused pid: the latest). */
  private readonly byPid = new Map<number, Building>();
  private readonly order: Building[] = [];

  add(event: TraceEvent): void {
    switch (event.type) {
      case 'task': {
        if (event.process === null) return;
        const parent = this.byPid.get(event.process.ppid);
        const live = parent !== undefined && parent.status.kind === 'running';
        const node: Building = {
          pid: event.pid, ppid: event.process.ppid,
          // A child runs its parent's program until it execs (what /proc said may be late).
          argv: event.origin === 'child' && live ? parent.argv : event.process.argv,
          start: event.time, end: null, status: { kind: 'running' }, children: [],
        };
        this.byPid.set(event.pid, node);
        this.order.push(node);
        if (live && event.origin === 'child') parent.children.push(node);
        return;
      }
      case 'exec': {
        const node = this.byPid.get(event.pid);
        if (node !== undefined) node.argv = event.argv.length > 0 ? event.argv : [event.filename];
        return;
      }
      case 'exit':
      case 'detach': {
        // The process ends with its last thread; the leader's exit carries the group's status.
        const node = this.byPid.get(event.pid);
        if (node === undefined || (event.type === 'exit' && event.tid !== event.pid)) return;
        node.end = event.time;
        node.status = event.type === 'exit' ? event.status : { kind: 'detached' };
        return;
      }
      default:
    }
  }

  /** The processes whose parent is not in the trace, each with its descendants. */
  roots(): ProcessNode[] {
    const inTree = new Set<Building>();
    for (const n of this.order) for (const c of n.children) inTree.add(c);
    return this.order.filter((n) => !inTree.has(n));
  }
}
