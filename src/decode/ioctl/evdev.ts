/**
 * Input devices (type 'E', linux/input.h): what the kernel writes for the _IOC_READ
 * requests (printed at exit) and what it reads for the _IOC_WRITE ones.
 */
import * as X from '../xlat/ioctl.gen.js';
import { IOC_READ, IOC_WRITE, iocDir, iocNr, iocSize, type IoctlCall } from './call.js';
import { hex, ptr64 } from './fields.js';
import { onType, type IoctlDecoder } from './registry.js';
import { requestNumber } from './request.js';
import type { Table } from './xlat.js';
import { xlatEntries } from '../xlat/text.js';

const R = (name: string): number => requestNumber(name);

// The *_MAX of each bit table (linux/input-event-codes.h).
const EV_MAX = 0x1f;
const KEY_MAX = 0x2ff;
const REL_MAX = 0x0f;
const ABS_MAX = 0x3f;
const MSC_MAX = 0x07;
const SW_MAX = 0x10;
const LED_MAX = 0x0f;
const SND_MAX = 0x07;
const REP_MAX = 0x01;
const FF_MAX = 0x7f;
const FF_STATUS_MAX = 0x01;
const INPUT_PROP_MAX = 0x1f;

/**
 * A bit set the kernel filled (its size is the return value, in bytes): the set bits'
 * names, at most four without -v; the words in hex with -X raw, both with verbose.
 */
function bitset(c: IoctlCall, table: Table, max: number, dflt: string): string {
  const ret = c.ret;
  const sizeBits = ret > max / 8 ? max : ret * 8;
  const size = Math.ceil(Math.ceil(sizeBits / 8) / 8) * 8;
  if (c.failed || size === 0) return c.addr(c.arg);
  const b = c.fetch(c.arg, size);
  if (b === null) return c.addr(c.arg);
  let s = '';
  if (c.style !== 'raw') {
    const names: string[] = [];
    for (let i = 0; i < sizeBits; i++) {
      if (!(b[i >> 3]! & (1 << (i & 7)))) continue;
      if (!c.verbose && names.length >= 4) {
        names.push('...');
        break;
      }
      names.push(c.xval(table, i, dflt));
    }
    s = `[${names.join(' ')}]`;
  }
  if (c.style === 'abbrev') return s;
  const words: string[] = [];
  for (let off = 0; off < size; off += 8) {
    const w = b.readBigUInt64LE(off);
    words.push(w === 0n ? '0' : '0x' + w.toString(16));
  }
  const raw = `[${words.join(', ')}]`;
  return c.style === 'raw' ? raw : `${s} /* ${raw} */`;
}

const BIT_TABLES: ReadonlyMap<number, readonly [Table, number, string]> = new Map([
  [0, [X.EVDEV_EV, EV_MAX, 'EV_???']],
  [1, [X.EVDEV_KEYCODE, KEY_MAX, 'KEY_???']],
  [2, [X.EVDEV_RELATIVE_AXES, REL_MAX, 'REL_???']],
  [3, [X.EVDEV_ABS, ABS_MAX, 'ABS_???']],
  [4, [X.EVDEV_MISC, MSC_MAX, 'MSC_???']],
  [5, [X.EVDEV_SWITCH, SW_MAX, 'SW_???']],
  [0x11, [X.EVDEV_LEDS, LED_MAX, 'LED_???']],
  [0x12, [X.EVDEV_SND, SND_MAX, 'SND_???']],
  [0x14, [X.EVDEV_AUTOREPEAT, REP_MAX, 'REP_???']],
  [0x15, [X.EVDEV_FF_TYPES, FF_MAX, 'FF_???']],
  [0x17, [X.EVDEV_FF_STATUS, FF_STATUS_MAX, 'FF_STATUS_???']],
] as const);
const EV_PWR = 0x16;

/** struct input_absinfo: value, minimum, maximum, fuzz, flat, resolution (s32 each). */
function absinfo(c: IoctlCall): string {
  const size = iocSize(c.code);
  const origSize = 20;
  const resSize = 24;
  if (size < origSize) return c.addr(c.arg);
  const b = c.fetch(c.arg, Math.min(size, resSize));
  if (b === null) return c.addr(c.arg);
  const u = (i: number): number => b.readUInt32LE(4 * i);
  let s = `{value=${u(0)}, minimum=${u(1)}, `;
  if (!c.verbose) return s + '...}';
  s += `maximum=${u(2)}, fuzz=${u(3)}, flat=${u(4)}`;
  if (size > origSize) {
    if (size >= resSize) s += `, resolution=${u(5)}`;
    if (size !== resSize) s += ', ...';
  }
  return s + '}';
}

function keycode(c: IoctlCall): string {
  return c.struct(c.arg, 8, (b) => `[${b.readUInt32LE(0)}, ${c.xval(X.EVDEV_KEYCODE, b.readUInt32LE(4), 'KEY_???')}]`);
}

/** struct input_keymap_entry: flags, len (u8), index (u16), keycode (u32), scancode[32]. */
function keycodeV2(c: IoctlCall): string {
  return c.struct(c.arg, 40, (b) => {
    const s = `{flags=${b[0]}, len=${b[1]}, `;
    if (!c.verbose) return s + '...}';
    const scancode: string[] = [];
    for (let i = 0; i < 32; i++) scancode.push(hex(b[8 + i]!));
    return s + `index=${b.readUInt16LE(2)}, keycode=${c.xval(X.EVDEV_KEYCODE, b.readUInt32LE(4), 'KEY_???')}, ` +
      `scancode=[${scancode.join(', ')}]}`;
  });
}

function pair(c: IoctlCall): string {
  return c.struct(c.arg, 8, (b) => `[${b.readUInt32LE(0)}, ${b.readUInt32LE(4)}]`);
}

/** struct input_mt_request_layout: code, then values[] filling the request's size. */
function mtslots(c: IoctlCall): string {
  const n = Math.floor(iocSize(c.code) / 4);
  if (n === 0) return c.addr(c.arg);
  return c.struct(c.arg, 4, (b) =>
    `{code=${c.xval(X.EVDEV_MTSLOTS, b.readUInt32LE(0), 'ABS_MT_???')}, ` +
    `values=${c.array(c.arg + 4, n - 1, 4, (v) => String(v.readInt32LE(0)))}}`);
}

function read(c: IoctlCall): string {
  switch (c.code) {
    case R('EVIOCGVERSION'): return c.int(c.arg, (v) => hex(v));
    case R('EVIOCGEFFECTS'): return c.int(c.arg, (v) => String(v >>> 0));
    case R('EVIOCGID'):
      return c.struct(c.arg, 8, (b) =>
        `{bustype=${b.readUInt16LE(0)}, vendor=${b.readUInt16LE(2)}, product=${b.readUInt16LE(4)}, version=${b.readUInt16LE(6)}}`);
    case R('EVIOCGREP'): return pair(c);
    case R('EVIOCGKEYCODE'): return keycode(c);
    case R('EVIOCGKEYCODE_V2'): return keycodeV2(c);
  }
  const nr = iocNr(c.code);
  switch (nr) {
    case 0x0a: return mtslots(c);
    case 0x06: case 0x07: case 0x08: { // EVIOCGNAME, EVIOCGPHYS, EVIOCGUNIQ
      if (c.failed) return c.addr(c.arg);
      const len = c.ret;
      const n = Math.min(len, c.opts.strsize);
      const b = c.fetch(c.arg, n);
      return b === null ? c.addr(c.arg) : c.quoted(b, len);
    }
    case 0x09: return bitset(c, X.EVDEV_PROP, INPUT_PROP_MAX, 'PROP_???');
    case 0x1a: return bitset(c, X.EVDEV_SND, SND_MAX, 'SND_???');
    case 0x1b: return bitset(c, X.EVDEV_SWITCH, SW_MAX, 'SW_???');
    case 0x18: return bitset(c, X.EVDEV_KEYCODE, KEY_MAX, 'KEY_???');
    case 0x19: return bitset(c, X.EVDEV_LEDS, LED_MAX, 'LED_???');
  }
  if ((nr & ~ABS_MAX) === 0x40) return absinfo(c);
  if ((nr & ~EV_MAX) === 0x20) {
    const ev = nr & EV_MAX;
    if (ev === EV_PWR) return c.int(c.arg);
    const t = BIT_TABLES.get(ev);
    return t === undefined ? c.addr(c.arg) : bitset(c, ...t);
  }
  return c.addr(c.arg);
}

/** struct ff_effect: type, id, direction, trigger, replay, then the union at 16. */
function ffEffect(c: IoctlCall): string {
  return c.struct(c.arg, 48, (b) => {
    const type = b.readUInt16LE(0);
    let s = `{type=${c.xval(X.EVDEV_FF_TYPES, type, 'FF_???')}, id=${b.readInt16LE(2)}, direction=${b.readUInt16LE(4)}, `;
    if (!c.verbose) return s + '...}';
    s += `trigger={button=${b.readUInt16LE(6)}, interval=${b.readUInt16LE(8)}}, ` +
      `replay={length=${b.readUInt16LE(10)}, delay=${b.readUInt16LE(12)}}`;
    const u = 16;
    const envelope = (off: number): string =>
      `envelope={attack_length=${b.readUInt16LE(off)}, attack_level=${b.readUInt16LE(off + 2)}, ` +
      `fade_length=${b.readUInt16LE(off + 4)}, fade_level=${hex(b.readUInt16LE(off + 6))}}`;
    switch (xlatEntries(X.EVDEV_FF_TYPES).find(([v]) => v === type)?.[1]) {
      case 'FF_CONSTANT':
        s += `, constant={level=${b.readInt16LE(u)}, ${envelope(u + 2)}}`;
        break;
      case 'FF_RAMP':
        s += `, ramp={start_level=${b.readInt16LE(u)}, end_level=${b.readInt16LE(u + 2)}, ${envelope(u + 4)}}`;
        break;
      case 'FF_PERIODIC':
        s += `, periodic={waveform=${b.readUInt16LE(u)}, period=${b.readUInt16LE(u + 2)}, ` +
          `magnitude=${b.readInt16LE(u + 4)}, offset=${b.readInt16LE(u + 6)}, phase=${b.readUInt16LE(u + 8)}, ` +
          `${envelope(u + 10)}, custom_len=${b.readUInt32LE(u + 20)}, custom_data=${ptr64(b, u + 24)}}`;
        break;
      case 'FF_RUMBLE':
        s += `, rumble={strong_magnitude=${b.readUInt16LE(u)}, weak_magnitude=${b.readUInt16LE(u + 2)}}`;
        break;
    }
    return s + '}';
  });
}

function write(c: IoctlCall): string {
  switch (c.code) {
    case R('EVIOCSREP'): return pair(c);
    case R('EVIOCSKEYCODE'): return keycode(c);
    case R('EVIOCSKEYCODE_V2'): return keycodeV2(c);
    case R('EVIOCRMFF'): return String(c.argInt);
    case R('EVIOCGRAB'): case R('EVIOCREVOKE'): return c.argU64.toString();
    case R('EVIOCSCLOCKID'): return c.int(c.arg, (v) => String(v >>> 0));
    case R('EVIOCSFF'): return ffEffect(c);
  }
  if ((iocNr(c.code) & ~ABS_MAX) === 0xc0) return absinfo(c);
  return c.addr(c.arg);
}

const readStep = { entry: '', exit: read };
const evdev: IoctlDecoder = (c) => {
  switch (iocDir(c.code)) {
    case IOC_READ: return readStep;
    case IOC_WRITE: return write(c);
    default: return undefined;
  }
};
onType(0x45, evdev);
