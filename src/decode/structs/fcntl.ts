/**
 * fcntl's structs: struct flock (F_SETLK, F_GETLK, the OFD locks) and struct f_owner_ex
 * (F_SETOWN_EX, F_GETOWN_EX), as strace's fcntl decoder prints them.
 */
import { formatEnum } from '../xlat/index.js';
import { pidText, type PidKind } from '../pids.js';
import { i64At } from './text.js';
import { defineStruct, type StructContext } from './registry.js';

/** Commands whose struct flock the kernel fills in: they print l_pid too. */
const F_GETLK = 5;
const F_OFD_GETLK = 36;

const enumField = (table: string, v: number): string => formatEnum(table, v >>> 0, v < 0 ? 0xffffffff : 0);

// struct flock on x86_64 (the same as flock64): l_type (short) 0, l_whence (short) 2,
// l_start 8, l_len 16, l_pid (int) 24.
defineStruct('flock', (c: StructContext, addr) => {
  if (c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = c.mem.scratch;
  const cmd = c.task.argInt(1);
  let s = `{l_type=${enumField('lock_type', b.readInt16LE(0))}, l_whence=${enumField('seek_whence', b.readInt16LE(2))}, ` +
    `l_start=${i64At(b, 8)}, l_len=${i64At(b, 16)}`;
  if (cmd === F_GETLK || cmd === F_OFD_GETLK) s += `, l_pid=${b.readInt32LE(24)}`;
  return s + '}';
});

/** F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP: which kind of id the pid is (for -Y, --pidns-translation). */
const OWNER_KINDS: readonly PidKind[] = ['tid', 'tgid', 'pgid'];

// struct f_owner_ex: int type, pid.
defineStruct('f_owner_ex', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 8) !== 8) return null;
  const b = c.mem.scratch;
  const type = b.readInt32LE(0);
  const pid = b.readInt32LE(4);
  const kind = OWNER_KINDS[type];
  return `{type=${enumField('f_owner_type', type)}, pid=${kind === undefined ? pid : pidText(c.task.tid, pid, kind, c.opts)}}`;
});
