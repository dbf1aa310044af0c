/**
 * strace's -i field: `[00007f1234567890] ` (16 hex digits), the address after the syscall
 * instruction for syscall lines, the current rip for other lines (signals), and
 * `[????????????????] ` when there is none (the task has exited).
 */
import { ptraceRaw } from '../sys/libc.js';
import { PTRACE_PEEKUSER, REG } from '../sys/ptrace-toolbox.js';

const UNKNOWN = '[????????????????] ';

export class InstructionPointers {
  private readonly word = Buffer.alloc(8);

  /** For a syscall line: the ip PTRACE_GET_SYSCALL_INFO gave at this stop. */
  syscall(ip: number): string {
    return '[' + ip.toString(16).padStart(16, '0') + '] ';
  }

  /** For any other line: the task's rip now, if it is still there to ask. */
  current(tid: number): string {
    if (ptraceRaw(PTRACE_PEEKUSER, tid, REG.rip, this.word) < 0) return UNKNOWN;
    return '[' + this.word.readBigUInt64LE(0).toString(16).padStart(16, '0') + '] ';
  }
}
