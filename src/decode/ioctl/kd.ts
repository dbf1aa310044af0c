/**
 * Virtual consoles and their keyboards (type 'K', linux/kd.h): tones, LEDs, modes, key
 * maps, accent tables, screen maps and fonts, as strace's kd_ioctl prints them.
 */
import * as X from '../xlat/kd.gen.js';
import { signalName } from '../signals.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64 } from './fields.js';
import { atExit, onRequests, type IoctlContinue, type IoctlStep } from './registry.js';
import { requestNumber, requestNumbers as codes } from './request.js';
import { lookup, named, type Table } from './xlat.js';

/** The i8253 timer's input clock: tones are given as its divisor. */
const PIT_TICK_RATE = 1193182;
/** Entries of a screen map; accent table size. */
const E_TABSZ = 256;
const MAX_DIACR = 256;
const ENOMEM = 12;

const none = (): string => '';

/** A getter prints at exit what `print` makes of the call; a setter prints it at entry. */
function getSet(get: string, set: string, print: (c: IoctlCall) => string): void {
  onRequests(codes(get), () => atExit(print));
  onRequests(codes(set), print);
}

/** A comment after a value, except with -X raw. */
function comment(c: IoctlCall, text: string): string {
  return c.style === 'raw' ? '' : ` /* ${text} */`;
}

// --- the speaker ------------------------------------------------------------------------
onRequests(codes('KIOCSOUND'), (c) => {
  const v = c.argU64;
  const freq = v === 0n ? 0n : BigInt(PIT_TICK_RATE) / v;
  return v.toString() + comment(c, freq === 0n ? 'off' : `${freq} Hz`);
});

onRequests(codes('KDMKTONE'), (c) => {
  const v = c.argU32;
  const ticks = v >>> 16;
  const count = v & 0xffff;
  const freq = ticks !== 0 && count !== 0 ? Math.floor(PIT_TICK_RATE / count) : 0;
  return (ticks !== 0 ? `${ticks}<<16|` : '') + count + comment(c, freq === 0 ? 'off' : `${freq} Hz, ${ticks} ms`);
});

// --- LEDs, keyboard type, I/O ports, modes ------------------------------------------------
const byte = (table: Table, dflt: string) => (c: IoctlCall): string => c.struct(c.arg, 1, (b) => `[${c.flags(table, b[0]!, dflt)}]`);
getSet('KDGETLED', 'KDSETLED', (c) => (c.entering ? c.flags(X.KD_LED_FLAGS, c.argU32 & 0xff, 'LED_???') : byte(X.KD_LED_FLAGS, 'LED_???')(c)));
getSet('KDGKBLED', 'KDSKBLED', (c) =>
  c.entering ? c.flags(X.KD_DEFAULT_LED_FLAGS, c.argU32 & 0xff, 'LED_???') : byte(X.KD_DEFAULT_LED_FLAGS, 'LED_???')(c));

onRequests(codes('KDGKBTYPE'), () => atExit((c) => c.struct(c.arg, 1, (b) => `[${c.xval(X.KD_KBD_TYPES, b[0]!, 'KB_???')}]`)));

/** Ports a console may use (GPFIRST..GPLAST in the kernel's vt code). */
const GPFIRST = 0x3b4n;
const GPLAST = 0x3dfn;
onRequests(codes('KDADDIO', 'KDDELIO'), (c) => {
  const v = c.argU64;
  return (v === 0n ? '0' : '0x' + v.toString(16)) + (v >= GPFIRST && v <= GPLAST ? comment(c, `GPFIRST + ${v - GPFIRST}`) : '');
});

onRequests(codes('KDSETMODE'), (c) => c.xval(X.KD_MODES, c.argU32, 'KD_???'));
onRequests(codes('KDGETMODE'), () => atExit((c) => c.struct(c.arg, 4, (b) => `[${c.xval(X.KD_MODES, b.readUInt32LE(0), 'KD_???')}]`)));

onRequests(codes('KDSKBMODE'), (c) => kbdMode(c, c.argInt));
onRequests(codes('KDGKBMODE'), () => atExit((c) => c.struct(c.arg, 4, (b) => `[${kbdMode(c, b.readInt32LE(0))}]`)));
/** printxval_d: unknown modes in decimal. */
function kbdMode(c: IoctlCall, v: number): string {
  const name = lookup(X.KD_KBD_MODES, v);
  if (name !== undefined) return named(c.style, String(v), name);
  return c.style === 'raw' ? String(v) : `${v} /* K_??? */`;
}

getSet('KDGKBMETA', 'KDSKBMETA', (c) => {
  if (c.entering) return c.xval(X.KD_META_VALS, c.argU32, 'K_???');
  return c.struct(c.arg, 4, (b) => `[${c.xval(X.KD_META_VALS, b.readUInt32LE(0), 'K_???')}]`);
});

onRequests(codes('KDENABIO', 'KDDISABIO', 'KDMAPDISP', 'KDUNMAPDISP', 'PIO_FONTRESET'), none);

onRequests(codes('KDSIGACCEPT'), (c) => {
  const v = c.argU64;
  if (v >= 0x7fffffffn) return v.toString();
  const n = Number(v);
  const name = signalName(n);
  return name === String(n) ? name : named(c.style, String(n), name);
});

// --- screen maps, fonts, colour maps: byte strings in hex ----------------------------------
function bytes(len: number) {
  return (c: IoctlCall): string => (c.failed ? c.addr(c.arg) : c.strn(c.arg, len, true));
}
getSet('GIO_SCRNMAP', 'PIO_SCRNMAP', bytes(E_TABSZ));
// GIO_FONT is KDFONTOP with 256 characters 8 wide and 32 high.
getSet('GIO_FONT', 'PIO_FONT', bytes(8192));
getSet('GIO_CMAP', 'PIO_CMAP', bytes(3 * 16));

/** Unicode values the console font maps directly (UNI_DIRECT_BASE + font position). */
const UNI_DIRECT_BASE = 0xf000;
const UNI_DIRECT_MASK = 0x1ff;
getSet('GIO_UNISCRNMAP', 'PIO_UNISCRNMAP', (c) => c.array(c.arg, E_TABSZ, 2, (b) => {
  const v = b.readUInt16LE(0);
  if ((v & ~UNI_DIRECT_MASK) !== UNI_DIRECT_BASE || c.style === 'raw') return hex(v);
  const direct = `UNI_DIRECT_BASE+${hex(v & UNI_DIRECT_MASK)}`;
  return c.style === 'verbose' ? `${hex(v)} /* ${direct} */` : direct;
}));

// --- key maps -----------------------------------------------------------------------------
/** Key symbols by key type (KT_*), for the types that have names. */
const KEY_SYMBOLS: ReadonlyArray<Table | undefined> = [
  undefined, X.KD_KEY_FN_KEYS, X.KD_KEY_SPEC_KEYS, X.KD_KEY_PAD_KEYS, X.KD_KEY_DEAD_KEYS, undefined,
  X.KD_KEY_CUR_KEYS, X.KD_KEY_SHIFT_KEYS, undefined, X.KD_KEY_ASCII_KEYS, X.KD_KEY_LOCK_KEYS, undefined,
  X.KD_KEY_SLOCK_KEYS, undefined, X.KD_KEY_BRL_KEYS,
];
/** Key types whose value is a character. */
const CHAR_TYPES = new Set([0, 8, 11, 13]); // KT_LATIN, KT_META, KT_LETTER, KT_DEAD2

/** A character as strace's print_char with quotes and whitespace escapes: 'a', '\n', '\xff'. */
function charText(v: number): string {
  let s: string;
  if (v >= 0x20 && v < 0x7f) s = v === 0x27 || v === 0x5c ? '\\' + String.fromCharCode(v) : String.fromCharCode(v);
  else if (v >= 9 && v <= 13) s = '\\' + 'tnvfr'[v - 9]!;
  else s = '\\x' + v.toString(16).padStart(2, '0');
  return `'${s}'`;
}

/** kb_value of struct kbentry: `0x...` and the key symbol it stands for. */
function keyValue(c: IoctlCall, v: number): string {
  const text = 'kb_value=' + hex(v);
  if (c.style === 'raw') return text;
  const type = v >>> 8;
  const val = v & 0xff;
  const table = KEY_SYMBOLS[type];
  const name = table === undefined ? undefined : lookup(table, v);
  if (name !== undefined) return `${text} /* ${name} */`;
  const typeName = lookup(X.KD_KEY_TYPES, type) ?? hex(type);
  return `${text} /* K(${typeName}, ${CHAR_TYPES.has(type) ? charText(val) : hex(val)}) */`;
}

// struct kbentry: kb_table and kb_index (bytes), kb_value (u16).
function kbEntry(c: IoctlCall, get: boolean): IoctlStep {
  const b = c.fetch(c.arg, 2);
  if (b === null) return c.addr(c.arg);
  const table = b[0]!;
  const tableName = lookup(X.KD_KEY_TABLES, table);
  const head = `{kb_table=${tableName !== undefined ? named(c.style, hex(table), tableName) : c.flags(X.KD_KEYMAP_FLAGS, table, 'K_???')}` +
    `, kb_index=${b[1]}`;
  const value = (c: IoctlCall): string => {
    if (c.failed) return '}';
    const v = c.fetch(c.arg + 2, 2, true);
    return v === null ? ', kb_value=???}' : `, ${keyValue(c, v.readUInt16LE(0))}}`;
  };
  return get ? { entry: head, exit: value } : head + value(c);
}
onRequests(codes('KDGKBENT'), (c) => kbEntry(c, true));
onRequests(codes('KDSKBENT'), (c) => kbEntry(c, false));

/** kb_func's names: the K_F* symbols' values (KVAL(K_F1) is 0). */
function fnKey(c: IoctlCall, v: number): string {
  const name = lookup(X.KD_KEY_FN_KEYS, 0x100 | v);
  return name === undefined ? c.xval([], v, 'KVAL(K_???)') : named(c.style, hex(v), `KVAL(${name})`);
}

// struct kbsentry: kb_func (a byte), kb_string[512].
const KB_STRING_SIZE = 512;
function kbStringEntry(c: IoctlCall, get: boolean): IoctlStep {
  const b = c.fetch(c.arg, 1);
  if (b === null) return c.addr(c.arg);
  const head = `{kb_func=${fnKey(c, b[0]!)}`;
  const value = (c: IoctlCall): string => {
    if (c.failed) return '}';
    const got = c.mem.readCString(c.task.tid, c.arg + 1, KB_STRING_SIZE);
    if (got.len < 0) return ', kb_string=???}';
    // The bytes up to the NUL and the NUL itself, or all 512 when there is none.
    const n = Math.min(c.opts.strsize, got.terminated ? got.len + 1 : KB_STRING_SIZE);
    const all = c.mem.scratch;
    const ended = all[n - 1] === 0;
    return `, kb_string=${c.quoted(all.subarray(0, ended ? n - 1 : n))}${ended ? '' : '...'}}`;
  };
  return get ? { entry: head, exit: value } : head + value(c);
}
onRequests(codes('KDGKBSENT'), (c) => kbStringEntry(c, true));
onRequests(codes('KDSKBSENT'), (c) => kbStringEntry(c, false));

/**
 * struct kbdiacrs / kbdiacrsuc: kb_cnt, then that many accents (at most MAX_DIACR, a larger
 * count ends the array with `...`).
 */
function diacrs(field: string, size: number, print: (b: Buffer) => string) {
  return (c: IoctlCall): string => c.struct(c.arg, 4, (b) => {
    const count = b.readUInt32LE(0);
    let arr = c.array(c.arg + 4, Math.min(count, MAX_DIACR), size, print);
    if (count > MAX_DIACR && arr.endsWith(']') && !arr.endsWith('...]')) arr = arr.slice(0, -1) + ', ...]';
    return `{kb_cnt=${count}, ${field}=${arr}}`;
  });
}
getSet('KDGKBDIACR', 'KDSKBDIACR', diacrs('kbdiacr', 3, (b) =>
  `{diacr=${charText(b[0]!)}, base=${charText(b[1]!)}, result=${charText(b[2]!)}}`));
getSet('KDGKBDIACRUC', 'KDSKBDIACRUC', diacrs('kbdiacruc', 12, (b) =>
  `{diacr=${hex(b.readUInt32LE(0))}, base=${hex(b.readUInt32LE(4))}, result=${hex(b.readUInt32LE(8))}}`));

// struct kbkeycode: scancode, keycode; KDGETKEYCODE fills in the keycode.
onRequests(codes('KDGETKEYCODE', 'KDSETKEYCODE'), (c) => {
  const b = c.fetch(c.arg, 8);
  if (b === null) return c.addr(c.arg);
  const head = `{scancode=${hex(b.readUInt32LE(0))}, keycode=${hex(b.readUInt32LE(4))}`;
  if (c.code !== requestNumber('KDGETKEYCODE')) return head + '}';
  return {
    entry: head,
    exit: (c) => {
      const k = c.fetch(c.arg + 4, 4);
      return k === null ? '}' : ` => ${hex(k.readUInt32LE(0))}}`;
    },
  };
});

// struct kbd_repeat: delay, period (in, then out).
const repeat = (b: Buffer): string => `{delay=${b.readInt32LE(0)}, period=${b.readInt32LE(4)}}`;
onRequests(codes('KDKBDREP'), (c) => {
  const b = c.fetch(c.arg, 8);
  if (b === null) return c.addr(c.arg);
  return { entry: repeat(b), exit: (c) => { const o = c.fetch(c.arg, 8); return o === null ? '' : ' => ' + repeat(o); } };
});

// struct unimapinit: three unsigned shorts.
onRequests(codes('PIO_UNIMAPCLR'), (c) => c.struct(c.arg, 6, (b) =>
  `{advised_hashsize=${b.readUInt16LE(0)}, advised_hashstep=${b.readUInt16LE(2)}, advised_hashlevel=${b.readUInt16LE(4)}}`));

// --- unicode maps and fonts (structs with pointers) ---------------------------------------
// struct unimapdesc: entry_ct (u16), entries (struct unipair *: unicode, fontpos u16s).
function unipairs(c: IoctlCall, b: Buffer, count: number): string {
  const arr = c.viaPointer(b, 8, (at) => c.array(at, count, 4, (e) =>
    `{unicode=${hex(e.readUInt16LE(0))}, fontpos=${hex(e.readUInt16LE(2))}}`));
  return `, entries=${arr}}`;
}
onRequests(codes('PIO_UNIMAP'), (c) => c.struct(c.arg, 16, (b) => `{entry_ct=${b.readUInt16LE(0)}` + unipairs(c, b, b.readUInt16LE(0))));
onRequests(codes('GIO_UNIMAP'), (c): IoctlStep => {
  const b = c.fetch(c.arg, 16);
  if (b === null) return c.addr(c.arg);
  const asked = b.readUInt16LE(0);
  return {
    entry: `{entry_ct=${asked}`,
    exit: (c) => {
      const o = c.fetch(c.arg, 16, true);
      if (o === null) return c.addr(c.arg) + '}';
      const head = ` => ${o.readUInt16LE(0)}`;
      if (c.failed && c.ret !== -ENOMEM) return `${head}, entries=${ptr64(o, 8)}}`;
      return head + unipairs(c, o, asked);
    },
  };
});

// struct consolefontdesc: charcount, charheight (u16), chardata (32 bytes a character).
function fontDesc(c: IoctlCall, b: Buffer, dataToo: boolean): string {
  const count = b.readUInt16LE(0);
  const data = dataToo ? c.viaPointer(b, 8, (at) => c.strn(at, Math.min(count, 512) * 32, true)) : ptr64(b, 8);
  return `{charcount=${count}, charheight=${b.readUInt16LE(2)}, chardata=${data}}`;
}
onRequests(codes('PIO_FONTX'), (c) => c.struct(c.arg, 16, (b) => fontDesc(c, b, true)));
onRequests(codes('GIO_FONTX'), (c) => {
  const b = c.fetch(c.arg, 16);
  if (b === null) return c.addr(c.arg);
  return { entry: fontDesc(c, b, false), exit: (c) => { const o = c.fetch(c.arg, 16); return o === null ? '' : ' => ' + fontDesc(c, o, true); } };
});

// struct console_font_op: op, flags, width, height, charcount (u32), data (pointer).
const FONT_OP_SET = 0;
const FONT_OP_GET = 1;
const FONT_OP_SET_DEFAULT = 2;
const FONT_OP_COPY = 3;
const MAX_FONT_NAME = 32;
function fontOp(c: IoctlCall, b: Buffer): string {
  const op = b.readUInt32LE(0);
  const width = b.readUInt32LE(8);
  const height = b.readUInt32LE(12);
  const count = b.readUInt32LE(16);
  const f: string[] = [];
  if (c.entering) {
    f.push(`op=${c.xval(X.KD_FONT_OPS, op, 'KD_FONT_OP_???')}`);
    if (op !== FONT_OP_SET_DEFAULT && op !== FONT_OP_COPY) f.push(`flags=${c.flags(X.KD_FONT_FLAGS, b.readUInt32LE(4), 'KD_FONT_FLAG_???')}`);
  }
  if (op !== FONT_OP_COPY) f.push(`width=${width}`);
  f.push(`height=${height}`);
  if (op !== FONT_OP_SET_DEFAULT && op !== FONT_OP_COPY) f.push(`charcount=${count}`);
  if (op === FONT_OP_GET && c.entering) f.push(`data=${ptr64(b, 24)}`);
  else if (op === FONT_OP_GET || op === FONT_OP_SET) {
    f.push(`data=${c.viaPointer(b, 24, (at) => c.strn(at, Math.ceil(Math.min(width, 32) / 8) * 32 * Math.min(count, 512), true))}`);
  } else if (op === FONT_OP_SET_DEFAULT) {
    if (c.entering) f.push(`data=${c.viaPointer(b, 24, (at) => c.cstrn(at, MAX_FONT_NAME, true))}`);
  } else if (op !== FONT_OP_COPY) f.push(`data=${ptr64(b, 24)}`);
  return `{${f.join(', ')}}`;
}
onRequests(codes('KDFONTOP'), (c) => {
  const b = c.fetch(c.arg, 32);
  if (b === null) return c.addr(c.arg);
  const text = fontOp(c, b);
  const op = b.readUInt32LE(0);
  if (op === FONT_OP_SET || op === FONT_OP_COPY) return text;
  const more: IoctlContinue = { entry: text, exit: (c) => { const o = c.fetch(c.arg, 32); return o === null ? '' : ' => ' + fontOp(c, o); } };
  return more;
});
