/** Block devices (type 0x12, linux/fs.h and linux/blkpg.h, linux/blktrace_api.h). */
import { pidText } from '../pids.js';
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';

/** `[N]` of the `size`-byte number at the argument, as `read` renders it. */
function num(size: number, read: (b: Buffer) => string) {
  return (c: IoctlCall): string => c.struct(c.arg, size, (b) => `[${read(b)}]`);
}
const s16u = num(2, (b) => String(b.readUInt16LE(0)));
const s32 = num(4, (b) => String(b.readInt32LE(0)));
const u32 = num(4, (b) => String(b.readUInt32LE(0)));
const s64 = num(8, (b) => String(b.readBigInt64LE(0)));
const u64 = num(8, (b) => String(b.readBigUInt64LE(0)));

onRequests(codes('BLKRASET', 'BLKFRASET'), (c) => c.argU64.toString());
onRequests(codes('BLKSECTGET', 'BLKROTATIONAL'), output(s16u));
onRequests(codes('BLKROGET', 'BLKBSZGET', 'BLKSSZGET', 'BLKALIGNOFF'), output(s32));
onRequests(codes('BLKROSET', 'BLKBSZSET'), s32);
onRequests(codes('BLKPBSZGET', 'BLKIOMIN', 'BLKIOOPT', 'BLKDISCARDZEROES', 'BLKGETZONESZ', 'BLKGETNRZONES'), output(u32));
onRequests(codes('BLKRAGET', 'BLKFRAGET'), output(s64));
onRequests(codes('BLKGETSIZE', 'BLKGETSIZE64', 'BLKGETDISKSEQ'), output(u64));
onRequests(codes('BLKDISCARD', 'BLKSECDISCARD', 'BLKZEROOUT'), (c) =>
  c.struct(c.arg, 16, (b) => `[${b.readBigUInt64LE(0)}, ${b.readBigUInt64LE(8)}]`));

// struct blkpg_ioctl_arg: op, flags, datalen, data (-> struct blkpg_partition: start,
// length (s64), pno, devname[64], volname[64]).
onRequests(codes('BLKPG'), (c) => c.struct(c.arg, 24, (b) => {
  const part = c.pointee(b, 16, 152, (p) =>
    `{start=${p.readBigInt64LE(0)}, length=${p.readBigInt64LE(8)}, pno=${p.readInt32LE(16)}, ` +
    `devname=${c.cstr(p.subarray(20, 84))}, volname=${c.cstr(p.subarray(84, 148))}}`);
  return `{op=${c.xval(X.BLKPG_OPS, b.readInt32LE(0) >>> 0, 'BLKPG_???')}, flags=${b.readInt32LE(4)}, ` +
    `datalen=${b.readInt32LE(8)}, data=${part}}`;
}));

// struct blk_user_trace_setup: name[32], act_mask (u16), buf_size, buf_nr, start_lba,
// end_lba (u64), pid; the kernel writes the name.
onRequests(codes('BLKTRACESETUP'), (c) => {
  const b = c.fetch(c.arg, 72);
  if (b === null) return c.addr(c.arg);
  return {
    entry: `{act_mask=${b.readUInt16LE(32)}, buf_size=${b.readUInt32LE(36)}, buf_nr=${b.readUInt32LE(40)}, ` +
      `start_lba=${b.readBigUInt64LE(48)}, end_lba=${b.readBigUInt64LE(56)}, pid=${pidText(c.task.tid, b.readInt32LE(64), 'tgid', c.opts)}`,
    exit: (c) => {
      const b = c.failed ? null : c.fetch(c.arg, 72);
      return (b === null ? '' : `, name=${c.cstr(b.subarray(0, 32))}`) + '}';
    },
  };
});
onRequests(codes('BLKRRPART', 'BLKFLSBUF', 'BLKTRACESTART', 'BLKTRACESTOP', 'BLKTRACETEARDOWN'), () => '');
