/**
 * Process and system structs: wait status, rusage, rlimit, utsname, sysinfo, tms, sched
 * params, CPU sets, and the one-value "indirect" arguments (`[3, 4]`, `[0]`, `[0x...]`).
 */
import { quote } from '../quote.js';
import { signalName } from '../signals.js';
import { fdText } from '../fd-info.js';
import { clockText, i64At, ptrAt, u64At } from './text.js';
import { signatureOf } from '../signature.js';
import { timevalText } from './time.js';
import { defineResult, defineStruct, type StructContext } from './registry.js';
import { ioprioText } from '../xlat/process.js';
import { arrayText } from './array.js';
import { styled, xlatStyle } from '../xlat/index.js';

// --- wait status ------------------------------------------------------------------------

const PTRACE_EVENTS = ['', 'PTRACE_EVENT_FORK', 'PTRACE_EVENT_VFORK', 'PTRACE_EVENT_CLONE',
  'PTRACE_EVENT_EXEC', 'PTRACE_EVENT_VFORK_DONE', 'PTRACE_EVENT_EXIT', 'PTRACE_EVENT_SECCOMP'];

/** `[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]` and the other forms of strace's printstatus. */
export function waitStatusText(status: number): string {
  let s: string;
  let rest: number;
  const low = status & 0x7f;
  if ((status & 0xff) === 0x7f) {
    const sig = (status >>> 8) & 0xff;
    s = `[{WIFSTOPPED(s) && WSTOPSIG(s) == ${signalName(sig & 0x7f)}${sig & 0x80 ? ' | 0x80' : ''}}`;
    rest = status & ~((sig << 8) | 0x7f);
  } else if (low !== 0 && low !== 0x7f) {
    s = `[{WIFSIGNALED(s) && WTERMSIG(s) == ${signalName(low)}${status & 0x80 ? ' && WCOREDUMP(s)' : ''}}`;
    rest = status & ~(low | 0x80);
  } else if (low === 0) {
    s = `[{WIFEXITED(s) && WEXITSTATUS(s) == ${(status >>> 8) & 0xff}}`;
    rest = status & ~0xff00;
  } else if (status === 0xffff) {
    return '[{WIFCONTINUED(s)}]';
  } else {
    return `[0x${(status >>> 0).toString(16)}]`;
  }
  rest >>>= 0;
  if (rest !== 0) {
    const event = rest >>> 16;
    if (event !== 0) {
      s += ` | ${PTRACE_EVENTS[event] ?? '0x' + event.toString(16)} << 16`;
      rest &= 0xffff;
    }
    if (rest !== 0) s += ` | 0x${rest.toString(16)}`;
  }
  return s + ']';
}

// wait4 returning 0 (WNOHANG, nothing to report) wrote no status: strace prints the address.
defineStruct('wait_status', (c, addr) => {
  if (c.task.retLo === 0 && c.task.retHi === 0) return null;
  return c.mem.read(c.task.tid, addr, 4) === 4 ? waitStatusText(c.mem.scratch.readInt32LE(0)) : null;
});

// --- rusage, rlimit, tms ----------------------------------------------------------------

const RUSAGE_LONGS = ['maxrss', 'ixrss', 'idrss', 'isrss', 'minflt', 'majflt', 'nswap', 'inblock', 'oublock',
  'msgsnd', 'msgrcv', 'nsignals', 'nvcsw', 'nivcsw'];

const SYS_wait4 = 61;

// wait4 fills the usage in only when it reaped a child.
defineStruct('rusage', (c, addr) => {
  if (c.task.nr === SYS_wait4 && !(Number(c.task.retval()) > 0)) return null;
  const len = c.opts.verbose ? 144 : 32;
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  const b = c.mem.scratch;
  let s = `{ru_utime=${timevalText(b, 0)}, ru_stime=${timevalText(b, 16)}`;
  if (!c.opts.verbose) return s + ', ...}';
  for (let i = 0; i < RUSAGE_LONGS.length; i++) s += `, ru_${RUSAGE_LONGS[i]}=${u64At(b, 32 + 8 * i)}`;
  return s + '}';
});

/** `RLIM64_INFINITY`, `8192*1024` for multiples of 1024 above it, or the number; per -X. */
function rlimText(b: Buffer, off: number): string {
  const v = b.readBigUInt64LE(off);
  if (v === 0xffffffffffffffffn) return styled('RLIM64_INFINITY', String(v));
  return v > 1024n && v % 1024n === 0n ? styled(`${v / 1024n}*1024`, String(v)) : String(v);
}

defineStruct('rlimit', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  return `{rlim_cur=${rlimText(c.mem.scratch, 0)}, rlim_max=${rlimText(c.mem.scratch, 8)}}`;
});

defineStruct('tms', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = c.mem.scratch;
  const clock = (off: number): string => clockText(b.readUInt32LE(off), b.readUInt32LE(off + 4));
  return `{tms_utime=${clock(0)}, tms_stime=${clock(8)}, tms_cutime=${clock(16)}, tms_cstime=${clock(24)}}`;
});

// --- utsname, sysinfo -------------------------------------------------------------------

const UTS_LEN = 65;
const UTS_FIELDS = ['sysname', 'nodename', 'release', 'version', 'machine', 'domainname'];

defineStruct('utsname', (c, addr) => {
  const n = c.opts.verbose ? 6 : 2;
  if (c.mem.read(c.task.tid, addr, n * UTS_LEN) !== n * UTS_LEN) return null;
  const b = c.mem.scratch;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const start = i * UTS_LEN;
    let end = b.indexOf(0, start);
    if (end < 0 || end > start + UTS_LEN) end = start + UTS_LEN;
    parts.push(`${UTS_FIELDS[i]}=${quote(b.subarray(start, end), end - start, c.opts.strings)}`);
  }
  return `{${parts.join(', ')}${c.opts.verbose ? '' : ', ...'}}`;
});

// struct sysinfo: uptime 0, loads[3] 8, totalram 32, freeram 40, sharedram 48, bufferram 56,
// totalswap 64, freeswap 72, procs 80 (u16), totalhigh 88, freehigh 96, mem_unit 104.
defineStruct('sysinfo', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 112) !== 112) return null;
  const b = c.mem.scratch;
  return `{uptime=${i64At(b, 0)}, loads=[${u64At(b, 8)}, ${u64At(b, 16)}, ${u64At(b, 24)}], ` +
    `totalram=${u64At(b, 32)}, freeram=${u64At(b, 40)}, sharedram=${u64At(b, 48)}, bufferram=${u64At(b, 56)}, ` +
    `totalswap=${u64At(b, 64)}, freeswap=${u64At(b, 72)}, procs=${b.readUInt16LE(80)}, ` +
    `totalhigh=${u64At(b, 88)}, freehigh=${u64At(b, 96)}, mem_unit=${b.readUInt32LE(104)}}`;
});

// _sysctl's struct __sysctl_args (80 bytes, four unused longs at the end): name 0, nlen 8,
// oldval 16, oldlenp 24, newval 32, newlen 40.
defineStruct('sysctl_args', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 80) !== 80) return null;
  const b = c.mem.scratch;
  return `{name=${ptrAt(b, 0)}, nlen=${b.readInt32LE(8)}, oldval=${ptrAt(b, 16)}, oldlenp=${ptrAt(b, 24)}, ` +
    `newval=${ptrAt(b, 32)}, newlen=${u64At(b, 40)}}`;
});

// --- scheduling -------------------------------------------------------------------------

defineStruct('sched_param', (c, addr) =>
  c.mem.read(c.task.tid, addr, 4) === 4 ? `[${c.mem.scratch.readInt32LE(0)}]` : null);

/** The CPUs in a cpu_set_t as `[0 1]`: at exit as many bytes as the kernel returned. */
defineStruct('cpuset', (c, addr) => {
  const t = c.task;
  const size = Math.min(atExit(c) ? t.retLo : t.arg(1), t.arg(1), 1024);
  const len = c.mem.read(t.tid, addr, size);
  if (len !== size) return null;
  const b = c.mem.scratch;
  let s = '[';
  for (let byte = 0; byte < len; byte++) {
    const v = b[byte]!;
    if (v === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      if (v & (1 << bit)) s += (s.length > 1 ? ' ' : '') + (byte * 8 + bit);
    }
  }
  return s + ']';
});

/** Whether the argument being printed is one the kernel wrote (printed at exit). */
function atExit(c: StructContext): boolean {
  return signatureOf(c.task.nr).args[c.index]?.kind === 'ostruct';
}

// --- one value through a pointer: `[3]` --------------------------------------------------

function indirect(len: number, text: (b: Buffer) => string) {
  return (c: StructContext, addr: number): string | null =>
    c.mem.read(c.task.tid, addr, len) === len ? `[${text(c.mem.scratch)}]` : null;
}

/** A uid/gid: unsigned, except -1. */
const id = (b: Buffer): string => (b.readInt32LE(0) === -1 ? '-1' : String(b.readUInt32LE(0)));

defineStruct('uid', indirect(4, id));
defineStruct('gid', indirect(4, id));
defineStruct('int', indirect(4, (b) => String(b.readInt32LE(0))));
defineStruct('uint', indirect(4, (b) => String(b.readUInt32LE(0))));
defineStruct('ulong', indirect(8, (b) => u64At(b, 0)));
defineStruct('addr', indirect(8, (b) => ptrAt(b, 0)));
defineStruct('loff', indirect(8, (b) => i64At(b, 0)));
// An fd the kernel stored (clone's CLONE_PIDFD), with its path under -y.
defineStruct('fd', (c, addr) =>
  c.mem.read(c.task.tid, addr, 4) === 4 ? `[${fdText(c.task.tid, c.mem.scratch.readInt32LE(0), c.opts.fdPaths)}]` : null);
// pipe/pipe2/socketpair's two new fds, with their paths under -y.
defineStruct('fds2', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 8) !== 8) return null;
  const b = c.mem.scratch;
  const fd0 = b.readInt32LE(0);
  const fd1 = b.readInt32LE(4);
  return `[${fdText(c.task.tid, fd0, c.opts.fdPaths)}, ${fdText(c.task.tid, fd1, c.opts.fdPaths)}]`;
});

/**
 * getgroups/setgroups: `[0, 4, 24]`, as many as the count (the result, or argument 0), as
 * strace's print_array (cut at -s, partial reads); a count above the kernel's NGROUPS_MAX
 * prints the address.
 */
/** The kernel's NGROUPS_MAX (linux/limits.h), which glibc's sysconf reports. */
const NGROUPS_MAX = 65536;

defineStruct('gid_list', (c, addr) => {
  const n = (atExit(c) ? c.task.retLo : c.task.argInt(0)) >>> 0;
  // Past 2^53 the address is no user one, and only the raw argument prints it exactly.
  if (n > NGROUPS_MAX || addr >= 2 ** 53) return null;
  return arrayText(c, addr, n, 4, (b, off) => (b.readInt32LE(off) === -1 ? '-1' : String(b.readUInt32LE(off))));
});

// --- I/O priority ---------------------------------------------------------------------------

/** ioprio_get's result: `= 4 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))`; none with -X raw. */
defineResult('ioprio_get', (c) => (xlatStyle() === 'raw' ? null : ioprioText(c.task.retLo)));
