/**
 * NETLINK_SOCK_DIAG: what /proc/net does not say about a UNIX socket, its peer's inode
 * (for -yy's `UNIX-STREAM:[12->13]`). One netlink socket, opened on first use and kept.
 */
import { recv, send, socket } from './libc.js';

const AF_NETLINK = 16;
const AF_UNIX = 1;
const SOCK_DGRAM_CLOEXEC = 2 | 0x80000;
const NETLINK_SOCK_DIAG = 4;
const SOCK_DIAG_BY_FAMILY = 20;
const NLM_F_REQUEST = 1;
const NLMSG_ERROR = 2;
const UDIAG_SHOW_PEER = 4;
const UNIX_DIAG_PEER = 2;
/** struct nlmsghdr (16) + struct unix_diag_req (24). */
const REQUEST_SIZE = 40;
/** struct nlmsghdr (16) + struct unix_diag_msg (16): where the attributes start. */
const ATTRS_AT = 32;

let fd = -2;
let seq = 0;
const request = Buffer.alloc(REQUEST_SIZE);
const reply = Buffer.alloc(4096);

/** The inode of the socket connected to UNIX socket `inode`, or null (none, or no answer). */
export function unixPeer(inode: number): number | null {
  if (fd === -2) fd = socket(AF_NETLINK, SOCK_DGRAM_CLOEXEC, NETLINK_SOCK_DIAG);
  if (fd < 0) return null;
  request.fill(0);
  request.writeUInt32LE(REQUEST_SIZE, 0); // nlmsg_len
  request.writeUInt16LE(SOCK_DIAG_BY_FAMILY, 4);
  request.writeUInt16LE(NLM_F_REQUEST, 6);
  request.writeUInt32LE(++seq, 8);
  request.writeUInt8(AF_UNIX, 16); // sdiag_family
  request.writeUInt32LE(0xffffffff, 20); // udiag_states: any
  request.writeUInt32LE(inode, 24); // udiag_ino
  request.writeUInt32LE(UDIAG_SHOW_PEER, 28);
  request.writeUInt32LE(0xffffffff, 32); // udiag_cookie: none
  request.writeUInt32LE(0xffffffff, 36);
  if (send(fd, request, REQUEST_SIZE, 0) !== REQUEST_SIZE) return null;
  const n = recv(fd, reply, reply.length, 0);
  if (n < ATTRS_AT || reply.readUInt16LE(4) === NLMSG_ERROR || reply.readUInt32LE(8) !== seq) return null;
  const end = Math.min(n, reply.readUInt32LE(0));
  for (let at = ATTRS_AT; at + 4 <= end;) {
    const len = reply.readUInt16LE(at);
    if (len < 4) break;
    if (reply.readUInt16LE(at + 2) === UNIX_DIAG_PEER && len >= 8) {
      const peer = reply.readUInt32LE(at + 4);
      return peer === 0 ? null : peer;
    }
    at += (len + 3) & ~3;
  }
  return null;
}
