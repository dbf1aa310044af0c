/** -P PATH: whether a syscall touches one of the given paths, by name or through an fd. */
import { readlinkSync } from 'node:fs';
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import type { Signature } from './signature.js';
import { FSCONFIG_CMDS } from './xlat/fs.gen.js';
import { procPid } from '../sys/pidns.js';
import { xlatEntries } from './xlat/text.js';

const PATH_MAX = 4096;

function fdPath(tid: number, fd: number): string | null {
  try {
    return readlinkSync(`/proc/${procPid(tid)}/fd/${fd}`);
  } catch {
    return null;
  }
}

const SYS_poll = 7;
const SYS_select = 23;
const SYS_pselect6 = 270;
const SYS_ppoll = 271;
const SYS_fsconfig = 431;
/** strace's bound on the pollfd array it looks through. */
const MAX_POLLFDS = 1024 * 1024;

function fdTouches(tid: number, fd: number, paths: ReadonlySet<string>): boolean {
  if (fd < 0) return false;
  const p = fdPath(tid, fd);
  return p !== null && paths.has(p);
}

/** poll/ppoll: any fd of the pollfd array (argument 0, argument 1 entries). */
function pollTouches(task: Task, mem: TraceeMemory, paths: ReadonlySet<string>): boolean {
  const nfds = Math.min(task.args[2]! >>> 0, MAX_POLLFDS);
  const base = task.arg(0);
  const perRead = Math.floor(mem.scratch.length / 8);
  for (let i = 0; i < nfds; i += perRead) {
    const n = Math.min(perRead, nfds - i);
    const got = mem.read(task.tid, base + 8 * i, 8 * n);
    if (got < 8) return false;
    for (let j = 0; j + 8 <= got; j += 8) if (fdTouches(task.tid, mem.scratch.readInt32LE(j), paths)) return true;
  }
  return false;
}

/** select/pselect6: any fd set in the read, write or except set below nfds. */
function selectTouches(task: Task, mem: TraceeMemory, paths: ReadonlySet<string>): boolean {
  const nfds = task.argInt(0);
  if (nfds <= 0) return false;
  const bytes = Math.min(Math.ceil(nfds / 64) * 8, mem.scratch.length);
  for (let set = 1; set <= 3; set++) {
    const addr = task.arg(set);
    if (addr === 0 || mem.read(task.tid, addr, bytes) !== bytes) continue;
    for (let fd = 0; fd < Math.min(nfds, bytes * 8); fd++) {
      if ((mem.scratch[fd >> 3]! >> (fd & 7)) & 1 && fdTouches(task.tid, fd, paths)) return true;
    }
  }
  return false;
}

/**
 * fsconfig: the path and dirfd of FSCONFIG_SET_PATH(_EMPTY), the fd of FSCONFIG_SET_FD;
 * never the filesystem context's fd (as strace's pathtrace).
 */
const FSCONFIG = Object.fromEntries(xlatEntries(FSCONFIG_CMDS).map(([v, n]) => [n, v])) as Record<string, number>;
function fsconfigTouches(task: Task, mem: TraceeMemory, paths: ReadonlySet<string>): boolean {
  const cmd = task.args[2]!;
  if (cmd === FSCONFIG['FSCONFIG_SET_PATH'] || cmd === FSCONFIG['FSCONFIG_SET_PATH_EMPTY']) {
    if (fdTouches(task.tid, task.argInt(4), paths)) return true;
    const r = mem.readCString(task.tid, task.arg(3), PATH_MAX);
    return r.terminated && paths.has(mem.scratch.toString('utf8', 0, r.len));
  }
  return cmd === FSCONFIG['FSCONFIG_SET_FD'] && fdTouches(task.tid, task.argInt(4), paths);
}

/** True when a path argument names one of `paths`, or an fd argument refers to one. */
export function touchesPaths(sig: Signature, task: Task, mem: TraceeMemory, paths: ReadonlySet<string>): boolean {
  // The fds these take are in memory, not in registers.
  if (sig.nr === SYS_poll || sig.nr === SYS_ppoll) return pollTouches(task, mem, paths);
  if (sig.nr === SYS_select || sig.nr === SYS_pselect6) return selectTouches(task, mem, paths);
  if (sig.nr === SYS_fsconfig) return fsconfigTouches(task, mem, paths);
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
