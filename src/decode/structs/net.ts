/**
 * Socket structs: sockaddr (inet, inet6, unix, netlink; the others by family and raw
 * bytes) and the socklen value-result argument. (poll, epoll and select: poll.ts.)
 */
import type { Task } from '../../engine/task.js';
import { pidText } from '../pids.js';
import { SOCKADDR_MAX, sockaddrFromBytes } from '../net/sockaddr.js';
import { fdText } from '../net/fd.js';
import { signatureOf } from '../signature.js';
import { defineStruct, type StructContext } from './registry.js';

// --- sockaddr ---------------------------------------------------------------------------

export { inet6Text } from '../net/inet.js';

const sockaddrBuf = Buffer.alloc(SOCKADDR_MAX + 8);

/** The sockaddr of `len` bytes at `addr` as strace prints it, or null (unreadable, or too short). */
export function sockaddrText(c: StructContext, addr: number, len: number): string | null {
  if (len < 2) return null;
  len = Math.min(len, SOCKADDR_MAX);
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  sockaddrBuf.fill(0);
  c.mem.scratch.copy(sockaddrBuf, 0, 0, len);
  return sockaddrFromBytes(sockaddrBuf, len, c.opts.strings ?? 'escape', (fd) => fdText(c, fd),
    (pid) => pidText(c.task.tid, pid, 'tgid', c.opts));
}

/** The length as the kernel was told it at entry, by thread (socklen is value-result). */
const socklenAtEntry = new WeakMap<Task, number>();

/** The socklen value-result argument's value at entry (getsockopt's optlen, accept's addrlen). */
export function socklenAtEntryOf(task: Task): number | undefined {
  return socklenAtEntry.get(task);
}

/**
 * `struct:sockaddr` is followed by its length; `ostruct:sockaddr` by a socklen pointer
 * whose value at exit is the address's real length (strace shows the shorter of the two).
 */
defineStruct('sockaddr', (c, addr) => {
  const t = c.task;
  const next = signatureOf(t.nr).args[c.index + 1];
  if (next?.kind !== 'iostruct') return sockaddrText(c, addr, t.argInt(c.index + 1));
  const lenAddr = t.arg(c.index + 1);
  if (lenAddr === 0) return null;
  if (c.mem.read(t.tid, lenAddr, 4) !== 4) return null;
  const rlen = c.mem.scratch.readInt32LE(0);
  const ulen = socklenAtEntry.get(t) ?? rlen;
  return sockaddrText(c, addr, Math.min(ulen, rlen));
});

/** `[16]`, or `[128 => 16]` when the kernel changed it. */
defineStruct('socklen', (c, addr) => {
  const t = c.task;
  const ulen = socklenAtEntry.get(t);
  if (t.isError || c.mem.read(t.tid, addr, 4) !== 4) return ulen === undefined ? null : `[${ulen}]`;
  const rlen = c.mem.scratch.readInt32LE(0);
  return ulen === undefined || ulen === rlen ? `[${rlen}]` : `[${ulen} => ${rlen}]`;
}, {
  capture(c, addr) {
    if (c.mem.read(c.task.tid, addr, 4) === 4) socklenAtEntry.set(c.task, c.mem.scratch.readInt32LE(0));
    else socklenAtEntry.delete(c.task);
  },
});
