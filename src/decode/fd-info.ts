/**
 * What an fd refers to, for -y (`3</etc/passwd>`) and -yy (also socket endpoints
 * `TCP:[127.0.0.1:5000->127.0.0.1:80]` and device numbers `</dev/null<char 1:3>>`), from
 * /proc. Only read when those flags are given: never on the default path.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { procPid } from '../sys/pidns.js';
import { getxattr } from '../sys/libc.js';
import { unixPeer } from '../sys/sock-diag.js';
import { quote } from './quote.js';
import { netlinkSocketRow } from './net/netlink/socket.js';
import { enumName } from './xlat/index.js';

/**
 * An fd as strace prints it: `3`, or with -y (`detail` 1) `3</etc/passwd>`, with -yy (2)
 * also socket and device details. For arguments, results and fds inside structs alike.
 */
export function fdText(tid: number, fd: number, detail: 0 | 1 | 2 | undefined): string {
  if (!detail || fd < 0) return String(fd);
  const what = annotation(tid, fd, detail);
  return what === null ? String(fd) : String(fd) + what;
}

/**
 * --decode-fds=SET: which details the full level (2) prints; -yy is all of them. Set once
 * per run on the tracer thread, before any decoding (as the -X style is).
 */
export interface FdKinds {
  readonly path: boolean;
  readonly socket: boolean;
  readonly dev: boolean;
  readonly pidfd: boolean;
}
let kinds: FdKinds = { path: true, socket: true, dev: true, pidfd: true };

export function setFdKinds(k: FdKinds): void {
  kinds = k;
}

/** With -y, the current directory strace shows after AT_FDCWD: `AT_FDCWD</tmp/w>`. */
export function cwdSuffix(tid: number, detail: 0 | 1 | 2 | undefined): string {
  if (!detail || (detail === 2 && !kinds.path)) return '';
  tid = procPid(tid);
  try {
    return `<${pathInBrackets(readlinkSync(`/proc/${tid}/cwd`, { encoding: 'buffer' }))}>`;
  } catch {
    return '';
  }
}

/** The text inside `<...>` for `fd` of task `tid`, or null if it cannot be told. */
export function describeFd(tid: number, fd: number, detail: 1 | 2): string | null {
  const a = annotation(tid, fd, detail);
  return a === null ? null : a.slice(1, a.lastIndexOf('>'));
}

const DELETED = Buffer.from(' (deleted)');

/**
 * `</path>`, `</path>(deleted)`, `<pid:42>`, `<TCP:[...]>`... for `fd` of task `tid`, or
 * null if it cannot be told.
 */
function annotation(tid: number, fd: number, detail: 1 | 2): string | null {
  tid = procPid(tid);
  const link = `/proc/${tid}/fd/${fd}`;
  let raw: Buffer;
  try {
    raw = readlinkSync(link, { encoding: 'buffer' });
  } catch {
    return null;
  }
  // The kernel appends " (deleted)" to an unlinked file's path; strace takes it off (and
  // prints `(deleted)` after the brackets) when the path now names another file, or none.
  let deleted = false;
  if (raw.length > DELETED.length && raw.subarray(raw.length - DELETED.length).equals(DELETED)) {
    const path = raw.subarray(0, raw.length - DELETED.length);
    if (!sameFile(link, raw)) {
      raw = path;
      deleted = true;
    }
  }
  const target = raw.toString('latin1');
  const path = `<${pathInBrackets(raw)}>${deleted ? '(deleted)' : ''}`;
  if (detail < 2) return path;
  const socket = /^socket:\[(\d+)\]$/.exec(target);
  if (socket && kinds.socket) return `<${cachedSocket(tid, Number(socket[1])) ?? protocolOnly(tid, fd, Number(socket[1])) ?? target}>`;
  if (target.startsWith('/dev/') && kinds.dev) {
    try {
      const st = statSync(link);
      const kind = st.isCharacterDevice() ? 'char' : st.isBlockDevice() ? 'block' : null;
      if (kind) return `<${pathInBrackets(raw)}<${kind} ${Math.floor(st.rdev / 256) & 0xfff}:${(st.rdev & 0xff) | ((st.rdev >> 12) & 0xfff00)}>>`;
    } catch {
      // gone meanwhile
    }
  }
  if (target === 'anon_inode:[pidfd]' && kinds.pidfd) {
    const pid = pidfdPid(tid, fd);
    return pid > 0 ? `<pid:${pid}>` : `<${target}>`;
  }
  return kinds.path ? path : null;
}

/** Whether the fd's file is the one its path (with the kernel's " (deleted)") names now. */
function sameFile(link: string, path: Buffer): boolean {
  try {
    const a = statSync(link);
    const b = lstatSync(path);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/** A path between strace's angle brackets: quoted without the quotes, `<` and `>` escaped too. */
function pathInBrackets(raw: Buffer): string {
  return quote(raw, raw.length, 'escape', '<>').slice(1, -1);
}

/** The pid a pidfd refers to (its fdinfo's `Pid:` line), or -1 when `fd` is no pidfd. */
export function pidfdPid(tid: number, fd: number): number {
  if (fd < 0) return -1;
  let info: string;
  try {
    info = readFileSync(`/proc/${tid}/fdinfo/${fd}`, 'latin1');
  } catch {
    return -1;
  }
  const m = /^Pid:\t(-?\d+)$/m.exec(info);
  return m === null ? -1 : Number(m[1]);
}

/** /proc/net/{tcp,udp}[6]: `a.b.c.d:port` (IPv4) or `[v6]:port` from the hex form. */
function endpoint(hex: string): string {
  const [addr = '', port = ''] = hex.split(':');
  const p = parseInt(port, 16);
  if (addr.length === 8) {
    const n = parseInt(addr, 16);
    return `${n & 0xff}.${(n >>> 8) & 0xff}.${(n >>> 16) & 0xff}.${n >>> 24}:${p}`;
  }
  // Four 32-bit words, each in host (little-endian) order.
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const n = parseInt(addr.slice(8 * w, 8 * w + 8), 16);
    bytes.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24);
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  const v6 = groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::').replace(/:{3,}/, '::');
  return `[${v6}]:${p}`;
}

const xattr = Buffer.alloc(64);

/** `TCP:[inode]` for a socket in no /proc/net table yet (not bound), as strace prints it. */
function protocolOnly(tid: number, fd: number, inode: number): string | null {
  const n = getxattr(`/proc/${tid}/fd/${fd}`, 'system.sockprotoname', xattr, xattr.length);
  return n > 0 ? `${xattr.toString('latin1', 0, n).replace(/\0.*$/, '')}:[${inode}]` : null;
}

/** /proc/net/unix's type column as strace names the socket (a datagram one is plain UNIX). */
const UNIX_TYPES: Readonly<Record<string, string>> = { '0001': 'UNIX-STREAM', '0002': 'UNIX', '0005': 'UNIX-SEQPACKET' };

/**
 * As strace, a socket's details are looked up once they say more than the inode, then kept
 * by inode (in as many slots as strace's cache): a socket keeps showing the peer it had
 * after the peer is closed.
 */
const SOCKET_CACHE_SIZE = 1024;
const socketCache = new Map<number, readonly [inode: number, text: string]>();

function cachedSocket(tid: number, inode: number): string | null {
  const slot = inode % SOCKET_CACHE_SIZE;
  const hit = socketCache.get(slot);
  if (hit !== undefined && hit[0] === inode) return hit[1];
  const text = describeSocket(tid, inode);
  // A socket with nothing to show but its inode (an unbound, unconnected one) is asked again.
  if (text !== null && !/^[^:]+:\[\d+\]$/.test(text)) socketCache.set(slot, [inode, text]);
  return text;
}

/** `NETLINK:[ROUTE:1234]`: the protocol and port id. */
function describeNetlink(tid: number, inode: number): string | null {
  const row = netlinkSocketRow(tid, inode);
  if (row === null) return null;
  // By the registry's name: the net tables load with the first netlink socket, not at start.
  const name = enumName('netlink_protocol', row.protocol);
  return name === undefined ? `NETLINK:[${row.protocol}]` : `NETLINK:[${name.replace(/^NETLINK_/, '')}:${row.portid}]`;
}

function describeSocket(tid: number, inode: number): string | null {
  for (const [file, proto] of [['tcp', 'TCP'], ['tcp6', 'TCPv6'], ['udp', 'UDP'], ['udp6', 'UDPv6']] as const) {
    let text: string;
    try {
      text = readFileSync(`/proc/${tid}/net/${file}`, 'latin1');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (Number(f[9]) !== inode) continue;
      const local = endpoint(f[1]!);
      const remoteHex = f[2]!;
      // Not connected (listening, or a bound datagram socket): the local end only.
      const connected = !/^0+:0000$/.test(remoteHex);
      return `${proto}:[${connected ? `${local}->${endpoint(remoteHex)}` : local}]`;
    }
  }
  try {
    for (const line of readFileSync(`/proc/${tid}/net/unix`, 'latin1').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (Number(f[6]) !== inode) continue;
      const type = UNIX_TYPES[f[4]!] ?? 'UNIX';
      const peer = unixPeer(inode);
      // An abstract name shows as @name in /proc; strace prints it @"name".
      const name = f[7] === undefined ? '' : f[7].startsWith('@') ? `,@"${f[7].slice(1)}"` : `,"${f[7]}"`;
      return `${type}:[${inode}${peer !== null ? `->${peer}` : ''}${name}]`;
    }
  } catch {
    // no /proc/net/unix in this namespace
  }
  // Not bound anywhere yet: strace shows the protocol it cannot tell as the inode alone.
  return describeNetlink(tid, inode);
}
