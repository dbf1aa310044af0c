/** One TraceSink that reports every stop to several (the text printer and the timeline). */
import type { ExitHow, TraceSink, UnknownSyscallStop } from '../engine/sink.js';
import type { Task } from '../engine/task.js';

export class TeeSink implements TraceSink {
  constructor(private readonly sinks: readonly TraceSink[]) {}

  taskAdded(task: Task): void {
    for (const s of this.sinks) s.taskAdded(task);
  }
  syscallEntry(task: Task): void {
    for (const s of this.sinks) s.syscallEntry(task);
  }
  wantsExit(task: Task): boolean {
    // A sink that does not say wants every exit. A loop, not some(): no closure per stop.
    for (const s of this.sinks) if (s.wantsExit?.(task) !== false) return true;
    return false;
  }

  syscallExit(task: Task): void {
    for (const s of this.sinks) s.syscallExit(task);
  }
  syscallNoReturn(task: Task): void {
    for (const s of this.sinks) s.syscallNoReturn(task);
  }
  unknownSyscall(task: Task, stop: UnknownSyscallStop): void {
    for (const s of this.sinks) s.unknownSyscall(task, stop);
  }
  signal(task: Task, signal: number, siginfo: Buffer): void {
    for (const s of this.sinks) s.signal(task, signal, siginfo);
  }
  groupStop(task: Task, signal: number): void {
    for (const s of this.sinks) s.groupStop(task, signal);
  }
  threadExeced(task: Task, formerTid: number): void {
    for (const s of this.sinks) s.threadExeced(task, formerTid);
  }
  exited(task: Task, how: ExitHow): void {
    for (const s of this.sinks) s.exited(task, how);
  }
  detached(task: Task): void {
    for (const s of this.sinks) s.detached(task);
  }
  processAttached(pid: number, threads: number): void {
    for (const s of this.sinks) s.processAttached(pid, threads);
  }
  attachFailed(pid: number, errno: number): void {
    for (const s of this.sinks) s.attachFailed(pid, errno);
  }
  warning(message: string): void {
    for (const s of this.sinks) s.warning(message);
  }
}
