/**
 * Linux native AIO (io_setup, io_submit, io_getevents, io_pgetevents, io_cancel) as
 * strace's aio.c prints it: struct iocb by its command (data buffer, iovec array or poll
 * events), struct io_event arrays, and the context id io_setup stores.
 */
import { fdText } from '../fd-info.js';
import { pointer } from '../numbers.js';
import { arrayText } from '../structs/array.js';
import { iovText } from '../structs/io.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { hexAt, i64At, numAt, ptrAt, u64At } from '../structs/text.js';
import { formatEnum, formatFlags } from '../xlat/index.js';
import { bytesText, u64Cell } from './mem-text.js';

const IOCB_SIZE = 64;
const IO_EVENT_SIZE = 32;
const IOCB_FLAG_RESFD = 1;
const IOCB_FLAG_IOPRIO = 2;
const IOCB_CMD_PWRITE = 1;
const IOCB_CMD_PWRITEV = 8;

/** What follows an iocb's header, by command (strace's iocb_sub). */
type Sub = 'none' | 'common' | 'vector' | 'poll';
const SUBS: readonly Sub[] = ['common', 'common', 'none', 'none', 'none', 'poll', 'none', 'vector', 'vector'];

// struct iocb: aio_data 0, aio_key 8, aio_rw_flags 12, aio_lio_opcode 16 (u16),
// aio_reqprio 18 (s16), aio_fildes 20, aio_buf 24, aio_nbytes 32, aio_offset 40,
// aio_reserved2 48, aio_flags 56, aio_resfd 60.

function header(c: StructContext, b: Buffer): string {
  let s = `aio_data=${hexAt(b, 0)}`;
  const key = b.readUInt32LE(8);
  if (key !== 0) s += `, aio_key=${key}`;
  const rw = b.readUInt32LE(12);
  if (rw !== 0) s += `, aio_rw_flags=${formatFlags('rwf', rw, 0)}`;
  s += `, aio_lio_opcode=${formatEnum('aio_cmds', b.readUInt16LE(16), 0)}`;
  if (b.readUInt32LE(56) & IOCB_FLAG_IOPRIO) s += `, aio_reqprio=${formatFlags('ioprio_value', b.readUInt16LE(18), 0)}`;
  else if (b.readInt16LE(18) !== 0) s += `, aio_reqprio=${b.readInt16LE(18)}`;
  return s + `, aio_fildes=${fdText(c.task.tid, b.readInt32LE(20), c.opts.fdPaths)}`;
}

function commonFlags(c: StructContext, b: Buffer): string {
  const flags = b.readUInt32LE(56);
  let s = flags === 0 ? '' : `, aio_flags=${formatFlags('aio_iocb_flags', flags, 0)}`;
  const resfd = b.readUInt32LE(60);
  if (flags & IOCB_FLAG_RESFD) s += `, aio_resfd=${fdText(c.task.tid, resfd | 0, c.opts.fdPaths)}`;
  else if (resfd !== 0) s += `, aio_resfd=0x${resfd.toString(16)}`;
  return s;
}

/** aio_nbytes fits a non-negative ssize_t (strace's iocb_is_valid, for 64-bit tracees). */
const valid = (b: Buffer): boolean => b.readUInt32LE(36) < 0x80000000;

/** The whole iocb in `b` (its own copy: the data it points to is read through scratch). */
function iocbText(c: StructContext, b: Buffer): string {
  const op = b.readUInt16LE(16);
  let s = '{' + header(c, b);
  const sub = SUBS[op] ?? 'none';
  if (sub === 'common') {
    const buf = numAt(b, 24);
    const text = op === IOCB_CMD_PWRITE && valid(b) ? bytesText(c, buf, numAt(b, 32)) ?? ptrAt(b, 24) : hexAt(b, 24);
    s += `, aio_buf=${text}, aio_nbytes=${u64At(b, 32)}, aio_offset=${i64At(b, 40)}` + commonFlags(c, b);
  } else if (sub === 'vector') {
    s += valid(b)
      ? `, aio_buf=${iovText(c, numAt(b, 24), numAt(b, 32), Infinity, op === IOCB_CMD_PWRITEV)}`
      : `, aio_buf=${hexAt(b, 24)}, aio_nbytes=${u64At(b, 32)}`;
    s += `, aio_offset=${i64At(b, 40)}` + commonFlags(c, b);
  } else if (sub === 'poll') {
    s += `, aio_buf=${formatFlags('poll_events', b.readUInt32LE(24), b.readUInt32LE(28))}` + commonFlags(c, b);
  }
  return s + '}';
}

function readIocb(c: StructContext, addr: number): Buffer | null {
  if (c.mem.read(c.task.tid, addr, IOCB_SIZE) !== IOCB_SIZE) return null;
  return Buffer.from(c.mem.scratch.subarray(0, IOCB_SIZE));
}

// io_submit's array of iocb pointers; a negative count prints as the address.
defineStruct('iocbpp', (c, addr) => {
  const nr = c.task.argLong(c.index - 1);
  if (nr < 0n) return null;
  return arrayText(c, addr, Number(nr), 8, (b, off) => {
    const p = numAt(b, off);
    const cb = p === 0 ? null : readIocb(c, p);
    return cb === null ? ptrAt(b, off) : iocbText(c, cb);
  });
});

// io_cancel's iocb: the header only.
defineStruct('iocb', (c, addr) => {
  const cb = readIocb(c, addr);
  return cb === null ? null : `{${header(c, cb)}}`;
});

const ioEvent = (b: Buffer, off: number): string =>
  `{data=${hexAt(b, off)}, obj=${hexAt(b, off + 8)}, res=${i64At(b, off + 16)}, res2=${i64At(b, off + 24)}}`;

defineStruct('io_event', (c, addr) =>
  c.mem.read(c.task.tid, addr, IO_EVENT_SIZE) === IO_EVENT_SIZE ? ioEvent(c.mem.scratch, 0) : null);

// io_getevents/io_pgetevents: as many events as the call returned.
defineStruct('io_events', (c, addr) => arrayText(c, addr, Number(c.task.retval()), IO_EVENT_SIZE, ioEvent));

// io_setup's context id, stored through its second argument.
defineStruct('aio_context', (c, addr) => u64Cell(c, addr, pointer));
