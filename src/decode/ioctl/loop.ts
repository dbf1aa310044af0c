/** Loop devices (type 'L', linux/loop.h): loop_info, loop_info64, loop_config. */
import { quote } from '../quote.js';
import { devAt as devText } from '../structs/stat.js';
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex, x64 } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';

const LO_CRYPT_NONE = 0;
const LO_KEY_SIZE = 32;

const xArray = (b: Buffer, off: number, count: number, size: 4 | 8): string =>
  `[${Array.from({ length: count }, (_, i) => (size === 8 ? x64(b, off + 8 * i) : hex(b.readUInt32LE(off + 4 * i)))).join(', ')}]`;

/** The encryption key: as many bytes as its size says (at most LO_KEY_SIZE), quoted. */
const key = (c: IoctlCall, b: Buffer, off: number, size: number): string =>
  quote(b.subarray(off), Math.min(size >>> 0, LO_KEY_SIZE), c.opts.strings ?? 'escape');

/** struct loop_info (x86_64 layout). */
function info(c: IoctlCall, b: Buffer): string {
  const crypt = b.readInt32LE(36);
  const keySize = b.readInt32LE(40);
  const f: string[] = [`lo_number=${b.readInt32LE(0)}`];
  if (c.verbose) f.push(`lo_device=${devText(b, 8)}`, `lo_inode=${b.readBigUInt64LE(16)}`, `lo_rdevice=${devText(b, 24)}`);
  f.push(`lo_offset=${hex(b.readUInt32LE(32))}`);
  const full = c.verbose || crypt !== LO_CRYPT_NONE;
  if (full) f.push(`lo_encrypt_type=${c.xval(X.LOOP_CRYPT_TYPE_OPTIONS, crypt >>> 0, 'LO_CRYPT_???')}`, `lo_encrypt_key_size=${keySize >>> 0}`);
  f.push(`lo_flags=${c.flags(X.LOOP_FLAGS_OPTIONS, b.readUInt32LE(44), 'LO_FLAGS_???')}`, `lo_name=${c.cstr(b.subarray(48, 112))}`);
  if (full) f.push(`lo_encrypt_key=${key(c, b, 112, keySize)}`);
  f.push(c.verbose ? `lo_init=${xArray(b, 144, 2, 8)}, reserved=${reserved(b)}` : '...');
  return `{${f.join(', ')}}`;
}
/** char reserved[4], in hex. */
const reserved = (b: Buffer): string => `[${[0, 1, 2, 3].map((i) => hex(b[160 + i]!)).join(', ')}]`;

/** struct loop_info64. */
function info64(c: IoctlCall, b: Buffer, off: number): string {
  const crypt = b.readUInt32LE(off + 44);
  const keySize = b.readUInt32LE(off + 48);
  const f: string[] = c.verbose
    ? [`lo_device=${devText(b, off)}`, `lo_inode=${b.readBigUInt64LE(off + 8)}`, `lo_rdevice=${devText(b, off + 16)}`,
      `lo_offset=${x64(b, off + 24)}`, `lo_sizelimit=${b.readBigUInt64LE(off + 32)}`, `lo_number=${b.readUInt32LE(off + 40)}`]
    : [`lo_offset=${x64(b, off + 24)}`, `lo_number=${b.readUInt32LE(off + 40)}`];
  const full = c.verbose || crypt !== LO_CRYPT_NONE;
  if (full) f.push(`lo_encrypt_type=${c.xval(X.LOOP_CRYPT_TYPE_OPTIONS, crypt, 'LO_CRYPT_???')}`, `lo_encrypt_key_size=${keySize}`);
  f.push(`lo_flags=${c.flags(X.LOOP_FLAGS_OPTIONS, b.readUInt32LE(off + 52), 'LO_FLAGS_???')}`,
    `lo_file_name=${c.cstr(b.subarray(off + 56, off + 120))}`);
  if (full) f.push(`lo_crypt_name=${c.cstr(b.subarray(off + 120, off + 184))}`, `lo_encrypt_key=${key(c, b, off + 184, keySize)}`);
  f.push(c.verbose ? `lo_init=${xArray(b, off + 216, 2, 8)}` : '...');
  return `{${f.join(', ')}}`;
}

const status = (c: IoctlCall): string => c.struct(c.arg, 168, (b) => info(c, b));
const status64 = (c: IoctlCall): string => c.struct(c.arg, 232, (b) => info64(c, b, 0));
onRequests(codes('LOOP_GET_STATUS'), output(status));
onRequests(codes('LOOP_SET_STATUS'), status);
onRequests(codes('LOOP_GET_STATUS64'), output(status64));
onRequests(codes('LOOP_SET_STATUS64'), status64);
onRequests(codes('LOOP_CONFIGURE'), (c) => c.struct(c.arg, 304, (b) => {
  let s = `{fd=${c.fd(b.readInt32LE(0))}, block_size=${b.readUInt32LE(4)}, info=${info64(c, b, 8)}`;
  if (!b.subarray(240, 304).every((x) => x === 0)) s += `, __reserved=${xArray(b, 240, 8, 8)}`;
  return s + '}';
}));
onRequests(codes('LOOP_CLR_FD', 'LOOP_SET_CAPACITY', 'LOOP_CTL_GET_FREE'), () => '');
onRequests(codes('LOOP_SET_FD', 'LOOP_CHANGE_FD'), (c) => c.fd(c.argInt));
onRequests(codes('LOOP_CTL_ADD', 'LOOP_CTL_REMOVE'), (c) => String(c.argInt));
onRequests(codes('LOOP_SET_DIRECT_IO', 'LOOP_SET_BLOCK_SIZE'), (c) => c.argU64.toString());
