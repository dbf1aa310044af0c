/**
 * A task's first stop after PTRACE_SEIZE + PTRACE_INTERRUPT, when it was blocked in a
 * syscall: the interrupt makes the call return. A call that had done nothing yet fails
 * with an ERESTART code and is run again once resumed (its entry and exit are seen then);
 * one that had done part of its work (a write to a full pipe that wrote some bytes)
 * returns that part, and no exit stop will ever report it. Registers tell which: orig_rax
 * is the syscall number when the task last entered the kernel by a syscall (-1 for an
 * interrupt or an exception), rax what the call returned.
 */
import { ptrace } from '../sys/libc.js';
import { PTRACE_GETREGS, REG, USER_REGS_SIZE } from '../sys/ptrace-toolbox.js';
import { Task } from './task.js';

const regs = Buffer.alloc(USER_REGS_SIZE);
const ARGS = [REG.rdi, REG.rsi, REG.rdx, REG.r10, REG.r8, REG.r9];
/** Return values from -4095 to -1 are errors (ERESTART* among them). */
const FIRST_ERROR_LO = 2 ** 32 - 4095;

/**
 * The syscall `tid` returned from because we attached, as a Task at its exit (nr, args and
 * a successful return set); null when it was in none, or the call failed or will restart.
 */
export function syscallEndedByAttach(tid: number): Task | null {
  if (ptrace(PTRACE_GETREGS, tid, 0, regs) < 0) return null;
  const nrHi = regs.readUInt32LE(REG.orig_rax + 4);
  const nr = regs.readUInt32LE(REG.orig_rax);
  if (nrHi !== 0 || nr > 0xffff) return null; // -1: not in a syscall
  const retLo = regs.readUInt32LE(REG.rax);
  const retHi = regs.readUInt32LE(REG.rax + 4);
  if (retHi === 0xffffffff && retLo >= FIRST_ERROR_LO) return null;
  const task = new Task(tid, 'attached');
  task.nr = nr;
  ARGS.forEach((off, i) => {
    task.args[2 * i] = regs.readUInt32LE(off);
    task.args[2 * i + 1] = regs.readUInt32LE(off + 4);
  });
  task.retLo = retLo;
  task.retHi = retHi;
  return task;
}
