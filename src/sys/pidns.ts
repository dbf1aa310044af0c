/**
 * PID namespaces, for --pidns-translation and for a /proc that is not ours.
 *
 * A tracee in a child PID namespace names processes by its own numbers (getpid() = 2); strace
 * shows what they are in the tracer's namespace. /proc/PID/status lists a task's ids at every
 * level from /proc's namespace down to the task's own (NSpid, NStgid, NSpgid, NSsid), so a
 * number N given in namespace X is found as the task whose list has N at X's level, X being
 * that level's namespace (checked with nsfs's NS_GET_PARENT). /proc itself may belong to an
 * outer namespace (tstrace started by `unshare -p` without a new /proc): then our own pids
 * must be translated before any /proc/PID path is built (procPid).
 *
 * Lookups cost a few file reads; a miss scans /proc. Results are cached by
 * (kind, namespace, number) and checked against /proc again when reused, as strace does.
 */
import { closeSync, fstatSync, openSync, readdirSync, readlinkSync } from 'node:fs';
import { ioctlInt } from './libc.js';
import { statusText } from './proc.js';

/** Which id of a task a number is (strace's PT_*): the line of /proc/PID/status to look in. */
export type PidKind = 'tid' | 'tgid' | 'pgid' | 'sid';

const FIELDS: readonly [PidKind, string][] = [['tid', 'NSpid:'], ['tgid', 'NStgid:'], ['pgid', 'NSpgid:'], ['sid', 'NSsid:']];
const NS_GET_PARENT = 0xb702; // _IO(0xb7, 2)

type IdLists = Record<PidKind, number[]>;

/** A namespace and its depth below /proc's namespace (the index of its ids in IdLists). */
interface Level {
  readonly ns: number;
  readonly level: number;
}

/** The NS* lines of /proc/P/status (P as /proc numbers it, or 'self'), or null if gone. */
function idLists(procPid: number | 'self'): IdLists | null {
  let text: string;
  try {
    text = statusText(procPid);
  } catch {
    return null;
  }
  const lists = { tid: [], tgid: [], pgid: [], sid: [] } as IdLists;
  for (const [kind, field] of FIELDS) {
    const at = text.indexOf('\n' + field);
    if (at < 0) return null;
    const end = text.indexOf('\n', at + 1);
    lists[kind] = text.slice(at + 1 + field.length, end < 0 ? undefined : end).trim().split(/\s+/).map(Number);
  }
  return lists;
}

/** The inode of the PID namespace `up` levels above procPid's own, or 0 if it cannot be seen. */
function namespaceAbove(procPid: number | 'self', up: number): number {
  let fd: number;
  try {
    fd = openSync(`/proc/${procPid}/ns/pid`, 'r');
  } catch {
    return 0;
  }
  try {
    for (let i = 0; i < up; i++) {
      const parent = ioctlInt(fd, NS_GET_PARENT, 0);
      if (parent < 0) return 0;
      closeSync(fd);
      fd = parent;
    }
    return fstatSync(fd).ino;
  } catch {
    return 0;
  } finally {
    closeSync(fd);
  }
}

let ours: Level | null | undefined;

/** tstrace's own namespace, null where /proc has no NS* lines (nothing to translate). */
function ourLevel(): Level | null {
  if (ours === undefined) {
    const lists = idLists('self');
    let ns = 0;
    try {
      // The link's text is `pid:[INODE]`: the same number as a stat, without one (readlink
      // is warm at start, statSync of a /proc link cost ~0.2 ms the first time).
      ns = Number(/\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? 0);
    } catch { /* no nsfs */ }
    ours = lists === null || ns === 0 ? null : { ns, level: lists.tid.length - 1 };
  }
  return ours;
}

/** (kind namespace number) -> the /proc pid last found for it. */
const found = new Map<string, number>();

/** Whether /proc entry P has `value` as its `kind` id in namespace `from`; its id lists if so. */
function matches(procPid: number, from: Level, value: number, kind: PidKind): IdLists | null {
  const lists = idLists(procPid);
  if (lists === null) return null;
  const ids = lists[kind];
  if (ids.length <= from.level || ids[from.level] !== value) return null;
  return namespaceAbove(procPid, lists.tid.length - 1 - from.level) === from.ns ? lists : null;
}

/** The /proc entry (and its id lists) of the task whose `kind` id in namespace `from` is `value`. */
function find(from: Level, value: number, kind: PidKind, hint: number): { procPid: number; lists: IdLists } | null {
  const key = `${kind} ${from.ns} ${value}`;
  for (const candidate of [found.get(key), hint]) {
    if (candidate === undefined || candidate <= 0) continue;
    const lists = matches(candidate, from, value, kind);
    if (lists !== null) {
      found.set(key, candidate);
      return { procPid: candidate, lists };
    }
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const name of entries) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    // Threads other than the leader are only listed under their process's task/.
    let tids: string[] = [name];
    if (kind === 'tid') {
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch { /* gone */ }
    }
    for (const t of tids) {
      const lists = matches(Number(t), from, value, kind);
      if (lists !== null) {
        found.set(key, Number(t));
        return { procPid: Number(t), lists };
      }
    }
  }
  return null;
}

/** Our pid -> the number /proc gives that task (they differ when /proc is an outer namespace's). */
export function procPid(pid: number): number {
  const me = ourLevel();
  if (me === null || me.level === 0 || pid <= 0) return pid;
  return find(me, pid, 'tid', 0)?.procPid ?? pid;
}

/** The namespace of each traced task (by our tid), looked up once. */
const taskLevels = new Map<number, Level | null>();

function taskLevel(tid: number): Level | null {
  let level = taskLevels.get(tid);
  if (level === undefined) {
    const p = procPid(tid);
    const lists = idLists(p);
    const ns = lists === null ? 0 : namespaceAbove(p, 0);
    level = ns === 0 || lists === null ? null : { ns, level: lists.tid.length - 1 };
    taskLevels.set(tid, level);
  }
  return level;
}

/**
 * `value`, a `kind` id as task `tid` (our number) sees it, in tstrace's namespace; `value`
 * itself when both share a namespace; 0 when it names no task we can see.
 */
export function pidInOurNamespace(tid: number, value: number, kind: PidKind): number {
  if (value <= 0) return 0;
  const me = ourLevel();
  const from = taskLevel(tid);
  if (me === null || from === null) return 0;
  if (from.ns === me.ns) return value;
  const hit = find(from, value, kind, procPid(tid));
  return hit?.lists[kind][me.level] ?? 0;
}

/** A traced task is gone: its number may come back in another namespace. */
export function forgetTask(tid: number): void {
  taskLevels.delete(tid);
}
