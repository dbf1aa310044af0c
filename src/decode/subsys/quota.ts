/**
 * quotactl(2) and quotactl_fd(2): `QCMD(Q_GETQUOTA, USRQUOTA)`, then what the command
 * takes: an id, a format and path, or one of the quota structs (VFS and XFS), read at
 * entry for the setters and at exit for the getters; abbreviated without -v as strace does.
 */
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, formatFlags, hex } from '../xlat/index.js';
import * as T from '../xlat/subsys.gen.js';
import { lookup, xlatStyle } from './xlat-text.js';
import { xlatEntries } from '../xlat/text.js';

const u64 = (b: Buffer, o: number): string => {
  const hi = b.readUInt32LE(o + 4);
  return hi < 0x200000 ? String(b.readUInt32LE(o) + hi * 2 ** 32) : b.readBigUInt64LE(o).toString();
};

/** strace's printxvals in the abbreviated style whatever -X says: the name or `0x5 /* DFLT *\/`. */
const abbrevName = (table: typeof T.QUOTACMDS, v: number, dflt: string): string =>
  lookup(table, v) ?? `${hex(v, 0)} /* ${dflt} */`;

defineStruct('qcmd', (c) => {
  const q = c.task.args[2 * c.index]!;
  const text = `QCMD(${abbrevName(T.QUOTACMDS, q >>> 8, 'Q_???')}, ${abbrevName(T.QUOTATYPES, q & 0xff, '???QUOTA')})`;
  const style = xlatStyle();
  return style === 'abbrev' ? text : style === 'raw' ? String(q) : `${q} /* ${text} */`;
});
defineStruct('quota_id', (c) => {
  const id = c.task.args[2 * c.index]!;
  return id === 0xffffffff ? '-1' : String(id);
});
defineStruct('quota_format_arg', (c) => formatEnum('quota_format', c.task.args[2 * c.index]!, 0));

/** A struct of `size` bytes printed by `body`, or its address when it cannot be read. */
function struct(size: number, body: (b: Buffer, c: StructContext) => string) {
  return (c: StructContext, addr: number): string | null =>
    c.mem.read(c.task.tid, addr, size) === size ? body(c.mem.scratch, c) : null;
}

const DQBLK = ['bhardlimit', 'bsoftlimit', 'curspace', 'ihardlimit', 'isoftlimit', 'curinodes'];
function dqblk(b: Buffer, c: StructContext, next: boolean): string {
  let s = '{' + DQBLK.map((n, i) => `dqb_${n}=${u64(b, 8 * i)}`).join(', ');
  const id = next ? `, dqb_id=${b.readUInt32LE(68)}` : '';
  if (!c.opts.verbose) return s + id + ', ...}';
  s += `, dqb_btime=${u64(b, 48)}, dqb_itime=${u64(b, 56)}, dqb_valid=${formatFlags('if_dqblk_valid', b.readUInt32LE(64), 0)}`;
  return s + id + '}';
}
defineStruct('if_dqblk', struct(68, (b, c) => dqblk(b, c, false)));
defineStruct('if_nextdqblk', struct(72, (b, c) => dqblk(b, c, true)));

defineStruct('if_dqinfo', struct(24, (b) =>
  `{dqi_bgrace=${u64(b, 0)}, dqi_igrace=${u64(b, 8)}, dqi_flags=${formatFlags('if_dqinfo_flags', b.readUInt32LE(16), 0)}` +
  `, dqi_valid=${formatFlags('if_dqinfo_valid', b.readUInt32LE(20), 0)}}`));

defineStruct('quota_format_cell', struct(4, (b) => `[${formatEnum('quota_format', b.readUInt32LE(0), 0)}]`));
defineStruct('xfs_quota_flags_cell', struct(4, (b) => `[${formatFlags('xfs_quota_flags', b.readUInt32LE(0), 0)}]`));
defineStruct('xfs_dqblk_flags_cell', struct(4, (b) => `[${formatFlags('xfs_dqblk_flags', b.readUInt32LE(0), 0)}]`));

// fs_disk_quota_t (linux/dqblk_xfs.h), 112 bytes.
defineStruct('fs_disk_quota', struct(112, (b, c) => {
  let s = `{d_version=${b.readInt8(0)}, d_flags=${formatFlags('xfs_dqblk_flags', b.readUInt8(1), 0)}` +
    `, d_fieldmask=${hex(b.readUInt16LE(2), 0)}, d_id=${b.readUInt32LE(4)}, d_blk_hardlimit=${u64(b, 8)}` +
    `, d_blk_softlimit=${u64(b, 16)}, d_ino_hardlimit=${u64(b, 24)}, d_ino_softlimit=${u64(b, 32)}` +
    `, d_bcount=${u64(b, 40)}, d_icount=${u64(b, 48)}`;
  if (!c.opts.verbose) return s + ', ...}';
  s += `, d_itimer=${b.readInt32LE(56)}, d_btimer=${b.readInt32LE(60)}, d_iwarns=${b.readUInt16LE(64)}` +
    `, d_bwarns=${b.readUInt16LE(66)}, d_rtb_hardlimit=${u64(b, 72)}, d_rtb_softlimit=${u64(b, 80)}` +
    `, d_rtbcount=${u64(b, 88)}, d_rtbtimer=${b.readInt32LE(96)}, d_rtbwarns=${b.readUInt16LE(100)}`;
  return s + '}';
}));

const filestat = (b: Buffer, o: number): string =>
  `{qfs_ino=${u64(b, o)}, qfs_nblks=${u64(b, o + 8)}, qfs_nextents=${b.readUInt32LE(o + 16)}}`;
// fs_quota_stat_t, 80 bytes.
defineStruct('fs_quota_stat', struct(80, (b, c) => {
  if (!c.opts.verbose) return `{qs_version=${b.readInt8(0)}, ...}`;
  return `{qs_version=${b.readInt8(0)}, qs_flags=${formatFlags('xfs_quota_flags', b.readUInt16LE(2), 0)}` +
    `, qs_uquota=${filestat(b, 8)}, qs_gquota=${filestat(b, 32)}, qs_incoredqs=${b.readUInt32LE(56)}` +
    `, qs_btimelimit=${b.readInt32LE(60)}, qs_itimelimit=${b.readInt32LE(64)}, qs_rtbtimelimit=${b.readInt32LE(68)}` +
    `, qs_bwarnlimit=${b.readUInt16LE(72)}, qs_iwarnlimit=${b.readUInt16LE(74)}}`;
}));
// struct fs_quota_statv, 160 bytes.
defineStruct('fs_quota_statv', struct(160, (b, c) => {
  if (!c.opts.verbose) return `{qs_version=${b.readInt8(0)}, ...}`;
  return `{qs_version=${b.readInt8(0)}, qs_flags=${formatFlags('xfs_quota_flags', b.readUInt16LE(2), 0)}` +
    `, qs_incoredqs=${b.readUInt32LE(4)}, qs_uquota=${filestat(b, 8)}, qs_gquota=${filestat(b, 32)}` +
    `, qs_pquota=${filestat(b, 56)}, qs_btimelimit=${b.readInt32LE(80)}, qs_itimelimit=${b.readInt32LE(84)}` +
    `, qs_rtbtimelimit=${b.readInt32LE(88)}, qs_bwarnlimit=${b.readUInt16LE(92)}, qs_iwarnlimit=${b.readUInt16LE(94)}}`;
}));

// --- the commands -------------------------------------------------------------------------

const Q = Object.fromEntries(xlatEntries(T.QUOTACMDS).map(([n, name]) => [name, n])) as Record<string, number>;

/** The rule of a quotactl variant whose first two printed arguments are `head`. */
function quotaRule(sys: string, head: Array<[number, string]>, cmdArg: number): void {
  const v = (...rest: Array<[number, string]>): ArgView => view(sys, [...head, ...rest]);
  const id: [number, string] = [2, 'value:quota_id'];
  const byCmd = new Map<number, ArgView>();
  const set = (names: string[], av: ArgView): void => {
    for (const n of names) byCmd.set(Q[n]!, av);
  };
  set(['Q_QUOTAOFF', 'Q_SYNC', 'Q_XQUOTASYNC'], v());
  set(['Q_QUOTAON'], v([2, 'value:quota_format_arg'], [3, 'path']));
  set(['Q_GETQUOTA'], v(id, [3, 'ostruct:if_dqblk']));
  set(['Q_SETQUOTA'], v(id, [3, 'struct:if_dqblk']));
  set(['Q_GETNEXTQUOTA'], v(id, [3, 'ostruct:if_nextdqblk']));
  set(['Q_XGETQUOTA', 'Q_XGETNEXTQUOTA'], v(id, [3, 'ostruct:fs_disk_quota']));
  set(['Q_XSETQLIM'], v(id, [3, 'struct:fs_disk_quota']));
  set(['Q_GETFMT'], v([3, 'ostruct:quota_format_cell']));
  set(['Q_GETINFO'], v([3, 'ostruct:if_dqinfo']));
  set(['Q_SETINFO'], v([3, 'struct:if_dqinfo']));
  set(['Q_XGETQSTAT'], v([3, 'ostruct:fs_quota_stat']));
  set(['Q_XGETQSTATV'], v([3, 'ostruct:fs_quota_statv']));
  set(['Q_XQUOTAON', 'Q_XQUOTAOFF'], v([3, 'struct:xfs_quota_flags_cell']));
  set(['Q_XQUOTARM'], v([3, 'struct:xfs_dqblk_flags_cell']));
  const other = v(id, [3, 'ptr']);
  defineRule(sys, (t) => byCmd.get(t.args[2 * cmdArg]! >>> 8) ?? other);
}
quotaRule('quotactl', [[0, 'value:qcmd'], [1, 'path']], 0);
quotaRule('quotactl_fd', [[0, 'fd'], [1, 'value:qcmd']], 1);
