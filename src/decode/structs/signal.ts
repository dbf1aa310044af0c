/** Signal structs: sigset_t (with its size argument), sigaction, siginfo, stack_t. */
import { formatSiginfo, signalName, signalText } from '../signals.js';
import { pidText } from '../pids.js';
import { signatureOf } from '../signature.js';
import { nextUlong, ptrAt } from './text.js';
import { defineResult, defineStruct, type StructContext } from './registry.js';
import { fdText } from '../fd-info.js';
import { formatEnum, formatFlags, styled, xlatStyle } from '../xlat/index.js';

/** The kernel's sigset_t on x86_64: 64 signals. */
const NSIG_BYTES = 8;

/**
 * `[INT TERM]`, or `~[RTMIN RT_1]` when 2/3 or more of the bits are set, from `bytes`
 * bytes at `off` (strace's sprintsigmask_n).
 */
export function sigsetText(b: Buffer, off: number, bytes: number): string {
  const words = Math.min((bytes + 3) >> 2, NSIG_BYTES / 4);
  let w0 = words > 0 ? b.readUInt32LE(off) : 0;
  let w1 = words > 1 ? b.readUInt32LE(off + 4) : 0;
  let s = '';
  const style = xlatStyle();
  if (popcount(w0) + popcount(w1) >= (words * 32 * 2) / 3) {
    w0 = ~w0 >>> 0;
    w1 = words > 1 ? ~w1 >>> 0 : 0;
    s = '~';
  }
  s += '[';
  let first = true;
  for (let i = 0; i < words * 32; i++) {
    const w = i < 32 ? w0 : w1;
    if (((w >>> (i & 31)) & 1) === 0) continue;
    if (!first) s += ' ';
    first = false;
    const name = signalName(i + 1);
    const short = name.startsWith('SIG') ? name.slice(3) : name;
    s += style === 'abbrev' ? short : style === 'raw' ? String(i + 1) : `${i + 1} /* ${short} */`;
  }
  return s + ']';
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const SYS_rt_sigpending = 127;
const sigsetBuf = Buffer.alloc(NSIG_BYTES);

// The size argument says how many bytes to show: from a long to the kernel's sigset size
// (rt_sigpending takes any size from 1), else the address, as strace's print_sigset_addr_len.
defineStruct('sigset', (c, addr) => {
  const sizeIndex = nextUlong(signatureOf(c.task.nr).args, c.index);
  const size = sizeIndex < 0 ? NSIG_BYTES : c.task.arg(sizeIndex);
  const min = c.task.nr === SYS_rt_sigpending ? 1 : 8;
  if (size < min || size > NSIG_BYTES) return null;
  if (c.mem.read(c.task.tid, addr, size) !== size) return null;
  sigsetBuf.fill(0);
  c.mem.scratch.copy(sigsetBuf, 0, 0, size);
  return sigsetText(sigsetBuf, 0, size);
});

const SA_RESTORER = 0x04000000;

/** The handler: SIG_DFL, SIG_IGN and SIG_ERR by name per -X (`0x1 /* SIG_IGN *\/`), else the address. */
function handlerText(b: Buffer): string {
  const lo = b.readUInt32LE(0);
  const hi = b.readUInt32LE(4);
  if (hi === 0 && lo === 0) return styled('SIG_DFL', '0');
  if (hi === 0 && lo === 1) return styled('SIG_IGN', '0x1');
  if (hi === 0xffffffff && lo === 0xffffffff) return styled('SIG_ERR', '0xffffffffffffffff');
  return ptrAt(b, 0);
}

// The kernel's struct sigaction on x86_64: handler 0, flags 8, restorer 16, mask 24.
defineStruct('sigaction', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = c.mem.scratch;
  const flagsLo = b.readUInt32LE(8);
  let s = `{sa_handler=${handlerText(b)}, sa_mask=${sigsetText(b, 24, NSIG_BYTES)}, ` +
    `sa_flags=${formatFlags('sa_flags', flagsLo, b.readUInt32LE(12))}`;
  if (flagsLo & SA_RESTORER) s += `, sa_restorer=${ptrAt(b, 16)}`;
  return s + '}';
});

/** siginfo_t: 128 bytes, all readable or the address (strace fetches the whole), of which formatSiginfo looks at the first 48. */
export function siginfoText(c: StructContext, addr: number): string | null {
  if (c.mem.read(c.task.tid, addr, 128) !== 128) return null;
  return formatSiginfo(c.mem.scratch, {
    fd: (fd) => fdText(c.task.tid, fd, c.opts.fdPaths),
    pid: (pid) => pidText(c.task.tid, pid, 'tgid', c.opts),
  });
}
defineStruct('siginfo', siginfoText);

// stack_t: ss_sp 0, ss_flags 8 (int), ss_size 16.
defineStruct('sigaltstack', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 24) !== 24) return null;
  const b = c.mem.scratch;
  return `{ss_sp=${ptrAt(b, 0)}, ss_flags=${formatFlags('ss_flags', b.readUInt32LE(8), 0)}, ss_size=${b.readBigUInt64LE(16)}}`;
});

/** rt_sigtimedwait returns the signal taken: `= 12 (SIGUSR2)`. */
defineResult('rt_sigtimedwait', (c) => (c.task.retLo > 0 ? signalName(c.task.retLo) : null));

// --- struct sigevent (timer_create, mq_notify) ----------------------------------------------

const SIGEV_SIGNAL = 0;
const SIGEV_THREAD = 2;
const SIGEV_THREAD_ID = 4;

// sigev_value 0 (a union of int and pointer), sigev_signo 8, sigev_notify 12, then a union:
// the thread id at 16, or the function and attributes at 16 and 24.
defineStruct('sigevent', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = c.mem.scratch;
  let s = '{';
  if (b.readUInt32LE(0) !== 0 || b.readUInt32LE(4) !== 0) s += `sigev_value={sival_int=${b.readInt32LE(0)}, sival_ptr=${ptrAt(b, 0)}}, `;
  const notify = b.readInt32LE(12);
  const signo = b.readInt32LE(8);
  const bySignal = notify === SIGEV_SIGNAL || notify === SIGEV_THREAD || notify === SIGEV_THREAD_ID;
  s += `sigev_signo=${bySignal ? signalText(signo) : String(signo >>> 0)}, ` +
    `sigev_notify=${formatEnum('sigev_notify', notify >>> 0, 0)}`;
  if (notify === SIGEV_THREAD_ID) s += `, sigev_notify_thread_id=${b.readInt32LE(16)}`;
  if (notify === SIGEV_THREAD) s += `, sigev_notify_function=${ptrAt(b, 16)}, sigev_notify_attributes=${ptrAt(b, 24)}`;
  return s + '}';
});
