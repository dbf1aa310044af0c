/** File status structs: stat (x86_64 layout), statx, statfs; the symbolic mode and makedev(). */
import { bits, dateComment, flagsOr, hexAt, i64At, numAt, u64At, type Bits } from './text.js';
import { defineStruct } from './registry.js';
import { devText, modeText } from '../xlat/fs.js';

const S_IFMT = 0o170000;
export { modeText } from '../xlat/fs.js';

/** `makedev(0x1, 0x3)` from a 64-bit dev_t at `off`, per -X. */
export function devAt(b: Buffer, off: number): string {
  return devText(b.readUInt32LE(off), b.readUInt32LE(off + 4));
}

/** `st_atime=1 /* date *\/, st_atime_nsec=2` */
function statTime(b: Buffer, name: string, off: number): string {
  const nsec = numAt(b, off + 8);
  return `st_${name}=${i64At(b, off)}${dateComment(Number(i64At(b, off)), nsec)}, st_${name}_nsec=${nsec}`;
}

// struct stat on x86_64: dev 0, ino 8, nlink 16, mode 24, uid 28, gid 32, rdev 40,
// size 48, blksize 56, blocks 64, atime 72, mtime 88, ctime 104 (each {sec, nsec}).
defineStruct('stat', (c, addr) => {
  const verbose = c.opts.verbose;
  const len = verbose ? 120 : 56;
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  const b = c.mem.scratch;
  const mode = b.readUInt32LE(24);
  let s = '{';
  if (verbose) {
    s += `st_dev=${devAt(b, 0)}, st_ino=${u64At(b, 8)}, st_mode=${modeText(mode)}, st_nlink=${u64At(b, 16)}, ` +
      `st_uid=${b.readUInt32LE(28)}, st_gid=${b.readUInt32LE(32)}, st_blksize=${i64At(b, 56)}, st_blocks=${i64At(b, 64)}`;
  } else {
    s += `st_mode=${modeText(mode)}`;
  }
  const type = mode & S_IFMT;
  s += type === 0o020000 || type === 0o060000 ? `, st_rdev=${devAt(b, 40)}` : `, st_size=${i64At(b, 48)}`;
  if (!verbose) return s + ', ...}';
  return `${s}, ${statTime(b, 'atime', 72)}, ${statTime(b, 'mtime', 88)}, ${statTime(b, 'ctime', 104)}}`;
});

// --- statx ------------------------------------------------------------------------------

const STATX_MASK: Bits = [
  [0xfff, 'STATX_ALL'], [0x7ff, 'STATX_BASIC_STATS'],
  [0x1, 'STATX_TYPE'], [0x2, 'STATX_MODE'], [0x4, 'STATX_NLINK'], [0x8, 'STATX_UID'], [0x10, 'STATX_GID'],
  [0x20, 'STATX_ATIME'], [0x40, 'STATX_MTIME'], [0x80, 'STATX_CTIME'], [0x100, 'STATX_INO'],
  [0x200, 'STATX_SIZE'], [0x400, 'STATX_BLOCKS'], [0x800, 'STATX_BTIME'], [0x1000, 'STATX_MNT_ID'],
  [0x2000, 'STATX_DIOALIGN'],
];
const STATX_ATTRS: Bits = [
  [0x4, 'STATX_ATTR_COMPRESSED'], [0x10, 'STATX_ATTR_IMMUTABLE'], [0x20, 'STATX_ATTR_APPEND'],
  [0x40, 'STATX_ATTR_NODUMP'], [0x800, 'STATX_ATTR_ENCRYPTED'], [0x1000, 'STATX_ATTR_AUTOMOUNT'],
  [0x2000, 'STATX_ATTR_MOUNT_ROOT'], [0x100000, 'STATX_ATTR_VERITY'], [0x200000, 'STATX_ATTR_DAX'],
];

/** `{tv_sec=1, tv_nsec=2} /* date *\/` from a statx_timestamp (i64 sec, u32 nsec, pad). */
function statxTime(b: Buffer, off: number): string {
  const sec = i64At(b, off);
  const nsec = b.readUInt32LE(off + 8);
  return `{tv_sec=${sec}, tv_nsec=${nsec}}${dateComment(Number(sec), nsec)}`;
}

// struct statx: mask 0, blksize 4, attributes 8, nlink 16, uid 20, gid 24, mode 28 (u16),
// ino 32, size 40, blocks 48, attributes_mask 56, atime 64, btime 80, ctime 96, mtime 112,
// rdev_major 128, rdev_minor 132, dev_major 136, dev_minor 140, mnt_id 144,
// dio_mem_align 152, dio_offset_align 156.
// Each field shows only when stx_mask says the kernel filled it (as strace's statx.c).
const STATX_TYPE_MODE = 0x3, STATX_NLINK = 0x4, STATX_UID = 0x8, STATX_GID = 0x10, STATX_ATIME = 0x20,
  STATX_MTIME = 0x40, STATX_CTIME = 0x80, STATX_INO = 0x100, STATX_SIZE = 0x200, STATX_BLOCKS = 0x400,
  STATX_BTIME = 0x800, STATX_MNT_ID = 0x1000, STATX_DIOALIGN = 0x2000;
defineStruct('statx', (c, addr) => {
  const verbose = c.opts.verbose;
  const len = verbose ? 160 : 48;
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  const b = c.mem.scratch;
  const mask = b.readUInt32LE(0);
  const id = (off: number): string => (b.readInt32LE(off) === -1 ? '-1' : String(b.readUInt32LE(off)));
  const f = [`stx_mask=${flagsOr('statx_mask', STATX_MASK, mask)}`];
  if (verbose) f.push(`stx_blksize=${b.readUInt32LE(4)}`);
  f.push(`stx_attributes=${bits(STATX_ATTRS, b.readUInt32LE(8), b.readUInt32LE(12))}`);
  if (verbose) {
    if (mask & STATX_NLINK) f.push(`stx_nlink=${b.readUInt32LE(16)}`);
    if (mask & STATX_UID) f.push(`stx_uid=${id(20)}`);
    if (mask & STATX_GID) f.push(`stx_gid=${id(24)}`);
  }
  if (mask & STATX_TYPE_MODE) f.push(`stx_mode=${modeText(b.readUInt16LE(28))}`);
  if (verbose && mask & STATX_INO) f.push(`stx_ino=${u64At(b, 32)}`);
  if (mask & STATX_SIZE) f.push(`stx_size=${u64At(b, 40)}`);
  if (!verbose) return `{${f.join(', ')}, ...}`;
  if (mask & STATX_BLOCKS) f.push(`stx_blocks=${u64At(b, 48)}`);
  f.push(`stx_attributes_mask=${bits(STATX_ATTRS, b.readUInt32LE(56), b.readUInt32LE(60))}`);
  if (mask & STATX_ATIME) f.push(`stx_atime=${statxTime(b, 64)}`);
  if (mask & STATX_BTIME) f.push(`stx_btime=${statxTime(b, 80)}`);
  if (mask & STATX_CTIME) f.push(`stx_ctime=${statxTime(b, 96)}`);
  if (mask & STATX_MTIME) f.push(`stx_mtime=${statxTime(b, 112)}`);
  f.push(`stx_rdev_major=${b.readUInt32LE(128)}`, `stx_rdev_minor=${b.readUInt32LE(132)}`,
    `stx_dev_major=${b.readUInt32LE(136)}`, `stx_dev_minor=${b.readUInt32LE(140)}`);
  if (mask & STATX_MNT_ID) f.push(`stx_mnt_id=${hexAt(b, 144)}`);
  if (mask & STATX_DIOALIGN) f.push(`stx_dio_mem_align=${b.readUInt32LE(152)}`, `stx_dio_offset_align=${b.readUInt32LE(156)}`);
  return `{${f.join(', ')}}`;
});

// --- statfs -----------------------------------------------------------------------------

/** Filesystem magics (strace's fsmagic table, the ones a Linux box shows). */
const FS_MAGIC = new Map<number, string>([
  [0x0187, 'AUTOFS_SUPER_MAGIC'], [0x1cd1, 'DEVPTS_SUPER_MAGIC'], [0x4d44, 'MSDOS_SUPER_MAGIC'],
  [0x6969, 'NFS_SUPER_MAGIC'], [0x9660, 'ISOFS_SUPER_MAGIC'], [0x9fa0, 'PROC_SUPER_MAGIC'],
  [0xef53, 'EXT2_SUPER_MAGIC'], [0x27e0eb, 'CGROUP_SUPER_MAGIC'], [0x01021994, 'TMPFS_MAGIC'],
  [0x01021997, 'V9FS_MAGIC'], [0x09041934, 'ANON_INODE_FS_MAGIC'], [0x2011bab0, 'EXFAT_SUPER_MAGIC'],
  [0x28cd3d45, 'CRAMFS_MAGIC'], [0x2fc12fc1, 'ZFS_SUPER_MAGIC'], [0x42494e4d, 'BINFMTFS_MAGIC'],
  [0x444d4142, 'DMA_BUF_MAGIC'], [0x454d444d, 'DEVMEM_MAGIC'], [0x50494446, 'PID_FS_MAGIC'],
  [0x50495045, 'PIPEFS_MAGIC'], [0x5345434d, 'SECRETMEM_MAGIC'], [0x534f434b, 'SOCKFS_MAGIC'],
  [0x58465342, 'XFS_SUPER_MAGIC'], [0x6165676c, 'PSTOREFS_MAGIC'], [0x62646576, 'BDEVFS_MAGIC'],
  [0x62656570, 'CONFIGFS_MAGIC'], [0x62656572, 'SYSFS_MAGIC'], [0x63677270, 'CGROUP2_SUPER_MAGIC'],
  [0x64626720, 'DEBUGFS_MAGIC'], [0x65735543, 'FUSE_CTL_SUPER_MAGIC'], [0x65735546, 'FUSE_SUPER_MAGIC'],
  [0x6c6f6f70, 'BINDERFS_SUPER_MAGIC'], [0x6e736673, 'NSFS_MAGIC'], [0x73636673, 'SECURITYFS_MAGIC'],
  [0x73717368, 'SQUASHFS_MAGIC'], [0x74726163, 'TRACEFS_MAGIC'], [0x794c7630, 'OVERLAYFS_SUPER_MAGIC'],
  [0x858458f6, 'RAMFS_MAGIC'], [0x9123683e, 'BTRFS_SUPER_MAGIC'], [0x958458f6, 'HUGETLBFS_MAGIC'],
  [0xcafe4a11, 'BPF_FS_MAGIC'], [0xde5e81e4, 'EFIVARFS_MAGIC'], [0xe0f5e1e2, 'EROFS_SUPER_MAGIC_V1'],
  [0xf2f52010, 'F2FS_SUPER_MAGIC'], [0xf97cff8c, 'SELINUX_MAGIC'], [0xfe534d42, 'SMB2_SUPER_MAGIC'],
  [0xff534d42, 'CIFS_SUPER_MAGIC'],
]);
const ST_FLAGS: Bits = [
  [0x0001, 'ST_RDONLY'], [0x0002, 'ST_NOSUID'], [0x0004, 'ST_NODEV'], [0x0008, 'ST_NOEXEC'],
  [0x0010, 'ST_SYNCHRONOUS'], [0x0020, 'ST_VALID'], [0x0040, 'ST_MANDLOCK'], [0x0400, 'ST_NOATIME'],
  [0x0800, 'ST_NODIRATIME'], [0x1000, 'ST_RELATIME'], [0x2000, 'ST_NOSYMFOLLOW'],
];

// struct statfs on x86_64: type 0, bsize 8, blocks 16, bfree 24, bavail 32, files 40,
// ffree 48, fsid 56 (2 ints), namelen 64, frsize 72, flags 80. strace prints it whole.
defineStruct('statfs', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 88) !== 88) return null;
  const b = c.mem.scratch;
  const type = b.readUInt32LE(0);
  const typeName = b.readUInt32LE(4) === 0 ? FS_MAGIC.get(type) : undefined;
  return `{f_type=${typeName ?? hexAt(b, 0)}, f_bsize=${i64At(b, 8)}, f_blocks=${u64At(b, 16)}, ` +
    `f_bfree=${u64At(b, 24)}, f_bavail=${u64At(b, 32)}, f_files=${u64At(b, 40)}, f_ffree=${u64At(b, 48)}, ` +
    `f_fsid={val=[${hexOf32(b.readInt32LE(56))}, ${hexOf32(b.readInt32LE(60))}]}, f_namelen=${i64At(b, 64)}, ` +
    `f_frsize=${i64At(b, 72)}, f_flags=${bits(ST_FLAGS, b.readUInt32LE(80), b.readUInt32LE(84))}}`;
});

function hexOf32(v: number): string {
  return v === 0 ? '0' : '0x' + (v >>> 0).toString(16);
}
