/**
 * Small system calls of the subsystem family whose arguments depend on one another:
 * reboot's restart command, syslog's actions, sethostname, swapon's priority, kcmp's
 * indexes by type, memfd_secret and process_mrelease flags.
 */
import { quote } from '../quote.js';
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { formatFlags, styled, type XlatEntries } from '../xlat/index.js';
import { xvalText } from './xlat-text.js';
import { bytesText, fdText } from './mem-text.js';

// reboot: the command's argument only with LINUX_REBOOT_CMD_RESTART2, at most 255 bytes.
defineStruct('reboot_arg', (c, addr) => {
  if (addr === 0) return 'NULL';
  const max = Math.min(255, c.opts.strsize);
  const r = c.mem.readCString(c.task.tid, addr, 255);
  if (r.len < 0 || (!r.terminated && r.len < 255)) return null;
  const shown = Math.min(r.len, max);
  return quote(c.mem.scratch, shown, c.opts.strings ?? 'escape') + (r.terminated && r.len <= max ? '' : '...');
});
{
  const LINUX_REBOOT_CMD_RESTART2 = 0xa1b2c3d4;
  const head: Array<[number, string]> = [[0, 'enum:reboot_magic'], [1, 'enum:reboot_magic'], [2, 'enum:reboot_cmd']];
  const restart2 = view('reboot', [...head, [3, 'struct:reboot_arg']]);
  const plain = view('reboot', head);
  defineRule('reboot', (t) => (t.args[4] === LINUX_REBOOT_CMD_RESTART2 ? restart2 : plain));
}

// syslog: by action.
{
  const action: [number, string] = [0, 'enum:syslog_action'];
  const only = view('syslog', [action]);
  const read = view('syslog', [action, [1, 'outbuf:ret'], [2, 'int']]);
  const level = view('syslog', [action, [1, 'ptr'], [2, 'enum:syslog_console_level']]);
  const other = view('syslog', [action, [1, 'ptr'], [2, 'int']]);
  const byAction = new Map<number, ArgView>([
    [0, only], [1, only], [5, only], [6, only], [7, only], [9, only], [10, only], // CLOSE OPEN CLEAR CONSOLE_OFF/ON SIZE_*
    [2, read], [3, read], [4, read], // READ READ_ALL READ_CLEAR
    [8, level], // CONSOLE_LEVEL
  ]);
  defineRule('syslog', (t) => byAction.get(t.args[0]! | 0) ?? other);
}

// sethostname/setdomainname: the name only when its length fits __NEW_UTS_LEN.
const NEW_UTS_LEN = 64;
defineStruct('uts_name', (c, addr) => {
  const len = c.task.args[2]!;
  return len > NEW_UTS_LEN ? null : bytesText(c, addr, len);
});

// swapon: flags, then the priority in decimal.
const SWAP_FLAG_PRIO_MASK = 0x7fff;
defineStruct('swapon_flags', (c) => {
  const v = c.task.args[2 * c.index]!;
  const flags = (v & ~SWAP_FLAG_PRIO_MASK) >>> 0;
  const prio = String(v & SWAP_FLAG_PRIO_MASK);
  return flags === 0 ? prio : `${formatFlags('swapon', flags, 0)}|${prio}`;
});

// kcmp: fd indexes for KCMP_FILE and KCMP_EPOLL_TFD, none for the others, hex for unknown types.
defineStruct('kcmp_fd', (c) => fdText(c, c.task.args[2 * c.index]! | 0));
/** struct kcmp_epoll_slot: efd, tfd, toff (u32 each). */
defineStruct('kcmp_epoll_slot', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 12) !== 12) return null;
  const b = c.mem.scratch;
  return `{efd=${b.readInt32LE(0)}, tfd=${b.readInt32LE(4)}, toff=${b.readUInt32LE(8)}}`;
});
{
  const head: Array<[number, string]> = [[0, 'pid'], [1, 'pid'], [2, 'enum:kcmp_type']];
  const file = view('kcmp', [...head, [3, 'value:kcmp_fd'], [4, 'value:kcmp_fd']]);
  const epoll = view('kcmp', [...head, [3, 'value:kcmp_fd'], [4, 'struct:kcmp_epoll_slot']]);
  const none = view('kcmp', head);
  const unknown = view('kcmp', [...head, [3, 'hex'], [4, 'hex']]);
  defineRule('kcmp', (t) => {
    const type = t.args[4]!;
    return type === 0 ? file : type === 7 ? epoll : type <= 6 ? none : unknown;
  });
}

// memfd_secret: printflags with no comment for unknown bits.
defineStruct('memfd_secret_flags', (c) => {
  const v = c.task.args[2 * c.index]!;
  const O_CLOEXEC = 0o2000000;
  if (v === 0) return '0';
  const rest = (v & ~O_CLOEXEC) >>> 0;
  const known = v & O_CLOEXEC ? 'O_CLOEXEC' : '';
  const text = known === '' ? '0x' + rest.toString(16) : rest ? `${known}|0x${rest.toString(16)}` : known;
  return known === '' ? text : styled(text, '0x' + v.toString(16));
});

// fanotify_init: the notification class (a 2-bit field), then the other flags.
const FAN_ALL_CLASS_BITS = 0xc;
const FAN_CLASSES: XlatEntries = [[0, 'FAN_CLASS_NOTIF'], [4, 'FAN_CLASS_CONTENT'], [8, 'FAN_CLASS_PRE_CONTENT']];
defineStruct('fanotify_init_flags', (c) => {
  const v = c.task.args[2 * c.index]!;
  const rest = (v & ~FAN_ALL_CLASS_BITS) >>> 0;
  const cls = xvalText(FAN_CLASSES, v & FAN_ALL_CLASS_BITS, 0, 'FAN_CLASS_???');
  return rest === 0 ? cls : `${cls}|${formatFlags('fanotify_init', rest, 0)}`;
});
