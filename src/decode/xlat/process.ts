/** Processes and threads: clone, wait, rlimits, scheduling, prctl, futex, clocks, misc. */
import { signalName } from '../signals.js';
import * as T from './process.gen.js';
import {
  defineEnum, defineField, defineFlags, defineFormatter, definePrinter, enumFormatter, enumPrinter, flagsFormatter, flagsPrinter, hex, xlatStyle,
  type Formatter,
} from './registry.js';
import { xlat, xlatEntries } from './text.js';

// clone(2): the exit signal is the low byte, printed last (`CLONE_VM|...|SIGCHLD`).
const CSIGNAL = xlatEntries(T.CSIGNAL)[0]?.[0] ?? 0xff;
defineField('clone', T.CLONE_FLAGS, {
  mask: CSIGNAL, values: signalName, last: true, omitZero: true, unknown: 'CLONE_???',
});
// clone3's flags (struct clone_args, 64-bit): no signal byte, so CLONE_NEWTIME fits there.
defineFlags('clone3_flags', xlat(T.CLONE_FLAGS + T.CLONE3_EXTRA_FLAGS), { unknown: 'CLONE_???' });
// unshare/setns take namespace bits of the same table.
defineFlags('unshare', T.UNSHARE_FLAGS, { unknown: 'CLONE_???' });
defineFlags('setns_type', T.SETNS_TYPES, { unknown: 'CLONE_NEW???' });

defineFlags('wait', T.WAIT_OPTIONS, { unknown: 'W???' });
defineEnum('idtype', T.IDTYPES, { unknown: 'P_???' });
defineEnum('rlimit_resource', T.RLIMIT_RESOURCES, { unknown: 'RLIMIT_???' });
defineEnum('rusage_who', T.RUSAGE_WHO, { unknown: 'RUSAGE_???' });
defineEnum('which_prio', T.PRIORITIES, { unknown: 'PRIO_???' });
defineEnum('sched_policy', T.SCHED_POLICIES, { unknown: 'SCHED_???' });
defineFlags('sched_flags', T.SCHED_FLAGS, { unknown: 'SCHED_FLAG_???' });
defineEnum('prctl_option', T.PRCTL_OPTIONS, { unknown: 'PR_???' });
defineEnum('dumpable', T.DUMPABLE, { unknown: 'SUID_DUMP_???' });
defineEnum('arch_prctl_code', T.ARCH_PRCTL_CODES, { unknown: 'ARCH_???' });
defineEnum('futex_op', T.FUTEX_OPS, { unknown: 'FUTEX_???' });
defineEnum('clockid', T.CLOCKS, { unknown: 'CLOCK_???' });
defineEnum('itimer_which', T.ITIMER_WHICH, { unknown: 'ITIMER_???' });
defineFlags('timer', T.TIMER_FLAGS, { unknown: 'TIMER_???' });
defineFlags('timerfd', T.TIMERFD_FLAGS, { unknown: 'TFD_???' });
defineEnum('ptrace_req', T.PTRACE_REQUESTS, { unknown: 'PTRACE_???' });
defineEnum('syslog_action', T.SYSLOG_ACTIONS, { unknown: 'SYSLOG_ACTION_???', verbose: true, decimal: true });
defineEnum('reboot_magic', T.REBOOT_MAGIC, { unknown: 'LINUX_REBOOT_MAGIC_???' });
defineEnum('reboot_cmd', T.REBOOT_CMDS, { unknown: 'LINUX_REBOOT_CMD_???' });
defineFlags('kexec_file_load', T.KEXEC_FILE_LOAD_FLAGS, { unknown: 'KEXEC_FILE_???' });
defineFlags('delete_module', T.DELETE_MODULE_FLAGS, { unknown: 'O_???' });
defineFlags('module_init', T.MODULE_INIT_FLAGS, { unknown: 'MODULE_INIT_???' });
defineEnum('keyctl_cmd', T.KEYCTL_CMDS, { unknown: 'KEYCTL_???' });
defineEnum('key_spec', T.KEY_SPECS, { decimal: true });
defineEnum('ioprio_who', T.IOPRIO_WHO, { unknown: 'IOPRIO_WHO_???' });
defineEnum('kcmp_type', T.KCMP_TYPES, { unknown: 'KCMP_???' });
defineEnum('seccomp_op', T.SECCOMP_OPS, { unknown: 'SECCOMP_SET_MODE_???' });
defineFlags('seccomp', T.SECCOMP_FILTER_FLAGS, { unknown: 'SECCOMP_FILTER_FLAG_???' });
defineEnum('membarrier_cmd', T.MEMBARRIER_CMDS, { unknown: 'MEMBARRIER_CMD_???' });
/** MEMBARRIER_CMD_QUERY's result: the supported commands as a bit set. */
defineFlags('membarrier_cmds', T.MEMBARRIER_CMDS);
defineFlags('membarrier', T.MEMBARRIER_FLAGS, { unknown: 'MEMBARRIER_CMD_FLAG_???' });
defineFlags('perf_event_open', T.PERF_EVENT_OPEN_FLAGS, { unknown: 'PERF_FLAG_???' });
defineEnum('bpf_cmd', T.BPF_CMDS, { unknown: 'BPF_???' });
defineFlags('rseq', T.RSEQ_FLAGS, { unknown: 'RSEQ_FLAG_???' });
defineFlags('getrandom', T.GETRANDOM_FLAGS, { unknown: 'GRND_???' });
defineFlags('pidfd_open', T.PIDFD_OPEN_FLAGS, { unknown: 'PIDFD_???' });
defineFlags('io_uring_enter', T.IO_URING_ENTER_FLAGS, { unknown: 'IORING_ENTER_???' });

// kexec_load: the target architecture is the high 16 bits.
const KEXEC_ARCH_MASK = 0xffff0000;
const kexecArch = enumFormatter(T.KEXEC_ARCH, { unknown: 'KEXEC_ARCH_???' });
const kexecFlags = flagsFormatter(T.KEXEC_LOAD_FLAGS, { unknown: 'KEXEC_???' });
defineFormatter('kexec_load', (lo, hi) => {
  const rest = (lo & ~KEXEC_ARCH_MASK) >>> 0;
  const arch = kexecArch((lo & KEXEC_ARCH_MASK) >>> 0, 0);
  return rest === 0 && hi === 0 ? arch : arch + '|' + kexecFlags(rest, hi);
});

// An I/O priority: IOPRIO_PRIO_VALUE(class, data), the class in the bits above 13, as
// strace's print_ioprio: by -X, the class name inside it too; raw and verbose start with
// the number in decimal.
const IOPRIO_CLASS_SHIFT = 13;
const ioprioClassName = enumFormatter(T.IOPRIO_CLASS, { unknown: 'IOPRIO_CLASS_???' });
const ioprioClassPrinted = enumPrinter(T.IOPRIO_CLASS, { unknown: 'IOPRIO_CLASS_???' });
const ioprioData = (v: number): number => v & ((1 << IOPRIO_CLASS_SHIFT) - 1);
/** `IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)`, the class as -X says (ioprio_get's result too). */
export function ioprioText(v: number): string {
  return `IOPRIO_PRIO_VALUE(${ioprioClassPrinted(v >>> IOPRIO_CLASS_SHIFT, 0)}, ${ioprioData(v)})`;
}
definePrinter('ioprio_value',
  (lo) => `IOPRIO_PRIO_VALUE(${ioprioClassName(lo >>> IOPRIO_CLASS_SHIFT, 0)}, ${ioprioData(lo)})`,
  (lo) => {
    const style = xlatStyle();
    if (style === 'raw') return String(lo | 0);
    return style === 'verbose' ? `${lo | 0} /* ${ioprioText(lo)} */` : ioprioText(lo);
  });

// personality: 0xffffffff queries; otherwise a persona (low byte) plus flags.
const PER_MASK = 0xff;
const personaName = enumFormatter(T.PERSONALITY_TYPES, { unknown: 'PER_???' });
const personaFlags = flagsFormatter(T.PERSONALITY_FLAGS);
const personaPrinted = enumPrinter(T.PERSONALITY_TYPES, { unknown: 'PER_???' });
const personaFlagsPrinted = flagsPrinter(T.PERSONALITY_FLAGS);
/** The persona and the flags each as -X says (`0x6|0x7000000` raw), as strace prints them apart. */
const personality = (name: Formatter, flags: Formatter): Formatter => (lo) => {
  if (lo === 0xffffffff) return hex(lo, 0);
  const rest = (lo & ~PER_MASK) >>> 0;
  const persona = name(lo & PER_MASK, 0);
  return rest === 0 ? persona : persona + '|' + flags(rest, 0);
};
definePrinter('personality', personality(personaName, personaFlags), personality(personaPrinted, personaFlagsPrinted));

// futex: FUTEX_WAIT_BITSET's mask, and FUTEX_WAKE_OP's encoded operation.
const bitsetAny = xlatEntries(T.FUTEX_BITSET)[0]?.[0] ?? 0xffffffff;
// val3 is a u32 to the kernel: the high half is whatever the caller's register held.
defineFormatter('futex_bitset', (lo) => (lo === bitsetAny ? 'FUTEX_BITSET_MATCH_ANY' : hex(lo, 0)));
const FUTEX_OP_OPARG_SHIFT = 8;
let wakeOps: ReadonlyMap<number, string> | undefined;
let wakeCmps: ReadonlyMap<number, string> | undefined;
/** `NAME<<shift`, or `0x5<<shift /* UNKNOWN *\/` for a value without a name. */
const shifted = (names: ReadonlyMap<number, string>, v: number, shift: number, unknown: string): string => {
  const name = names.get(v);
  return name === undefined ? `${hex(v, 0)}<<${shift} /* ${unknown} */` : `${name}<<${shift}`;
};
// strace spells the FUTEX_OP() encoding out: `FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1`.
defineFormatter('futex_wake_op', (lo) => {
  const op = (lo >>> 28) & 0xf;
  const shift = op & FUTEX_OP_OPARG_SHIFT ? 'FUTEX_OP_OPARG_SHIFT<<28|' : '';
  wakeOps ??= new Map(xlatEntries(T.FUTEX_WAKE_OPS));
  wakeCmps ??= new Map(xlatEntries(T.FUTEX_WAKE_CMPS));
  return `${shift}${shifted(wakeOps, op & ~FUTEX_OP_OPARG_SHIFT, 28, 'FUTEX_OP_???')}|${hex((lo >>> 12) & 0xfff, 0)}<<12|` +
    `${shifted(wakeCmps, (lo >>> 24) & 0xf, 24, 'FUTEX_OP_CMP_???')}|${hex(lo & 0xfff, 0)}`;
});

// An unknown futex operation's val3: the u32 in hex, whatever -X says.
definePrinter('futex_val3', (lo) => hex(lo, 0), (lo) => hex(lo, 0));

defineEnum('capability', T.CAPABILITIES, { unknown: 'CAP_???' });
defineEnum('cap_versions', T.CAP_VERSIONS);
