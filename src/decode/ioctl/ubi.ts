/** UBI volumes (types 'O' and 'o', mtd/ubi-user.h). */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { x64 } from './fields.js';
import { onRequests, type IoctlStep } from './registry.js';
import { requestNumbers as codes } from './request.js';

/** A name of `len` bytes (clamped to the array) in a char array of `size`. */
const name = (c: IoctlCall, b: Buffer, off: number, len: number, size: number): string =>
  c.cstr(b.subarray(off, off + size), 1 + Math.min(Math.max(len, 0), size - 1));

/** `{...}` at entry, ` => [N]` (the number the kernel wrote over it) at exit. */
function thenNumber(c: IoctlCall, size: number, print: (b: Buffer) => string): IoctlStep {
  const b = c.fetch(c.arg, size);
  if (b === null) return c.addr(c.arg);
  return { entry: print(b), exit: (c) => (c.failed ? '' : ' => ' + c.int(c.arg)) };
}

// struct ubi_mkvol_req: vol_id, alignment, bytes (s64), vol_type, flags (s8), name_len, name[128] at 24.
onRequests(codes('UBI_IOCMKVOL'), (c) => thenNumber(c, 152, (b) =>
  `{vol_id=${b.readInt32LE(0)}, alignment=${b.readInt32LE(4)}, bytes=${b.readBigInt64LE(8)}, ` +
  `vol_type=${c.xval(X.UBI_VOLUME_TYPES, b.readInt8(16) >>> 0, 'UBI_???_VOLUME')}, ` +
  `flags=${c.flags(X.UBI_VOLUME_FLAGS, b.readInt8(17) >>> 0, 'UBI_VOL_???')}, name_len=${b.readInt16LE(18)}, ` +
  `name=${name(c, b, 24, b.readInt16LE(18), 128)}}`));

// struct ubi_attach_req: ubi_num, mtd_num, vid_hdr_offset, max_beb_per1024 (s16).
onRequests(codes('UBI_IOCATT'), (c) => thenNumber(c, 24, (b) =>
  `{ubi_num=${b.readInt32LE(0)}, mtd_num=${b.readInt32LE(4)}, vid_hdr_offset=${b.readInt32LE(8)}, ` +
  `max_beb_per1024=${b.readInt16LE(12)}}`));

// struct ubi_rsvol_req (packed): bytes (s64), vol_id.
onRequests(codes('UBI_IOCRSVOL'), (c) => c.struct(c.arg, 12, (b) => `{bytes=${b.readBigInt64LE(0)}, vol_id=${b.readInt32LE(8)}}`));

// struct ubi_rnvol_req: count, then 32 entries {vol_id, name_len (s16), name[128]} at 16.
onRequests(codes('UBI_IOCRNVOL'), (c) => c.struct(c.arg, 4368, (b) => {
  const count = b.readInt32LE(0);
  const ents = c.local(Math.min(Math.max(count, 0), 32), (i) => {
    const e = 16 + 136 * i;
    return `{vol_id=${b.readInt32LE(e)}, name_len=${b.readInt16LE(e + 4)}, name=${name(c, b, e + 8, b.readInt16LE(e + 4), 128)}}`;
  });
  return `{count=${count}, ents=${ents}}`;
}));

// struct ubi_leb_change_req: lnum, bytes, dtype (s8).
onRequests(codes('UBI_IOCEBCH'), (c) => c.struct(c.arg, 16, (b) =>
  `{lnum=${b.readInt32LE(0)}, bytes=${b.readInt32LE(4)}, dtype=${c.xval(X.UBI_DATA_TYPES, b.readInt8(8) >>> 0, 'UBI_???')}}`));
onRequests(codes('UBI_IOCEBMAP'), (c) => c.struct(c.arg, 8, (b) =>
  `{lnum=${b.readInt32LE(0)}, dtype=${c.xval(X.UBI_DATA_TYPES, b.readInt8(4) >>> 0, 'UBI_???')}}`));
onRequests(codes('UBI_IOCSETVOLPROP'), (c) => c.struct(c.arg, 16, (b) =>
  `{property=${c.xval(X.UBI_VOLUME_PROPS, b[0]!, 'UBI_VOL_PROP_???')}, value=${x64(b, 8)}}`));
onRequests(codes('UBI_IOCVOLUP'), (c) => c.struct(c.arg, 8, (b) => `[${b.readBigInt64LE(0)}]`));
onRequests(codes('UBI_IOCDET', 'UBI_IOCEBER', 'UBI_IOCEBISMAP', 'UBI_IOCEBUNMAP', 'UBI_IOCRMVOL', 'UBI_IOCRPEB',
  'UBI_IOCSPEB'), (c) => c.int(c.arg));
onRequests(codes('UBI_IOCVOLCRBLK', 'UBI_IOCVOLRMBLK'), () => '');

