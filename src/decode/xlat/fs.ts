/** Files, descriptors and file systems: open/at/access flags, fcntl, statx, mounts, notify. */
import * as T from './fs.gen.js';
import {
  defineEnum, defineField, defineFlags, defineFormatter, definePrinter, enumFormatter, flagsFormatter, flagsPrinter, hex,
  formatFlags, formatterOf, styled, xlatStyle, type Formatter,
} from './registry.js';
import { xlatEntries } from './text.js';

// open(2) flags: the access mode is a 2-bit field (O_RDONLY is 0, so it always prints).
defineField('open', T.OPEN_FLAGS, { mask: 3, values: T.OPEN_ACCESS, unknown: 'O_???' });
// The same bits without an access mode (pipe2, dup3, F_GETFL's result has one: see 'open').
defineFlags('open_mode', T.OPEN_FLAGS, { unknown: 'O_???' });
defineFlags('at', T.AT_FLAGS, { unknown: 'AT_???' });
defineFlags('faccessat', T.FACCESSAT_FLAGS, { unknown: 'AT_???' });
// statx: the sync type bits as flags of their own (AT_STATX_SYNC_AS_STAT is 0, so they
// always print; both set print both), then `|` and the other AT_ bits, as strace prints two
// flag words (no `AT_???` comment: strace gives none).
const syncMask = xlatEntries(T.STATX_SYNC).find(([, n]) => n === 'AT_STATX_SYNC_TYPE')?.[0] ?? 0x6000;
defineFlags('at_statx_sync', () => xlatEntries(T.STATX_SYNC).filter(([, n]) => n !== 'AT_STATX_SYNC_TYPE'));
defineFlags('at_statx_rest', T.AT_FLAGS);
{
  const parts = (lo: number, print: (name: string, v: number) => string): string => {
    const rest = (lo & ~syncMask) >>> 0;
    return print('at_statx_sync', lo & syncMask) + (rest === 0 ? '' : '|' + print('at_statx_rest', rest));
  };
  definePrinter('at_statx', (lo) => parts(lo, (n, v) => formatterOf(n)!(v, 0)), (lo) => parts(lo, (n, v) => formatFlags(n, v, 0)));
}
defineFlags('access', () => xlatEntries(T.ACCESS_MODES).filter(([v]) => v !== 0), { zero: 'F_OK', unknown: '?_OK' });
defineEnum('fcntl_cmd', T.FCNTL_CMDS, { unknown: 'F_???' });
defineFlags('fd_flags', T.FD_FLAGS, { unknown: 'FD_???' });
defineEnum('lease', T.LOCK_TYPES, { unknown: 'F_???' });
defineEnum('lock_type', T.LOCK_TYPES, { unknown: 'F_???' });
defineEnum('f_owner_type', T.F_OWNER_TYPES, { unknown: 'F_OWNER_???' });
defineFlags('resolve', T.RESOLVE_FLAGS, { unknown: 'RESOLVE_???' });
defineFlags('notify', T.NOTIFY_FLAGS, { unknown: 'DN_???' });
defineFlags('seals', T.SEALS, { unknown: 'F_SEAL_???' });
defineFlags('flock', T.FLOCK_OPS, { unknown: 'LOCK_???' });
defineEnum('seek_whence', T.SEEK_WHENCE, { unknown: 'SEEK_???' });
defineFlags('rename', T.RENAME_FLAGS, { unknown: 'RENAME_???' });
defineFlags('rwf', T.RWF_FLAGS, { unknown: 'RWF_???' });
defineFlags('xattr', T.XATTR_FLAGS, { unknown: 'XATTR_???' });
defineFlags('statx_mask', T.STATX_MASKS, { unknown: 'STATX_???' });
defineFlags('falloc', T.FALLOC_FLAGS, { unknown: 'FALLOC_FL_???' });
defineEnum('fadvice', T.FADVISE, { unknown: 'POSIX_FADV_???' });
defineFlags('splice', T.SPLICE_FLAGS, { unknown: 'SPLICE_F_???' });
defineFlags('sync_file_range', T.SYNC_FILE_RANGE_FLAGS, { unknown: 'SYNC_FILE_RANGE_???' });
defineFlags('inotify_init', T.INOTIFY_INIT_FLAGS, { unknown: 'IN_???' });
defineFlags('inotify_mask', T.INOTIFY_MASK, { unknown: 'IN_???' });
defineFlags('fanotify_init', T.FANOTIFY_INIT_FLAGS, { unknown: 'FAN_???' });
defineFlags('fanotify_mark', T.FANOTIFY_MARK_FLAGS, { unknown: 'FAN_MARK_???' });
defineFlags('fanotify_events', T.FANOTIFY_EVENTS, { unknown: 'FAN_???' });
// memfd_create's flags: a huge page size (a 6-bit number at bit 26) prints as `21<<MFD_HUGE_SHIFT`.
const mfdHugeShift = xlatEntries(T.MEMFD_HUGE).find(([, n]) => n === 'MFD_HUGE_SHIFT')?.[0] ?? 26;
const mfdHugeBits = ((xlatEntries(T.MEMFD_HUGE).find(([, n]) => n === 'MFD_HUGE_MASK')?.[0] ?? 0x3f) << mfdHugeShift) >>> 0;
const memfdFlags = flagsFormatter(T.MEMFD_FLAGS, { unknown: 'MFD_???' });
const memfdText = (lo: number): string => {
  const huge = (lo & mfdHugeBits) >>> mfdHugeShift;
  const rest = (lo & ~mfdHugeBits) >>> 0;
  if (huge === 0) return memfdFlags(rest, 0);
  return (rest === 0 ? '' : memfdFlags(rest, 0) + '|') + `${huge}<<MFD_HUGE_SHIFT`;
};
// No flags print as a bare 0 whatever -X says.
definePrinter('memfd', memfdText, (lo) => (lo === 0 ? '0' : styled(memfdText(lo), hex(lo, 0))));
defineFlags('memfd_secret', () => xlatEntries(T.OPEN_FLAGS).filter(([, n]) => n === 'O_CLOEXEC'), { unknown: 'O_???' });
defineFlags('close_range', T.CLOSE_RANGE_FLAGS, { unknown: 'CLOSE_RANGE_???' });
defineFlags('umount', T.UMOUNT_FLAGS, { unknown: 'MNT_???' });
defineFlags('swapon', T.SWAP_FLAGS, { unknown: 'SWAP_FLAG_???' });
defineFlags('open_tree', T.OPEN_TREE_FLAGS, { unknown: 'OPEN_TREE_???' });
defineFlags('move_mount', T.MOVE_MOUNT_FLAGS, { unknown: 'MOVE_MOUNT_???' });
defineFlags('fsopen', T.FSOPEN_FLAGS, { unknown: 'FSOPEN_???' });
defineFlags('fsmount', T.FSMOUNT_FLAGS, { unknown: 'FSMOUNT_???' });
defineFlags('fspick', T.FSPICK_FLAGS, { unknown: 'FSPICK_???' });
defineEnum('fsconfig_cmd', T.FSCONFIG_CMDS, { unknown: 'FSCONFIG_???' });
defineFlags('mount_attr', T.MOUNT_ATTR, { unknown: 'MOUNT_ATTR_???' });
// fsmount's attr_flags: the bits older than mount_setattr's idmapped and nosymfollow mounts.
const NEWER_ATTRS = new Set(['MOUNT_ATTR_IDMAP', 'MOUNT_ATTR_NOSYMFOLLOW']);
defineFlags('fsmount_attr', () => xlatEntries(T.MOUNT_ATTR).filter(([, n]) => !NEWER_ATTRS.has(n)), { unknown: 'MOUNT_ATTR_???' });
defineEnum('mount_propagation', T.MOUNT_PROPAGATION, { unknown: 'MS_???' });
// mount_setattr's flags: the AT_ ones that apply to a mount lookup.
const SETATTR_AT = new Set(['AT_SYMLINK_NOFOLLOW', 'AT_NO_AUTOMOUNT', 'AT_EMPTY_PATH', 'AT_RECURSIVE']);
defineFlags('mount_setattr', () => xlatEntries(T.AT_FLAGS).filter(([, n]) => SETATTR_AT.has(n)), { unknown: 'AT_???' });
defineFlags('landlock_create', T.LANDLOCK_CREATE_FLAGS, { unknown: 'LANDLOCK_CREATE_RULESET_???' });
defineEnum('landlock_rule_type', T.LANDLOCK_RULE_TYPES, { unknown: 'LANDLOCK_RULE_???' });
defineFlags('userfaultfd', T.USERFAULTFD_FLAGS, { unknown: 'O_???' });

// mount(2) flags: the old magic number MS_MGC_VAL may fill the high 16 bits; it prints as a
// constant of its own before the flags (`MS_MGC_VAL|MS_RDONLY`, raw `0xc0ed0000|0x1`).
const mountFlagsText = flagsFormatter(T.MOUNT_FLAGS, { unknown: 'MS_???' });
const mountFlags = flagsPrinter(T.MOUNT_FLAGS, { unknown: 'MS_???' });
const magic = xlatEntries(T.MOUNT_MAGIC).find(([, n]) => n === 'MS_MGC_VAL')?.[0] ?? 0xc0ed0000;
const magicMask = xlatEntries(T.MOUNT_MAGIC).find(([, n]) => n === 'MS_MGC_MSK')?.[0] ?? 0xffff0000;
const withMagic = (flags: Formatter, magicText: () => string): Formatter => (lo, hi) => {
  if (hi !== 0 || ((lo & magicMask) >>> 0) !== magic) return flags(lo, hi);
  const rest = (lo & ~magicMask) >>> 0;
  return rest === 0 ? magicText() : magicText() + '|' + flags(rest, 0);
};
definePrinter('mount', withMagic(mountFlagsText, () => 'MS_MGC_VAL'),
  withMagic(mountFlags, () => styled('MS_MGC_VAL', hex(magic, 0))));

// A mode with its file type: `S_IFCHR|S_ISUID|0644` (mknod, st_mode).
const S_IFMT = 0o170000;
const modeTypes = new Map(xlatEntries(T.MODE_TYPES).map(([v, n]) => [v, n]));
const modeBits = xlatEntries(T.MODE_BITS);
/** `%#03o`: octal with a leading 0, at least 3 digits. */
const oct03 = (n: number): string => '0' + (n >>> 0).toString(8).padStart(2, '0');

/**
 * A file mode as strace's print_symbolic_mode_t, per -X: `S_IFREG|S_ISUID|0755` (no type
 * name for type 0), `0100755` raw, both in verbose; a mode of unknown type only in octal.
 */
export function modeText(mode: number): string {
  const typeBits = mode & S_IFMT;
  const type = typeBits === 0 ? '' : modeTypes.get(typeBits);
  const style = xlatStyle();
  if (type === undefined || style === 'raw') return oct03(mode);
  let s = type === '' ? '' : type + '|';
  let rest = (mode & ~S_IFMT) >>> 0;
  for (const [bit, name] of modeBits) {
    if (rest & bit) {
      s += name + '|';
      rest = (rest & ~bit) >>> 0;
    }
  }
  s += oct03(rest);
  return style === 'abbrev' ? s : `${oct03(mode)} /* ${s} */`;
}
// mknod takes the mode as an unsigned short.
definePrinter('mknod_mode', (lo) => modeText(lo & 0xffff), (lo) => modeText(lo & 0xffff));

/** `makedev(0x1, 0x3)`: a dev_t as glibc's gnu_dev_major/minor split it; per -X as print_dev_t. */
export function devText(lo: number, hi: number): string {
  const major = ((lo >>> 8) & 0xfff) | ((hi & ~0xfff) >>> 0);
  const minor = (lo & 0xff) | (((lo >>> 12) | (hi << 20)) & ~0xff);
  return styled(`makedev(${hex(major >>> 0, 0)}, ${hex(minor >>> 0, 0)})`, hex(lo, hi));
}
definePrinter('makedev', devText, devText);

// quotactl: QCMD(cmd, type), the command in the high bits.
const quotaCmd = enumFormatter(T.QUOTA_CMDS, { unknown: 'Q_???' });
const quotaType = enumFormatter(T.QUOTA_TYPES, { unknown: 'QUOTA_???' });
defineFormatter('quotactl_cmd', (lo) => `QCMD(${quotaCmd(lo >>> 8, 0)}, ${quotaType(lo & 0xff, 0)})`);
