/** Time structs: timespec, timeval, timezone, itimerspec, itimerval, the utimensat/utimes pairs, timex. */
import { bits, dateComment, dateText, i64At, u64At, type Bits } from './text.js';
import { defineResult, defineStruct, type StructContext } from './registry.js';
import type { TraceeMemory } from '../../sys/memory.js';
import { styled } from '../xlat/index.js';

/** `{tv_sec=1, tv_nsec=500}` from 16 bytes at `off` (strace prints the fraction unsigned). */
export function timespecText(b: Buffer, off: number): string {
  return `{tv_sec=${i64At(b, off)}, tv_nsec=${u64At(b, off + 8)}}`;
}

/** `{tv_sec=1, tv_usec=500}` from 16 bytes at `off` (strace prints the fraction unsigned). */
export function timevalText(b: Buffer, off: number): string {
  return `{tv_sec=${i64At(b, off)}, tv_usec=${u64At(b, off + 8)}}`;
}

/** `{tv_sec=1, tv_nsec=500}` */
export function timespecAt(mem: TraceeMemory, tid: number, addr: number): string | null {
  if (mem.read(tid, addr, 16) !== 16) return null;
  return timespecText(mem.scratch, 0);
}

function fixed(len: number, text: (b: Buffer) => string) {
  return (c: StructContext, addr: number): string | null =>
    c.mem.read(c.task.tid, addr, len) === len ? text(c.mem.scratch) : null;
}

defineStruct('timespec', (c, addr) => timespecAt(c.mem, c.task.tid, addr));
defineStruct('timeval', fixed(16, (b) => timevalText(b, 0)));
defineStruct('timezone', fixed(8, (b) => `{tz_minuteswest=${b.readInt32LE(0)}, tz_dsttime=${b.readInt32LE(4)}}`));
defineStruct('itimerspec', fixed(32, (b) => `{it_interval=${timespecText(b, 0)}, it_value=${timespecText(b, 16)}}`));
defineStruct('itimerval', fixed(32, (b) => `{it_interval=${timevalText(b, 0)}, it_value=${timevalText(b, 16)}}`));

// --- nanosleep/clock_nanosleep's remaining time ----------------------------------------

const ERESTARTSYS = 512;
const ERESTARTNOHAND = 514;
const ERESTART_RESTARTBLOCK = 516;

/**
 * The kernel writes the remaining time only when a signal interrupted the sleep (and, for
 * clock_nanosleep, the sleep was relative): strace prints it then, the address otherwise.
 */
defineStruct('timespec_rem', (c, addr) => {
  const t = c.task;
  if (!t.isError) return null;
  const err = -(t.retLo | 0);
  const restart = (err >= ERESTARTSYS && err <= ERESTARTNOHAND) || err === ERESTART_RESTARTBLOCK;
  // clock_nanosleep(clockid, flags, req, rem): TIMER_ABSTIME sleeps leave rem alone.
  if (!restart || (c.index === 3 && t.args[2] !== 0)) return null;
  return timespecAt(c.mem, t.tid, addr);
}, { onError: true });

// --- utimensat's and utimes' pairs ------------------------------------------------------

const UTIME_NOW = 0x3fffffff;
const UTIME_OMIT = 0x3ffffffe;

/** `[{tv_sec=1, tv_nsec=2} /* date *\/, UTIME_NOW]` */
defineStruct('timespec2', fixed(32, (b) => {
  const one = (off: number): string => {
    const nsec = b.readInt32LE(off + 8);
    // The special values by name, per -X (the timespec itself for raw, both for verbose).
    if (b.readUInt32LE(off + 12) === 0 && nsec === UTIME_NOW) return styled('UTIME_NOW', timespecText(b, off));
    if (b.readUInt32LE(off + 12) === 0 && nsec === UTIME_OMIT) return styled('UTIME_OMIT', timespecText(b, off));
    return timespecText(b, off) + dateComment(Number(i64At(b, off)), Number(i64At(b, off + 8)));
  };
  return `[${one(0)}, ${one(16)}]`;
}));

defineStruct('timeval2', fixed(32, (b) => {
  const one = (off: number): string =>
    timevalText(b, off) + dateComment(Number(i64At(b, off)), Number(i64At(b, off + 8)), 6);
  return `[${one(0)}, ${one(16)}]`;
}));

// utime's struct utimbuf: two time_t, each with its date.
defineStruct('utimbuf', fixed(16, (b) => {
  const one = (off: number): string => i64At(b, off) + dateComment(Number(i64At(b, off)), 0);
  return `{actime=${one(0)}, modtime=${one(8)}}`;
}));

// --- struct timex (adjtimex, clock_adjtime) ---------------------------------------------

const ADJ_MODES: Bits = [
  [0x0001, 'ADJ_OFFSET'], [0x0002, 'ADJ_FREQUENCY'], [0x0004, 'ADJ_MAXERROR'], [0x0008, 'ADJ_ESTERROR'],
  [0x0010, 'ADJ_STATUS'], [0x0020, 'ADJ_TIMECONST'], [0x0080, 'ADJ_TAI'], [0x0100, 'ADJ_SETOFFSET'],
  [0x1000, 'ADJ_MICRO'], [0x2000, 'ADJ_NANO'], [0x4000, 'ADJ_TICK'],
];
const STA_STATUS: Bits = [
  [0x0001, 'STA_PLL'], [0x0002, 'STA_PPSFREQ'], [0x0004, 'STA_PPSTIME'], [0x0008, 'STA_FLL'],
  [0x0010, 'STA_INS'], [0x0020, 'STA_DEL'], [0x0040, 'STA_UNSYNC'], [0x0080, 'STA_FREQHOLD'],
  [0x0100, 'STA_PPSSIGNAL'], [0x0200, 'STA_PPSJITTER'], [0x0400, 'STA_PPSWANDER'], [0x0800, 'STA_PPSERROR'],
  [0x1000, 'STA_CLOCKERR'], [0x2000, 'STA_NANO'], [0x4000, 'STA_MODE'], [0x8000, 'STA_CLK'],
];

/** struct timex: 4-byte modes, then longs, with an int status and a timeval in between. */
function timexText(b: Buffer): string {
  const l = (off: number): string => i64At(b, off);
  return `{modes=${bits(ADJ_MODES, b.readUInt32LE(0))}, offset=${l(8)}, freq=${l(16)}, maxerror=${l(24)}, ` +
    `esterror=${l(32)}, status=${bits(STA_STATUS, b.readUInt32LE(40))}, constant=${l(48)}, precision=${l(56)}, ` +
    `tolerance=${l(64)}, time=${timevalText(b, 72)}, tick=${l(88)}, ppsfreq=${l(96)}, jitter=${l(104)}, ` +
    `shift=${b.readInt32LE(112)}, stabil=${l(120)}, jitcnt=${l(128)}, calcnt=${l(136)}, errcnt=${l(144)}, ` +
    `stbcnt=${l(152)}, tai=${b.readInt32LE(160)}}`;
}
defineStruct('timex', fixed(208, timexText));

const CLOCK_STATES = ['TIME_OK', 'TIME_INS', 'TIME_DEL', 'TIME_OOP', 'TIME_WAIT', 'TIME_ERROR'];
const clockState = (c: { task: { retLo: number } }): string | null => CLOCK_STATES[c.task.retLo] ?? null;
defineResult('adjtimex', clockState);
defineResult('clock_adjtime', clockState);

// time(2): the seconds it stored, with their date, and its result's date (strace's sprinttime).
defineStruct('time', fixed(8, (b) => `[${i64At(b, 0)}${dateComment(Number(b.readBigInt64LE(0)), 0)}]`));
defineResult('time', (c) => {
  const text = dateText(Number(c.task.retval()), 0);
  return text === '' ? null : text;
});
