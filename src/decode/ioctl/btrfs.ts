/**
 * btrfs (type 0x94, linux/btrfs.h): subvolumes, devices, balance, scrub, tree search, send,
 * quota groups and features, as strace's btrfs decoder prints them. The structures are
 * field lists (x86_64 layouts); what the kernel writes back follows ` => ` at exit.
 */
import * as B from '../xlat/btrfs.gen.js';
import { devAt } from '../structs/stat.js';
import { dateComment } from '../structs/text.js';
import { quote } from '../quote.js';
import type { IoctlCall } from './call.js';
import { ptr64, u64, uuid, x64 } from './fields.js';
import { onRequests, output, type IoctlDecoder, type IoctlStep } from './registry.js';
import { requestNumbers as codes } from './request.js';
import { lookup, named, type Table } from './xlat.js';

// --- fields -------------------------------------------------------------------------------

/** How a field prints: the call, the struct's bytes, the field's offset in them. */
type Print = (c: IoctlCall, b: Buffer, off: number) => string;
/** A field: name, offset, printer, and when it is shown (always if no condition). */
type Field = readonly [name: string, off: number, print: Print, when?: (b: Buffer, base: number) => boolean];

/** `name=value, ...` of the fields shown of the struct at `base` of `b`. */
function fieldsText(c: IoctlCall, b: Buffer, base: number, fields: readonly Field[]): string {
  let s = '';
  for (const [name, off, print, when] of fields) {
    if (when !== undefined && !when(b, base)) continue;
    s += `${s === '' ? '' : ', '}${name}=${print(c, b, base + off)}`;
  }
  return s;
}

/** A nested struct (PRINT_FIELD_OBJ_PTR): `{fields}`. */
const struct = (fields: readonly Field[]): Print => (c, b, off) => `{${fieldsText(c, b, off, fields)}}`;

const U64: Print = (_c, b, off) => u64(b, off);
const U32: Print = (_c, b, off) => String(b.readUInt32LE(off));
const U16: Print = (_c, b, off) => String(b.readUInt16LE(off));
const PTR: Print = (_c, b, off) => ptr64(b, off);
const DEV: Print = (_c, b, off) => devAt(b, off);
const UUID: Print = (_c, b, off) => uuid(b, off);
/** A descriptor held in a 64-bit field (the kernel takes it as an int). */
const FD: Print = (c, b, off) => c.fd(b.readInt32LE(off));
/** PRINT_FIELD_U64: UINT64_MAX by name. */
const U64MAX: Print = (c, b, off) => {
  const v = b.readBigUInt64LE(off);
  return v === 0xffffffffffffffffn ? named(c.style, v.toString(), 'UINT64_MAX') : v.toString();
};
/** A char array up to its NUL (PRINT_FIELD_CSTRING). */
const CSTR = (len: number): Print => (c, b, off) => c.cstr(b.subarray(off, off + len));
const FLAGS64 = (table: Table, dflt: string): Print => (c, b, off) => c.flags(table, b.readBigUInt64LE(off), dflt);
const XVAL64 = (table: Table, dflt: string): Print => (c, b, off) => c.xval(table, b.readBigUInt64LE(off), dflt);
const XVAL32 = (table: Table, dflt: string): Print => (c, b, off) => c.xval(table, b.readUInt32LE(off), dflt);
const XVAL16 = (table: Table, dflt: string): Print => (c, b, off) => c.xval(table, b.readUInt16LE(off), dflt);

/**
 * A constant printed in decimal (printxval64_u), by name where `table` has it: a 64-bit
 * value near the top of the range is found under its negative form (-256ULL).
 */
function decimalName(c: IoctlCall, table: Table, v: bigint): string {
  const signed = BigInt.asIntN(64, v);
  const name = signed >= BigInt(Number.MIN_SAFE_INTEGER) && signed <= BigInt(Number.MAX_SAFE_INTEGER)
    ? lookup(table, Number(signed)) : undefined;
  return name === undefined ? v.toString() : named(c.style, v.toString(), name);
}
const objectid = (c: IoctlCall, v: bigint): string => decimalName(c, B.BTRFS_TREE_OBJECTIDS, v);
const OBJECTID: Print = (c, b, off) => objectid(c, b.readBigUInt64LE(off));
const KEY_TYPE: Print = (c, b, off) => decimalName(c, B.BTRFS_KEY_TYPES, BigInt(b.readUInt32LE(off)));

/** A seconds field with strace's date comment. */
const TIME: Print = (_c, b, off) => u64(b, off) + dateComment(Number(b.readBigInt64LE(off)), 0);
/** struct btrfs_ioctl_timespec: sec, nsec, then the date. */
const TIMESPEC: Print = (_c, b, off) =>
  `{sec=${u64(b, off)}, nsec=${b.readUInt32LE(off + 8)}}` + dateComment(Number(b.readBigInt64LE(off)), b.readUInt32LE(off + 8));

const nonzero = (off: number, len: number) => (b: Buffer, base: number): boolean =>
  b.subarray(base + off, base + off + len).some((x) => x !== 0);
const u64Has = (off: number, bit: bigint) => (b: Buffer, base: number): boolean => (b.readBigUInt64LE(base + off) & bit) !== 0n;

// --- decoders by shape ----------------------------------------------------------------------

/** A struct the call only reads: printed at entry. */
function input(size: number, fields: readonly Field[]): IoctlDecoder {
  return (c) => c.struct(c.arg, size, (b) => `{${fieldsText(c, b, 0, fields)}}`);
}

/** A struct the kernel fills: printed at exit (its address if the call failed). */
function filled(size: number, print: (c: IoctlCall, b: Buffer) => string): IoctlDecoder {
  return output((c) => c.struct(c.arg, size, (b) => print(c, b)));
}

/**
 * A struct read and written back: `entry` prints it at entry, `exit` what the kernel left
 * after ` => ` (nothing if the call failed), both given the struct as read at entry.
 */
function inOut(size: number, entry: (c: IoctlCall, b: Buffer) => string,
  exit: (c: IoctlCall, b: Buffer, before: Buffer) => string): IoctlDecoder {
  return (c): IoctlStep => {
    const before = c.fetch(c.arg, size);
    if (before === null) return c.addr(c.arg);
    return {
      entry: entry(c, before),
      exit: (c) => (c.failed ? '' : ' => ' + c.struct(c.arg, size, (b) => exit(c, b, before))),
    };
  };
}

const braces = (fields: readonly Field[]) => (c: IoctlCall, b: Buffer): string => `{${fieldsText(c, b, 0, fields)}}`;

// --- no argument, numbers, flags ----------------------------------------------------------------

// The vol_args of DEFRAG and BALANCE are in their numbers only: the kernel reads none.
onRequests(codes('BTRFS_IOC_TRANS_START', 'BTRFS_IOC_TRANS_END', 'BTRFS_IOC_SYNC', 'BTRFS_IOC_SCRUB_CANCEL',
  'BTRFS_IOC_QUOTA_RESCAN_WAIT', 'BTRFS_IOC_DEFRAG', 'BTRFS_IOC_BALANCE'), () => '');

onRequests(codes('BTRFS_IOC_BALANCE_CTL'), (c) => c.xval(B.BTRFS_BALANCE_CTL_CMDS, c.argU64, 'BTRFS_BALANCE_CTL_???'));
onRequests(codes('BTRFS_IOC_START_SYNC'), output((c) => c.u64(c.arg)));
onRequests(codes('BTRFS_IOC_DEFAULT_SUBVOL', 'BTRFS_IOC_WAIT_SYNC'), (c) => c.u64(c.arg));

const subvolFlags = (c: IoctlCall): string =>
  c.struct(c.arg, 8, (b) => c.flags(B.BTRFS_SNAP_FLAGS_V2, b.readBigUInt64LE(0), 'BTRFS_SUBVOL_???'));
onRequests(codes('BTRFS_IOC_SUBVOL_GETFLAGS'), output(subvolFlags));
onRequests(codes('BTRFS_IOC_SUBVOL_SETFLAGS'), subvolFlags);

// --- subvolumes and devices by name ------------------------------------------------------------

// struct btrfs_ioctl_vol_args: fd, name[4088].
onRequests(codes('BTRFS_IOC_SNAP_CREATE', 'BTRFS_IOC_RESIZE', 'BTRFS_IOC_SCAN_DEV', 'BTRFS_IOC_FORGET_DEV',
  'BTRFS_IOC_ADD_DEV', 'BTRFS_IOC_RM_DEV', 'BTRFS_IOC_SUBVOL_CREATE', 'BTRFS_IOC_SNAP_DESTROY', 'BTRFS_IOC_DEVICES_READY'),
input(4096, [['fd', 0, FD], ['name', 8, CSTR(4088)]]));

const QGROUP_LIMIT = struct([
  ['flags', 0, FLAGS64(B.BTRFS_QGROUP_LIMIT_FLAGS, 'BTRFS_QGROUP_LIMIT_???')],
  ['max_rfer', 8, U64], ['max_excl', 16, U64], ['rsv_rfer', 24, U64], ['rsv_excl', 32, U64],
]);

// struct btrfs_qgroup_inherit: flags, num_qgroups, num_ref_copies, num_excl_copies, lim, qgroups[].
const QGROUP_INHERIT_SIZE = 72;
function qgroupInherit(c: IoctlCall, addr: number): string {
  return c.struct(addr, QGROUP_INHERIT_SIZE, (b) => {
    const count = Number(b.readBigUInt64LE(8));
    return `{${fieldsText(c, b, 0, [
      ['flags', 0, FLAGS64(B.BTRFS_QGROUP_INHERIT_FLAGS, 'BTRFS_QGROUP_INHERIT_???')],
      ['num_qgroups', 8, U64], ['num_ref_copies', 16, U64], ['num_excl_copies', 24, U64], ['lim', 32, QGROUP_LIMIT],
    ])}, ` + (c.verbose ? 'qgroups=' + c.array(addr + QGROUP_INHERIT_SIZE, count, 8, (e) => u64(e, 0)) : '...') + '}';
  });
}

// struct btrfs_ioctl_vol_args_v2: fd, transid, flags, size and qgroup_inherit, name[4040].
const SUBVOL_QGROUP_INHERIT = 4n;
onRequests(codes('BTRFS_IOC_SNAP_CREATE_V2', 'BTRFS_IOC_SUBVOL_CREATE_V2'), inOut(4096, braces([
  ['fd', 0, FD],
  ['flags', 16, FLAGS64(B.BTRFS_SNAP_FLAGS_V2, 'BTRFS_SUBVOL_???')],
  ['size', 24, U64, u64Has(16, SUBVOL_QGROUP_INHERIT)],
  ['qgroup_inherit', 32, (c, b, off) => c.viaPointer(b, off, (addr) => qgroupInherit(c, addr)), u64Has(16, SUBVOL_QGROUP_INHERIT)],
  ['name', 56, CSTR(4040)],
]), braces([['transid', 8, U64]])));

// --- balance -----------------------------------------------------------------------------------

const BALANCE_ARGS = struct([
  ['profiles', 0, FLAGS64(B.BTRFS_SPACE_INFO_FLAGS, 'BTRFS_BLOCK_GROUP_???')],
  ['usage', 8, U64MAX], ['devid', 16, DEV], ['pstart', 24, U64MAX], ['pend', 32, U64MAX],
  ['vstart', 40, U64MAX], ['vend', 48, U64MAX], ['target', 56, U64MAX],
  ['flags', 64, FLAGS64(B.BTRFS_BALANCE_ARGS, 'BTRFS_BALANCE_ARGS_???')],
]);
const BALANCE_DATA = 1n;
const BALANCE_SYSTEM = 2n;
const BALANCE_METADATA = 4n;
const balanceFields = (out: boolean): readonly Field[] => [
  ['flags', 0, FLAGS64(B.BTRFS_BALANCE_FLAGS, 'BTRFS_BALANCE_???')],
  ['state', 8, FLAGS64(B.BTRFS_BALANCE_STATE, 'BTRFS_BALANCE_STATE_???'), () => out],
  ['data', 16, BALANCE_ARGS, u64Has(0, BALANCE_DATA)],
  ['meta', 152, BALANCE_ARGS, u64Has(0, BALANCE_METADATA)],
  ['sys', 288, BALANCE_ARGS, u64Has(0, BALANCE_SYSTEM)],
];
const BALANCE_SIZE = 1024;
onRequests(codes('BTRFS_IOC_BALANCE_V2'), inOut(BALANCE_SIZE, braces(balanceFields(false)), braces(balanceFields(true))));
onRequests(codes('BTRFS_IOC_BALANCE_PROGRESS'), filled(BALANCE_SIZE, braces(balanceFields(true))));

// --- defragmentation ---------------------------------------------------------------------------

onRequests(codes('BTRFS_IOC_DEFRAG_RANGE'), input(48, [
  ['start', 0, U64], ['len', 8, U64MAX],
  ['flags', 16, FLAGS64(B.BTRFS_DEFRAG_FLAGS, 'BTRFS_DEFRAG_RANGE_???')],
  ['extent_thresh', 24, U32],
  ['compress_type', 28, XVAL32(B.BTRFS_COMPRESS_TYPES, 'BTRFS_COMPRESS_???')],
]));

// --- devices ---------------------------------------------------------------------------------

// struct btrfs_ioctl_dev_info_args: devid, uuid, bytes_used, total_bytes, ..., path[1024] at 3072.
const hasUuid = nonzero(8, 16);
onRequests(codes('BTRFS_IOC_DEV_INFO'), inOut(4096,
  braces([['devid', 0, DEV], ['uuid', 8, UUID, hasUuid]]),
  braces([['uuid', 8, UUID, hasUuid], ['bytes_used', 24, U64], ['total_bytes', 32, U64], ['path', 3072, CSTR(1024)]])));

// struct btrfs_ioctl_dev_replace_args: cmd, result, then start or status params at 16.
const REPLACE_CMD_START = 0n;
const REPLACE_CMD_STATUS = 1n;
const DEVICE_PATH_NAME_MAX = 1024;
const REPLACE_START = struct([
  ['srcdevid', 0, DEV],
  ['cont_reading_from_srcdev_mode', 8,
    XVAL64(B.BTRFS_CONT_READING_FROM_SRCDEV_MODE, 'BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_???')],
  ['srcdev_name', 16, CSTR(DEVICE_PATH_NAME_MAX + 1)],
  ['tgtdev_name', 16 + DEVICE_PATH_NAME_MAX + 1, CSTR(DEVICE_PATH_NAME_MAX + 1)],
]);
/** Progress in tenths of a percent, with the percentage where it is one. */
const PROGRESS: Print = (_c, b, off) => {
  const v = b.readBigUInt64LE(off);
  return v <= 1000n ? `${v} /* ${v / 10n}.${v % 10n}% */` : v.toString();
};
const REPLACE_STATUS = struct([
  ['replace_state', 0, XVAL64(B.BTRFS_DEV_REPLACE_STATE, 'BTRFS_IOCTL_DEV_REPLACE_STATE_???')],
  ['progress_1000', 8, PROGRESS], ['time_started', 16, TIME], ['time_stopped', 24, TIME],
  ['num_write_errors', 32, U64], ['num_uncorrectable_read_errors', 40, U64],
]);
const replaceCmd = (cmd: bigint) => (b: Buffer): boolean => b.readBigUInt64LE(0) === cmd;
onRequests(codes('BTRFS_IOC_DEV_REPLACE'), inOut(2600,
  braces([
    ['cmd', 0, XVAL64(B.BTRFS_DEV_REPLACE_CMDS, 'BTRFS_IOCTL_DEV_REPLACE_CMD_???')],
    ['start', 16, REPLACE_START, replaceCmd(REPLACE_CMD_START)],
  ]),
  braces([
    ['result', 8, XVAL64(B.BTRFS_DEV_REPLACE_RESULTS, 'BTRFS_IOCTL_DEV_REPLACE_RESULT_???')],
    ['status', 16, REPLACE_STATUS, replaceCmd(REPLACE_CMD_STATUS)],
  ])));

// struct btrfs_ioctl_get_dev_stats: devid, nr_items, flags, values[5] by their names.
const DEV_STAT_VALUES = 5;
const devStatsHead: readonly Field[] = [['nr_items', 8, U64], ['flags', 16, FLAGS64(B.BTRFS_DEV_STATS_FLAGS, 'BTRFS_DEV_STATS_???')]];
function devStatValues(c: IoctlCall, b: Buffer): string {
  const count = b.readBigUInt64LE(8);
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i >= DEV_STAT_VALUES) {
      items.push('...');
      break;
    }
    const name = lookup(B.BTRFS_DEV_STATS_VALUES, i);
    items.push(`[${name === undefined ? i : named(c.style, String(i), name)}]=${u64(b, 24 + 8 * i)}`);
  }
  return `[${items.join(', ')}]`;
}
onRequests(codes('BTRFS_IOC_GET_DEV_STATS'), inOut(1032,
  braces([['devid', 0, DEV], ...devStatsHead]),
  (c, b) => `{${fieldsText(c, b, 0, devStatsHead)}, ${devStatValues(c, b)}}`));

// --- features and file system info ----------------------------------------------------------

const FEATURES = struct([
  ['compat_flags', 0, FLAGS64(B.BTRFS_FEATURES_COMPAT, 'BTRFS_FEATURE_COMPAT_???')],
  ['compat_ro_flags', 8, FLAGS64(B.BTRFS_FEATURES_COMPAT_RO, 'BTRFS_FEATURE_COMPAT_RO_???')],
  ['incompat_flags', 16, FLAGS64(B.BTRFS_FEATURES_INCOMPAT, 'BTRFS_FEATURE_INCOMPAT_???')],
]);
const FEATURES_SIZE = 24;
onRequests(codes('BTRFS_IOC_GET_FEATURES'), filled(FEATURES_SIZE, (c, b) => FEATURES(c, b, 0)));
onRequests(codes('BTRFS_IOC_SET_FEATURES'), (c) =>
  c.struct(c.arg, 2 * FEATURES_SIZE, (b) => `[${FEATURES(c, b, 0)}, ${FEATURES(c, b, FEATURES_SIZE)}]`));
const SUPPORTED = ['supported', 'safe to set', 'safe to clear'];
onRequests(codes('BTRFS_IOC_GET_SUPPORTED_FEATURES'), filled(3 * FEATURES_SIZE, (c, b) =>
  `[${SUPPORTED.map((what, i) => `${FEATURES(c, b, i * FEATURES_SIZE)} /* ${what} */`).join(', ')}]`));

const FS_INFO_CSUM_INFO = 1n;
const FS_INFO_GENERATION = 2n;
const FS_INFO_METADATA_UUID = 4n;
onRequests(codes('BTRFS_IOC_FS_INFO'), filled(1024, braces([
  ['max_id', 0, U64], ['num_devices', 8, U64], ['fsid', 16, UUID],
  ['nodesize', 32, U32], ['sectorsize', 36, U32], ['clone_alignment', 40, U32],
  ['csum_type', 44, XVAL16(B.BTRFS_CSUM_TYPES, 'BTRFS_CSUM_TYPE_???'), u64Has(48, FS_INFO_CSUM_INFO)],
  ['csum_size', 46, U16, u64Has(48, FS_INFO_CSUM_INFO)],
  ['flags', 48, FLAGS64(B.BTRFS_FS_INFO_FLAGS, 'BTRFS_FS_INFO_FLAG_???')],
  ['generation', 56, U64, u64Has(48, FS_INFO_GENERATION)],
  ['metadata_uuid', 64, UUID, u64Has(48, FS_INFO_METADATA_UUID)],
])));

// --- inodes and paths ------------------------------------------------------------------------

// struct btrfs_ioctl_ino_lookup_args: treeid, objectid, name[4080]; a treeid of 0 asks the
// kernel for the containing subvolume's, which it writes back.
onRequests(codes('BTRFS_IOC_INO_LOOKUP'), inOut(4096,
  braces([['treeid', 0, OBJECTID], ['objectid', 8, OBJECTID]]),
  (c, b, before) => `{${fieldsText(c, b, 0, [
    ['treeid', 0, OBJECTID, () => before.readBigUInt64LE(0) === 0n], ['name', 16, CSTR(4080)],
  ])}}`));

// struct btrfs_data_container: bytes_left, bytes_missing, elem_cnt, elem_missed, val[].
const CONTAINER_SIZE = 16;
const containerHead: readonly Field[] = [['bytes_left', 0, U32], ['bytes_missing', 4, U32], ['elem_cnt', 8, U32], ['elem_missed', 12, U32]];
/** The container at `addr`: its counts, then `val` (elements of `size` bytes) printed by `item` with -v. */
function container(c: IoctlCall, addr: number, count: (b: Buffer) => number, size: number,
  item: (e: Buffer) => string): string {
  return c.struct(addr, CONTAINER_SIZE, (b) => `{${fieldsText(c, b, 0, containerHead)}, ` +
    (c.verbose ? 'val=' + c.array(addr + CONTAINER_SIZE, count(b), size, item) : '...') + '}');
}

const PATH_MAX = 4096;
/** A path at `addr` as strace's printpath: whole up to PATH_MAX - 1 bytes, -s aside. */
function pathAt(c: IoctlCall, addr: number): string {
  if (addr === 0) return 'NULL';
  const got = c.mem.readCString(c.task.tid, addr, PATH_MAX);
  if (got.len < 0) return c.addr(addr);
  const shown = Math.min(got.len, PATH_MAX - 1);
  return quote(c.mem.scratch, shown, c.opts.strings ?? 'escape') + (got.terminated && got.len < PATH_MAX ? '' : '...');
}

// struct btrfs_ioctl_ino_path_args: inum, size, reserved[4], fspath; the paths come back as
// offsets from the container's val.
onRequests(codes('BTRFS_IOC_INO_PATHS'), inOut(56,
  braces([['inum', 0, U64], ['size', 8, U64], ['fspath', 48, PTR]]),
  (c, b) => `{fspath=${c.viaPointer(b, 48, (addr) => container(c, addr, (h) => h.readUInt32LE(8), 8, (e) => {
    const at = BigInt(addr + CONTAINER_SIZE) + e.readBigUInt64LE(0);
    return at < 1n << 53n ? pathAt(c, Number(at)) : '0x' + BigInt.asUintN(64, at).toString(16);
  }))}}`));

// struct btrfs_ioctl_logical_ino_args: logical, size, reserved[3], flags, inodes; the inodes
// come back as (inum, offset, root) triples.
const LOGICAL_INO_RESERVED: Print = (c, b, off) => c.local(3, (i) => x64(b, off + 8 * i));
onRequests(codes('BTRFS_IOC_LOGICAL_INO'), inOut(56,
  braces([
    ['logical', 0, U64], ['size', 8, U64], ['reserved', 16, LOGICAL_INO_RESERVED, nonzero(16, 24)],
    ['flags', 40, FLAGS64(B.BTRFS_LOGICAL_INO_ARGS_FLAGS, 'BTRFS_LOGICAL_INO_ARGS_???')], ['inodes', 48, PTR],
  ]),
  (c, b) => `{inodes=${c.viaPointer(b, 48, (addr) => container(c, addr, (h) => Math.floor(h.readUInt32LE(8) / 3), 24,
    (e) => `{inum=${u64(e, 0)}, offset=${u64(e, 8)}, root=${u64(e, 16)}}`))}}`));

// --- quota groups --------------------------------------------------------------------------

onRequests(codes('BTRFS_IOC_QGROUP_ASSIGN'), input(24, [['assign', 0, U64], ['src', 8, U64], ['dst', 16, U64]]));
onRequests(codes('BTRFS_IOC_QGROUP_CREATE'), input(16, [['create', 0, U64], ['qgroupid', 8, U64]]));
onRequests(codes('BTRFS_IOC_QGROUP_LIMIT'), filled(48, braces([['qgroupid', 0, U64], ['lim', 8, QGROUP_LIMIT]])));
onRequests(codes('BTRFS_IOC_QUOTA_CTL'), input(16, [['cmd', 0, XVAL64(B.BTRFS_QGROUP_CTL_CMDS, 'BTRFS_QUOTA_CTL_???')]]));
onRequests(codes('BTRFS_IOC_QUOTA_RESCAN'), input(64, [['flags', 0, U64]]));
onRequests(codes('BTRFS_IOC_QUOTA_RESCAN_STATUS'), filled(64, braces([['flags', 0, U64], ['progress', 8, OBJECTID]])));

// --- send and receive ------------------------------------------------------------------------

// struct btrfs_ioctl_received_subvol_args: uuid, stransid, rtransid, stime, rtime, flags.
onRequests(codes('BTRFS_IOC_SET_RECEIVED_SUBVOL'), inOut(200,
  braces([['uuid', 0, UUID], ['stransid', 16, U64], ['stime', 32, TIMESPEC], ['flags', 64, U64]]),
  braces([['rtransid', 24, U64], ['rtime', 48, TIMESPEC]])));

// struct btrfs_ioctl_send_args: send_fd, clone_sources_count, clone_sources, parent_root, flags.
const CLONE_SOURCES: Print = (c, b, off) => {
  if (!c.verbose) return ptr64(b, off);
  const count = Number(b.readBigUInt64LE(8));
  return c.viaPointer(b, off, (addr) => c.array(addr, count, 8, (e) => objectid(c, e.readBigUInt64LE(0))));
};
onRequests(codes('BTRFS_IOC_SEND'), input(72, [
  ['send_fd', 0, FD], ['clone_sources_count', 8, U64], ['clone_sources', 16, CLONE_SOURCES],
  ['parent_root', 24, OBJECTID], ['flags', 32, FLAGS64(B.BTRFS_SEND_FLAGS, 'BTRFS_SEND_FLAGS_???')],
]));

// --- scrub -----------------------------------------------------------------------------------

const SCRUB_PROGRESS = struct(['data_extents_scrubbed', 'tree_extents_scrubbed', 'data_bytes_scrubbed',
  'tree_bytes_scrubbed', 'read_errors', 'csum_errors', 'verify_errors', 'no_csum', 'csum_discards', 'super_errors',
  'malloc_errors', 'uncorrectable_errors', 'corrected_errors', 'last_physical', 'unverified_errors',
].map((name, i): Field => [name, 8 * i, U64]));
const scrubExit = braces([['progress', 32, SCRUB_PROGRESS]]);
// struct btrfs_ioctl_scrub_args: devid, start, end, flags, progress.
onRequests(codes('BTRFS_IOC_SCRUB'), inOut(1024, braces([
  ['devid', 0, DEV], ['start', 8, U64], ['end', 16, U64MAX], ['flags', 24, FLAGS64(B.BTRFS_SCRUB_FLAGS, 'BTRFS_SCRUB_???')],
]), scrubExit));
onRequests(codes('BTRFS_IOC_SCRUB_PROGRESS'), inOut(1024, braces([['devid', 0, DEV]]), scrubExit));

// --- space info ------------------------------------------------------------------------------

// struct btrfs_ioctl_space_args: space_slots, total_spaces, spaces[] of (flags, total_bytes, used_bytes).
const SPACE_INFO = struct([
  ['flags', 0, FLAGS64(B.BTRFS_SPACE_INFO_FLAGS, 'BTRFS_SPACE_INFO_???')], ['total_bytes', 8, U64], ['used_bytes', 16, U64],
]);
onRequests(codes('BTRFS_IOC_SPACE_INFO'), inOut(16, braces([['space_slots', 0, U64]]), (c, b) => {
  const total = b.readBigUInt64LE(8);
  let s = `{total_spaces=${total}`;
  // Asked for the count only.
  if (b.readBigUInt64LE(0) === 0n && total !== 0n) return s + '}';
  if (!c.verbose) return s + ', ...}';
  s += ', spaces=' + c.array(c.arg + 16, Number(total), 24, (e) => SPACE_INFO(c, e, 0));
  return s + '}';
}));

// --- tree search -----------------------------------------------------------------------------

// struct btrfs_ioctl_search_key (104 bytes); the search returns nr_items only.
const FIRST_FREE_OBJECTID = 256n;
const LAST_FREE_OBJECTID = BigInt.asUintN(64, -256n);
const KEY_SIZE = 104;
function searchKey(c: IoctlCall, b: Buffer): string {
  if (c.exiting) return `{nr_items=${b.readUInt32LE(64)}}`;
  return `{${fieldsText(c, b, 0, [
    ['tree_id', 0, OBJECTID],
    // The default range is left out unless -v.
    ['min_objectid', 8, OBJECTID, () => c.verbose || b.readBigUInt64LE(8) !== FIRST_FREE_OBJECTID],
    ['max_objectid', 16, OBJECTID, () => c.verbose || b.readBigUInt64LE(16) !== LAST_FREE_OBJECTID],
    ['min_offset', 24, U64MAX], ['max_offset', 32, U64MAX], ['min_transid', 40, U64MAX], ['max_transid', 48, U64MAX],
    ['min_type', 56, KEY_TYPE], ['max_type', 60, KEY_TYPE], ['nr_items', 64, U32],
  ])}}`;
}

// struct btrfs_ioctl_search_header: transid, objectid, offset, type, len; each is followed by
// its len bytes of item.
const SEARCH_HEADER_SIZE = 32;
const SEARCH_HEADER = struct([
  ['transid', 0, U64], ['objectid', 8, OBJECTID], ['offset', 16, U64], ['type', 24, KEY_TYPE], ['len', 28, U32],
]);
/** `, buf=[headers]` of the items found (`, ...` without -v), at exit only. */
function searchBuf(c: IoctlCall, at: number, size: bigint, items: number): string {
  if (c.entering) return '';
  if (!c.verbose) return ', ...';
  const shown: string[] = [];
  let off = 0n;
  for (let i = 0; i < items; i++) {
    const addr = at + Number(off);
    if (off + BigInt(SEARCH_HEADER_SIZE) > size || i > c.opts.strsize || !Number.isSafeInteger(addr)) {
      shown.push('...');
      break;
    }
    const h = c.fetch(addr, SEARCH_HEADER_SIZE);
    if (h === null) {
      shown.push(`... /* ${c.addr(addr)} */`);
      break;
    }
    shown.push(SEARCH_HEADER(c, h, 0));
    off += BigInt(SEARCH_HEADER_SIZE + h.readUInt32LE(28));
  }
  return `, buf=[${shown.join(', ')}]`;
}

const SEARCH_BUF_SIZE = 4096 - KEY_SIZE;
function treeSearch(c: IoctlCall): string {
  return c.struct(c.arg, KEY_SIZE, (b) =>
    `{key=${searchKey(c, b)}${searchBuf(c, c.arg + KEY_SIZE, BigInt(SEARCH_BUF_SIZE), b.readUInt32LE(64))}}`);
}
onRequests(codes('BTRFS_IOC_TREE_SEARCH'), (c): IoctlStep => {
  if (c.fetch(c.arg, KEY_SIZE) === null) return c.addr(c.arg);
  return { entry: treeSearch(c), exit: (c) => (c.failed ? '' : ' => ' + treeSearch(c)) };
});

// struct btrfs_ioctl_search_args_v2: key, buf_size, buf[]; a buffer too small for one item
// fails with EOVERFLOW, and buf_size says the size needed.
const EOVERFLOW = 75;
const V2_SIZE = KEY_SIZE + 8;
function treeSearchV2(c: IoctlCall): string {
  return c.struct(c.arg, V2_SIZE, (b) => {
    const bufSize = b.readBigUInt64LE(KEY_SIZE);
    return `{key=${searchKey(c, b)}, buf_size=${bufSize}${searchBuf(c, c.arg + V2_SIZE, bufSize, b.readUInt32LE(64))}}`;
  });
}
onRequests(codes('BTRFS_IOC_TREE_SEARCH_V2'), (c): IoctlStep => {
  if (c.fetch(c.arg, V2_SIZE) === null) return c.addr(c.arg);
  return {
    entry: treeSearchV2(c),
    exit: (c) => {
      if (!c.failed) return ' => ' + treeSearchV2(c);
      if (c.ret !== -EOVERFLOW) return '';
      return ' => ' + c.struct(c.arg, V2_SIZE, (b) => `{buf_size=${u64(b, KEY_SIZE)}}`, true);
    },
  };
});
