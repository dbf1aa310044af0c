/**
 * prctl(2) as strace prints it (arch_prctl(2) is in arch_prctl.ts): each option with the arguments it
 * takes (the rest, when it takes some, in hex), values that the kernel writes back, and
 * results that are bit sets (`= 0x3 (SECBIT_NOROOT|SECBIT_NOROOT_LOCKED)`).
 */
import { pidText, type PidKind } from '../pids.js';
import { signalName } from '../signals.js';
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, formatFlags, hex, styled, type XlatTable } from '../xlat/index.js';
import * as T from '../xlat/subsys.gen.js';
import { DUMPABLE, PRCTL_OPTIONS } from '../xlat/process.gen.js';
import { boundedString, intCell, u64Cell } from './mem-text.js';
import { auxFlags, flagNames, hexResult, namedResult, verboseEnum, xlatStyle, xvalText } from './xlat-text.js';
import { xlatEntries } from '../xlat/text.js';

const value = (table: XlatTable, name: string): number =>
  xlatEntries(table).find(([, n]) => n === name)?.[0] ?? 0;

// --- values printed by shapes of their own ------------------------------------------------

/** PR_SVE_SET_VL's and PR_SME_SET_VL's argument: flag bits above a vector length. */
function vectorLength(flagsTable: typeof T.PR_SVE_VL_FLAGS, lenMask: number) {
  const split = (lo: number, hi: number): { flags: string | null; vl: string } => {
    const fLo = (lo & ~lenMask) >>> 0;
    return {
      flags: fLo === 0 && hi === 0 ? null : flagNames(flagsTable, fLo, hi).text,
      vl: hex(lo & lenMask, 0),
    };
  };
  return {
    arg: (lo: number, hi: number): string => {
      const { flags, vl } = split(lo, hi);
      return flags === null ? hex(lo, hi) : styled(`${flags}|${vl}`, hex(lo, hi));
    },
    aux: (lo: number, hi: number): string | null => {
      if (xlatStyle() === 'raw') return null;
      const { flags, vl } = split(lo, hi);
      return flags === null ? null : `${flags}|${vl}`;
    },
  };
}
const sve = vectorLength(T.PR_SVE_VL_FLAGS, value(T.PR_SVE_VL_LEN_MASK, 'PR_SVE_VL_LEN_MASK'));
const sme = vectorLength(T.PR_SME_VL_FLAGS, value(T.PR_SME_VL_LEN_MASK, 'PR_SME_VL_LEN_MASK'));

/** PR_SET_TAGGED_ADDR_CTRL's argument: enable bit, MTE fault mode, tag mask, rest. */
const MTE_TCF_MASK = value(T.PR_MTE, 'PR_MTE_TCF_MASK');
const MTE_TAG_MASK = value(T.PR_MTE, 'PR_MTE_TAG_MASK');
const MTE_TAG_SHIFT = value(T.PR_MTE, 'PR_MTE_TAG_SHIFT');
function taggedAddr(lo: number, hi: number): string {
  const enabled = lo & 1;
  const tcf = lo & MTE_TCF_MASK;
  const tag = (lo & MTE_TAG_MASK) >>> 0;
  const restLo = (lo & ~(1 | MTE_TCF_MASK | MTE_TAG_MASK)) >>> 0;
  let s = `${flagNames(T.PR_TAGGED_ADDR_ENABLE, enabled).text}|${xlatEntries(T.PR_TAGGED_ADDR_MTE_TCF).find(([v]) => v === tcf)?.[1]}`;
  if (tag !== 0) s += `|${hex(tag >>> MTE_TAG_SHIFT, 0)}<<PR_MTE_TAG_SHIFT`;
  if (restLo !== 0 || hi !== 0) s += `|${hex(restLo, hi)}`;
  return s;
}

/** The argument being printed as (low, high) halves. */
const halvesOf = (c: StructContext): [number, number] => [c.task.args[2 * c.index]!, c.task.args[2 * c.index + 1]!];

defineStruct('prctl_sve_vl', (c) => sve.arg(...halvesOf(c)));
defineStruct('prctl_sme_vl', (c) => sme.arg(...halvesOf(c)));
defineStruct('prctl_tagged_addr', (c) => styled(taggedAddr(...halvesOf(c)), hex(...halvesOf(c))));
// A signal number, or (above 128, no signal) the plain unsigned value.
defineStruct('prctl_pdeathsig', (c) => {
  const [lo, hi] = halvesOf(c);
  if (hi !== 0) return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
  const name = lo > 128 || lo === 0 ? undefined : signalName(lo);
  return name === undefined || name === String(lo) ? String(lo) : styled(name, String(lo));
});
defineStruct('prctl_option', (c) => xvalText(PRCTL_OPTIONS, c.task.args[2 * c.index]!, 0, 'PR_???'));
defineStruct('prctl_ptracer', (c) => {
  const pid = c.task.argInt(c.index);
  return pid === -1 ? styled('PR_SET_PTRACER_ANY', '-1') : pidText(c.task.tid, pid, 'tgid', c.opts);
});
/** PR_SCHED_CORE's pid, of the kind its fourth argument says (PIDTYPE_PID, _TGID, _PGID, _SID). */
const CORE_PID_KINDS: readonly PidKind[] = ['tid', 'tgid', 'pgid', 'sid'];
defineStruct('prctl_core_pid', (c) => {
  const kind = CORE_PID_KINDS[c.task.args[2 * (c.index + 1)]!];
  const pid = c.task.argInt(c.index);
  return kind === undefined ? String(pid) : pidText(c.task.tid, pid, kind, c.opts);
});
defineStruct('prctl_pidtype', (c) => verboseEnum(T.PR_SCHED_CORE_PIDTYPES, c.task.args[2 * c.index]!, 'PIDTYPE_???'));
defineStruct('prctl_set_name', (c, addr) => boundedString(c, addr, 15));
defineStruct('prctl_get_name', (c, addr) => (c.task.isError ? null : boundedString(c, addr, 16)));
defineStruct('prctl_pdeathsig_cell', (c, addr) => intCell(c, addr, (v) => (v === 0 ? '0' : signalName(v))));
defineStruct('prctl_tsc_cell', (c, addr) => intCell(c, addr, (v) => formatEnum('pr_tsc', v, 0)));
defineStruct('prctl_unalign_cell', (c, addr) => intCell(c, addr, (v) => formatFlags('pr_unalign_flags', v, 0)));
defineStruct('prctl_core_cookie', (c: StructContext, addr) =>
  (c.task.isError ? null : u64Cell(c, addr, (lo, hi) => hex(lo, hi))));

// --- the options ---------------------------------------------------------------------------

type Spec = Array<[number, string]>;
const OPTION: [number, string] = [0, 'value:prctl_option'];
const v = (rest: Spec = [], result?: (lo: number, hi: number) => string): ArgView =>
  view('prctl', [OPTION, ...rest], result ? { result } : {});
/** Arguments `from`..5 in hex, as strace prints those an option does not decode. */
const hexFrom = (from: number): Spec => Array.from({ length: 5 - from }, (_, i) => [from + i, 'hex'] as [number, string]);

const P = Object.fromEntries(xlatEntries(PRCTL_OPTIONS).map(([n, name]) => [name, n])) as Record<string, number>;
const views = new Map<number, ArgView>();
const set = (names: string[], av: ArgView): void => {
  for (const name of names) if (P[name] !== undefined) views.set(P[name]!, av);
};

set(['PR_GET_KEEPCAPS', 'PR_GET_SECCOMP', 'PR_GET_TIMERSLACK', 'PR_GET_TIMING', 'PR_TASK_PERF_EVENTS_DISABLE',
  'PR_TASK_PERF_EVENTS_ENABLE'], v());
set(['PR_GET_CHILD_SUBREAPER', 'PR_GET_ENDIAN', 'PR_GET_FPEMU', 'PR_GET_FPEXC'], v([[1, 'ostruct:uint']]));
set(['PR_GET_DUMPABLE'], v([], namedResult(DUMPABLE)));
set(['PR_GET_NAME'], v([[1, 'ovalue:prctl_get_name']]));
set(['PR_GET_PDEATHSIG'], v([[1, 'ostruct:prctl_pdeathsig_cell']]));
set(['PR_GET_SECUREBITS'], v([], hexResult((lo, hi) => auxFlags(T.SECBITS, lo, hi))));
set(['PR_GET_TID_ADDRESS'], v([[1, 'ostruct:kptr_cell']]));
set(['PR_GET_TSC'], v([[1, 'ostruct:prctl_tsc_cell']]));
set(['PR_GET_UNALIGN'], v([[1, 'ostruct:prctl_unalign_cell']]));
set(['PR_GET_FP_MODE'], v([], hexResult((lo, hi) => auxFlags(T.PR_FP_MODE, lo, hi))));
set(['PR_SVE_SET_VL'], v([[1, 'value:prctl_sve_vl']], hexResult(sve.aux)));
set(['PR_SVE_GET_VL'], v([], hexResult(sve.aux)));
set(['PR_SME_SET_VL'], v([[1, 'value:prctl_sme_vl']], hexResult(sme.aux)));
set(['PR_SME_GET_VL'], v([], hexResult(sme.aux)));
set(['PR_SET_TAGGED_ADDR_CTRL'], v([[1, 'value:prctl_tagged_addr'], ...hexFrom(2)]));
set(['PR_GET_TAGGED_ADDR_CTRL'], v(hexFrom(1),
  hexResult((lo, hi) => (xlatStyle() === 'raw' ? null : taggedAddr(lo, hi)), false)));
set(['PR_SET_CHILD_SUBREAPER', 'PR_SET_ENDIAN', 'PR_SET_FPEMU', 'PR_SET_FPEXC', 'PR_SET_KEEPCAPS', 'PR_SET_TIMING'],
  v([[1, 'ulong']]));
set(['PR_SET_DUMPABLE'], v([[1, 'enum64:dumpable']]));
set(['PR_CAPBSET_DROP', 'PR_CAPBSET_READ'], v([[1, 'enum64:capability']]));
set(['PR_SET_NAME'], v([[1, 'value:prctl_set_name']]));
set(['PR_SET_MM'], v([[1, 'enum:pr_set_mm'], ...hexFrom(2)]));
set(['PR_SET_PDEATHSIG'], v([[1, 'value:prctl_pdeathsig']]));
set(['PR_SET_PTRACER'], v([[1, 'value:prctl_ptracer']]));
set(['PR_SET_SECUREBITS'], v([[1, 'flags64:secbits']]));
set(['PR_SET_TIMERSLACK'], v([[1, 'long']]));
set(['PR_SET_TSC'], v([[1, 'enum:pr_tsc']]));
set(['PR_SET_UNALIGN'], v([[1, 'flags:pr_unalign_flags']]));
set(['PR_SET_NO_NEW_PRIVS', 'PR_SET_THP_DISABLE', 'PR_SET_IO_FLUSHER'], v([[1, 'ulong'], ...hexFrom(2)]));
set(['PR_MCE_KILL_GET'], v(hexFrom(1), namedResult(T.PR_MCE_KILL_POLICY)));
set(['PR_SET_FP_MODE'], v([[1, 'flags:pr_fp_mode']]));
set(['PR_PAC_RESET_KEYS'], v([[1, 'flags64:pr_pac_keys'], ...hexFrom(2)]));
set(['PR_PAC_SET_ENABLED_KEYS'], v([[1, 'flags64:pr_pac_enabled_keys'], [2, 'flags64:pr_pac_enabled_keys'], ...hexFrom(3)]));
set(['PR_PAC_GET_ENABLED_KEYS'], v(hexFrom(1), hexResult((lo, hi) => auxFlags(T.PR_PAC_ENABLED_KEYS, lo, hi), false)));
set(['PR_SET_SYSCALL_USER_DISPATCH'], v([[1, 'enum64:pr_sud_cmds'], [2, 'hex'], [3, 'hex'], [4, 'ptr']]));

// Options whose arguments depend on a sub-command.
const SPEC_CMDS = new Set(xlatEntries(T.PR_SPEC_CMDS).map(([n]) => n));
const specGetKnown = v([[1, 'enum64:pr_spec_cmds']], hexResult((lo, hi) => auxFlags(T.PR_SPEC_GET_STORE_BYPASS_FLAGS, lo, hi), false));
const specGetOther = v([[1, 'enum64:pr_spec_cmds']]);
const specSetKnown = v([[1, 'enum64:pr_spec_cmds'], [2, 'enum64:pr_spec_set_store_bypass_flags']]);
const specSetOther = v([[1, 'enum64:pr_spec_cmds'], [2, 'hex']]);
const ambientCap = v([[1, 'enum64:pr_cap_ambient'], [2, 'enum64:capability'], ...hexFrom(3)]);
const ambientOther = v([[1, 'enum64:pr_cap_ambient'], ...hexFrom(2)]);
const mceSet = v([[1, 'enum64:pr_mce_kill'], [2, 'enum64:pr_mce_kill_policy'], ...hexFrom(3)]);
const mceOther = v([[1, 'enum64:pr_mce_kill'], [2, 'hex'], ...hexFrom(3)]);
const vmaAnon = v([[1, 'enum64:pr_set_vma'], [2, 'ptr'], [3, 'ulong'], [4, 'str']]);
const vmaOther = v([[1, 'enum64:pr_set_vma'], ...hexFrom(2)]);
// PR_SET_SECCOMP's mode is all of arg2 (printxval64): -1L is 0xffffffffffffffff.
defineStruct('seccomp_mode64', (c) =>
  xvalText(T.SECCOMP_MODE, c.task.args[2 * c.index]!, c.task.args[2 * c.index + 1]!, 'SECCOMP_MODE_???'));
const seccompStrict = v([[1, 'value:seccomp_mode64']]);
const seccompFilter = v([[1, 'value:seccomp_mode64'], [2, 'struct:seccomp_fprog']]);
const seccompOther = v([[1, 'value:seccomp_mode64'], ...hexFrom(2)]);
const coreSpec = (cookie: string): ArgView =>
  v([[1, 'enum:pr_sched_core_cmds'], [2, 'value:prctl_core_pid'], [3, 'value:prctl_pidtype'], [4, cookie]]);
const coreGet = coreSpec('ovalue:prctl_core_cookie');
const coreOther = coreSpec('ptr');

/** arg2 of the task, as a 64-bit value compared with small constants. */
const arg2Is = (t: { args: Uint32Array }, n: number): boolean => t.args[2]! === n && t.args[3]! === 0;

const byArg2: Record<number, (t: { args: Uint32Array }) => ArgView> = {
  [P['PR_GET_SPECULATION_CTRL']!]: (t) => (t.args[3] === 0 && SPEC_CMDS.has(t.args[2]!) ? specGetKnown : specGetOther),
  [P['PR_SET_SPECULATION_CTRL']!]: (t) => (t.args[3] === 0 && SPEC_CMDS.has(t.args[2]!) ? specSetKnown : specSetOther),
  [P['PR_CAP_AMBIENT']!]: (t) => (t.args[3] === 0 && t.args[2]! >= 1 && t.args[2]! <= 3 ? ambientCap : ambientOther),
  [P['PR_MCE_KILL']!]: (t) => (arg2Is(t, 1) ? mceSet : mceOther),
  [P['PR_SET_VMA']!]: (t) => (arg2Is(t, 0) ? vmaAnon : vmaOther),
  [P['PR_SET_SECCOMP']!]: (t) => (arg2Is(t, 1) ? seccompStrict : arg2Is(t, 2) ? seccompFilter : seccompOther),
  [P['PR_SCHED_CORE']!]: (t) => (t.args[2] === 0 ? coreGet : coreOther),
};

const unknownOption = v(hexFrom(1));
defineRule('prctl', (task) => {
  const option = task.args[0]!;
  return views.get(option) ?? byArg2[option]?.(task) ?? unknownOption;
});
