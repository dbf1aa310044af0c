/**
 * strace's -e inject= / -e fault=, as a SyscallTamper for the stop loop.
 *
 * At the entry of a chosen invocation (counted per task and syscall, like strace) the call
 * is skipped by setting orig_rax to -1; at its exit rax gets -errno or the forced value.
 * signal= is returned to the loop, which resumes the task with it; delays block the tracer
 * thread for their length (every tracee waits; strace only delays the one task).
 */
import type { SyscallTamper } from '../engine/tamper.js';
import type { Task } from '../engine/task.js';
import { errno, ptraceRawInt } from '../sys/libc.js';
import { PTRACE_POKEUSER, REG } from '../sys/ptrace-toolbox.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { whenMatches, type InjectRule } from './inject-expression.js';
import { PtraceError } from './tracee.js';

const TWO32 = 2 ** 32;

export class FaultInjector implements SyscallTamper {
  /** The rule for each syscall number (the last one given wins, as in strace). */
  private readonly rules: (InjectRule | undefined)[] = [];
  /** Invocations so far, per task, per syscall number. */
  private readonly counts = new WeakMap<Task, Uint32Array>();
  /** The rule a task's current call was tampered with, until its exit. */
  private readonly active = new WeakMap<Task, InjectRule>();
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));

  constructor(rules: readonly InjectRule[]) {
    for (const rule of rules) for (const nr of rule.syscalls) this.rules[nr] = rule;
  }

  entering(task: Task): number {
    task.injected = false;
    const nr = task.nr;
    const rule = nr >= 0 ? this.rules[nr] : undefined;
    if (rule === undefined) return 0;
    let counts = this.counts.get(task);
    if (counts === undefined) {
      counts = new Uint32Array(SYSCALL_NAMES.length);
      this.counts.set(task, counts);
    }
    const n = ++counts[nr]!;
    if (!whenMatches(rule.when, n)) return 0;
    if (rule.delayEnterUs > 0) this.sleep(rule.delayEnterUs);
    if (rule.result !== null) this.poke(task, REG.orig_rax, -1); // skip the call
    if (rule.result !== null || rule.delayExitUs > 0) this.active.set(task, rule);
    return rule.signal;
  }

  exiting(task: Task): void {
    const rule = this.active.get(task);
    if (rule === undefined) return;
    this.active.delete(task);
    const r = rule.result;
    if (r !== null) {
      const value = r.kind === 'error' ? -r.errno : r.value;
      this.poke(task, REG.rax, value);
      task.retLo = value >>> 0;
      task.retHi = Math.floor(value / TWO32) >>> 0;
      task.isError = r.kind === 'error';
      task.injected = true;
    }
    if (rule.delayExitUs > 0) this.sleep(rule.delayExitUs);
  }

  private poke(task: Task, offset: number, value: number): void {
    if (ptraceRawInt(PTRACE_POKEUSER, task.tid, offset, value) < 0) {
      const e = errno();
      // ESRCH: killed meanwhile; its exit follows and there is nothing left to tamper with.
      if (e !== 3) throw new PtraceError('PTRACE_POKEUSER', e);
    }
  }

  private sleep(us: number): void {
    Atomics.wait(this.sleeper, 0, 0, us / 1000);
  }
}
