/** One traced process as ptail sees it: its fd roles and the name its lines are shown with. */
import type { FdTable } from './fd-roles.js';
import { readComm } from './proc.js';
import type { Writer } from './stream-writer.js';

export class TracedProcess implements Writer {
  prefix: Buffer;

  constructor(
    readonly pid: number,
    /** Shared by its threads; replaced by nothing (a process keeps its table for life). */
    readonly fds: FdTable,
    /** Named by the user (-p) or the command ptail started, as opposed to a child of one. */
    readonly isRoot: boolean,
  ) {
    this.prefix = this.readPrefix();
  }

  /** After exec: the name changed. */
  refreshName(): void {
    this.prefix = this.readPrefix();
  }

  private readPrefix(): Buffer {
    const comm = readComm(this.pid);
    return Buffer.from(comm === '' ? `[pid ${this.pid}] ` : `[pid ${this.pid} ${comm}] `, 'latin1');
  }
}
