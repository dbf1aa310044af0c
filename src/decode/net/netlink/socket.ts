/**
 * Which netlink protocol a tracee's socket speaks (NETLINK_ROUTE, NETLINK_AUDIT ...), for
 * decoding what it sends and receives: the socket's inode from /proc/PID/fd, its protocol
 * from /proc/PID/net/netlink. Null for a descriptor that is not a netlink socket.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { procPid } from '../../../sys/pidns.js';

/** Protocols by socket inode: an inode names one socket for its whole life. */
const byInode = new Map<number, number>();

function inodeOf(tid: number, fd: number): number | null {
  try {
    const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${tid}/fd/${fd}`));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function netlinkProtocol(tid: number, fd: number): number | null {
  if (fd < 0) return null;
  tid = procPid(tid);
  const inode = inodeOf(tid, fd);
  if (inode === null) return null;
  const hit = byInode.get(inode);
  if (hit !== undefined) return hit;
  const row = netlinkSocketRow(tid, inode);
  if (row === null) return null;
  if (byInode.size > 4096) byInode.clear();
  byInode.set(inode, row.protocol);
  return row.protocol;
}

/** Netlink socket `inode`'s protocol and port id, from /proc/PID/net/netlink; null if not there. */
export function netlinkSocketRow(tid: number, inode: number): { protocol: number; portid: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${tid}/net/netlink`, 'latin1');
  } catch {
    return null;
  }
  // sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length >= 10 && Number(f[9]) === inode) return { protocol: Number(f[1]), portid: Number(f[2]) >>> 0 };
  }
  return null;
}
