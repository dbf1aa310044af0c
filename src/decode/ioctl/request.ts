/**
 * ioctl's second argument as strace prints it: the names of the request number (several
 * joined by ` or `), names computed from families of numbers (EVIOCGBIT(EV_KEY, 96)), or
 * the _IOC(dir, type, nr, size) it decodes to; as a number with -X raw, both with verbose.
 */
import type { XlatStyle } from '../xlat/index.js';
import { EVDEV_ABS, EVDEV_EV } from '../xlat/ioctl.gen.js';
import { IOC_READ, IOC_WRITE, iocDir, iocNr, iocSize, iocType } from './call.js';
import { IOCTL_REQUESTS } from './requests.gen.js';
import { lookup, type Table } from './xlat.js';

const NAMES = new Map<number, string>(IOCTL_REQUESTS);

const DIRS = ['_IOC_NONE', '_IOC_WRITE', '_IOC_READ', '_IOC_READ|_IOC_WRITE'];
const hex = (v: number): string => (v === 0 ? '0' : '0x' + v.toString(16));

/** `_IOC(_IOC_READ, 0x54, 0x1, 0x4)`. */
function iocForm(code: number): string {
  return `_IOC(${DIRS[iocDir(code)]}, ${hex(iocType(code))}, ${hex(iocNr(code))}, ${hex(iocSize(code))})`;
}

/** A name from `table`, or the number with `dflt` as a comment (verbose: the name alone, abbreviated). */
function sub(style: XlatStyle, table: Table, v: number, dflt: string): string {
  const name = lookup(table, v);
  if (name !== undefined) return name;
  return style === 'verbose' ? hex(v) : `${hex(v)} /* ${dflt} */`;
}

/** Names strace computes for ranges of numbers no header lists one by one. */
function computed(code: number, style: XlatStyle): string | undefined {
  const dir = iocDir(code);
  const nr = iocNr(code);
  const size = iocSize(code);
  switch (iocType(code)) {
    case 0x21: // '!'
      return dir === IOC_READ && nr === 2 && size === 8 ? 'SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR' : undefined;
    case 0x45: // 'E': evdev
      if (dir === IOC_WRITE && nr >= 0xc0 && nr <= 0xff) return `EVIOCSABS(${sub(style, EVDEV_ABS, nr - 0xc0, 'ABS_???')})`;
      if (dir !== IOC_READ) return undefined;
      if (nr >= 0x20 && nr <= 0x3f) {
        return `EVIOCGBIT(${nr === 0x20 ? '0' : sub(style, EVDEV_EV, nr - 0x20, 'EV_???')}, ${size})`;
      }
      if (nr >= 0x40 && nr <= 0x7f) return `EVIOCGABS(${sub(style, EVDEV_ABS, nr - 0x40, 'ABS_???')})`;
      return sized(EVDEV_SIZED, nr, size);
    case 0x48: // 'H': hiddev
      if (dir === IOC_READ) return sized(HIDDEV_READ, nr, size);
      if (dir === (IOC_READ | IOC_WRITE)) return sized(HIDDEV_RW, nr, size);
      return undefined;
    case 0x4d: // 'M': OSS mixer
      if (dir === IOC_WRITE) return `MIXER_WRITE(${nr})`;
      if (dir === IOC_READ) return `MIXER_READ(${nr})`;
      return undefined;
    case 0x55: // 'U'
      return dir === IOC_READ && nr === 0x2c ? `UI_GET_SYSNAME(${size})` : undefined;
    case 0x6a: // 'j'
      return dir === IOC_READ && nr === 0x13 ? `JSIOCGNAME(${size})` : undefined;
    case 0x6b: // 'k'
      return dir === IOC_WRITE && nr === 0 ? `SPI_IOC_MESSAGE(${size})` : undefined;
    default:
      return undefined;
  }
}

/** Requests whose size is the caller's buffer: NAME(size). */
const EVDEV_SIZED = new Map<number, string>([
  [0x06, 'EVIOCGNAME'], [0x07, 'EVIOCGPHYS'], [0x08, 'EVIOCGUNIQ'], [0x09, 'EVIOCGPROP'], [0x0a, 'EVIOCGMTSLOTS'],
  [0x18, 'EVIOCGKEY'], [0x19, 'EVIOCGLED'], [0x1a, 'EVIOCGSND'], [0x1b, 'EVIOCGSW'],
]);
const HIDDEV_READ = new Map<number, string>([
  [0x04, 'HIDIOCGRAWNAME'], [0x05, 'HIDIOCGRAWPHYS'], [0x06, 'HIDIOCSFEATURE'], [0x08, 'HIDIOCGRAWUNIQ'],
  [0x12, 'HIDIOCGPHYS'],
]);
const HIDDEV_RW = new Map<number, string>([[0x06, 'HIDIOCSFEATURE'], [0x07, 'HIDIOCGFEATURE']]);

function sized(names: ReadonlyMap<number, string>, nr: number, size: number): string | undefined {
  const name = names.get(nr);
  return name === undefined ? undefined : `${name}(${size})`;
}

/** The symbolic text of request `code`: computed and table names, or the _IOC form. */
export function requestSymbol(code: number, style: XlatStyle = 'abbrev'): string {
  const own = computed(code, style);
  const names = NAMES.get(code);
  if (own !== undefined) return names === undefined ? own : `${own} or ${names}`;
  return names ?? iocForm(code);
}

/** ioctl's second argument under -X `style` (only its low 32 bits count). */
export function requestText(code: number, style: XlatStyle): string {
  code >>>= 0;
  if (style === 'raw') return hex(code);
  const symbol = requestSymbol(code, style);
  return style === 'verbose' ? `${hex(code)} /* ${symbol} */` : symbol;
}

/** The name(s) of a known request number (for decoders that print one as a value). */
export function requestName(code: number): string | undefined {
  return NAMES.get(code >>> 0);
}

let byName: Map<string, number> | undefined;

/**
 * The number of request `name` as the generated table has it; NaN (equal to no request)
 * for a name this machine's headers did not define when the table was made.
 */
export function requestNumber(name: string): number {
  if (byName === undefined) {
    // Built when the first ioctl family loads, so it counts in a trace's time: an indexed
    // loop without destructuring (iterator protocol, run once: interpreted), splitting only
    // the few entries with several names; ~3x faster than destructuring and splitting all.
    byName = new Map();
    for (let i = 0; i < IOCTL_REQUESTS.length; i++) {
      const entry = IOCTL_REQUESTS[i]!;
      const code = entry[0];
      const names = entry[1];
      if (!names.includes(' or ')) byName.set(names, code);
      else for (const n of names.split(' or ')) byName.set(n, code);
    }
  }
  return byName.get(name) ?? NaN;
}

/** The numbers of those of requests `names` the table has. */
export function requestNumbers(...names: string[]): number[] {
  return names.map(requestNumber).filter((n) => !Number.isNaN(n));
}
