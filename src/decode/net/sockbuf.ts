/**
 * The data of sendto/recvfrom (and send/recv): a string, or on a netlink socket the
 * netlink messages it carries, or udev's uevents (strace's decode_sockbuf).
 */
import { address } from '../numbers.js';
import { quote } from '../quote.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { Bytes } from './bytes.js';
import { netlinkMessages } from './netlink/index.js';
import { netlinkProtocol } from './netlink/socket.js';
import { NETLINK_KOBJECT_UEVENT } from './netlink/protocols.js';
import { ueventText } from './netlink/kobject-uevent.js';

/** `len` bytes at `addr` of a socket `fd`'s traffic, as strace prints them. */
export function sockbufText(c: StructContext, fd: number, addr: number, len: number): string {
  const proto = netlinkProtocol(c.task.tid, fd);
  if (proto === NETLINK_KOBJECT_UEVENT) return ueventText(c, addr, len, (a, n) => plainText(c, a, n));
  if (proto !== null) {
    const v = Bytes.read(c, addr, len);
    return v === null ? address(addr) : netlinkMessages(v, len, proto);
  }
  return plainText(c, addr, len);
}

/** `len` bytes at `addr` as a string, the first -s of them (strace's printstrn). */
function plainText(c: StructContext, addr: number, len: number): string {
  const n = Math.min(len, c.opts.strsize);
  if (n <= 0) return '""';
  if (c.mem.read(c.task.tid, addr, n) < n) return address(addr);
  return quote(c.mem.scratch, n, c.opts.strings ?? 'escape') + (len > n ? '...' : '');
}

/** sendto's buffer: its length is the next argument. */
defineStruct('sockbuf', (c, addr) => sockbufText(c, c.task.argInt(0), addr, c.task.arg(c.index + 1)));
/** recvfrom's buffer at exit: what the call returned (more with MSG_TRUNC than the buffer holds). */
defineStruct('osockbuf', (c, addr) =>
  sockbufText(c, c.task.argInt(0), addr, Math.min(Number(c.task.retval()), c.task.arg(c.index + 1))));
