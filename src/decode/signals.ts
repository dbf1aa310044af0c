/** Signal names and siginfo_t as strace prints them. */
import { SIGNAL_NAMES } from '../sys/x86_64/signals.gen.js';
import { hex64, pointer } from './numbers.js';
import { styled } from './xlat/registry.js';
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
    'SEGV_ADIPERR', 'SEGV_MTEAERR', 'SEGV_MTESERR', 'SEGV_CPERR'],
  SIGBUS: ['', 'BUS_ADRALN', 'BUS_ADRERR', 'BUS_OBJERR', 'BUS_MCEERR_AR', 'BUS_MCEERR_AO'],
  SIGILL: ['', 'ILL_ILLOPC', 'ILL_ILLOPN', 'ILL_ILLADR', 'ILL_ILLTRP', 'ILL_PRVOPC', 'ILL_PRVREG',
    'ILL_COPROC', 'ILL_BADSTK', 'ILL_BADIADDR'],
  SIGFPE: ['', 'FPE_INTDIV', 'FPE_INTOVF', 'FPE_FLTDIV', 'FPE_FLTOVF', 'FPE_FLTUND', 'FPE_FLTRES',
    'FPE_FLTINV', 'FPE_FLTSUB', 'FPE_FLTUNK', 'FPE_CONDTRAP'],
  SIGTRAP: ['', 'TRAP_BRKPT', 'TRAP_TRACE', 'TRAP_BRANCH', 'TRAP_HWBKPT', 'TRAP_UNK', 'TRAP_PERF'],
  SIGIO: ['', 'POLL_IN', 'POLL_OUT', 'POLL_MSG', 'POLL_ERR', 'POLL_PRI', 'POLL_HUP'],
  SIGSYS: ['', 'SYS_SECCOMP', 'SYS_USER_DISPATCH'],
};


/**
 * `{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=12, ...}` from a raw siginfo_t; `pidText`
 * prints si_pid (decode/pids.ts's, for -Y and --pidns-translation).
 */
export function formatSiginfo(si: Buffer, pidText: (pid: number) => string = String): string {
  const signo = si.readInt32LE(0);
  if (signo === 0) return '{}'; // nothing was stored (waitid with WNOHANG)
  const errno = si.readInt32LE(4);
  const code = si.readInt32LE(8);
  const name = signalName(signo);
  const codeName = code > 0 && code !== 0x80 ? SIGNAL_CODES[name]?.[code] : SI_CODES[code];
  const codeText = codeName === undefined ? String(code) : styled(codeName, hex64(code >>> 0, 0));
  let s = `{si_signo=${signalText(signo)}, si_code=${codeText}`;
  if (errno !== 0) s += `, si_errno=${errno}`;
  const pid = si.readInt32LE(16);
  const uid = si.readUInt32LE(20);
  if (code <= 0) {
    // Sent by a process (kill, tgkill, sigqueue, timers).
    if (code === -2) {
      s += `, si_timerid=${pid >>> 0}, si_overrun=${uid | 0}, si_int=${si.readInt32LE(24)}, si_ptr=${pointer(si.readUInt32LE(24), si.readUInt32LE(28))}`;
    } else {
      s += `, si_pid=${pidText(pid)}, si_uid=${uid}`;
      if (code === -1 || code === -3) {
        s += `, si_int=${si.readInt32LE(24)}, si_ptr=${pointer(si.readUInt32LE(24), si.readUInt32LE(28))}`;
      }
    }
    return s + '}';
  }
  switch (name) {
    case 'SIGCHLD': {
      const status = si.readInt32LE(24);
      const st = code === 1 ? String(status) : signalName(status);
      s += `, si_pid=${pidText(pid)}, si_uid=${uid}, si_status=${st}, si_utime=${clockText(si.readUInt32LE(32), si.readUInt32LE(36))}, si_stime=${clockText(si.readUInt32LE(40), si.readUInt32LE(44))}`;
      break;
    }
    case 'SIGSEGV':
    case 'SIGBUS':
    case 'SIGILL':
    case 'SIGFPE':
    case 'SIGTRAP':
      s += `, si_addr=${pointer(si.readUInt32LE(16), si.readUInt32LE(20))}`;
      break;
    case 'SIGIO':
      s += `, si_band=${si.readInt32LE(16)}, si_fd=${si.readInt32LE(24)}`;
      break;
    case 'SIGSYS':
      s += `, si_call_addr=${pointer(si.readUInt32LE(16), si.readUInt32LE(20))}, si_syscall=${si.readInt32LE(24)}, si_arch=${si.readUInt32LE(28)}`;
      break;
  }
  return s + '}';
}
