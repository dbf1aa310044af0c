/**
 * Device mapper (type 0xfd, linux/dm-ioctl.h): struct dm_ioctl's header, then the payload
 * at data_start by request (target specs, dependencies, names, versions, messages), all as
 * `[{header}, payload]`; with -v only, the payload itself.
 */
import { devText } from '../xlat/fs.js';
import * as D from '../xlat/devices.gen.js';
import type { IoctlCall } from './call.js';
import { onRequests, type IoctlStep } from './registry.js';
import { requestNumber as R, requestNumbers as codes } from './request.js';

/** offsetof(struct dm_ioctl, data): what the header is. */
const HEADER_SIZE = 305;
const VERSION_MAJOR = 4;
const SUSPEND_FLAG = 1 << 1;
const DATA_OUT_FLAG = 1 << 16;
const TARGET_SPEC_SIZE = 40;

const u32 = (b: Buffer, off: number): number => b.readUInt32LE(off);

interface Header {
  readonly b: Buffer;
  readonly dataSize: number;
  readonly dataStart: number;
  readonly targets: number;
  readonly flags: number;
}
const header = (b: Buffer): Header =>
  ({ b, dataSize: u32(b, 12), dataStart: u32(b, 16), targets: u32(b, 20), flags: u32(b, 28) });

/** Requests without a payload (data_start is not printed for them). */
const NO_PARAMS = new Set(codes('DM_VERSION', 'DM_REMOVE_ALL', 'DM_DEV_CREATE', 'DM_DEV_REMOVE', 'DM_DEV_SUSPEND',
  'DM_DEV_STATUS', 'DM_TABLE_CLEAR', 'DM_DEV_ARM_POLL'));
const NO_DEVICE = new Set(codes('DM_REMOVE_ALL', 'DM_LIST_DEVICES', 'DM_LIST_VERSIONS'));
const COUNTS_OUT = new Set(codes('DM_DEV_CREATE', 'DM_DEV_RENAME', 'DM_DEV_SUSPEND', 'DM_DEV_STATUS', 'DM_DEV_WAIT',
  'DM_TABLE_LOAD', 'DM_TABLE_CLEAR', 'DM_TABLE_DEPS', 'DM_TABLE_STATUS', 'DM_TARGET_MSG'));
const EVENT_IN = new Set(codes('DM_DEV_RENAME', 'DM_DEV_REMOVE', 'DM_DEV_WAIT'));

/** The header's fields, or undefined after a comment where the rest cannot be trusted. */
function headerText(c: IoctlCall, h: Header): { text: string; ok: boolean } {
  const b = h.b;
  let s = `{version=[${u32(b, 0)}, ${u32(b, 4)}, ${u32(b, 8)}]`;
  if (u32(b, 0) !== VERSION_MAJOR) return { text: s + ' /* unsupported device mapper ABI version */}', ok: false };
  s += `, data_size=${h.dataSize}`;
  if (h.dataSize < HEADER_SIZE) return { text: s + ' /* data_size too small */}', ok: false };
  if (!NO_PARAMS.has(c.code)) s += `, data_start=${h.dataStart}`;
  if (!NO_DEVICE.has(c.code)) {
    if (b.readBigUInt64LE(40) !== 0n) s += `, dev=${devText(u32(b, 40), u32(b, 44))}`;
    if (b[48]) s += `, name=${c.cstr(b.subarray(48, 176))}`;
    if (b[176]) s += `, uuid=${c.cstr(b.subarray(176, 305))}`;
  }
  if (c.entering) {
    if (c.code === R('DM_TABLE_LOAD')) s += `, target_count=${h.targets}`;
    else if ((c.code === R('DM_DEV_SUSPEND') && !(h.flags & SUSPEND_FLAG)) || EVENT_IN.has(c.code)) s += `, event_nr=${u32(b, 32)}`;
  } else if (!c.failed && COUNTS_OUT.has(c.code)) {
    s += `, target_count=${h.targets}, open_count=${u32(b, 24)}, event_nr=${u32(b, 32)}`;
  }
  return { text: s + `, flags=${c.flags(D.DM_FLAGS, h.flags, 'DM_???')}}`, ok: true };
}

const misplaced = (what: string): string => `, ??? /* misplaced ${what} */`;
/** A NUL-terminated string from `off` of the buffer to its end. */
const tailString = (c: IoctlCall, h: Header, off: number): string => c.cstrn(c.arg + off, h.dataSize - off);

/** struct dm_target_spec entries chained by `next` (from the previous one at entry, from data_start at exit). */
function targetSpecs(c: IoctlCall, h: Header): string {
  if (!c.verbose) return h.targets ? ', ...' : '';
  let s = '';
  let offset = h.dataStart;
  let end = 0;
  for (let i = 0; i < h.targets; i++) {
    if ((i && offset <= end) || (end = offset + TARGET_SPEC_SIZE) > h.dataSize || end > 0xffffffff) {
      return s + misplaced('struct dm_target_spec');
    }
    if (i >= c.opts.strsize) return s + ', ...';
    const t = c.fetch(c.arg + offset, TARGET_SPEC_SIZE);
    if (t === null) return s + ', ' + c.addr(c.arg + offset);
    s += `, {sector_start=${t.readBigUInt64LE(0)}, length=${t.readBigUInt64LE(8)}` +
      (c.exiting ? `, status=${t.readInt32LE(16)}` : '') +
      `, target_type=${c.cstr(t.subarray(24, 40))}, string=${tailString(c, h, end)}}`;
    offset = c.entering ? offset + u32(t, 20) : h.dataStart + u32(t, 20);
    offset >>>= 0;
  }
  return s;
}

function targetDeps(c: IoctlCall, h: Header): string {
  if (h.dataStart === h.dataSize) return '';
  if (!c.verbose) return ', ...';
  const end = h.dataStart + 8;
  if (end > h.dataSize || end > 0xffffffff) return misplaced('struct dm_target_deps');
  const d = c.fetch(c.arg + h.dataStart, 8);
  if (d === null) return ', ' + c.addr(c.arg + h.dataStart);
  const count = u32(d, 0);
  if (count > Math.floor((h.dataSize - end) / 8)) return misplaced('struct dm_target_deps');
  return `, {count=${count}, deps=${c.array(c.arg + end, count, 8, (e) => devText(u32(e, 0), u32(e, 4)))}}`;
}

/** A list of records chained by `next` at `nextAt`, each printed by `print`. */
function chain(c: IoctlCall, h: Header, what: string, nameAt: number, nextAt: number, size: number,
  print: (r: Buffer, nameOff: number, offset: number) => string): string {
  if (h.dataStart === h.dataSize) return '';
  if (!c.verbose) return ', ...';
  let s = '';
  let offset = h.dataStart;
  let end = 0;
  for (let n = 0; ; n++) {
    if ((n && offset <= end) || (end = offset + nameAt) > h.dataSize || end > 0xffffffff) return s + misplaced(what);
    if (n >= c.opts.strsize) return s + ', ...';
    const r = c.fetch(c.arg + offset, size);
    if (r === null) return s + ', ' + c.addr(c.arg + offset);
    s += ', ' + print(r, end, offset);
    const next = u32(r, nextAt);
    if (!next) return s;
    offset += next;
  }
}

// struct dm_name_list: dev, next, name[]; after the name, an event number on DM 4.37 and later.
function nameList(c: IoctlCall, h: Header): string {
  return chain(c, h, 'struct dm_name_list', 12, 8, 12, (r, nameOff, offset) => {
    let s = `{dev=${devText(u32(r, 0), u32(r, 4))}, name=${tailString(c, h, nameOff)}`;
    const got = c.mem.readCString(c.task.tid, c.arg + nameOff, Math.min(h.dataSize - nameOff, c.opts.strsize + 1));
    if (got.terminated && u32(h.b, 4) >= 37) {
      const at = (c.arg + nameOff + got.len + 1 + 7) & ~7;
      const ev = at + 4 <= c.arg + offset + u32(r, 8) ? c.fetch(at, 4, true) : null;
      if (ev !== null) s += `, event_nr=${u32(ev, 0)}`;
    }
    return s + '}';
  });
}

// struct dm_target_versions: next, version[3], name[].
function targetVersions(c: IoctlCall, h: Header): string {
  return chain(c, h, 'struct dm_target_versions', 16, 0, 16, (r, nameOff) =>
    `{name=${tailString(c, h, nameOff)}, version=[${u32(r, 4)}, ${u32(r, 8)}, ${u32(r, 12)}]}`);
}

// struct dm_target_msg: sector, message[].
function targetMsg(c: IoctlCall, h: Header): string {
  if (h.dataStart === h.dataSize) return '';
  if (!c.verbose) return ', ...';
  const end = h.dataStart + 8;
  if (end <= h.dataStart || end > h.dataSize || end > 0xffffffff) return misplaced('struct dm_target_msg');
  const m = c.fetch(c.arg + h.dataStart, 8);
  if (m === null) return ', ' + c.addr(c.arg + h.dataStart);
  return `, {sector=${m.readBigUInt64LE(0)}, message=${tailString(c, h, end)}}`;
}

function stringPayload(c: IoctlCall, h: Header): string {
  if (!c.verbose) return ', ...';
  if (h.dataStart > h.dataSize) return misplaced('string');
  return `, {string=${tailString(c, h, h.dataStart)}}`;
}

function payload(c: IoctlCall, h: Header): string {
  const ok = !c.failed;
  switch (c.code) {
    case R('DM_DEV_WAIT'): case R('DM_TABLE_STATUS'): return c.exiting && ok ? targetSpecs(c, h) : '';
    case R('DM_TABLE_LOAD'): return c.entering ? targetSpecs(c, h) : '';
    case R('DM_TABLE_DEPS'): return c.exiting && ok ? targetDeps(c, h) : '';
    case R('DM_LIST_DEVICES'): return c.exiting && ok ? nameList(c, h) : '';
    case R('DM_LIST_VERSIONS'): return c.exiting && ok ? targetVersions(c, h) : '';
    case R('DM_TARGET_MSG'):
      if (c.entering) return targetMsg(c, h);
      return ok && h.flags & DATA_OUT_FLAG ? stringPayload(c, h) : '';
    case R('DM_DEV_RENAME'): case R('DM_DEV_SET_GEOMETRY'): return c.entering ? stringPayload(c, h) : '';
    default: return '';
  }
}

function whole(c: IoctlCall, h: Header): string {
  const head = headerText(c, h);
  return `[${head.text}${head.ok ? payload(c, h) : ''}]`;
}

/** The header, if it can be read and its data_size claims at least the fields before it. */
function fetchHeader(c: IoctlCall): Header | null {
  const b = c.fetch(c.arg, HEADER_SIZE, true);
  return b === null || u32(b, 12) < 12 ? null : header(b);
}

onRequests(codes('DM_VERSION', 'DM_REMOVE_ALL', 'DM_LIST_DEVICES', 'DM_DEV_CREATE', 'DM_DEV_REMOVE', 'DM_DEV_RENAME',
  'DM_DEV_SUSPEND', 'DM_DEV_STATUS', 'DM_DEV_WAIT', 'DM_TABLE_LOAD', 'DM_TABLE_CLEAR', 'DM_TABLE_DEPS', 'DM_TABLE_STATUS',
  'DM_LIST_VERSIONS', 'DM_TARGET_MSG', 'DM_DEV_SET_GEOMETRY', 'DM_DEV_ARM_POLL'), (c): IoctlStep => {
  const h = fetchHeader(c);
  if (h === null) return { entry: '', exit: () => undefined };
  return {
    entry: whole(c, h),
    exit: (c) => {
      const o = fetchHeader(c);
      if (o === null) return `, ${c.argHex}`;
      const b = o.b;
      // What the kernel reports on failure is worth showing only if it changed the header.
      const changed = b.compare(h.b, 0, 20, 0, 20) !== 0 || o.flags !== h.flags;
      if (c.failed && !changed) return '';
      return ' => ' + whole(c, o);
    },
  };
});
