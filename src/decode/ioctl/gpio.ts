/** GPIO character devices (type 0xb4, linux/gpio.h): the v1 and v2 line requests. */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex, x64 } from './fields.js';
import { onRequests, output, type IoctlContinue } from './registry.js';
import { requestNumbers as codes } from './request.js';

const GPIO_V2_LINE_ATTR_ID_FLAGS = 1;
const GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES = 2;
const GPIO_V2_LINE_ATTR_ID_DEBOUNCE = 3;

const u32s = (c: IoctlCall, b: Buffer, off: number, count: number): string =>
  c.local(count, (i) => String(b.readUInt32LE(off + 4 * i)));
const u8s = (c: IoctlCall, b: Buffer, off: number, count: number): string =>
  c.local(count, (i) => String(b[off + i]));
const cstr = (c: IoctlCall, b: Buffer, off: number, len: number): string => c.cstr(b.subarray(off, off + len));
const allZero = (b: Buffer, off: number, len: number): boolean => b.subarray(off, off + len).every((x) => x === 0);
const xArray = (b: Buffer, off: number, count: number): string =>
  `[${Array.from({ length: count }, (_, i) => hex(b.readUInt32LE(off + 4 * i))).join(', ')}]`;
const clamp = (n: number, max: number): number => Math.min(n, max);

/**
 * `in` printed at entry, then ` => out` at exit of a successful call (strace's
 * tprint_value_changed pattern); the address alone if the struct cannot be read.
 */
function inOut(c: IoctlCall, size: number, entry: (b: Buffer) => string, exit: (c: IoctlCall, b: Buffer) => string): string | IoctlContinue {
  const b = c.fetch(c.arg, size);
  if (b === null) return c.addr(c.arg);
  return {
    entry: entry(b),
    exit: (c) => {
      if (c.failed) return '';
      const b = c.fetch(c.arg, size);
      return ' => ' + (b === null ? c.addr(c.arg) : exit(c, b));
    },
  };
}

// --- v1 ----------------------------------------------------------------------------------

onRequests(codes('GPIO_GET_CHIPINFO_IOCTL'), output((c) => c.struct(c.arg, 68, (b) =>
  `{name=${cstr(c, b, 0, 32)}, label=${cstr(c, b, 32, 32)}, lines=${b.readUInt32LE(64)}}`)));

onRequests(codes('GPIO_GET_LINEINFO_IOCTL', 'GPIO_GET_LINEINFO_WATCH_IOCTL'), (c) => inOut(c, 72,
  (b) => `{line_offset=${b.readUInt32LE(0)}}`,
  (c, b) => `{flags=${c.flags(X.GPIO_LINE_FLAGS, b.readUInt32LE(4), 'GPIOLINE_FLAG_???')}, ` +
    `name=${cstr(c, b, 8, 32)}, consumer=${cstr(c, b, 40, 32)}}`));

onRequests(codes('GPIO_GET_LINEINFO_UNWATCH_IOCTL'), (c) => c.struct(c.arg, 4, (b) => `{offset=${b.readUInt32LE(0)}}`));

// struct gpiohandle_request: lineoffsets[64], flags, default_values[64] (u8),
// consumer_label[32], lines, fd.
onRequests(codes('GPIO_GET_LINEHANDLE_IOCTL'), (c) => inOut(c, 364, (b) => {
  const lines = b.readUInt32LE(356);
  return `{lines=${lines}, lineoffsets=${u32s(c, b, 0, clamp(lines, 64))}, ` +
    `flags=${c.flags(X.GPIO_HANDLE_FLAGS, b.readUInt32LE(256), 'GPIOHANDLE_REQUEST_???')}, ` +
    `default_values=${u8s(c, b, 260, clamp(lines, 64))}, consumer_label=${cstr(c, b, 324, 32)}}`;
}, (c, b) => `{fd=${c.fd(b.readInt32LE(360))}}`));

// struct gpioevent_request: lineoffset, handleflags, eventflags, consumer_label[32], fd.
onRequests(codes('GPIO_GET_LINEEVENT_IOCTL'), (c) => inOut(c, 48,
  (b) => `{lineoffset=${b.readUInt32LE(0)}, ` +
    `handleflags=${c.flags(X.GPIO_HANDLE_FLAGS, b.readUInt32LE(4), 'GPIOHANDLE_REQUEST_???')}, ` +
    `eventflags=${c.flags(X.GPIO_EVENT_FLAGS, b.readUInt32LE(8), 'GPIOEVENT_REQUEST_???')}, ` +
    `consumer_label=${cstr(c, b, 12, 32)}}`,
  (c, b) => `{fd=${c.fd(b.readInt32LE(44))}}`));

const handleData = (c: IoctlCall): string => c.struct(c.arg, 64, (b) => `{values=${u8s(c, b, 0, 64)}}`);
onRequests(codes('GPIOHANDLE_GET_LINE_VALUES_IOCTL'), output(handleData));
onRequests(codes('GPIOHANDLE_SET_LINE_VALUES_IOCTL'), handleData);

onRequests(codes('GPIOHANDLE_SET_CONFIG_IOCTL'), (c) => c.struct(c.arg, 84, (b) =>
  `{flags=${c.flags(X.GPIO_HANDLE_FLAGS, b.readUInt32LE(0), 'GPIOHANDLE_REQUEST_???')}, ` +
  `default_values=${u8s(c, b, 4, 64)}}`));

// --- v2 ----------------------------------------------------------------------------------

/** struct gpio_v2_line_attribute (16 bytes): id, padding, then a u64 by id. */
function attribute(c: IoctlCall, b: Buffer, off: number, asField: boolean): string {
  const id = b.readUInt32LE(off);
  const padding = b.readUInt32LE(off + 4);
  const raw = (): string => {
    const s = `id=${id}` + (padding ? `, padding=${hex(padding)}` : '') + `, data=${x64(b, off + 8)}`;
    return asField ? `attr={${s}}` : s;
  };
  if (padding) return raw();
  switch (id) {
    case GPIO_V2_LINE_ATTR_ID_FLAGS:
      return `flags=${c.flags(X.GPIO_V2_LINE_FLAGS, b.readBigUInt64LE(off + 8), 'GPIO_V2_LINE_FLAG_???')}`;
    case GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES:
      return `values=${x64(b, off + 8)}`;
    case GPIO_V2_LINE_ATTR_ID_DEBOUNCE:
      return `debounce_period_us=${b.readUInt32LE(off + 8)}`;
    default:
      return raw();
  }
}

/** struct gpio_v2_line_config (272 bytes): flags, num_attrs, padding[5], attrs[10] (24 each). */
function lineConfig(c: IoctlCall, b: Buffer, off: number): string {
  const n = b.readUInt32LE(off + 8);
  let s = `{flags=${c.flags(X.GPIO_V2_LINE_FLAGS, b.readBigUInt64LE(off), 'GPIO_V2_LINE_FLAG_???')}, num_attrs=${n}`;
  if (!allZero(b, off + 12, 20)) s += `, padding=${xArray(b, off + 12, 5)}`;
  if (n) {
    s += ', attrs=' + c.local(clamp(n, 10), (i) => {
      const a = off + 32 + 24 * i;
      return `{${attribute(c, b, a, true)}, mask=${x64(b, a + 16)}}`;
    });
  }
  return s + '}';
}

// struct gpio_v2_line_info: name[32], consumer[32], offset, num_attrs, flags, attrs[10]
// (16 each) at 80, padding[4] at 240.
onRequests(codes('GPIO_V2_GET_LINEINFO_IOCTL', 'GPIO_V2_GET_LINEINFO_WATCH_IOCTL'), (c) => inOut(c, 256,
  (b) => `{offset=${b.readUInt32LE(64)}}`,
  (c, b) => {
    const n = b.readUInt32LE(68);
    let s = `{name=${cstr(c, b, 0, 32)}, consumer=${cstr(c, b, 32, 32)}, ` +
      `flags=${c.flags(X.GPIO_V2_LINE_FLAGS, b.readBigUInt64LE(72), 'GPIO_V2_LINE_FLAG_???')}, num_attrs=${n}`;
    if (n) s += ', attrs=' + c.local(clamp(n, 10), (i) => `{${attribute(c, b, 80 + 16 * i, false)}}`);
    if (!allZero(b, 240, 16)) s += `, padding=${xArray(b, 240, 4)}`;
    return s + '}';
  }));

// struct gpio_v2_line_request: offsets[64], consumer[32] at 256, config at 288,
// num_lines at 560, event_buffer_size, padding[5], fd at 588.
onRequests(codes('GPIO_V2_GET_LINE_IOCTL'), (c) => inOut(c, 592, (b) => {
  const lines = b.readUInt32LE(560);
  let s = `{num_lines=${lines}, offsets=${u32s(c, b, 0, clamp(lines, 64))}, consumer=${cstr(c, b, 256, 32)}, ` +
    `config=${lineConfig(c, b, 288)}`;
  const events = b.readUInt32LE(564);
  if (events) s += `, event_buffer_size=${events}`;
  if (!allZero(b, 568, 20)) s += `, padding=${xArray(b, 568, 5)}`;
  return s + '}';
}, (c, b) => `{fd=${c.fd(b.readInt32LE(588))}}`));

onRequests(codes('GPIO_V2_LINE_GET_VALUES_IOCTL'), (c) => inOut(c, 16,
  (b) => `{mask=${x64(b, 8)}}`, (_c, b) => `{bits=${x64(b, 0)}}`));
onRequests(codes('GPIO_V2_LINE_SET_VALUES_IOCTL'), (c) => c.struct(c.arg, 16, (b) => `{bits=${x64(b, 0)}, mask=${x64(b, 8)}}`));
onRequests(codes('GPIO_V2_LINE_SET_CONFIG_IOCTL'), (c) => c.struct(c.arg, 272, (b) => lineConfig(c, b, 0)));
