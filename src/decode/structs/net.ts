/**
 * Socket structs: sockaddr (inet, inet6, unix, netlink; the others by family and raw
 * bytes) and the socklen value-result argument. (poll, epoll and select: poll.ts.)
 */
import { quote } from '../quote.js';
import { signatureOf } from '../signature.js';
import { enumOr } from './text.js';
import { defineStruct, type StructContext } from './registry.js';

// --- sockaddr ---------------------------------------------------------------------------

const FAMILIES = new Map<number, string>([
  [0, 'AF_UNSPEC'], [1, 'AF_UNIX'], [2, 'AF_INET'], [3, 'AF_AX25'], [4, 'AF_IPX'], [5, 'AF_APPLETALK'],
  [10, 'AF_INET6'], [16, 'AF_NETLINK'], [17, 'AF_PACKET'], [31, 'AF_BLUETOOTH'], [38, 'AF_ALG'],
  [40, 'AF_VSOCK'], [44, 'AF_XDP'],
]);
const SOCKADDR_MAX = 128;

/** RFC 5952 text of 16 bytes at `off`, as inet_ntop prints it. */
export function inet6Text(b: Buffer, off: number): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(b.readUInt16BE(off + 2 * i));
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${b[off + 12]}.${b[off + 13]}.${b[off + 14]}.${b[off + 15]}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const part = (from: number, to: number): string => g.slice(from, to).map((x) => x.toString(16)).join(':');
  if (best < 0) return part(0, 8);
  return `${part(0, best)}::${part(best + bestLen, 8)}`;
}

/** The sockaddr of `len` bytes at `addr` as strace prints it, or null (unreadable, or too short). */
export function sockaddrText(c: StructContext, addr: number, len: number): string | null {
  if (len < 2) return null;
  len = Math.min(len, SOCKADDR_MAX);
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  const b = c.mem.scratch;
  const family = b.readUInt16LE(0);
  let s = `{sa_family=${enumOr('socket_family', FAMILIES, family)}`;
  switch (family) {
    case 2: // AF_INET
      if (len < 16) break;
      return `${s}, sin_port=htons(${b.readUInt16BE(2)}), sin_addr=inet_addr("${b[4]}.${b[5]}.${b[6]}.${b[7]}")}`;
    case 10: // AF_INET6
      if (len < 24) break;
      s += `, sin6_port=htons(${b.readUInt16BE(2)}), sin6_flowinfo=htonl(${b.readUInt32BE(4)}), ` +
        `inet_pton(AF_INET6, "${inet6Text(b, 8)}", &sin6_addr)`;
      return len >= 28 ? `${s}, sin6_scope_id=${b.readUInt32LE(24)}}` : s + '}';
    case 1: { // AF_UNIX
      if (len === 2) return s + '}';
      if (b[2] === 0 && len > 3) return `${s}, sun_path=@${quote(b.subarray(3), len - 3, c.opts.strings)}}`;
      let end = b.indexOf(0, 2);
      if (end < 0 || end > len) end = len;
      return `${s}, sun_path=${quote(b.subarray(2), end - 2, c.opts.strings)}}`;
    }
    case 16: // AF_NETLINK
      if (len < 12) break;
      return `${s}, nl_pid=${b.readUInt32LE(4)}, nl_groups=${b.readUInt32LE(8).toString(16).padStart(8, '0')}}`;
  }
  return len > 2 ? `${s}, sa_data=${quote(b.subarray(2), len - 2, c.opts.strings)}}` : s + '}';
}

/** The length as the kernel was told it at entry, by thread (socklen is value-result). */
const socklenAtEntry = new Map<number, number>();

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
  const ulen = socklenAtEntry.get(t.tid) ?? rlen;
  return sockaddrText(c, addr, Math.min(ulen, rlen));
});

/** `[16]`, or `[128 => 16]` when the kernel changed it. */
defineStruct('socklen', (c, addr) => {
  const t = c.task;
  const ulen = socklenAtEntry.get(t.tid);
  if (t.isError || c.mem.read(t.tid, addr, 4) !== 4) return ulen === undefined ? null : `[${ulen}]`;
  const rlen = c.mem.scratch.readInt32LE(0);
  return ulen === undefined || ulen === rlen ? `[${rlen}]` : `[${ulen} => ${rlen}]`;
}, {
  capture(c, addr) {
    if (c.mem.read(c.task.tid, addr, 4) === 4) socklenAtEntry.set(c.task.tid, c.mem.scratch.readInt32LE(0));
    else socklenAtEntry.delete(c.task.tid);
  },
});

// --- socket options -----------------------------------------------------------------------

const SYS_getsockopt = 55;
const SOL_SOCKET = 1;
const SO_LINGER = 13;

/**
 * setsockopt's / getsockopt's value: `[1]` for an int-sized one, SO_LINGER's struct;
 * others as an address. Its size is setsockopt's last argument, or what getsockopt's
 * length pointer says after the call.
 */
defineStruct('sockopt_val', (c, addr) => {
  const t = c.task;
  let len = t.argInt(4);
  if (t.nr === SYS_getsockopt) {
    if (c.mem.read(t.tid, t.arg(4), 4) !== 4) return null;
    len = c.mem.scratch.readInt32LE(0);
  }
  if (t.argInt(1) === SOL_SOCKET && t.argInt(2) === SO_LINGER && len === 8) {
    if (c.mem.read(t.tid, addr, 8) !== 8) return null;
    return `{l_onoff=${c.mem.scratch.readInt32LE(0)}, l_linger=${c.mem.scratch.readInt32LE(4)}}`;
  }
  if (len !== 4 || c.mem.read(t.tid, addr, 4) !== 4) return null;
  return `[${c.mem.scratch.readInt32LE(0)}]`;
});

