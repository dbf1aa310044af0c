/**
 * strace's -e inject= / -e fault=, as a SyscallTamper for the stop loop. It sees only the
 * syscalls that are traced (filter/selection.ts calls it), as strace injects into no other.
 *
 * At the entry of a chosen invocation (counted per task and syscall, like strace) the call
 * is skipped by setting orig_rax to -1, or replaced by a pure syscall (syscall=); at its
 * exit rax gets -errno or the forced value. signal= is returned to the loop, which resumes
 * the task with it; poke_enter=/poke_exit= write bytes where an argument points; delays
 * keep only that task stopped for their length (Task.holdUntil), the others run on.
 */
import { writeSync } from 'node:fs';
import type { SyscallTamper } from '../engine/tamper.js';
import { signatureOf } from '../decode/signature.js';
import type { Task } from '../engine/task.js';
import { errno, ptraceRawInt, strerror } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';
import { PTRACE_POKEUSER, REG } from '../sys/ptrace-toolbox.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { whenMatches, type InjectPoke, type InjectRule } from '../filter/inject-expression.js';
import { PtraceError } from './tracee.js';
import { monotonicMs } from '../sys/clock.js';

const TWO32 = 2 ** 32;

function toStderr(message: string): void {
  writeSync(2, `tstrace: ${message}\n`);
}

export class FaultInjector implements SyscallTamper {
  /** The rule for each syscall number (the last one given wins, as in strace). */
  private readonly rules: (InjectRule | undefined)[] = [];
  /** Invocations so far, per task, per syscall number. */
  private readonly counts = new WeakMap<Task, Uint32Array>();
  /** The rule a task's current call was tampered with, until its exit. */
  private readonly active = new WeakMap<Task, InjectRule>();
  private readonly mem = new TraceeMemory(64);

  /** @param warn where a poke that could not be done is told (stderr by default). */
  constructor(rules: readonly InjectRule[], private readonly warn: (message: string) => void = toStderr) {
    for (const rule of rules) for (const nr of rule.syscalls) this.rules[nr] = rule;
  }

  entering(task: Task): number {
    task.injected = false;
    task.poked = false;
    task.delayed = false;
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
    // Skipped (-1), or replaced by a pure syscall whose result is then overwritten.
    if (rule.result !== null) this.poke(task, REG.orig_rax, rule.substitute >= 0 ? rule.substitute : -1);
    if (rule.pokeEnter.length > 0) this.pokeArgs(task, rule.pokeEnter);
    if (rule.delayEnterUs > 0) this.hold(task, rule.delayEnterUs);
    this.active.set(task, rule);
    return rule.signal;
  }

  exiting(task: Task): void {
    const rule = this.active.get(task);
    if (rule === undefined) return;
    this.active.delete(task);
    if (rule.pokeExit.length > 0) this.pokeArgs(task, rule.pokeExit);
    if (rule.delayExitUs > 0) this.hold(task, rule.delayExitUs);
    const r = rule.result;
    if (r === null) return;
    const value = r.kind === 'error' ? BigInt(-r.errno) : BigInt(r.value);
    const u64 = BigInt.asUintN(64, value);
    this.poke(task, REG.rax, BigInt.asIntN(64, value));
    task.retLo = Number(u64 & 0xffffffffn);
    task.retHi = Number(u64 >> 32n);
    task.isError = r.kind === 'error';
    task.injected = true;
  }

  /** Keeps the task stopped for `us` microseconds from now (the stop loop honours it). */
  private hold(task: Task, us: number): void {
    task.holdUntil = Math.max(task.holdUntil, monotonicMs() + us / 1000);
    task.delayed = true;
  }

  /** As strace: a poke that writes any of its bytes counts (`(INJECTED: args)`); one cut short or not done is said. */
  private pokeArgs(task: Task, pokes: readonly InjectPoke[]): void {
    for (const p of pokes) {
      const sig = signatureOf(task.nr);
      if (sig.args.length < p.arg) {
        this.warn(`Failed to tamper with process ${task.tid}: requested to tamper with argument #${p.arg}, ` +
          `but system call '${sig.name}' has only ${sig.args.length} arguments`);
        continue;
      }
      const addr = task.args[2 * (p.arg - 1)]! + task.args[2 * (p.arg - 1) + 1]! * TWO32;
      const bytes = Buffer.from(p.hex, 'hex');
      const written = this.mem.poke(task.tid, addr, bytes);
      if (written === 0) {
        this.warn(`Failed to tamper with process ${task.tid}: couldn't poke`);
        continue;
      }
      task.poked = true;
      if (written < bytes.length) {
        const why = this.mem.lastErrno === 0 ? '' : `: ${strerror(this.mem.lastErrno)}`;
        this.warn(`pid:${task.tid} short write (${written} < ${bytes.length}) @0x${addr.toString(16)}${why}`);
      }
    }
  }

  private poke(task: Task, offset: number, value: number | bigint): void {
    if (ptraceRawInt(PTRACE_POKEUSER, task.tid, offset, value) < 0) {
      const e = errno();
      // ESRCH: killed meanwhile; its exit follows and there is nothing left to tamper with.
      if (e !== 3) throw new PtraceError('PTRACE_POKEUSER', e);
    }
  }
}
