/**
 * Per-syscall printing rules that one kind per argument cannot say, as strace's decoders
 * print them: arguments shown only for some values of another (openat's mode with O_CREAT,
 * futex's by operation), kinds that depend on another argument (fcntl's third by command,
 * a socket protocol by family), named arguments in another order (clone), and annotated
 * results (`= 0x8002 (flags O_RDWR|O_LARGEFILE)`).
 *
 * A rule picks one of a few ArgViews precomputed at load time, from the syscall's
 * arguments at entry; they are the same at exit, so entry and exit agree without state.
 */
import type { Task } from '../engine/task.js';
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { parseArg, syscallNumber, type Arg, type Ret, type Signature } from './signature.js';
import { SIGNATURE_ROWS } from './signatures.js';
import { rowOf } from './rows.js';
import { formatFlags, formatterOf, hex } from './xlat/index.js';
import type { TraceeMemory } from '../sys/memory.js';
import { CLONE_ARGS_MIN_SIZE, cloneArgsFetchSize } from './structs/clone.js';
import { signalName } from './signals.js';
import { loadFor, noteDefinition } from './lazy.js';

/** One printed argument: its kind, which kernel argument it is, and strace's `name=`. */
export interface ArgSlot {
  readonly arg: Arg;
  readonly index: number;
  readonly label: string;
  /**
   * What goes before this slot in place of `, ` (clone3's ` => {parent_tid=[N]}`); such a
   * slot whose value is empty is left out, joiner and all.
   */
  readonly joiner?: string;
}

export interface ArgView {
  readonly slots: readonly ArgSlot[];
  /** Index in `slots` of the first one printed at syscall exit; slots.length if none. */
  readonly exitFrom: number;
  /**
   * The `, ` before the exit slots belongs to the exit text (strace's clone prints
   * `flags=... <unfinished ...>`, then `<... clone resumed>, child_tidptr=...`).
   */
  readonly separatorAtExit: boolean;
  /** The result's text in place of the signature's return kind, if any. */
  readonly result?: (lo: number, hi: number) => string;
  /** The result's kind in place of the signature's (fcntl's F_DUPFD returns an fd). */
  readonly ret?: Ret;
}

/** `mem` is for the few rules that depend on what an argument points to (clone3's flags). */
export type Rule = (task: Task, mem: TraceeMemory) => ArgView | undefined;

const KINDS_AT_EXIT = new Set(['outbuf', 'outptr', 'ostruct', 'ovalue']);

/**
 * A view from `[index, kind, label?]` triples; `exitFrom` defaults to the first slot whose
 * kind is printed at exit.
 */
export function view(sys: string, spec: ReadonlyArray<readonly [number, string, string?]>,
  more: { exitFrom?: number; separatorAtExit?: boolean; result?: (lo: number, hi: number) => string; ret?: Ret } = {}): ArgView {
  const slots = spec.map(([index, kind, label]) => ({ arg: parseArg(sys, kind), index, label: label === undefined ? '' : label + '=' }));
  const firstExit = slots.findIndex((s) => KINDS_AT_EXIT.has(s.arg.kind));
  return {
    slots,
    exitFrom: more.exitFrom ?? (firstExit < 0 ? slots.length : firstExit),
    separatorAtExit: more.separatorAtExit ?? false,
    ...(more.result ? { result: more.result } : {}),
    ...(more.ret ? { ret: more.ret } : {}),
  };
}

/** The signature's own kinds for arguments `from`..`to` (exclusive), as view triples. */
export function own(sys: string, from: number, to: number): Array<[number, string]> {
  const kinds = (rowOf(SIGNATURE_ROWS, sys) ?? '').split('->')[0]!.split(',').map((k) => k.trim());
  const out: Array<[number, string]> = [];
  for (let i = from; i < to; i++) out.push([i, kinds[i]!]);
  return out;
}

/** `= 0x8002 (flags O_RDWR|O_LARGEFILE)`: the result in hex, named by table NAME. */
export function annotated(name: string, prefix: string, asHex: boolean): (lo: number, hi: number) => string {
  return (lo, hi) => {
    const n = asHex ? hex(lo, hi) : String(lo | 0);
    // Found at the first use, not here: the table's module may be one loaded on use (lazy.ts).
    const format = formatterOf(name);
    if (format === undefined || (lo === 0 && hi === 0 && prefix !== '')) return n;
    return `${n} (${prefix}${format(lo, hi)})`;
  };
}

/** A rule choosing a view by the value of argument `arg` (as an int); `fallback` otherwise. */
export function byValue(arg: number, views: ReadonlyMap<number, ArgView>, fallback?: ArgView): Rule {
  return (task) => views.get(task.args[2 * arg]! | 0) ?? fallback;
}

const RULES: Record<string, Rule> = {};

/**
 * A rule whose views are made at its first use: this module's rules hold ~90 views, and a
 * short trace uses a few of them (each view parses its kinds: start-up time).
 */
function lazyRule(make: () => Rule): Rule {
  let rule: Rule | undefined;
  return (task, mem) => (rule ??= make())(task, mem);
}

// --- open: the mode only with O_CREAT or O_TMPFILE -------------------------------------
const O_CREAT = 0o100;
const __O_TMPFILE = 0o20000000;
function modeOnlyWithCreate(sys: string, flagsArg: number, modeArg: number): void {
  const short = view(sys, own(sys, 0, modeArg));
  RULES[sys] = (task) => (task.args[2 * flagsArg]! & (O_CREAT | __O_TMPFILE) ? undefined : short);
}
modeOnlyWithCreate('open', 1, 2);
modeOnlyWithCreate('openat', 2, 3);
modeOnlyWithCreate('mq_open', 1, 2);

// --- clone: named arguments; the ones after flags depend on flags and print at exit ----
RULES['clone'] = lazyRule(() => {
  const CLONE_PIDFD = 0x1000;
  const CLONE_SETTLS = 0x80000;
  const CLONE_PARENT_SETTID = 0x100000;
  const CLONE_CHILD_CLEARTID = 0x200000;
  const CLONE_CHILD_SETTID = 0x1000000;
  // x86_64 order: flags, stack, parent_tid, child_tid, tls.
  const views: ArgView[] = [];
  for (let m = 0; m < 16; m++) {
    const spec: Array<[number, string, string]> = [[1, 'ptr', 'child_stack'], [0, 'flags64:clone', 'flags']];
    if (m & 1) spec.push([2, m & 8 ? 'ostruct:fd' : 'ostruct:int', 'parent_tid']);
    if (m & 2) spec.push([4, 'ptr', 'tls']);
    if (m & 4) spec.push([3, 'ptr', 'child_tidptr']);
    views.push(view('clone', spec, { exitFrom: 2, separatorAtExit: true }));
  }
  return (task) => {
    const f = task.args[0]!;
    // CLONE_PIDFD alone stores an fd through parent_tid.
    const m = (f & (CLONE_PARENT_SETTID | CLONE_PIDFD) ? 1 : 0) | (f & CLONE_SETTLS ? 2 : 0) |
      ((f & (CLONE_PARENT_SETTID | CLONE_PIDFD)) === CLONE_PIDFD ? 8 : 0) |
      (f & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID) ? 4 : 0);
    return views[m];
  };
});

// --- futex: the arguments each operation uses ------------------------------------------
RULES['futex'] = lazyRule(() => {
  const FUTEX_CMD_MASK = ~(128 | 256); // FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME
  const head: Array<[number, string]> = [[0, 'ptr'], [1, 'enum:futex_op']];
  const v = (...rest: Array<[number, string]>): ArgView => view('futex', [...head, ...rest]);
  const val: [number, string] = [2, 'uint'];
  const timeout: [number, string] = [3, 'struct:timespec'];
  const val2: [number, string] = [3, 'uint'];
  const uaddr2: [number, string] = [4, 'ptr'];
  const views = new Map<number, ArgView>([
    [0, v(val, timeout)], // FUTEX_WAIT
    [1, v(val)], // FUTEX_WAKE
    [2, v(val)], // FUTEX_FD
    [3, v(val, val2, uaddr2)], // FUTEX_REQUEUE
    [4, v(val, val2, uaddr2, [5, 'uint'])], // FUTEX_CMP_REQUEUE
    [5, v(val, val2, uaddr2, [5, 'enum:futex_wake_op'])], // FUTEX_WAKE_OP
    [6, v(timeout)], // FUTEX_LOCK_PI
    [7, v()], // FUTEX_UNLOCK_PI
    [8, v()], // FUTEX_TRYLOCK_PI
    [9, v(val, timeout, [5, 'enum:futex_bitset'])], // FUTEX_WAIT_BITSET
    [10, v(val, [5, 'enum:futex_bitset'])], // FUTEX_WAKE_BITSET
    [11, v(val, timeout, uaddr2)], // FUTEX_WAIT_REQUEUE_PI
    [12, v(val, val2, uaddr2, [5, 'uint'])], // FUTEX_CMP_REQUEUE_PI
    [13, v(timeout)], // FUTEX_LOCK_PI2
  ]);
  const unknown = v(val, [3, 'ptr'], uaddr2, [5, 'flags:futex_val3']);
  return (task) => views.get(task.args[2]! & FUTEX_CMD_MASK) ?? unknown;
});

// --- fcntl: the third argument by command; some results are flag words ----------------
RULES['fcntl'] = lazyRule(() => {
  const two = own('fcntl', 0, 2);
  const v = (kind?: string, result?: (lo: number, hi: number) => string): ArgView =>
    view('fcntl', kind === undefined ? two : [...two, [2, kind]], result ? { result } : {});
  const dupfd = view('fcntl', [...two, [2, 'int']], { ret: 'fd' });
  return byValue(1, new Map([
    [0, dupfd], // F_DUPFD
    [1, v(undefined, annotated('fd_flags', 'flags ', true))], // F_GETFD
    [2, v('flags:fd_flags')], // F_SETFD
    [3, v(undefined, annotated('open', 'flags ', true))], // F_GETFL
    [4, v('flags:open')], // F_SETFL
    [5, v('ostruct:flock')], // F_GETLK
    [6, v('struct:flock')], // F_SETLK
    [7, v('struct:flock')], // F_SETLKW
    [8, v('pidpgid')], // F_SETOWN
    [9, view('fcntl', two, { ret: 'pid' })], // F_GETOWN
    [10, v('sig')], // F_SETSIG
    [11, v(undefined, (lo) => ((lo | 0) <= 0 ? String(lo | 0) : `${lo} (${signalName(lo)})`))], // F_GETSIG
    [15, v('struct:f_owner_ex')], // F_SETOWN_EX
    [16, v('ostruct:f_owner_ex')], // F_GETOWN_EX
    [36, v('ostruct:flock')], // F_OFD_GETLK
    [37, v('struct:flock')], // F_OFD_SETLK
    [38, v('struct:flock')], // F_OFD_SETLKW
    [1024, v('enum:lease')], // F_SETLEASE
    [1025, v(undefined, annotated('lease', '', true))], // F_GETLEASE
    [1026, v('flags64:notify')], // F_NOTIFY
    [1030, dupfd], // F_DUPFD_CLOEXEC
    [1031, v('int')], // F_SETPIPE_SZ
    [1032, v()], // F_GETPIPE_SZ
    [1033, v('flags64:seals')], // F_ADD_SEALS
    [1034, v(undefined, annotated('seals', 'seals ', true))], // F_GET_SEALS
  ]));
});

// --- ioctl: the request by name, the argument by request (decode/ioctl/) ----------------
{
  const sys = 'ioctl';
  // The argument's entry and exit parts each bring their own separator (joiner '').
  const IOCTL_VIEW: ArgView = {
    slots: [
      { arg: parseArg(sys, 'fd'), index: 0, label: '' },
      { arg: parseArg(sys, 'struct:ioctl_request'), index: 1, label: '' },
      { arg: parseArg(sys, 'struct:ioctl_arg'), index: 2, label: '', joiner: '' },
      { arg: parseArg(sys, 'ostruct:ioctl_arg_exit'), index: 2, label: '', joiner: '' },
    ],
    exitFrom: 3,
    separatorAtExit: true,
  };
  RULES[sys] = () => IOCTL_VIEW;
}

// --- sockets: the protocol's table by family, the option's by level --------------------
{
  const AF_INET = 2;
  const AF_INET6 = 10;
  const AF_NETLINK = 16;
  const AF_PACKET = 17;
  for (const sys of ['socket', 'socketpair']) {
    const n = sys === 'socket' ? 3 : 4;
    const with_ = (table: string): ArgView =>
      view(sys, own(sys, 0, n).map(([i, k]) => [i, i === 2 ? `enum:${table}` : k] as [number, string]));
    RULES[sys] = lazyRule(() => {
      const inet = with_('inet_protocol');
      return byValue(0, new Map([
        [AF_INET, inet], [AF_INET6, inet], [AF_NETLINK, with_('netlink_protocol')], [AF_PACKET, with_('packet_protocol')],
      ]));
    });
  }
  const SOL_IP = 0;
  const SOL_SOCKET = 1;
  const SOL_TCP = 6;
  const SOL_IPV6 = 41;
  const SOL_UDP = 17;
  const SOL_RAW = 255;
  const SOL_PACKET = 263;
  const SOL_NETLINK = 270;
  for (const sys of ['setsockopt', 'getsockopt']) {
    const with_ = (table: string): ArgView =>
      view(sys, own(sys, 0, 5).map(([i, k]) => [i, i === 2 ? `enum:${table}` : k] as [number, string]));
    RULES[sys] = lazyRule(() => byValue(1, new Map([
      [SOL_SOCKET, with_(sys === 'getsockopt' ? 'so_get_option' : 'so_set_option')], [SOL_TCP, with_('tcp_option')],
      [SOL_IP, with_('ip_option')], [SOL_IPV6, with_('ipv6_option')], [SOL_UDP, with_('udp_option')],
      [SOL_RAW, with_('raw_option')], [SOL_PACKET, with_('packet_option')], [SOL_NETLINK, with_('netlink_option')],
    ])));
  }
}

// --- mknod: the device number only for character and block devices --------------------
{
  const S_IFMT = 0o170000;
  const S_IFCHR = 0o020000;
  const S_IFBLK = 0o060000;
  for (const [sys, modeArg] of [['mknod', 1], ['mknodat', 2]] as const) {
    RULES[sys] = lazyRule(() => {
      const withDev = view(sys, [...own(sys, 0, modeArg + 1), [modeArg + 1, 'enum:makedev']]); // dev_t as an unsigned int, as strace's decode_mknod
      const short = view(sys, own(sys, 0, modeArg + 1));
      return (task) => {
        const type = task.args[2 * modeArg]! & S_IFMT;
        return type === S_IFCHR || type === S_IFBLK ? withDev : short;
      };
    });
  }
}

// --- mremap: new_address only with MREMAP_FIXED ----------------------------------------
RULES['mremap'] = lazyRule(() => {
  const MREMAP_FIXED = 2;
  const short = view('mremap', own('mremap', 0, 4));
  return (task) => (task.args[6]! & MREMAP_FIXED ? undefined : short);
});

// --- mount: the type (and data) are ignored for bind, move and propagation changes ----
RULES['mount'] = lazyRule(() => {
  const MS_REMOUNT = 0x20;
  const NO_DATA = 0x1000 | 0x2000 | 0x100000 | 0x40000 | 0x80000 | 0x20000; // BIND MOVE SHARED PRIVATE SLAVE UNBINDABLE
  const noType = view('mount', [[0, 'path'], [1, 'path'], [2, 'ptr'], [3, 'flags64:mount'], [4, 'str']]);
  const neither = view('mount', [[0, 'path'], [1, 'path'], [2, 'ptr'], [3, 'flags64:mount'], [4, 'ptr']]);
  return (task) => {
    let f = task.args[6]!;
    if (((f & 0xffff0000) >>> 0) === 0xc0ed0000) f &= 0xffff; // MS_MGC_VAL, the old magic
    return f & NO_DATA ? neither : f & MS_REMOUNT ? noType : undefined;
  };
});

// --- membarrier: cpu_id only with MEMBARRIER_CMD_FLAG_CPU; QUERY returns a command set --
RULES['membarrier'] = lazyRule(() => {
  const MEMBARRIER_CMD_FLAG_CPU = 1;
  const two = own('membarrier', 0, 2);
  const query = view('membarrier', two, { result: annotated('membarrier_cmds', '', true) });
  const plain = view('membarrier', two);
  return (task) => (task.args[2]! & MEMBARRIER_CMD_FLAG_CPU ? undefined : task.args[0]! === 0 ? query : plain);
});

// --- personality: the result is the previous persona ----------------------------------
RULES['personality'] = lazyRule(() => {
  const personalityView = view('personality', own('personality', 0, 1), { result: (lo, hi) => `${hex(lo, hi)} (${formatFlags('personality', lo, 0)})` });
  return () => personalityView;
});

// --- lookup ----------------------------------------------------------------------------

// --- clone3: its struct at entry, and, when the kernel writes back to the parent (pidfd,
// parent_tid) or the struct is bigger than strace knows, ` => {...}` at exit ----------
{
  const sys = 'clone3';
  const struct: ArgSlot = { arg: parseArg(sys, 'iostruct:clone_args'), index: 0, label: '' };
  const size: ArgSlot = { arg: parseArg(sys, 'ulong'), index: 1, label: '' };
  const whole: ArgView = { slots: [struct, size], exitFrom: 2, separatorAtExit: false };
  const split: ArgView = {
    slots: [struct, { arg: parseArg(sys, 'ostruct:clone3_result'), index: 0, label: '', joiner: ' => ' }, size],
    exitFrom: 1,
    separatorAtExit: true,
  };
  const WRITES_BACK = 0x1000 | 0x100000; // CLONE_PIDFD, CLONE_PARENT_SETTID
  RULES[sys] = (task, mem) => {
    const fetch = cloneArgsFetchSize(task.arg(1));
    const at = task.arg(0);
    if (fetch < CLONE_ARGS_MIN_SIZE || at === 0 || mem.read(task.tid, at, 4) !== 4) return whole;
    return (mem.scratch.readUInt32LE(0) & WRITES_BACK) !== 0 || task.arg(1) > fetch ? split : whole;
  };
}

const RULE_BY_NR: (Rule | undefined)[] = SYSCALL_NAMES.map((n) => (n === null ? undefined : RULES[n]));
for (const sys of Object.keys(RULES)) noteDefinition('rule', sys);

/** Sets the rule of syscall `sys`, for decoders in modules of their own (src/decode/subsys/). */
export function defineRule(sys: string, rule: Rule): void {
  noteDefinition('rule', sys);
  RULES[sys] = rule;
  const nr = syscallNumber(sys);
  if (nr < 0) throw new Error(`defineRule: no syscall ${sys}`);
  RULE_BY_NR[nr] = rule;
}
const DEFAULTS: (ArgView | undefined)[] = [];

/** The signature as a view: every argument in order, under its own index. */
function defaultView(sig: Signature): ArgView {
  const nr = sig.nr;
  const hit = nr >= 0 ? DEFAULTS[nr] : undefined;
  if (hit !== undefined) return hit;
  const v: ArgView = {
    slots: sig.args.map((arg, index) => ({ arg, index, label: '' })),
    exitFrom: sig.exitFrom,
    separatorAtExit: false,
  };
  if (nr >= 0 && nr < 4096) DEFAULTS[nr] = v;
  return v;
}

/** Syscall `nr`'s own rule, its unit loaded first if it is one loaded on use (lazy.ts). */
export function ruleOf(nr: number): Rule | undefined {
  if (nr < 0) return undefined;
  return RULE_BY_NR[nr] ?? (loadFor('rule', SYSCALL_NAMES[nr]!) ? RULE_BY_NR[nr] : undefined);
}

/** How to print the arguments of the syscall `task` is in (the same at entry and exit). */
export function argView(sig: Signature, task: Task, mem: TraceeMemory): ArgView {
  return ruleOf(sig.nr)?.(task, mem) ?? defaultView(sig);
}
