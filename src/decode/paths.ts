/** -P PATH: whether a syscall touches one of the given paths, by name or through an fd. */
import { readlinkSync } from 'node:fs';
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import type { Signature } from './signature.js';

const PATH_MAX = 4096;

function fdPath(tid: number, fd: number): string | null {
  try {
    return readlinkSync(`/proc/${tid}/fd/${fd}`);
  } catch {
    return null;
  }
}

/** True when a path argument names one of `paths`, or an fd argument refers to one. */
export function touchesPaths(sig: Signature, task: Task, mem: TraceeMemory, paths: ReadonlySet<string>): boolean {
  for (let i = 0; i < sig.exitFrom; i++) {
    const kind = sig.args[i]!.kind;
    if (kind === 'path') {
      const r = mem.readCString(task.tid, task.arg(i), PATH_MAX);
      if (r.terminated && paths.has(mem.scratch.toString('utf8', 0, r.len))) return true;
    } else if (kind === 'fd' || kind === 'dirfd') {
      const fd = task.argInt(i);
      if (fd >= 0) {
        const p = fdPath(task.tid, fd);
        if (p !== null && paths.has(p)) return true;
      }
    }
  }
  return false;
}
