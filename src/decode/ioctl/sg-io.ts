/**
 * SG_IO's two request headers, told apart by their first int: struct sg_io_hdr ('S', v3,
 * scsi/sg.h) and struct sg_io_v4 ('Q', linux/bsg.h). What goes to the device prints at
 * entry, what comes back at exit; buffers in hex, or as iovecs when there is a count.
 */
import * as D from '../xlat/devices.gen.js';
import { iovText } from '../structs/io.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64, x64 } from './fields.js';
import type { IoctlStep } from './registry.js';

const SG_DXFER_TO_DEV = 0xfffffffe;
const SG_DXFER_FROM_DEV = 0xfffffffd;
const SG_DXFER_TO_FROM_DEV = 0xfffffffc;
const V3_SIZE = 88;
const V4_SIZE = 160;

/** A data buffer: `count` iovecs holding `len` bytes in all, or `len` bytes in hex. */
function buffer(c: IoctlCall, b: Buffer, off: number, len: number, count: number): string {
  return c.viaPointer(b, off, (at) => (count !== 0
    ? iovText({ task: c.task, index: 2, mem: c.mem, opts: c.opts }, at, count, len, true)
    : c.strn(at, len, true)));
}

/** The part of a header the kernel wrote, after `head` printed at entry. */
function header(c: IoctlCall, size: number, head: (b: Buffer) => string, tail: (c: IoctlCall, b: Buffer, entry: Buffer) => string,
  unread: (entry: Buffer) => string): IoctlStep {
  // The interface id is known already: the rest cannot be read, its address shows.
  const b = c.fetch(c.arg + 4, size - 4);
  if (b === null) return '{' + head(Buffer.alloc(0)) + c.addr(c.arg + 4) + '}';
  const entry = Buffer.concat([Buffer.alloc(4), b]);
  return {
    entry: '{' + head(entry),
    exit: (c) => {
      const o = c.fetch(c.arg, size, true);
      return (o === null ? unread(entry) : tail(c, o, entry)) + '}';
    },
  };
}

// --- v3: struct sg_io_hdr ----------------------------------------------------------------
function v3Request(c: IoctlCall, b: Buffer): string {
  if (b.length === 0) return "interface_id='S', ";
  const dir = b.readUInt32LE(4);
  const cmdLen = b[8]!;
  let s = `interface_id='S', dxfer_direction=${c.xval(D.SG_IO_DXFER_DIRECTION, dir, 'SG_DXFER_???')}, cmd_len=${cmdLen}` +
    `, cmdp=${buffer(c, b, 24, cmdLen, 0)}, mx_sb_len=${b[9]}, iovec_count=${b.readUInt16LE(10)}` +
    `, dxfer_len=${b.readUInt32LE(12)}, timeout=${b.readUInt32LE(40)}` +
    `, flags=${c.flags(D.SG_IO_FLAGS, b.readUInt32LE(44), 'SG_FLAG_???')}`;
  if (dir === SG_DXFER_TO_DEV || dir === SG_DXFER_TO_FROM_DEV) {
    s += `, dxferp=${buffer(c, b, 16, b.readUInt32LE(12), b.readUInt16LE(10))}`;
  }
  return s;
}

function v3Response(c: IoctlCall, b: Buffer): string {
  const id = b.readUInt32LE(0);
  if (id !== 0x53) return ` => interface_id=${id}`;
  const dir = b.readUInt32LE(4);
  const resid = b.readInt32LE(72);
  let s = '';
  if (dir === SG_DXFER_FROM_DEV || dir === SG_DXFER_TO_FROM_DEV) {
    let din = b.readUInt32LE(12);
    if (resid > 0 && resid <= din) din -= resid;
    const data = buffer(c, b, 16, din, b.readUInt16LE(10));
    if (dir === SG_DXFER_FROM_DEV) s += `, dxferp=${data}`;
    else if (din) s += ` => dxferp=${data}`;
  }
  const sbLen = b[67]!;
  return s + `, status=${hex(b[64]!)}, masked_status=${hex(b[65]!)}, msg_status=${hex(b[66]!)}, sb_len_wr=${sbLen}` +
    `, sbp=${buffer(c, b, 32, sbLen, 0)}, host_status=${hex(b.readUInt16LE(68))}` +
    `, driver_status=${hex(b.readUInt16LE(70))}, resid=${resid}, duration=${b.readUInt32LE(76)}` +
    `, info=${c.flags(D.SG_IO_INFO, b.readUInt32LE(80), 'SG_INFO_???')}`;
}

function v3Unread(e: Buffer): string {
  return (e.readUInt32LE(4) === SG_DXFER_FROM_DEV ? `, dxferp=${ptr64(e, 16)}` : '') + `, sbp=${ptr64(e, 32)}`;
}

// --- v4: struct sg_io_v4 -------------------------------------------------------------------
function v4Request(c: IoctlCall, b: Buffer): string {
  if (b.length === 0) return "guard='Q', ";
  const u = (off: number): number => b.readUInt32LE(off);
  return `guard='Q', protocol=${c.xval(D.BSG_PROTOCOL, u(4), 'BSG_PROTOCOL_???')}` +
    `, subprotocol=${c.xval(D.BSG_SUBPROTOCOL, u(8), 'BSG_SUB_PROTOCOL_???')}, request_len=${u(12)}` +
    `, request=${buffer(c, b, 16, u(12), 0)}, request_tag=${x64(b, 24)}, request_attr=${u(32)}` +
    `, request_priority=${u(36)}, request_extra=${u(40)}, max_response_len=${u(44)}, dout_iovec_count=${u(56)}` +
    `, dout_xfer_len=${u(60)}, din_iovec_count=${u(64)}, din_xfer_len=${u(68)}` +
    `, dout_xferp=${buffer(c, b, 72, u(60), u(56))}, timeout=${u(88)}` +
    `, flags=${c.flags(D.BSG_FLAGS, u(92), 'BSG_FLAG_???')}, usr_ptr=${x64(b, 96)}`;
}

function v4Response(c: IoctlCall, b: Buffer): string {
  const u = (off: number): number => b.readUInt32LE(off);
  const guard = u(0);
  if (guard !== 0x51) return ` => guard=${guard}`;
  const dinResid = b.readInt32LE(136);
  let din = u(68);
  if (dinResid > 0 && dinResid <= din) din -= dinResid;
  return `, response_len=${u(132)}, response=${buffer(c, b, 48, u(132), 0)}, din_xferp=${buffer(c, b, 80, din, u(64))}` +
    `, driver_status=${hex(u(108))}, transport_status=${hex(u(112))}, device_status=${hex(u(116))}` +
    `, retry_delay=${u(120)}, info=${c.flags(D.SG_IO_INFO, u(124), 'SG_INFO_???')}, duration=${u(128)}` +
    `, response_len=${u(132)}, din_resid=${dinResid}, dout_resid=${b.readInt32LE(140)}, generated_tag=${x64(b, 144)}`;
}

function v4Unread(e: Buffer): string {
  return `, response=${x64(e, 48)}, din_xferp=${x64(e, 80)}`;
}

/** SG_IO: the header its interface id names, or the id alone for others. */
export function sgIo(c: IoctlCall): IoctlStep {
  const b = c.fetch(c.arg, 4);
  if (b === null) return c.addr(c.arg);
  const iid = b.readUInt32LE(0);
  if (iid === 0x53) return header(c, V3_SIZE, (e) => v3Request(c, e), v3Response, v3Unread);
  if (iid === 0x51) return header(c, V4_SIZE, (e) => v4Request(c, e), v4Response, v4Unread);
  return `[${iid}]`;
}
