/**
 * Video4Linux2 (type 'V', linux/videodev2.h): capabilities, formats, buffers, streaming
 * parameters, standards, inputs, controls, tuners, cropping, frame sizes and intervals, as
 * strace's v4l2 decoder prints them. Layouts are x86_64's.
 */
import * as X from '../xlat/v4l2.gen.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64 } from './fields.js';
import { atExit, noteResult, onRequests, type IoctlContinue, type IoctlStep } from './registry.js';
import { requestNumber, requestNumbers as codes } from './request.js';
import { lookup, named, type Table } from './xlat.js';
import { xlatEntries } from '../xlat/text.js';

const u32 = (b: Buffer, off: number): number => b.readUInt32LE(off);
const s32 = (b: Buffer, off: number): number => b.readInt32LE(off);

/** `{left=, top=, width=, height=}`: struct v4l2_rect. */
const rect = (b: Buffer, off: number): string =>
  `{left=${s32(b, off)}, top=${s32(b, off + 4)}, width=${u32(b, off + 8)}, height=${u32(b, off + 12)}}`;
/** `N/D`: struct v4l2_fract. */
const fract = (b: Buffer, off: number): string => `${u32(b, off)}/${u32(b, off + 4)}`;

/** A character of a four-character code: quoted, escaped as C does, else in hex. */
function fourccChar(v: number): string {
  if (v >= 0x20 && v < 0x7f) return v === 0x27 || v === 0x5c ? `'\\${String.fromCharCode(v)}'` : `'${String.fromCharCode(v)}'`;
  return `'\\x${v.toString(16).padStart(2, '0')}'`;
}

/** A pixel format: `v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV *\/`, in hex with -X raw. */
function fourcc(c: IoctlCall, v: number, table?: Table): string {
  if (c.style === 'raw') return hex(v);
  const chars = [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24].map(fourccChar).join(', ');
  const name = table === undefined ? undefined : lookup(table, v);
  return `v4l2_fourcc(${chars})` + (name === undefined ? '' : ` /* ${name} */`);
}

const bufType = (c: IoctlCall, v: number): string => c.xval(X.V4L2_BUF_TYPES, v, 'V4L2_BUF_TYPE_???');
const field = (c: IoctlCall, v: number): string => c.xval(X.V4L2_FIELDS, v, 'V4L2_FIELD_???');
const colorspace = (c: IoctlCall, v: number): string => c.xval(X.V4L2_COLORSPACES, v, 'V4L2_COLORSPACE_???');
const memory = (c: IoctlCall, v: number): string => c.xval(X.V4L2_MEMORIES, v, 'V4L2_MEMORY_???');

/**
 * A struct read at entry and again at exit: `head` prints it at entry (the struct left open,
 * or a whole string to print nothing at exit), `tail` what the kernel wrote, which the
 * closing brace follows (nothing but the brace when the call failed or memory is gone).
 */
function inOut(size: number, head: (c: IoctlCall, b: Buffer) => string | { whole: string },
  tail: (c: IoctlCall, b: Buffer) => string) {
  return (c: IoctlCall): IoctlStep => {
    const b = c.fetch(c.arg, size);
    if (b === null) return c.addr(c.arg);
    const h = head(c, b);
    if (typeof h !== 'string') return h.whole;
    const more: IoctlContinue = {
      entry: h,
      exit: (c) => {
        const o = c.fetch(c.arg, size);
        return (o === null ? '' : tail(c, o)) + '}';
      },
    };
    return more;
  };
}

// --- VIDIOC_QUERYCAP ---------------------------------------------------------------------
/** KERNEL_VERSION(a, b, c) of a version number, per -X. */
function kernelVersion(c: IoctlCall, v: number): string {
  const text = `KERNEL_VERSION(${v >>> 16}, ${(v >>> 8) & 0xff}, ${v & 0xff})`;
  return named(c.style, hex(v), text);
}
const caps = (c: IoctlCall, v: number): string => c.flags(X.V4L2_DEVICE_CAPABILITIES_FLAGS, v, 'V4L2_CAP_???');
onRequests(codes('VIDIOC_QUERYCAP'), () => atExit((c) => c.struct(c.arg, 104, (b) => {
  const device = u32(b, 88);
  return `{driver=${c.cstr(b.subarray(0, 16))}, card=${c.cstr(b.subarray(16, 48))}, bus_info=${c.cstr(b.subarray(48, 80))}` +
    `, version=${kernelVersion(c, u32(b, 80))}, capabilities=${caps(c, u32(b, 84))}` +
    (device !== 0 ? `, device_caps=${caps(c, device)}` : '') + '}';
})));

// --- VIDIOC_ENUM_FMT ---------------------------------------------------------------------
onRequests(codes('VIDIOC_ENUM_FMT'), inOut(64,
  (c, b) => `{index=${u32(b, 0)}, type=${bufType(c, u32(b, 4))}`,
  (c, b) => `, flags=${c.flags(X.V4L2_FORMAT_DESCRIPTION_FLAGS, u32(b, 8), 'V4L2_FMT_FLAG_???')}` +
    `, description=${c.cstr(b.subarray(12, 44))}, pixelformat=${fourcc(c, u32(b, 44), X.V4L2_PIX_FMTS)}`));

// --- formats: struct v4l2_format (type, then a union by type at +8) -----------------------
const BUF_TYPE = {
  VIDEO_CAPTURE: 1, VIDEO_OUTPUT: 2, VIDEO_OVERLAY: 3, VBI_CAPTURE: 4, VBI_OUTPUT: 5, SLICED_VBI_CAPTURE: 6,
  SLICED_VBI_OUTPUT: 7, VIDEO_OUTPUT_OVERLAY: 8, VIDEO_CAPTURE_MPLANE: 9, VIDEO_OUTPUT_MPLANE: 10, SDR_CAPTURE: 11,
  SDR_OUTPUT: 12, META_CAPTURE: 13, META_OUTPUT: 14,
} as const;
const FORMAT_SIZE = 208;

/**
 * Whether the array that pointer field `off` of `b` points to prints whole (strace's
 * print_array result): not NULL nor empty, and readable as far as it is shown.
 */
function arrayReadable(c: IoctlCall, b: Buffer, off: number, count: number, size: number): boolean {
  const p = b.readBigUInt64LE(off);
  if (p === 0n || p >= 1n << 53n || count === 0) return false;
  const addr = Number(p);
  const limit = c.verbose ? Infinity : c.opts.strsize;
  const n = count > limit ? limit + 1 : count;
  return c.fetch(addr, n * size) !== null;
}

/**
 * The union of a format (at `off`) by `type`: `fmt.pix={...}`; undefined for types without
 * one; `ok` false when an array in it could not be read whole.
 */
function formatFmt(c: IoctlCall, b: Buffer, type: number, off: number): { text: string; ok: boolean } | undefined {
  switch (type) {
    case BUF_TYPE.VIDEO_CAPTURE:
    case BUF_TYPE.VIDEO_OUTPUT:
      return {
        text: `fmt.pix={width=${u32(b, off)}, height=${u32(b, off + 4)}, pixelformat=${fourcc(c, u32(b, off + 8), X.V4L2_PIX_FMTS)}` +
          `, field=${field(c, u32(b, off + 12))}, bytesperline=${u32(b, off + 16)}, sizeimage=${u32(b, off + 20)}` +
          `, colorspace=${colorspace(c, u32(b, off + 24))}}`,
        ok: true,
      };
    case BUF_TYPE.VIDEO_CAPTURE_MPLANE:
    case BUF_TYPE.VIDEO_OUTPUT_MPLANE: {
      const planes = b[off + 180]!;
      const shown = Math.min(planes, 8);
      const list = c.local(shown, (i) => `{sizeimage=${u32(b, off + 20 + 20 * i)}, bytesperline=${u32(b, off + 24 + 20 * i)}}`);
      return {
        text: `fmt.pix_mp={width=${u32(b, off)}, height=${u32(b, off + 4)}, pixelformat=${fourcc(c, u32(b, off + 8), X.V4L2_PIX_FMTS)}` +
          `, field=${field(c, u32(b, off + 12))}, colorspace=${colorspace(c, u32(b, off + 16))}, plane_fmt=${list}` +
          `, num_planes=${planes}}`,
        ok: true,
      };
    }
    case BUF_TYPE.VIDEO_OUTPUT_OVERLAY:
    case BUF_TYPE.VIDEO_OVERLAY: {
      const count = u32(b, off + 32);
      const alpha = b[off + 48]!;
      const list = c.viaPointer(b, off + 24, (at) => c.array(at, count, 24, (e) => `{c=${rect(e, 0)}}`));
      return {
        text: `fmt.win={w=${rect(b, off)}, field=${field(c, u32(b, off + 16))}, chromakey=${hex(u32(b, off + 20))}` +
          `, clips=${list}, clipcount=${count}, bitmap=${ptr64(b, off + 40)}` + (alpha ? `, global_alpha=${hex(alpha)}` : '') + '}',
        ok: arrayReadable(c, b, off + 24, count, 24),
      };
    }
    case BUF_TYPE.VBI_CAPTURE:
    case BUF_TYPE.VBI_OUTPUT:
      return {
        text: `fmt.vbi={sampling_rate=${u32(b, off)}, offset=${u32(b, off + 4)}, samples_per_line=${u32(b, off + 8)}` +
          `, sample_format=${fourcc(c, u32(b, off + 12), X.V4L2_PIX_FMTS)}, start=[${s32(b, off + 16)}, ${s32(b, off + 20)}]` +
          `, count=[${u32(b, off + 24)}, ${u32(b, off + 28)}], flags=${c.flags(X.V4L2_VBI_FLAGS, u32(b, off + 32), 'V4L2_VBI_???')}}`,
        ok: true,
      };
    case BUF_TYPE.SLICED_VBI_CAPTURE:
    case BUF_TYPE.SLICED_VBI_OUTPUT: {
      const row = (r: number): string => {
        const items: string[] = [];
        for (let i = 0; i < 24; i++) items.push(hex(b.readUInt16LE(off + 2 + 48 * r + 2 * i)));
        return `[${items.join(', ')}]`;
      };
      return {
        text: `fmt.sliced={service_set=${c.flags(X.V4L2_SLICED_FLAGS, b.readUInt16LE(off), 'V4L2_SLICED_???')}` +
          `, service_lines=[${row(0)}, ${row(1)}], io_size=${u32(b, off + 100)}}`,
        ok: true,
      };
    }
    case BUF_TYPE.SDR_CAPTURE:
    case BUF_TYPE.SDR_OUTPUT: {
      const size = u32(b, off + 4);
      return {
        text: `fmt.sdr={pixelformat=${fourcc(c, u32(b, off), X.V4L2_SDR_FMTS)}` + (size ? `, buffersize=${size}` : '') + '}',
        ok: true,
      };
    }
    case BUF_TYPE.META_CAPTURE:
    case BUF_TYPE.META_OUTPUT:
      return { text: `fmt.meta={dataformat=${fourcc(c, u32(b, off), X.V4L2_META_FMTS)}, buffersize=${u32(b, off + 4)}}`, ok: true };
    default:
      return undefined;
  }
}

function format(get: boolean) {
  return (c: IoctlCall): IoctlStep => {
    const b = c.fetch(c.arg, FORMAT_SIZE);
    if (b === null) return c.addr(c.arg);
    const type = u32(b, 0);
    let head = `{type=${bufType(c, type)}`;
    if (!get) {
      const fmt = formatFmt(c, b, type, 8);
      if (fmt === undefined) return head + '}';
      head += ', ' + fmt.text;
      if (!fmt.ok) return head + '}';
    }
    return {
      entry: head,
      exit: (c) => {
        const o = c.fetch(c.arg, FORMAT_SIZE);
        const fmt = o === null ? undefined : formatFmt(c, o, u32(o, 0), 8);
        if (fmt === undefined) return '}';
        return (get ? ', ' : '} => {') + fmt.text + '}';
      },
    };
  };
}
onRequests(codes('VIDIOC_G_FMT'), format(true));
onRequests(codes('VIDIOC_S_FMT', 'VIDIOC_TRY_FMT'), format(false));

// --- buffers -------------------------------------------------------------------------------
onRequests(codes('VIDIOC_REQBUFS'), inOut(20,
  (c, b) => `{type=${bufType(c, u32(b, 4))}, memory=${memory(c, u32(b, 8))}, count=${u32(b, 0)}`,
  (_c, b) => ` => ${u32(b, 0)}`));

const MEMORY_MMAP = 1;
const MEMORY_USERPTR = 2;
const TIMESTAMP_MASK = 0xe000;
const TSTAMP_SRC_MASK = 0x70000;
/** v4l2_buffer's flags: the flag bits, then the timestamp type and source fields. */
function bufferFlags(c: IoctlCall, v: number): string {
  if (c.style === 'raw') return hex(v);
  const type = v & TIMESTAMP_MASK;
  const src = v & TSTAMP_SRC_MASK;
  const rest = (v & ~type & ~src) >>> 0;
  return (rest ? c.flags(X.V4L2_BUF_FLAGS, rest, 'V4L2_BUF_FLAG_???') + '|' : '') +
    c.xval(X.V4L2_BUF_FLAGS_TS_TYPE, type, 'V4L2_BUF_FLAG_TIMESTAMP_???') + '|' +
    c.xval(X.V4L2_BUF_FLAGS_TS_SRC, src, 'V4L2_BUF_FLAG_TSTAMP_SRC_???');
}
const DQBUF = requestNumber('VIDIOC_DQBUF');
onRequests(codes('VIDIOC_QUERYBUF', 'VIDIOC_QBUF', 'VIDIOC_DQBUF'), (c) => {
  const dq = c.code === DQBUF;
  return inOut(88,
    (c, b) => `{type=${bufType(c, u32(b, 4))}` + (dq ? '' : `, index=${u32(b, 0)}`),
    (c, b) => {
      const mem = u32(b, 60);
      let s = (dq ? `, index=${u32(b, 0)}` : '') + `, memory=${memory(c, mem)}`;
      if (mem === MEMORY_MMAP) s += `, m.offset=${hex(u32(b, 64))}`;
      else if (mem === MEMORY_USERPTR) s += `, m.userptr=${ptr64(b, 64)}`;
      s += `, length=${u32(b, 72)}, bytesused=${u32(b, 8)}, flags=${bufferFlags(c, u32(b, 12))}`;
      if (dq) s += `, timestamp={tv_sec=${b.readBigInt64LE(24)}, tv_usec=${b.readBigUInt64LE(32)}}`;
      return s + ', ...';
    })(c);
});

const framebuffer = (c: IoctlCall): string => c.struct(c.arg, 48, (b) =>
  `{capability=${hex(u32(b, 0))}, flags=${hex(u32(b, 4))}, base=${ptr64(b, 8)}}`);
onRequests(codes('VIDIOC_G_FBUF'), () => atExit(framebuffer));
onRequests(codes('VIDIOC_S_FBUF'), framebuffer);

onRequests(codes('VIDIOC_STREAMON', 'VIDIOC_STREAMOFF'), (c) => c.struct(c.arg, 4, (b) => `[${bufType(c, u32(b, 0))}]`));

// --- streaming parameters: struct v4l2_streamparm (type, then capture or output at +4) -----
function streamParm(c: IoctlCall, b: Buffer): string {
  const capture = u32(b, 0) === BUF_TYPE.VIDEO_CAPTURE;
  const p = 4;
  return `parm.${capture ? 'capture' : 'output'}={capability=${c.flags(X.V4L2_STREAMING_CAPABILITIES, u32(b, p), 'V4L2_CAP_???')}` +
    `, ${capture ? 'capturemode' : 'outputmode'}=${c.flags(X.V4L2_CAPTURE_MODES, u32(b, p + 4), 'V4L2_MODE_???')}` +
    `, timeperframe=${fract(b, p + 8)}, extendedmode=${hex(u32(b, p + 16))}` +
    `, ${capture ? 'readbuffers' : 'writebuffers'}=${u32(b, p + 20)}}`;
}
function streamParms(get: boolean) {
  return inOut(204, (c, b) => {
    const type = u32(b, 0);
    const head = `{type=${bufType(c, type)}`;
    if (type !== BUF_TYPE.VIDEO_CAPTURE && type !== BUF_TYPE.VIDEO_OUTPUT) return { whole: head + '}' };
    return get ? head : `${head}, ${streamParm(c, b)}`;
  }, (c, b) => (get ? ', ' : '} => {') + streamParm(c, b));
}
onRequests(codes('VIDIOC_G_PARM'), streamParms(true));
onRequests(codes('VIDIOC_S_PARM'), streamParms(false));

// --- standards and inputs ------------------------------------------------------------------
const stdId = (c: IoctlCall): string => c.struct(c.arg, 8, (b) => {
  const v = b.readBigUInt64LE(0);
  return `[${v === 0n ? '0' : '0x' + v.toString(16)}]`;
});
onRequests(codes('VIDIOC_G_STD'), () => atExit(stdId));
onRequests(codes('VIDIOC_S_STD'), stdId);

onRequests(codes('VIDIOC_ENUMSTD'), inOut(72, (_c, b) => `{index=${u32(b, 0)}`,
  (c, b) => `, name=${c.cstr(b.subarray(16, 40))}, frameperiod=${fract(b, 40)}, framelines=${u32(b, 48)}`));

onRequests(codes('VIDIOC_ENUMINPUT'), inOut(80, (_c, b) => `{index=${u32(b, 0)}`,
  (c, b) => `, name=${c.cstr(b.subarray(4, 36))}, type=${c.xval(X.V4L2_INPUT_TYPES, u32(b, 36), 'V4L2_INPUT_TYPE_???')}`));

const inputIndex = (c: IoctlCall): string => c.int(c.arg, (v) => String(v >>> 0));
onRequests(codes('VIDIOC_G_INPUT'), () => atExit(inputIndex));
onRequests(codes('VIDIOC_S_INPUT'), inputIndex);

// --- controls --------------------------------------------------------------------------------
/** Control classes by value, for finding the class a control id falls in. */
const CLASSES = [...xlatEntries(X.V4L2_CONTROL_CLASSES)].sort((a, b) => a[0] - b[0]);
/** The NEXT_CTRL / NEXT_COMPOUND bits a query may add to an id. */
const NEXT_FLAGS_MASK = xlatEntries(X.V4L2_CONTROL_QUERY_FLAGS).reduce((m, [v]) => m | v, 0) >>> 0;

/** A control id: its name, or CLASS+offset within a known class, per -X. */
function cid(c: IoctlCall, id: number, nextFlags: boolean): string {
  if (c.style === 'raw') return hex(id);
  let prefix = '';
  if (nextFlags) {
    const flags = (id & NEXT_FLAGS_MASK) >>> 0;
    if (flags) {
      prefix = c.flags(X.V4L2_CONTROL_QUERY_FLAGS, flags, 'V4L2_CTRL_FLAG_NEXT_???') + '|';
      id = (id & ~flags) >>> 0;
    }
  }
  const name = lookup(X.V4L2_CONTROL_IDS, id);
  if (name !== undefined) return prefix + named(c.style, hex(id), name);
  let cls: readonly [number, string] | undefined;
  for (const e of CLASSES) if (e[0] <= id) cls = e;
  if (cls === undefined || id - cls[0] >= 0x10000) return `${prefix}${hex(id)} /* V4L2_CID_??? */`;
  return prefix + named(c.style, hex(id), `${cls[1]}+${hex(id - cls[0])}`);
}

const G_CTRL = requestNumber('VIDIOC_G_CTRL');
onRequests(codes('VIDIOC_G_CTRL', 'VIDIOC_S_CTRL'), (c) => {
  const get = c.code === G_CTRL;
  return inOut(8, (c, b) => `{id=${cid(c, u32(b, 0), false)}` + (get ? '' : `, value=${s32(b, 4)}`),
    (_c, b) => (get ? `, value=${s32(b, 4)}` : ` => ${s32(b, 4)}`))(c);
});

function tuner(c: IoctlCall, b: Buffer): string {
  return `name=${c.cstr(b.subarray(4, 36))}, type=${c.xval(X.V4L2_TUNER_TYPES, u32(b, 36), 'V4L2_TUNER_???')}` +
    `, capability=${c.flags(X.V4L2_TUNER_CAPABILITIES, u32(b, 40), 'V4L2_TUNER_CAP_???')}` +
    `, rangelow=${u32(b, 44)}, rangehigh=${u32(b, 48)}` +
    `, rxsubchans=${c.flags(X.V4L2_TUNER_RXSUBCHANSES, u32(b, 52), 'V4L2_TUNER_SUB_???')}` +
    `, audmode=${c.xval(X.V4L2_TUNER_AUDMODES, u32(b, 56), 'V4L2_TUNER_MODE_???')}, signal=${s32(b, 60)}, afc=${s32(b, 64)}`;
}
onRequests(codes('VIDIOC_G_TUNER'), inOut(84, (_c, b) => `{index=${u32(b, 0)}`, (c, b) => ', ' + tuner(c, b)));
onRequests(codes('VIDIOC_S_TUNER'), inOut(84, (c, b) => `{index=${u32(b, 0)}, ${tuner(c, b)}`,
  (c, b) => `} => {${tuner(c, b)}`));

/** `[0x1, 0x2]` of `n` u32s at `off` (print_local_array of PRINT_VAL_X), or '' if all are zero. */
function reserved(c: IoctlCall, b: Buffer, off: number, n: number): string {
  let any = false;
  for (let i = 0; i < n; i++) if (u32(b, off + 4 * i)) any = true;
  return any ? `, reserved=${c.local(n, (i) => hex(u32(b, off + 4 * i)))}` : '';
}

/** The queries: the id asked for at entry, then (if another came back) the id found. */
function queryCtrl(size: number, rest: (c: IoctlCall, b: Buffer) => string) {
  return (c: IoctlCall): IoctlStep => {
    const b = c.fetch(c.arg, size);
    if (b === null) return c.addr(c.arg);
    const asked = u32(b, 0);
    return {
      entry: `{id=${cid(c, asked, true)}`,
      exit: (c) => {
        const o = c.fetch(c.arg, size);
        if (o === null) return '}';
        const id = u32(o, 0);
        const type = c.xval(X.V4L2_CONTROL_TYPES, u32(o, 4), 'V4L2_CTRL_TYPE_???');
        return (id !== asked ? ` => ${cid(c, id, false)}` : '') + `, type=${type}, name=${c.cstr(o.subarray(8, 40))}` +
          (c.verbose ? rest(c, o) : ', ...') + '}';
      },
    };
  };
}
const ctrlFlags = (c: IoctlCall, v: number): string => c.flags(X.V4L2_CONTROL_FLAGS, v, 'V4L2_CTRL_FLAG_???');
onRequests(codes('VIDIOC_QUERYCTRL'), queryCtrl(68, (c, b) =>
  `, minimum=${s32(b, 40)}, maximum=${s32(b, 44)}, step=${s32(b, 48)}, default_value=${s32(b, 52)}` +
  `, flags=${ctrlFlags(c, u32(b, 56))}` + reserved(c, b, 60, 2)));
onRequests(codes('VIDIOC_QUERY_EXT_CTRL'), queryCtrl(232, (c, b) => {
  const dims = u32(b, 84);
  return `, minimum=${b.readBigInt64LE(40)}, maximum=${b.readBigInt64LE(48)}, step=${b.readBigUInt64LE(56)}` +
    `, default_value=${b.readBigInt64LE(64)}, flags=${ctrlFlags(c, u32(b, 72))}, elem_size=${u32(b, 76)}` +
    `, elems=${u32(b, 80)}, nr_of_dims=${dims}, dims=${c.local(Math.min(dims, 4), (i) => String(u32(b, 88 + 4 * i)))}` +
    reserved(c, b, 104, 32);
}));

// struct v4l2_ext_controls: ctrl_class, count, error_idx, ..., controls (at +24).
const EXT_CONTROL_SIZE = 20;
function extControl(c: IoctlCall, e: Buffer): string {
  const size = u32(e, 4);
  const value = size > 0 ? `string=${c.viaPointer(e, 12, (at) => c.strn(at, size))}` : `value=${s32(e, 12)}, value64=${e.readBigInt64LE(12)}`;
  return `{id=${c.xval(X.V4L2_CONTROL_IDS, u32(e, 0), 'V4L2_CID_???')}, size=${size}, ${value}}`;
}
const G_EXT_CTRLS = requestNumber('VIDIOC_G_EXT_CTRLS');
onRequests(codes('VIDIOC_S_EXT_CTRLS', 'VIDIOC_TRY_EXT_CTRLS', 'VIDIOC_G_EXT_CTRLS'), (c) => {
  const get = c.code === G_EXT_CTRLS;
  const b = c.fetch(c.arg, 32);
  if (b === null) return c.addr(c.arg);
  const count = u32(b, 4);
  const head = `{ctrl_class=${c.xval(X.V4L2_CONTROL_CLASSES, u32(b, 0), 'V4L2_CTRL_CLASS_???')}, count=${count}`;
  if (count === 0) return head + '}';
  const controls = (c: IoctlCall, b: Buffer): { text: string; ok: boolean } => {
    const n = u32(b, 4);
    return {
      text: `controls=${c.viaPointer(b, 24, (at) => c.array(at, n, EXT_CONTROL_SIZE, (e) => extControl(c, e), true))}`,
      ok: arrayReadable(c, b, 24, n, EXT_CONTROL_SIZE),
    };
  };
  let entry = head;
  if (!get) {
    const list = controls(c, b);
    entry += ', ' + list.text;
    if (!list.ok) return entry + '}';
  }
  return {
    entry,
    exit: (c) => {
      const o = c.fetch(c.arg, 32, true);
      if (o === null) return '}';
      let s = (get ? ', ' : '} => {') + controls(c, o).text;
      if (c.failed) s += `, error_idx=${u32(o, 8)}`;
      return s + '}';
    },
  };
});

// --- cropping ----------------------------------------------------------------------------------
onRequests(codes('VIDIOC_CROPCAP'), inOut(44, (c, b) => `{type=${bufType(c, u32(b, 0))}`,
  (_c, b) => `, bounds=${rect(b, 4)}, defrect=${rect(b, 20)}, pixelaspect=${fract(b, 36)}`));
onRequests(codes('VIDIOC_G_CROP'), inOut(20, (c, b) => `{type=${bufType(c, u32(b, 0))}`, (_c, b) => `, c=${rect(b, 4)}`));
onRequests(codes('VIDIOC_S_CROP'), (c) => c.struct(c.arg, 20, (b) => `{type=${bufType(c, u32(b, 0))}, c=${rect(b, 4)}}`));

// --- frame sizes and intervals -------------------------------------------------------------------
const FRMSIZE_DISCRETE = 1;
const FRMSIZE_STEPWISE = 3;
onRequests(codes('VIDIOC_ENUM_FRAMESIZES'), inOut(44,
  (c, b) => `{index=${u32(b, 0)}, pixel_format=${fourcc(c, u32(b, 4), X.V4L2_PIX_FMTS)}`,
  (c, b) => {
    const type = u32(b, 8);
    let s = `, type=${c.xval(X.V4L2_FRAMESIZE_TYPES, type, 'V4L2_FRMSIZE_TYPE_???')}`;
    if (type === FRMSIZE_DISCRETE) s += `, discrete={width=${u32(b, 12)}, height=${u32(b, 16)}}`;
    else if (type === FRMSIZE_STEPWISE) {
      s += `, stepwise={min_width=${u32(b, 12)}, max_width=${u32(b, 16)}, step_width=${u32(b, 20)}` +
        `, min_height=${u32(b, 24)}, max_height=${u32(b, 28)}, step_height=${u32(b, 32)}}`;
    }
    return s;
  }));

const FRMIVAL_DISCRETE = 1;
const FRMIVAL_CONTINUOUS = 2;
const FRMIVAL_STEPWISE = 3;
onRequests(codes('VIDIOC_ENUM_FRAMEINTERVALS'), inOut(52,
  (c, b) => `{index=${u32(b, 0)}, pixel_format=${fourcc(c, u32(b, 4), X.V4L2_PIX_FMTS)}, width=${u32(b, 8)}, height=${u32(b, 12)}`,
  (c, b) => {
    const type = u32(b, 16);
    let s = `, type=${c.xval(X.V4L2_FRAMEINTERVAL_TYPES, type, 'V4L2_FRMIVAL_TYPE_???')}`;
    if (type === FRMIVAL_DISCRETE) s += `, discrete=${fract(b, 20)}`;
    else if (type === FRMIVAL_STEPWISE || type === FRMIVAL_CONTINUOUS) {
      s += `, stepwise={min=${fract(b, 20)}, max=${fract(b, 28)}, step=${fract(b, 36)}}`;
    }
    return s;
  }));

// struct v4l2_create_buffers: index, count, memory, format (a struct v4l2_format at +16).
onRequests(codes('VIDIOC_CREATE_BUFS'), (c) => {
  const b = c.fetch(c.arg, 256);
  if (b === null) return c.addr(c.arg);
  const type = u32(b, 16);
  const fmt = formatFmt(c, b, type, 24);
  const text = `{count=${u32(b, 4)}, memory=${memory(c, u32(b, 8))}, format={type=${bufType(c, type)}` +
    (fmt === undefined ? '' : ', ' + fmt.text) + '}}';
  return {
    entry: text,
    exit: (c) => {
      const o = c.fetch(c.arg, 8);
      noteResult(c, o === null ? undefined : `{index=${u32(o, 0)}, count=${u32(o, 4)}}`);
      return '';
    },
  };
});
