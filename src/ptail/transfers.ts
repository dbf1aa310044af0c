/**
 * sendfile, splice, copy_file_range and tee write to stdout bytes that never were in the
 * tracee's memory: they come from another fd. Where they came from is read back:
 *
 * - a file (or block device): at exit, the call's bytes sit just before the offset it
 *   left (in *off_in when the call had one, else the fd's position), and are read there;
 * - a pipe: the call consumes them (tee leaves them, but they may be read by the time
 *   of its exit), so at entry the pipe's head is copied (tee), and at
 *   exit the first bytes of that copy are the ones taken. Bytes that arrived in the pipe
 *   while the call was waiting cannot be recovered: they are reported lost.
 */
import type { Task } from '../engine/task.js';
import { fdKind, peekPipe, readFileAt } from '../sys/fd-contents.js';
import type { TraceeMemory } from '../sys/memory.js';
import { filePosition } from './proc.js';
import { Action } from './syscall-actions.js';

const TWO32 = 2 ** 32;

/** The fds and offset pointer of a transfer call, by its action. */
export interface TransferArgs {
  readonly out: number;
  readonly from: number;
  /** Address of the loff_t the source is read at; 0 when the fd's own position is used. */
  readonly offsetPtr: number;
  /** The most the call may copy. */
  readonly len: number;
}

export function transferArgs(task: Task, action: Action): TransferArgs {
  switch (action) {
    case Action.SendFile:
      return { out: task.argInt(0), from: task.argInt(1), offsetPtr: task.arg(2), len: task.arg(3) };
    case Action.Tee:
      return { out: task.argInt(1), from: task.argInt(0), offsetPtr: 0, len: task.arg(2) };
    default:
      return { out: task.argInt(2), from: task.argInt(0), offsetPtr: task.arg(1), len: task.arg(4) };
  }
}

export class TransferSources {
  /** Pipe heads copied at entry, by tid, until the call's exit. */
  private readonly peeked = new Map<number, Buffer>();

  constructor(private readonly memory: TraceeMemory) {}

  /** Entry of a transfer to a captured stream: copies a pipe source's head. */
  entering(task: Task, args: TransferArgs): void {
    this.peeked.delete(task.tid);
    if (args.offsetPtr !== 0 || fdKind(task.tid, args.from) !== 'pipe') return;
    const head = peekPipe(task.tid, args.from, args.len);
    if (head !== null) this.peeked.set(task.tid, head);
  }

  /**
   * The `n` bytes the call copied, as far as they can be recovered (a shorter buffer when
   * not all can be, empty when none).
   */
  taken(task: Task, args: TransferArgs, n: number): Buffer {
    const head = this.peeked.get(task.tid);
    if (head !== undefined) {
      this.peeked.delete(task.tid);
      return head.subarray(0, n);
    }
    let end: number;
    if (args.offsetPtr !== 0) {
      if (this.memory.read(task.tid, args.offsetPtr, 8) !== 8) return Buffer.alloc(0);
      const s = this.memory.scratch;
      end = s.readUInt32LE(0) + s.readUInt32LE(4) * TWO32;
    } else {
      end = filePosition(task.tid, args.from);
    }
    if (!(end >= n)) return Buffer.alloc(0);
    return readFileAt(task.tid, args.from, end - n, n) ?? Buffer.alloc(0);
  }

  /** The call failed, or the task is gone. */
  forget(tid: number): void {
    this.peeked.delete(tid);
  }
}
