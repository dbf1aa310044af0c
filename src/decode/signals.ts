/** Signal names and siginfo_t as strace prints them. */
import { SIGNAL_NAMES } from '../sys/x86_64/signals.gen.js';
import { hex64, pointer } from './numbers.js';
import { formatEnum, styled } from './xlat/registry.js';
import { errnoName } from './errno.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { clockText } from './structs/text.js';

/** `SIGUSR1`; real-time ones as strace spells them (`SIGRTMIN`, `SIGRT_1` ...). */
export function signalName(sig: number): string {
  const std = SIGNAL_NAMES[sig];
  if (std) return std;
  if (sig === 32) return 'SIGRTMIN';
  if (sig > 32 && sig <= 64) return `SIGRT_${sig - 32}`;
  return String(sig);
}

/** A signal number as strace's printsignal: the name per -X, a number without a name alone. */
export function signalText(sig: number): string {
  const name = signalName(sig);
  const num = String(sig);
  return name === num ? num : styled(name, num);
}

const SI_CODES: Readonly<Record<number, string>> = {
  0: 'SI_USER', 0x80: 'SI_KERNEL', [-1]: 'SI_QUEUE', [-2]: 'SI_TIMER', [-3]: 'SI_MESGQ',
  [-4]: 'SI_ASYNCIO', [-5]: 'SI_SIGIO', [-6]: 'SI_TKILL', [-7]: 'SI_DETHREAD', [-60]: 'SI_ASYNCNL',
};

/** si_code names for codes > 0, which depend on the signal. */
const SIGNAL_CODES: Readonly<Record<string, readonly string[]>> = {
  SIGCHLD: ['', 'CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_TRAPPED', 'CLD_STOPPED', 'CLD_CONTINUED'],
  SIGSEGV: ['', 'SEGV_MAPERR', 'SEGV_ACCERR', 'SEGV_BNDERR', 'SEGV_PKUERR', 'SEGV_ACCADI', 'SEGV_ADIDERR',
    'SEGV_ADIPERR', 'SEGV_MTEAERR', 'SEGV_MTESERR'],
  SIGBUS: ['', 'BUS_ADRALN', 'BUS_ADRERR', 'BUS_OBJERR', 'BUS_MCEERR_AR', 'BUS_MCEERR_AO'],
  SIGILL: ['', 'ILL_ILLOPC', 'ILL_ILLOPN', 'ILL_ILLADR', 'ILL_ILLTRP', 'ILL_PRVOPC', 'ILL_PRVREG',
    'ILL_COPROC', 'ILL_BADSTK', 'ILL_BADIADDR'],
  SIGFPE: ['', 'FPE_INTDIV', 'FPE_INTOVF', 'FPE_FLTDIV', 'FPE_FLTOVF', 'FPE_FLTUND', 'FPE_FLTRES',
    'FPE_FLTINV', 'FPE_FLTSUB', 'FPE_FLTUNK', 'FPE_CONDTRAP'],
  SIGTRAP: ['', 'TRAP_BRKPT', 'TRAP_TRACE', 'TRAP_BRANCH', 'TRAP_HWBKPT', 'TRAP_UNK', 'TRAP_PERF'],
  SIGIO: ['', 'POLL_IN', 'POLL_OUT', 'POLL_MSG', 'POLL_ERR', 'POLL_PRI', 'POLL_HUP'],
  SIGPROF: ['', 'PROF_SIG'],
  SIGSYS: ['', 'SYS_SECCOMP', 'SYS_USER_DISPATCH'],
};

const SI_TIMER = -2;
const SI_SIGIO = -5;
const CLD_EXITED = 1;
const BUS_MCEERR_AR = 4;
const BUS_MCEERR_AO = 5;
const SEGV_BNDERR = 3;
const SEGV_PKUERR = 4;
const POLL_HUP = 6;
const AUDIT_ARCH_X86_64 = 0xc000003e;

/** How a siginfo's fields that need the tracee print: its fds (`3</dev/null>` with -y). */
export interface SiginfoContext {
  readonly fd?: (fd: number) => string;
  /** si_pid (decode/pids.ts's pidText, for -Y and --pidns-translation). */
  readonly pid?: (pid: number) => string;
}

const i64 = (b: Buffer, off: number): string => {
  const hi = b.readInt32LE(off + 4);
  const lo = b.readUInt32LE(off);
  return hi >= -0x200000 && hi < 0x200000 ? String(hi * 2 ** 32 + lo) : b.readBigInt64LE(off).toString();
};
const ptrAt = (b: Buffer, off: number): string => pointer(b.readUInt32LE(off), b.readUInt32LE(off + 4));
/** A uid as strace's PRINT_VAL_ID: -1 or unsigned. */
const idText = (v: number): string => (v === 0xffffffff ? '-1' : String(v));

/** si_code as strace's print_si_code: the generic name, else the signal's, per -X; else hex. */
function codeText(signo: number, code: number): string {
  const name = SI_CODES[code] ?? (code > 0 ? SIGNAL_CODES[signalName(signo)]?.[code] : undefined);
  const raw = hex64(code >>> 0, 0);
  return name === undefined || name === '' ? raw : styled(name, raw);
}

/** An errno value as strace's PRINT_FIELD_ERR_U: the name per -X, else unsigned. */
function errnoText(e: number): string {
  const name = e > 0 ? errnoName(e) : undefined;
  return name === undefined ? String(e >>> 0) : styled(name, String(e));
}

/** A syscall number of architecture `arch` as strace's PRINT_FIELD_SYSCALL_NAME. */
export function syscallNrText(nr: number, arch: number): string {
  const name = arch === AUDIT_ARCH_X86_64 && nr < SYSCALL_NAMES.length ? SYSCALL_NAMES[nr] : undefined;
  if (!name) return String(nr);
  return styled('__NR_' + name, String(nr));
}

/**
 * `{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=12, ...}` from a raw siginfo_t (the first
 * 48 bytes), the fields strace's printsiginfo shows for its signal and code.
 */
export function formatSiginfo(si: Buffer, ctx: SiginfoContext = {}): string {
  const signo = si.readInt32LE(0);
  if (signo === 0) return '{}'; // nothing was stored (waitid with WNOHANG)
  const errno = si.readInt32LE(4);
  const code = si.readInt32LE(8);
  const fd = (v: number): string => (ctx.fd ? ctx.fd(v) : String(v));
  const pidText = ctx.pid ?? String;
  let s = `{si_signo=${signalText(signo)}, si_code=${codeText(signo, code)}`;
  if (errno !== 0) s += `, si_errno=${errnoText(errno)}`;
  const pid = si.readInt32LE(16);
  const uid = si.readUInt32LE(20);
  const source = `, si_pid=${pidText(pid)}, si_uid=${idText(uid)}`;
  const sigval = (): string => `, si_int=${si.readInt32LE(24)}, si_ptr=${ptrAt(si, 24)}`;
  const hasPtr = si.readUInt32LE(24) !== 0 || si.readUInt32LE(28) !== 0;
  if (code <= 0) {
    // Sent by a process (kill, tgkill, sigqueue, timers, SIGIO).
    if (code === SI_TIMER) {
      s += `, si_timerid=${hex64(pid >>> 0, 0)}, si_overrun=${uid | 0}${sigval()}`;
    } else if (code === SI_SIGIO) {
      s += `, si_band=${i64(si, 16)}, si_fd=${fd(si.readInt32LE(24))}`;
    } else {
      s += source;
      if (code !== 0 && code !== -6 && hasPtr) s += sigval();
    }
    return s + '}';
  }
  switch (signalName(signo)) {
    case 'SIGCHLD': {
      const status = si.readInt32LE(24);
      s += `${source}, si_status=${code === CLD_EXITED ? String(status) : signalText(status)}` +
        `, si_utime=${clockText(si.readUInt32LE(32), si.readUInt32LE(36))}` +
        `, si_stime=${clockText(si.readUInt32LE(40), si.readUInt32LE(44))}`;
      break;
    }
    case 'SIGILL':
    case 'SIGFPE':
    case 'SIGTRAP':
      s += `, si_addr=${ptrAt(si, 16)}`;
      break;
    case 'SIGBUS':
      s += `, si_addr=${ptrAt(si, 16)}`;
      if (code === BUS_MCEERR_AR || code === BUS_MCEERR_AO) s += `, si_addr_lsb=${hex64(si.readUInt16LE(24), 0)}`;
      break;
    case 'SIGSEGV':
      s += `, si_addr=${ptrAt(si, 16)}`;
      if (code === SEGV_BNDERR) s += `, si_lower=${ptrAt(si, 32)}, si_upper=${ptrAt(si, 40)}`;
      else if (code === SEGV_PKUERR) s += `, si_pkey=${si.readUInt32LE(32)}`;
      break;
    case 'SIGIO':
      if (code <= POLL_HUP) s += `, si_band=${i64(si, 16)}, si_fd=${fd(si.readInt32LE(24))}`;
      break;
    case 'SIGSYS': {
      const arch = si.readUInt32LE(28);
      s += `, si_call_addr=${ptrAt(si, 16)}, si_syscall=${syscallNrText(si.readUInt32LE(24), arch)}` +
        `, si_arch=${formatEnum('audit_arch', arch, 0)}`;
      break;
    }
    default:
      if (pid !== 0 || uid !== 0) s += source;
      if (hasPtr) s += sigval();
  }
  return s + '}';
}
