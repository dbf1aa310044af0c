/**
 * Waiting for descriptors: poll/ppoll's pollfd arrays, epoll's events, select's fd sets,
 * and the text strace prints after their results (`= 1 ([{fd=3, revents=POLLIN}])`,
 * `= 1 (in [3], left {...})`), as strace's poll.c, epoll.c and desc.c print them.
 */
import { fdText } from '../fd-info.js';
import { address } from '../numbers.js';
import { formatFlags } from '../xlat/index.js';
import { arrayText } from './array.js';
import { numAt, u64At } from './text.js';
import { timespecText, timevalText } from './time.js';
import { sigsetText } from './signal.js';
import { defineResult, defineStruct, type StructContext } from './registry.js';

type ResultContext = Omit<StructContext, 'index'>;

// --- poll -------------------------------------------------------------------------------

const POLLFD_SIZE = 8;

/** `[{fd=3, events=POLLIN}, ...]`: poll's and ppoll's array at entry (count in argument 1). */
defineStruct('pollfd', (c, addr) =>
  arrayText(c, addr, c.task.args[2]!, POLLFD_SIZE, (b, off) => {
    const fd = b.readInt32LE(off);
    const fdPart = `{fd=${fdText(c.task.tid, fd, c.opts.fdPaths)}`;
    return fd < 0 ? fdPart + '}' : `${fdPart}, events=${formatFlags('poll_events', b.readUInt16LE(off + 4), 0)}}`;
  }));

/** The `left` remaining time of ppoll/select/pselect6, as strace's sprint_timespec/timeval. */
function leftText(c: ResultContext, addr: number, timespec: boolean): string {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return address(addr);
  return timespec ? timespecText(c.mem.scratch, 0) : timevalText(c.mem.scratch, 0);
}

/**
 * After poll's result: the descriptors with events, `[{fd=3, revents=POLLIN}]` (at most
 * -s of them unless -v), then ppoll's `left {...}`; `Timeout` for 0.
 */
function pollResult(c: ResultContext, withLeft: boolean): string | null {
  const t = c.task;
  if (t.retLo === 0) return 'Timeout';
  const count = t.args[2]!; // an unsigned int: the low half
  const start = t.arg(0);
  const max = c.opts.verbose ? Infinity : c.opts.strsize;
  let s = '';
  if (start !== 0 && count !== 0) {
    let printed = 0;
    for (let i = 0; i < count; i++) {
      const at = start + POLLFD_SIZE * i;
      if (c.mem.read(t.tid, at, POLLFD_SIZE) !== POLLFD_SIZE) {
        s += (s === '' ? '[' : ', ') + address(at);
        break;
      }
      const revents = c.mem.scratch.readUInt16LE(6);
      if (revents === 0) continue;
      s += s === '' ? '[' : ', ';
      if (printed >= max) {
        s += '...';
        break;
      }
      s += `{fd=${c.mem.scratch.readInt32LE(0)}, revents=${formatFlags('poll_events', revents, 0)}}`;
      printed++;
    }
    if (s !== '') s += ']';
  }
  if (withLeft && t.arg(2) !== 0) s += (s === '' ? 'left ' : ', left ') + leftText(c, t.arg(2), true);
  return s === '' ? null : s;
}
defineResult('poll', (c) => pollResult(c, false));
defineResult('ppoll', (c) => pollResult(c, true));

// --- epoll ------------------------------------------------------------------------------

/** struct epoll_event is packed on x86_64: u32 events, u64 data (12 bytes). */
const EPOLL_EVENT_SIZE = 12;

function epollEventText(b: Buffer, off: number): string {
  return `{events=${formatFlags('epoll_events', b.readUInt32LE(off), 0)}, ` +
    `data={u32=${b.readUInt32LE(off + 4)}, u64=${b.readBigUInt64LE(off + 4)}}}`;
}

const EPOLL_CTL_DEL = 2;

// epoll_ctl's event; EPOLL_CTL_DEL ignores it, so strace shows only its address.
defineStruct('epoll_event', (c, addr) => {
  if (c.task.argInt(1) === EPOLL_CTL_DEL) return null;
  return c.mem.read(c.task.tid, addr, EPOLL_EVENT_SIZE) === EPOLL_EVENT_SIZE ? epollEventText(c.mem.scratch, 0) : null;
});

/** epoll_wait's events at exit: as many as it returned. */
defineStruct('epoll_events', (c, addr) =>
  arrayText(c, addr, c.task.retLo, EPOLL_EVENT_SIZE, (b, off) => epollEventText(b, off)));

// --- select -----------------------------------------------------------------------------

const FD_SETSIZE_MAX = 1024 * 1024;

/** Bytes of an fd_set of `nfds` descriptors as the kernel reads it: whole longs. */
function fdsetBytes(nfds: number): number {
  return ((((Math.min(nfds, FD_SETSIZE_MAX) + 7) >> 3) + 7) & ~7);
}

/** The descriptors set among the first `nfds` bits at `addr`, or null if unreadable. */
function setBits(c: ResultContext, addr: number, nfds: number): number[] | null {
  const bytes = fdsetBytes(nfds);
  const n = Math.min(nfds, FD_SETSIZE_MAX);
  const fds: number[] = [];
  // The set may be bigger than the scratch buffer (up to 128 KiB): read it in pieces.
  const piece = Math.min(c.mem.scratch.length, 1 << 16);
  for (let off = 0; off < bytes; off += piece) {
    const len = Math.min(piece, bytes - off);
    if (c.mem.read(c.task.tid, addr + off, len) !== len) return null;
    const b = c.mem.scratch;
    const end = Math.min(n, (off + len) * 8);
    for (let fd = off * 8; fd < end; fd++) if (b[(fd >> 3) - off]! & (1 << (fd & 7))) fds.push(fd);
  }
  return fds;
}

// select's sets at entry: `[3 4]`, with the fds' paths under -y. A negative count reads nothing.
defineStruct('fdset', (c, addr) => {
  const nfds = c.task.argInt(0);
  if (nfds < 0 || fdsetBytes(Math.max(nfds, 0)) === 0) return null;
  const fds = setBits(c, addr, nfds);
  if (fds === null) return null;
  return `[${fds.map((fd) => fdText(c.task.tid, fd, c.opts.fdPaths)).join(' ')}]`;
});

/**
 * `in [3], out [4], left {...}` after select's result, as strace's decode_select builds it
 * (`Timeout` for 0). It stops once it has found as many descriptors as were returned.
 */
function selectResult(c: ResultContext, timespec: boolean): string {
  const t = c.task;
  let ready = t.retLo | 0;
  if (ready === 0) return 'Timeout';
  const nfds = t.argInt(0);
  const names = ['in', 'out', 'except'];
  let s = '';
  let sep = '';
  for (let i = 0; i < 3 && ready > 0; i++) {
    const addr = t.arg(i + 1);
    const fds = addr === 0 || nfds < 0 ? null : setBits(c, addr, nfds);
    if (fds === null) continue;
    let first = true;
    for (const fd of fds) {
      if (first) {
        s += `${sep}${names[i]} [${fd}`;
        first = false;
        sep = ', ';
      } else {
        s += ` ${fd}`;
      }
      if (--ready === 0) break;
    }
    // strace closes the bracket after every set once anything was printed.
    if (s !== '') s += ']';
  }
  if (t.arg(4) !== 0) s += `${sep}left ${leftText(c, t.arg(4), timespec)}`;
  return s;
}
defineResult('select', (c) => selectResult(c, false));
defineResult('pselect6', (c) => selectResult(c, true));

/** pselect6's sixth argument: `{sigmask=[], sigsetsize=8}`. */
defineStruct('pselect6_data', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  const set = numAt(c.mem.scratch, 0);
  const size = numAt(c.mem.scratch, 8);
  const sizeText = u64At(c.mem.scratch, 8);
  let mask = address(set);
  if (set !== 0 && size === 8 && c.mem.read(c.task.tid, set, 8) === 8) mask = sigsetText(c.mem.scratch, 0, 8);
  return `{sigmask=${mask}, sigsetsize=${sizeText}}`;
});
