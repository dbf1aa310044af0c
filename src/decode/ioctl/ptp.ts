/** PTP hardware clocks (type '=', linux/ptp_clock.h). */
import { dateComment } from '../structs/text.js';
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumber, requestNumbers as codes } from './request.js';

const PTP_MAX_SAMPLES = 25;
const PTP_PEROUT_DUTY_CYCLE = 2;
const PTP_PEROUT_PHASE = 4;

/** struct ptp_clock_time (16 bytes): sec (s64), nsec, reserved; `rtc`: a date comment. */
function clockTime(c: IoctlCall, b: Buffer, off: number, rtc: boolean): string {
  const sec = b.readBigInt64LE(off);
  const nsec = b.readUInt32LE(off + 8);
  const reserved = b.readUInt32LE(off + 12);
  let s = `{sec=${sec}, nsec=${nsec}` + (reserved ? `, reserved=${hex(reserved)}` : '') + '}';
  if (rtc && c.style !== 'raw') s += dateComment(Number(sec), nsec);
  return s;
}

/** `, rsv=[...]` when the reserved words are not all zero. */
function rsv(c: IoctlCall, b: Buffer, off: number, count: number): string {
  if (b.subarray(off, off + 4 * count).every((x) => x === 0)) return '';
  return ', rsv=' + c.local(count, (i) => hex(b.readUInt32LE(off + 4 * i)));
}

const is = (c: IoctlCall, name: string): boolean => c.code === requestNumber(name);

onRequests(codes('PTP_CLOCK_GETCAPS', 'PTP_CLOCK_GETCAPS2'), output((c) => c.struct(c.arg, 80, (b) => {
  const d = (i: number): number => b.readInt32LE(4 * i);
  return `{max_adj=${d(0)}, n_alarm=${d(1)}, n_ext_ts=${d(2)}, n_per_out=${d(3)}, pps=${d(4)}, n_pins=${d(5)}, ` +
    `cross_timestamping=${d(6)}, adjust_phase=${d(7)}${rsv(c, b, 32, 12)}}`;
})));

onRequests(codes('PTP_EXTTS_REQUEST', 'PTP_EXTTS_REQUEST2'), (c) => c.struct(c.arg, 16, (b) =>
  `{index=${b.readUInt32LE(0)}, flags=${c.flags(X.PTP_EXTTS_FLAGS, b.readUInt32LE(4), 'PTP_???')}` +
  (is(c, 'PTP_EXTTS_REQUEST2') ? rsv(c, b, 8, 2) : '') + '}'));

onRequests(codes('PTP_PEROUT_REQUEST', 'PTP_PEROUT_REQUEST2'), (c) => c.struct(c.arg, 56, (b) => {
  const flags = b.readUInt32LE(36);
  let s = '{' + (flags & PTP_PEROUT_PHASE ? `phase=${clockTime(c, b, 0, false)}` : `start=${clockTime(c, b, 0, true)}`) +
    `, period=${clockTime(c, b, 16, false)}, index=${b.readUInt32LE(32)}, ` +
    `flags=${c.flags(X.PTP_PEROUT_FLAGS, flags, 'PTP_PEROUT_???')}`;
  if (flags & PTP_PEROUT_DUTY_CYCLE) s += `, on=${clockTime(c, b, 40, false)}`;
  else if (is(c, 'PTP_PEROUT_REQUEST2')) s += rsv(c, b, 40, 4);
  return s + '}';
}));

onRequests(codes('PTP_ENABLE_PPS', 'PTP_ENABLE_PPS2'), (c) => c.argHex);

/** The sample-taking requests: n_samples at entry, the samples at exit. */
function samples(size: number, print: (c: IoctlCall, b: Buffer, n: number) => string) {
  return (c: IoctlCall) => {
    const b = c.fetch(c.arg, size);
    if (b === null) return c.addr(c.arg);
    return {
      entry: `{n_samples=${b.readUInt32LE(0)}${rsv(c, b, 4, 3)}`,
      exit: (c: IoctlCall) => {
        if (c.failed) return '}';
        if (c.mem.read(c.task.tid, c.arg, size) !== size) return ', ???}';
        const b = Buffer.from(c.mem.scratch.subarray(0, size));
        return `, ts=${print(c, b, Math.min(b.readUInt32LE(0), PTP_MAX_SAMPLES))}}`;
      },
    };
  };
}
onRequests(codes('PTP_SYS_OFFSET', 'PTP_SYS_OFFSET2'), samples(832, (c, b, n) =>
  c.local(Math.min(2 * n + 1, 2 * PTP_MAX_SAMPLES + 1), (i) => clockTime(c, b, 16 + 16 * i, true))));
onRequests(codes('PTP_SYS_OFFSET_EXTENDED', 'PTP_SYS_OFFSET_EXTENDED2'), samples(1216, (c, b, n) =>
  c.local(n, (i) => `[${[0, 1, 2].map((j) => clockTime(c, b, 16 + 48 * i + 16 * j, true)).join(', ')}]`)));

// struct ptp_pin_desc: name[64], index, func, chan, rsv[5].
function pinTail(c: IoctlCall, b: Buffer, get: boolean): string {
  return (get ? `, name=${c.cstr(b.subarray(0, 64))}` : '') +
    `, func=${c.xval(X.PTP_PIN_FUNCS, b.readUInt32LE(68), 'PTP_PF_???')}, chan=${b.readUInt32LE(72)}` +
    (is(c, 'PTP_PIN_SETFUNC2') ? rsv(c, b, 76, 5) : '') + '}';
}
onRequests(codes('PTP_PIN_GETFUNC', 'PTP_PIN_GETFUNC2', 'PTP_PIN_SETFUNC', 'PTP_PIN_SETFUNC2'), (c) => {
  const b = c.fetch(c.arg, 96);
  if (b === null) return c.addr(c.arg);
  const get = is(c, 'PTP_PIN_GETFUNC') || is(c, 'PTP_PIN_GETFUNC2');
  const head = `{index=${b.readUInt32LE(64)}` + (is(c, 'PTP_PIN_GETFUNC2') ? rsv(c, b, 76, 5) : '');
  if (!get) return head + pinTail(c, b, false);
  return {
    entry: head,
    exit: (c) => {
      if (c.failed) return '}';
      if (c.mem.read(c.task.tid, c.arg, 96) !== 96) return ', ???}';
      return pinTail(c, Buffer.from(c.mem.scratch.subarray(0, 96)), true);
    },
  };
});

onRequests(codes('PTP_SYS_OFFSET_PRECISE', 'PTP_SYS_OFFSET_PRECISE2'), output((c) => c.struct(c.arg, 64, (b) =>
  `{device=${clockTime(c, b, 0, true)}, sys_realtime=${clockTime(c, b, 16, true)}, ` +
  `sys_monoraw=${clockTime(c, b, 32, false)}${rsv(c, b, 48, 4)}}`)));
