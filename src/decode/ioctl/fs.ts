/**
 * Generic file requests (linux/fs.h, linux/fiemap.h): FS_IOC_* flags, FIEMAP, fsxattr,
 * FITRIM, FIFREEZE/FITHAW, and the 0x94 family (FICLONE, FICLONERANGE, FIDEDUPERANGE,
 * file system labels).
 */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { u64, x32, x64 } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';

// --- 'X': FITRIM, fsxattr, freezing -----------------------------------------------------

onRequests(codes('FITRIM'), (c) =>
  c.struct(c.arg, 24, (b) => `{start=${x64(b, 0)}, len=${u64(b, 8)}, minlen=${u64(b, 16)}}`));

function fsxattr(c: IoctlCall, get: boolean): string {
  return c.struct(c.arg, 28, (b) =>
    `{fsx_xflags=${c.flags(X.FS_XFLAGS, b.readUInt32LE(0), 'FS_XFLAG_???')}, fsx_extsize=${b.readUInt32LE(4)}` +
    (get ? `, fsx_nextents=${b.readUInt32LE(8)}` : '') +
    `, fsx_projid=${x32(b, 12)}, fsx_cowextsize=${b.readUInt32LE(16)}}`);
}
onRequests(codes('FS_IOC_FSGETXATTR'), output((c) => fsxattr(c, true)));
onRequests(codes('FS_IOC_FSSETXATTR'), (c) => fsxattr(c, false));
onRequests(codes('FIFREEZE', 'FITHAW'), () => '');

// --- 'f': inode flags, FIEMAP ------------------------------------------------------------

function inodeFlags(c: IoctlCall): string {
  const b = c.fetch(c.arg, 4);
  return b === null ? c.addr(c.arg) : `[${c.flags(X.FS_IOC_FLAGS, b.readUInt32LE(0), 'FS_???_FL')}]`;
}
onRequests(codes('FS_IOC_GETFLAGS', 'FS_IOC32_GETFLAGS'), output(inodeFlags));
onRequests(codes('FS_IOC_SETFLAGS', 'FS_IOC32_SETFLAGS'), inodeFlags);

// struct fiemap: fm_start, fm_length, fm_flags, fm_mapped_extents, fm_extent_count,
// fm_reserved, then the extents (56 bytes each) at 32.
onRequests(codes('FS_IOC_FIEMAP'), (c) => {
  const b = c.fetch(c.arg, 32);
  if (b === null) return c.addr(c.arg);
  const entry = `{fm_start=${u64(b, 0)}, fm_length=${u64(b, 8)}, ` +
    `fm_flags=${c.flags(X.FIEMAP_FLAGS, b.readUInt32LE(16), 'FIEMAP_FLAG_???')}, fm_extent_count=${b.readUInt32LE(24)}}`;
  return {
    entry,
    exit: (c) => {
      if (c.failed) return '';
      const b = c.fetch(c.arg, 32);
      if (b === null) return ' => ' + c.addr(c.arg);
      const mapped = b.readUInt32LE(20);
      let s = ` => {fm_flags=${c.flags(X.FIEMAP_FLAGS, b.readUInt32LE(16), 'FIEMAP_FLAG_???')}, fm_mapped_extents=${mapped}, `;
      if (!c.verbose) return s + '...}';
      s += 'fm_extents=' + c.array(c.arg + 32, mapped, 56, (e) =>
        `{fe_logical=${u64(e, 0)}, fe_physical=${u64(e, 8)}, fe_length=${u64(e, 16)}, ` +
        `fe_flags=${c.flags(X.FIEMAP_EXTENT_FLAGS, e.readUInt32LE(40), 'FIEMAP_EXTENT_???')}}`);
      return s + '}';
    },
  };
});

// --- 0x94: cloning, deduplication, labels ------------------------------------------------

onRequests(codes('FICLONE'), (c) => String(c.argInt));
onRequests(codes('FICLONERANGE'), (c) => c.struct(c.arg, 32, (b) =>
  `{src_fd=${c.fd(b.readInt32LE(0))}, src_offset=${u64(b, 8)}, src_length=${u64(b, 16)}, dest_offset=${u64(b, 24)}}`));

// struct file_dedupe_range: src_offset, src_length, dest_count (u16), reserved, then
// file_dedupe_range_info (32 bytes: dest_fd, dest_offset, bytes_deduped, status) at 24.
function dedupeInfo(c: IoctlCall, head: Buffer, entering: boolean): string {
  const count = head.readUInt16LE(16);
  // Without -v at most two elements are shown.
  const limit = !c.verbose && count > 2 ? 2 : Infinity;
  return 'info=' + c.array(c.arg + 24, count, 32, (e, i) => {
    if (i >= limit) return { last: '...' };
    return entering
      ? `{dest_fd=${c.fd(e.readInt32LE(0))}, dest_offset=${u64(e, 8)}}`
      : `{bytes_deduped=${u64(e, 16)}, status=${e.readInt32LE(24)}}`;
  });
}
onRequests(codes('FIDEDUPERANGE'), (c) => {
  const b = c.fetch(c.arg, 24);
  if (b === null) return c.addr(c.arg);
  const info = dedupeInfo(c, b, true);
  const entry = `{src_offset=${u64(b, 0)}, src_length=${u64(b, 8)}, dest_count=${b.readUInt16LE(16)}, ${info}}`;
  if (!info.startsWith('info=[')) return entry;
  return {
    entry,
    exit: (c) => {
      if (c.failed) return '';
      const b = c.fetch(c.arg, 24);
      return ' => ' + (b === null ? c.addr(c.arg) : `{${dedupeInfo(c, b, false)}}`);
    },
  };
});

const FSLABEL_MAX = 256;
function label(c: IoctlCall): string {
  return c.struct(c.arg, FSLABEL_MAX, (b) => c.cstr(b));
}
onRequests(codes('FS_IOC_GETFSLABEL'), output(label));
onRequests(codes('FS_IOC_SETFSLABEL'), label);
