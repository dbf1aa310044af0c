/**
 * setsockopt's and getsockopt's option values by level and name, as strace prints them:
 * ints as `[1]`, `{l_onoff=1, l_linger=5}`, `{pid=1, uid=0, gid=0}`, `[ECONNREFUSED]`,
 * multicast requests, packet rings and statistics, ICMP filters, BPF socket filters;
 * other values as a string of their bytes, or `[N]` when int-sized. getsockopt's value is
 * as long as the kernel says after the call.
 */
import { pidText } from '../pids.js';
import * as N from '../xlat/net.gen.js';
import { address } from '../numbers.js';
import { socklenAtEntryOf } from '../structs/net.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { Bytes } from './bytes.js';
import { ifindexText, inetAddr, hwaddrText } from './inet.js';
import { sockaddrFromBytes, SOCKADDR_MAX } from './sockaddr.js';
import { errText, xval } from './xval.js';
import { sockFprog } from './bpf-filter.js';
import { xlatEntries } from '../xlat/text.js';

const SYS_getsockopt = 55;
const SOL = { IP: 0, SOCKET: 1, IPV6: 41, RAW: 255, PACKET: 263, NETLINK: 270 } as const;

function opt(table: typeof N.SOCKET_OPTIONS, name: string): number {
  const hit = xlatEntries(table).find(([, n]) => n === name);
  if (hit === undefined) throw new Error(`sockopt: no ${name}`);
  return hit[0];
}
const SO = (n: string): number => opt(N.SOCKET_OPTIONS, n);

/** SOL_SOCKET options whose value is an int. */
const INT_OPTIONS = new Set(['SO_DEBUG', 'SO_REUSEADDR', 'SO_DONTROUTE', 'SO_BROADCAST', 'SO_SNDBUF', 'SO_RCVBUF',
  'SO_KEEPALIVE', 'SO_OOBINLINE', 'SO_NO_CHECK', 'SO_PRIORITY', 'SO_BSDCOMPAT', 'SO_REUSEPORT', 'SO_PASSCRED',
  'SO_RCVLOWAT', 'SO_SNDLOWAT', 'SO_DETACH_FILTER', 'SO_TIMESTAMP_OLD', 'SO_ACCEPTCONN', 'SO_SNDBUFFORCE',
  'SO_RCVBUFFORCE', 'SO_PASSSEC', 'SO_TIMESTAMPNS_OLD', 'SO_MARK', 'SO_TIMESTAMPING_OLD', 'SO_RXQ_OVFL',
  'SO_WIFI_STATUS', 'SO_PEEK_OFF', 'SO_NOFCS', 'SO_LOCK_FILTER', 'SO_SELECT_ERR_QUEUE', 'SO_BUSY_POLL',
  'SO_INCOMING_CPU', 'SO_CNX_ADVICE', 'SO_INCOMING_NAPI_ID', 'SO_ZEROCOPY', 'SO_TIMESTAMP_NEW',
  'SO_TIMESTAMPNS_NEW', 'SO_TIMESTAMPING_NEW', 'SO_DETACH_REUSEPORT_BPF', 'SO_PREFER_BUSY_POLL',
  'SO_BUSY_POLL_BUDGET', 'SO_RESERVE_MEM', 'SO_RCVMARK'].map(SO));
const SO_LINGER = SO('SO_LINGER');
const SO_PEERCRED = SO('SO_PEERCRED');
const SO_ATTACH_FILTER = SO('SO_ATTACH_FILTER');
const SO_ATTACH_REUSEPORT_CBPF = SO('SO_ATTACH_REUSEPORT_CBPF');
const SO_ERROR = SO('SO_ERROR');
const SO_TXREHASH = SO('SO_TXREHASH');
const IP_ADD_MEMBERSHIP = opt(N.IP_OPTIONS, 'IP_ADD_MEMBERSHIP');
const IP_DROP_MEMBERSHIP = opt(N.IP_OPTIONS, 'IP_DROP_MEMBERSHIP');
const MCAST_JOIN_GROUP = opt(N.IP_OPTIONS, 'MCAST_JOIN_GROUP');
const MCAST_LEAVE_GROUP = opt(N.IP_OPTIONS, 'MCAST_LEAVE_GROUP');
const IPV6_MREQ = new Set(['IPV6_ADD_MEMBERSHIP', 'IPV6_DROP_MEMBERSHIP', 'IPV6_JOIN_ANYCAST', 'IPV6_LEAVE_ANYCAST']
  .map((n) => opt(N.IPV6_OPTIONS, n)));
const PACKET_RX_RING = opt(N.PACKET_OPTIONS, 'PACKET_RX_RING');
const PACKET_TX_RING = opt(N.PACKET_OPTIONS, 'PACKET_TX_RING');
const PACKET_ADD_MEMBERSHIP = opt(N.PACKET_OPTIONS, 'PACKET_ADD_MEMBERSHIP');
const PACKET_DROP_MEMBERSHIP = opt(N.PACKET_OPTIONS, 'PACKET_DROP_MEMBERSHIP');
const PACKET_STATISTICS = opt(N.PACKET_OPTIONS, 'PACKET_STATISTICS');
const ICMP_FILTER = opt(N.RAW_OPTIONS, 'ICMP_FILTER');
const NETLINK_LIST_MEMBERSHIPS = opt(N.NETLINK_OPTIONS, 'NETLINK_LIST_MEMBERSHIPS');

/** `[N]` of the int at `addr`. */
function intAt(c: StructContext, addr: number): string {
  return c.mem.read(c.task.tid, addr, 4) === 4 ? `[${c.mem.scratch.readInt32LE(0)}]` : address(addr);
}

/**
 * The fields of a structure of which only `len` bytes were returned (strace's
 * MAYBE_PRINT_FIELD_LEN): whole fields by value, a cut one as hex bytes.
 */
function partial(v: Bytes, fields: ReadonlyArray<readonly [string, number, (off: number) => string]>, len: number): string {
  const shown: string[] = [];
  let off = 0;
  for (const [name, size, text] of fields) {
    if (len <= off) break;
    shown.push(`${name}=${len >= off + size ? text(off) : v.str(off, len - off)}`);
    off += size;
  }
  return `{${shown.join(', ')}}`;
}

function txrehash(v: Bytes, len: number, atEntry: boolean): string {
  if (len < 4) return atEntry ? v.addr(0) : v.str(0, len);
  if (!v.has(0, 4)) return v.addr(0);
  return `[${xval(N.TXREHASH_VALUES, v.s32(0), 'SOCK_TXREHASH_???', 'd')}]`;
}

function icmpFilter(v: Bytes, len: number): string {
  if (len <= 0) return v.addr(0);
  const n = Math.min(len, 4);
  if (!v.has(0, n)) return v.addr(0);
  let data = 0xffffffff;
  const b = Buffer.alloc(4, 0xff);
  v.b.copy(b, 0, 0, n);
  data = b.readUInt32LE(0);
  let s = '';
  let bits = 0;
  for (let i = 0; i < 32; i++) if (data & (1 << i)) bits++;
  if (bits > 16) {
    data = ~data >>> 0;
    s = '~';
  }
  const items: string[] = [];
  for (let i = 0; i < 32; i++) if (data & (1 << i)) items.push(xval(N.ICMP_FILTER_TYPES, i, 'ICMP_???'));
  return `${s}[${items.join(' ')}]`;
}

function getValue(c: StructContext, level: number, name: number, addr: number, ulen: number, rlen: number): string {
  if (ulen <= 0 || rlen <= 0) return address(addr);
  const v = (n: number): Bytes | null => Bytes.read(c, addr, n);
  switch (level) {
    case SOL.SOCKET:
      if (name === SO_LINGER) {
        const b = v(Math.min(rlen, 8));
        if (b === null || !b.has(0, Math.min(rlen, 8))) return address(addr);
        return partial(b, [['l_onoff', 4, (o) => String(b.s32(o))], ['l_linger', 4, (o) => String(b.s32(o))]], rlen);
      }
      if (name === SO_PEERCRED) {
        const b = v(Math.min(rlen, 12));
        if (b === null || !b.has(0, Math.min(rlen, 12))) return address(addr);
        const id = (o: number): string => (b.u32(o) === 0xffffffff ? '-1' : String(b.u32(o)));
        return partial(b, [['pid', 4, (o) => pidText(c.task.tid, b.s32(o), 'tgid', c.opts)], ['uid', 4, id], ['gid', 4, id]], rlen);
      }
      if (name === SO_ATTACH_FILTER) return (rlen & 0xffff) === rlen ? sockFprog(c, addr, rlen, true) : address(addr);
      if (name === SO_ERROR) {
        const b = v(rlen);
        if (b === null) return address(addr);
        if (rlen < 4) return b.str(0, rlen);
        return b.has(0, 4) ? `[${errText(b.u32(0), false)}]` : address(addr);
      }
      if (name === SO_TXREHASH) {
        const b = v(Math.max(rlen, 4));
        return b === null ? address(addr) : txrehash(b, rlen, false);
      }
      if (INT_OPTIONS.has(name)) {
        if (rlen >= 4) return intAt(c, addr);
        const b = v(rlen);
        return b === null ? address(addr) : b.str(0, rlen);
      }
      break;
    case SOL.PACKET:
      if (name === PACKET_STATISTICS) {
        const n = Math.min(rlen, 12);
        const b = v(n);
        if (b === null || !b.has(0, n)) return address(addr);
        const u = (o: number): string => String(b.u32(o));
        return partial(b, [['tp_packets', 4, u], ['tp_drops', 4, u], ['tp_freeze_q_cnt', 4, u]], n);
      }
      break;
    case SOL.RAW:
      if (name === ICMP_FILTER) {
        const b = v(Math.min(rlen, 4));
        return b === null ? address(addr) : icmpFilter(b, rlen);
      }
      break;
    case SOL.NETLINK: {
      if (name === NETLINK_LIST_MEMBERSHIPS) {
        const count = Math.floor(Math.min(ulen, rlen) / 4);
        const b = v(count * 4);
        if (b === null) return address(addr);
        const items: string[] = [];
        for (let i = 0; i < count; i++) {
          if (!c.opts.verbose && i === c.opts.strsize) {
            items.push('...');
            break;
          }
          if (!b.has(4 * i, 4)) {
            items.push(`... /* ${b.addr(4 * i)} */`);
            break;
          }
          items.push(String(b.u32(4 * i)));
        }
        return `[${items.join(', ')}]`;
      }
      return intAt(c, addr);
    }
  }
  if (rlen === 4) return intAt(c, addr);
  const b = v(rlen);
  return b === null ? address(addr) : b.str(0, rlen, false);
}

function setValue(c: StructContext, level: number, name: number, addr: number, len: number): string {
  const v = (n: number): Bytes | null => Bytes.read(c, addr, n);
  const exact = (n: number, print: (b: Bytes) => string, atLeast = true): string => {
    if (atLeast ? len < n : len !== n) return address(addr);
    const b = v(n);
    return b === null || !b.has(0, n) ? address(addr) : print(b);
  };
  switch (level) {
    case SOL.SOCKET:
      if (name === SO_LINGER) return exact(8, (b) => `{l_onoff=${b.s32(0)}, l_linger=${b.s32(4)}}`);
      if (name === SO_ATTACH_FILTER || name === SO_ATTACH_REUSEPORT_CBPF) {
        return len === 16 ? sockFprog(c, addr, 0, false) : address(addr);
      }
      if (name === SO_TXREHASH) {
        const b = v(Math.max(len, 4));
        return b === null ? address(addr) : txrehash(b, len, true);
      }
      if (INT_OPTIONS.has(name)) return len < 4 ? address(addr) : intAt(c, addr);
      break;
    case SOL.IP:
      if (name === IP_ADD_MEMBERSHIP || name === IP_DROP_MEMBERSHIP) {
        return exact(8, (b) => `{${inetAddr(b.b, 0, 2, 'imr_multiaddr')}, ${inetAddr(b.b, 4, 2, 'imr_interface')}}`);
      }
      if (name === MCAST_JOIN_GROUP || name === MCAST_LEAVE_GROUP) return groupReq(c, addr, len);
      break;
    case SOL.IPV6:
      if (IPV6_MREQ.has(name)) {
        return exact(20, (b) => `{${inetAddr(b.b, 0, 10, 'ipv6mr_multiaddr')}, ipv6mr_interface=${ifindexText(b.u32(16))}}`);
      }
      if (name === MCAST_JOIN_GROUP || name === MCAST_LEAVE_GROUP) return groupReq(c, addr, len);
      break;
    case SOL.PACKET:
      if (name === PACKET_RX_RING || name === PACKET_TX_RING) {
        return exact(16, (b) => `{tp_block_size=${b.u32(0)}, tp_block_nr=${b.u32(4)}, ` +
          `tp_frame_size=${b.u32(8)}, tp_frame_nr=${b.u32(12)}}`, false);
      }
      if (name === PACKET_ADD_MEMBERSHIP || name === PACKET_DROP_MEMBERSHIP) {
        return exact(16, (b) => {
          const alen = b.u16(6);
          return `{mr_ifindex=${ifindexText(b.u32(0))}, mr_type=${xval(N.PACKET_MREQ_TYPES, b.u16(4), 'PACKET_MR_???')}, ` +
            `mr_alen=${alen}, mr_address=${hwaddrText(b.b, 8, Math.min(alen, 8))}}`;
        }, false);
      }
      break;
    case SOL.RAW:
      if (name === ICMP_FILTER) {
        const b = v(Math.min(Math.max(len, 0), 4));
        return b === null ? address(addr) : icmpFilter(b, len);
      }
      break;
    case SOL.NETLINK:
      return len < 4 ? address(addr) : intAt(c, addr);
  }
  if (len === 4) return intAt(c, addr);
  // A negative length is a huge one to the kernel: what is printed is then -s bytes.
  const want = len < 0 ? Infinity : len;
  const b = v(Math.min(want, c.opts.strsize + 1));
  return b === null ? address(addr) : b.str(0, want, false);
}

function groupReq(c: StructContext, addr: number, len: number): string {
  if (len < 136) return address(addr);
  const b = Bytes.read(c, addr, 136);
  if (b === null || !b.has(0, 136)) return address(addr);
  const sa = Buffer.alloc(SOCKADDR_MAX + 8);
  b.b.copy(sa, 0, 8, 136);
  return `{gr_interface=${ifindexText(b.u32(0))}, gr_group=${sockaddrFromBytes(sa, 128, c.opts.strings ?? 'escape')}}`;
}

/**
 * The option value: setsockopt's at entry (its length is the last argument), getsockopt's
 * at exit (its length is what the kernel wrote back).
 */
defineStruct('sockopt_val', (c, addr) => {
  const t = c.task;
  const level = t.argInt(1);
  const name = t.argInt(2);
  if (t.nr !== SYS_getsockopt) return setValue(c, level, name, addr, t.argInt(4));
  const lenAddr = t.arg(4);
  if (c.mem.read(t.tid, lenAddr, 4) !== 4) return null;
  const rlen = c.mem.scratch.readInt32LE(0);
  const ulen = socklenAtEntryOf(t) ?? rlen;
  return getValue(c, level, name, addr, ulen, rlen);
});
