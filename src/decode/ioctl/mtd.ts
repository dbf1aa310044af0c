/** Memory technology devices (type 'M', mtd/mtd-abi.h): erase, OOB, OTP and layout requests. */
import * as D from '../xlat/devices.gen.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64, x64 } from './fields.js';
import { atExit, onRequests, type IoctlDecoder } from './registry.js';
import { requestNumbers as codes } from './request.js';

const u32 = (b: Buffer, off: number): number => b.readUInt32LE(off);
const x = (b: Buffer, off: number): string => hex(u32(b, off));

/** A struct printed by `print` at entry. */
const struct = (size: number, print: (c: IoctlCall, b: Buffer) => string): IoctlDecoder =>
  (c) => c.struct(c.arg, size, (b) => print(c, b));
/** A struct the kernel fills, printed at exit. */
const filled = (size: number, print: (c: IoctlCall, b: Buffer) => string): IoctlDecoder =>
  () => atExit((c) => c.struct(c.arg, size, (b) => print(c, b)));

onRequests(codes('MEMERASE', 'MEMLOCK', 'MEMUNLOCK', 'MEMISLOCKED'), struct(8, (_c, b) => `{start=${x(b, 0)}, length=${x(b, 4)}}`));
onRequests(codes('MEMERASE64'), struct(16, (_c, b) => `{start=${x64(b, 0)}, length=${x64(b, 8)}}`));
onRequests(codes('MEMWRITEOOB', 'MEMREADOOB'), struct(16, (_c, b) => `{start=${x(b, 0)}, length=${x(b, 4)}, ptr=${ptr64(b, 8)}}`));
onRequests(codes('MEMWRITEOOB64', 'MEMREADOOB64'), struct(24, (_c, b) =>
  `{start=${x64(b, 0)}, length=${x(b, 12)}, usr_ptr=${x64(b, 16)}}`));
onRequests(codes('MEMWRITE'), struct(48, (c, b) =>
  `{start=${x64(b, 0)}, len=${x64(b, 8)}, ooblen=${x64(b, 16)}, usr_data=${x64(b, 24)}, usr_oob=${x64(b, 32)}` +
  `, mode=${c.xval(D.MTD_MODE_OPTIONS, b[40]!, 'MTD_OPS_???')}}`));

const otpInfo = (_c: IoctlCall, b: Buffer): string => `{start=${x(b, 0)}, length=${x(b, 4)}, locked=${u32(b, 8)}}`;
onRequests(codes('OTPGETREGIONINFO'), filled(12, otpInfo));
onRequests(codes('OTPLOCK'), struct(12, otpInfo));
onRequests(codes('OTPSELECT'), struct(4, (c, b) => `[${c.xval(D.MTD_OTP_OPTIONS, u32(b, 0), 'MTD_OTP_???')}]`));
onRequests(codes('MTDFILEMODE'), (c) => c.xval(D.MTD_FILE_MODE_OPTIONS, c.argU64, 'MTD_FILE_MODE_???'));
onRequests(codes('MEMGETBADBLOCK', 'MEMSETBADBLOCK'), struct(8, (_c, b) => `[${b.readBigUInt64LE(0)}]`));

onRequests(codes('MEMGETINFO'), filled(32, (c, b) =>
  `{type=${c.xval(D.MTD_TYPE_OPTIONS, b[0]!, 'MTD_???')}, flags=${c.flags(D.MTD_FLAGS_OPTIONS, u32(b, 4), 'MTD_???')}` +
  `, size=${x(b, 8)}, erasesize=${x(b, 12)}, writesize=${x(b, 16)}, oobsize=${x(b, 20)}, padding=${x64(b, 24)}}`));

onRequests(codes('MEMGETOOBSEL'), filled(200, (c, b) =>
  `{useecc=${c.xval(D.MTD_NANDECC_OPTIONS, u32(b, 0), 'MTD_NANDECC_???')}, eccbytes=${x(b, 4)}` +
  `, oobfree=${c.local(8, (i) => c.local(2, (j) => x(b, 8 + 8 * i + 4 * j)))}` +
  `, eccpos=${c.local(32, (i) => x(b, 72 + 4 * i))}}`));

onRequests(codes('ECCGETLAYOUT'), filled(328, (c, b) =>
  `{eccbytes=${x(b, 0)}, eccpos=${c.local(64, (i) => x(b, 4 + 4 * i))}, oobavail=${x(b, 260)}` +
  `, oobfree=${c.local(8, (i) => `{offset=${x(b, 264 + 8 * i)}, length=${x(b, 268 + 8 * i)}}`)}}`));

onRequests(codes('ECCGETSTATS'), filled(16, (_c, b) =>
  `{corrected=${x(b, 0)}, failed=${x(b, 4)}, badblocks=${x(b, 8)}, bbtblocks=${x(b, 12)}}`));

onRequests(codes('OTPGETREGIONCOUNT'), () => atExit((c) => c.int(c.arg, (v) => String(v >>> 0))));
onRequests(codes('MEMGETREGIONCOUNT'), () => atExit((c) => c.int(c.arg)));

// struct region_info_user: offset, erasesize, numblocks, regionindex (the one asked for).
onRequests(codes('MEMGETREGIONINFO'), (c) => {
  const b = c.fetch(c.arg, 16);
  if (b === null) return c.addr(c.arg);
  return {
    entry: `{regionindex=${x(b, 12)}`,
    exit: (c) => {
      const o = c.fetch(c.arg, 16);
      return (o === null ? '' : `, offset=${x(o, 0)}, erasesize=${x(o, 4)}, numblocks=${x(o, 8)}`) + '}';
    },
  };
});
