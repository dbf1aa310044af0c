/**
 * Control messages (msghdr's msg_control: struct cmsghdr records) as strace prints them:
 * `[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]`, with the
 * data of the SOL_SOCKET and SOL_IP types strace knows (passed descriptors, credentials,
 * timestamps, packet info, TTL, errors, original destination addresses).
 */
import { readFileSync } from 'node:fs';
import * as N from '../xlat/net.gen.js';
import type { StructContext } from '../structs/registry.js';
import { i64At, ptr, u64At } from '../structs/text.js';
import { quote } from '../quote.js';
import { fdText } from './fd.js';
import { ifindexText, inetAddr } from './inet.js';
import { SOCKADDR_MAX, sockaddrFromBytes } from './sockaddr.js';
import { xval } from './xval.js';

const CMSG_HDR = 16;
const SOL_SOCKET = 1;
const SOL_IP = 0;

/** Element printing as strace's print_local_array: cut after -s elements without -v. */
function localArray(c: StructContext, count: number, elem: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (!c.opts.verbose && i >= c.opts.strsize) {
      parts.push('...');
      break;
    }
    parts.push(elem(i));
  }
  return `[${parts.join(', ')}]`;
}

const id = (n: number): string => (n === 0xffffffff ? '-1' : String(n));
const hexByte = (n: number): string => (n === 0 ? '0' : '0x' + n.toString(16));

type Printer = (c: StructContext, b: Buffer, off: number, len: number) => string;

const timeval: Printer = (_c, b, off, len) =>
  (len < 16 ? '???' : `{tv_sec=${i64At(b, off)}, tv_usec=${u64At(b, off + 8)}}`);
const timespec: Printer = (_c, b, off, len) =>
  (len < 16 ? '???' : `{tv_sec=${i64At(b, off)}, tv_nsec=${u64At(b, off + 8)}}`);
const timespec3: Printer = (c, b, off, len) =>
  (len < 48 ? '???' : `[${[0, 1, 2].map((i) => timespec(c, b, off + 16 * i, 16)).join(', ')}]`);
const security: Printer = (c, b, off, len) => quote(b.subarray(off), len, c.opts.strings ?? 'escape');
const uints: Printer = (c, b, off, len) => localArray(c, Math.floor(len / 4), (i) => String(b.readUInt32LE(off + 4 * i)));
const bytes: Printer = (c, b, off, len) => localArray(c, len, (i) => hexByte(b[off + i]!));

function sockaddr(c: StructContext, b: Buffer, off: number, len: number): string {
  const buf = Buffer.alloc(SOCKADDR_MAX + 8);
  const n = Math.min(len, SOCKADDR_MAX);
  b.copy(buf, 0, off, off + n);
  return sockaddrFromBytes(buf, n, c.opts.strings ?? 'escape', (fd) => fdText(c, fd));
}

/** Printers and the least data each needs, by type. */
const SOCKET_PRINTERS: ReadonlyMap<number, readonly [Printer, number]> = new Map<number, readonly [Printer, number]>([
  [1, [(c, b, off, len) => localArray(c, Math.floor(len / 4), (i) => fdText(c, b.readInt32LE(off + 4 * i))), 4]],
  [2, [(_c, b, off) => `{pid=${b.readInt32LE(off)}, uid=${id(b.readUInt32LE(off + 4))}, gid=${id(b.readUInt32LE(off + 8))}}`, 12]],
  [3, [security, 1]],
  [0x1d, [timeval, 1]], [0x23, [timespec, 1]], [0x25, [timespec3, 1]],
  [0x3f, [timeval, 1]], [0x40, [timespec, 1]], [0x41, [timespec3, 1]],
]);
const IP_PRINTERS: ReadonlyMap<number, readonly [Printer, number]> = new Map<number, readonly [Printer, number]>([
  [8, [(_c, b, off) => `{ipi_ifindex=${ifindexText(b.readUInt32LE(off))}, ${inetAddr(b, off + 4, 2, 'ipi_spec_dst')}, ` +
    `${inetAddr(b, off + 8, 2, 'ipi_addr')}}`, 12]],
  [2, [uints, 4]], [1, [bytes, 1]], [6, [bytes, 1]], [7, [bytes, 1]],
  [11, [(c, b, off) => `{ee_errno=${b.readUInt32LE(off)}, ee_origin=${b[off + 4]}, ee_type=${b[off + 5]}, ` +
    `ee_code=${b[off + 6]}, ee_info=${b.readUInt32LE(off + 8)}, ee_data=${b.readUInt32LE(off + 12)}, ` +
    `offender=${sockaddr(c, b, off + 16, 16)}}`, 32]],
  [20, [sockaddr, 16]], [23, [uints, 4]], [3, [security, 1]],
]);

function typeAndData(c: StructContext, level: number, type: number, b: Buffer, off: number, len: number): string {
  let table: ReadonlyMap<number, readonly [Printer, number]>;
  let s: string;
  if (level === SOL_SOCKET) {
    s = xval(N.SCM_TYPES, type >>> 0, 'SCM_???');
    table = SOCKET_PRINTERS;
  } else if (level === SOL_IP) {
    s = xval(N.IP_CMSG_TYPES, type >>> 0, 'IP_???');
    table = IP_PRINTERS;
  } else {
    return type === 0 ? '0' : '0x' + (type >>> 0).toString(16);
  }
  const p = table.get(type);
  if (p !== undefined && len >= p[1]) s += `, cmsg_data=${p[0](c, b, off, len)}`;
  return s;
}

/** The most of a control buffer the kernel takes (net.core.optmem_max, 8-aligned). */
let optmemMax = 0;
function optmem(): number {
  if (optmemMax === 0) {
    let n = 0;
    try {
      n = Number.parseInt(readFileSync('/proc/sys/net/core/optmem_max', 'latin1'), 10);
    } catch {
      n = 0;
    }
    optmemMax = n > 0 ? (n + 7) & ~7 : 8 * (2 * 1024 + 512);
  }
  return optmemMax;
}

/** All `len` bytes at `addr`, or null when any cannot be read. */
function readAll(c: StructContext, addr: number, len: number): Buffer | null {
  const out = Buffer.alloc(len);
  for (let done = 0; done < len;) {
    const n = c.mem.read(c.task.tid, addr + done, len - done);
    if (n <= 0) return null;
    c.mem.scratch.copy(out, done, 0, n);
    done += n;
  }
  return out;
}

/** `msg_control` of `controllen` bytes at `addr` (the field is not printed when the length is 0). */
export function msgControlText(c: StructContext, addr: number, controllen: number): string {
  const controlLen = Math.min(controllen, optmem());
  if (controlLen < CMSG_HDR) return ptr(addr);
  const b = readAll(c, addr, controlLen);
  if (b === null) return ptr(addr);
  let at = 0;
  let left = controlLen;
  let s = '[';
  while (left >= CMSG_HDR) {
    const cmsgLen = Number(b.readBigUInt64LE(at));
    const level = b.readInt32LE(at + 8);
    const type = b.readInt32LE(at + 12);
    if (at > 0) s += ', ';
    let len = Math.min(cmsgLen, left);
    s += `{cmsg_len=${cmsgLen}, cmsg_level=${xval(N.SOCKET_LEVELS, level >>> 0, 'SOL_???')}, cmsg_type=` +
      typeAndData(c, level, type, b, at + CMSG_HDR, len > CMSG_HDR ? len - CMSG_HDR : 0) + '}';
    if (len < CMSG_HDR) {
      left -= CMSG_HDR;
      break;
    }
    len = cmsgLen + 7 - ((cmsgLen + 7) % 8);
    if (len >= left) {
      left = 0;
      break;
    }
    at += len;
    left -= len;
  }
  if (left > 0) s += `, ... /* ${ptr(addr + (controlLen - left))} */`;
  else if (controlLen < controllen) s += ', ...';
  return s + ']';
}
