/**
 * strace -D: the tracer runs as a detached grandchild (-DD: in a new process group, -DDD:
 * in a new session), so the command is not the tracer's child and a signal to the user's
 * process group need not reach the tracer. The process the user started becomes the
 * command: it starts the tracer (a second tstrace, told through the environment whom to
 * adopt), waits until that has seized it, and execs the command itself.
 */
import { closeSync, readSync } from 'node:fs';
import { becomeCommand, allowAnyTracer, pipe } from '../sys/become.js';
import { getpid } from '../sys/libc.js';
import { readStatus } from '../sys/proc.js';
import { spawnDetached, type Detachment } from '../sys/spawn.js';
import { TraceError, type CommandSpec } from './tracer.js';

/** The environment variable that makes a tstrace the daemonized tracer: `PID,FD`. */
export const ADOPT_ENV = 'TSTRACE_ADOPT';

export const DETACHMENT: readonly Detachment[] = ['grandchild', 'pgroup', 'session'];

/** In the tracer: whom to adopt, from (and taken out of) the environment; null when not one. */
export function adoptionFromEnv(env: NodeJS.ProcessEnv = process.env): { pid: number; readyFd: number } | null {
  const v = env[ADOPT_ENV];
  if (v === undefined) return null;
  delete env[ADOPT_ENV];
  const m = /^(\d+),(\d+)$/.exec(v);
  return m ? { pid: Number(m[1]), readyFd: Number(m[2]) } : null;
}

/**
 * In the process the user started: starts `tracerArgv` detached, waits for it to seize us,
 * and execs `command`. Returns only if that failed: the errno of execve (which the tracer
 * has reported), or throws when the tracer never attached.
 */
export function daemonizeAndExec(tracerArgv: readonly string[], how: Detachment, command: CommandSpec): number {
  const [readEnd, writeEnd] = pipe();
  allowAnyTracer();
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ''}`);
  spawnDetached(tracerArgv, [...env, `${ADOPT_ENV}=${getpid()},${writeEnd}`], [writeEnd], how);
  closeSync(writeEnd);
  // The tracer closes its end once it has seized us (or dies): EOF either way.
  const b = Buffer.alloc(1);
  for (;;) {
    try {
      if (readSync(readEnd, b, 0, 1, null) === 0) break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EINTR' && (e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
  closeSync(readEnd);
  if ((readStatus(getpid())?.tracerPid ?? 0) === 0) throw new TraceError('-D: the tracer did not attach');
  return becomeCommand(command.path, command.argv, command.env, command.inherit ?? []);
}
