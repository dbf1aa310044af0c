/**
 * Formats syscall arguments and return values as strace prints them, reading the tracee's
 * memory only for what is printed (strings, buffers, argv), and only up to -s bytes.
 */
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import { formatError } from './errno.js';
import { cwdSuffix, fdText } from './fd-info.js';
import { address, hex64, pointer } from './numbers.js';
import { quote, type StringStyle } from './quote.js';
import { signatureOf, type Arg, type Ret, type Signature } from './signature.js';
import { SYS_restart_syscall, SYS_rt_sigreturn } from '../sys/constants.js';
import { sigsetText } from './structs/signal.js';
import type { DecodeOptions } from './options.js';
import { signalText } from './signals.js';
import { pidOrGroupText, pidText, type PidKind } from './pids.js';

export { signalText } from './signals.js';
import { resultDecoder, structDecoder, structOptions } from './structs/index.js';
import { formatEnum, formatFlags, styled } from './xlat/index.js';
import { argView, type ArgSlot, type ArgView } from './special.js';

export type { DecodeOptions } from './options.js';

/** strace prints at most PATH_MAX - 1 bytes of a path, whatever -s says. */
const PATH_MAX = 4096;
const PATH_SHOWN = PATH_MAX - 1;
const AT_FDCWD = -100;

export { hex64, pointer } from './numbers.js';

function u64(lo: number, hi: number): string {
  return hi === 0 ? String(lo) : ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

/** Syscalls whose data buffers strace prints as hex bytes whatever -x says (random bytes). */
const HEX_BUFFERS: ReadonlySet<string> = new Set(['getrandom']);

/** What each pid kind of the signatures is in /proc's terms (`pid` is a process: its thread group). */
const PID_KINDS = { pid: 'tgid', tid: 'tid', pgid: 'pgid', sid: 'sid' } as const satisfies Record<string, PidKind>;

/** Syscall numbers the per-syscall option tables cover (x86_64's go up to ~460). */
const SYSCALL_SLOTS = 1024;

export class ArgFormatter {
  private readonly strings: StringStyle;
  /** The syscall being printed has hex buffers (HEX_BUFFERS). */
  private forceHex = false;
  /** The options for the syscall being printed: one of `variants`. */
  private opts: DecodeOptions;
  /** The given options with -v on/off (bit 0 set: abbreviated) and structures decoded or not (bit 1 set: not). */
  private readonly variants: readonly DecodeOptions[];
  /** Per syscall number, its index in `variants`; null when every syscall prints alike. */
  private readonly variantOf: Uint8Array | null;

  constructor(private readonly mem: TraceeMemory, opts: DecodeOptions) {
    this.strings = opts.strings ?? 'escape';
    this.opts = opts;
    this.variants = [
      { ...opts, verbose: true, decodeStructs: true }, { ...opts, verbose: false, decodeStructs: true },
      { ...opts, verbose: true, decodeStructs: false }, { ...opts, verbose: false, decodeStructs: false },
    ];
    const abbrev = opts.abbrevSyscalls ?? null;
    const decoded = opts.decodedSyscalls ?? null;
    if (abbrev === null && decoded === null) {
      this.variantOf = null;
    } else {
      this.variantOf = new Uint8Array(SYSCALL_SLOTS);
      for (let nr = 0; nr < SYSCALL_SLOTS; nr++) {
        const abbreviated = abbrev === null ? !opts.verbose : abbrev.has(nr);
        this.variantOf[nr] = (abbreviated ? 1 : 0) | (decoded === null || decoded.has(nr) ? 0 : 2);
      }
    }
  }

  /** Makes `opts` the options of syscall `nr` (-e abbrev=, -e verbose=). */
  private select(nr: number): void {
    if (this.variantOf !== null) this.opts = this.variants[nr >= 0 && nr < SYSCALL_SLOTS ? this.variantOf[nr]! : 0]!;
  }

  /**
   * rt_sigreturn's only input is the signal frame at the stack pointer: strace shows the
   * mask it restores. At the syscall the return address is popped, so sp points at the
   * frame's ucontext, whose uc_sigmask follows uc_flags, uc_link, uc_stack (24 bytes) and
   * uc_mcontext (256): offset 296 on x86_64.
   */
  private sigreturnFrame(task: Task): string {
    if (this.mem.read(task.tid, task.sp + 296, 8) !== 8) return '';
    return `{mask=${sigsetText(this.mem.scratch, 0, 8)}}`;
  }

  /** `3`, or `3</etc/passwd>` with -y, `3<TCP:[...]>` with -yy. */
  private fd(tid: number, fd: number): string {
    return fdText(tid, fd, this.opts.fdPaths);
  }

  /** The arguments printed at syscall entry, with a trailing `, ` if more follow at exit. */
  entry(sig: Signature, task: Task): string {
    if (sig.nr === SYS_restart_syscall) return `<... resuming interrupted ${signatureOf(task.prevNr).name} ...>`;
    if (sig.nr === SYS_rt_sigreturn) return this.sigreturnFrame(task);
    this.select(sig.nr);
    const v = argView(sig, task, this.mem);
    let s = this.range(v, task, 0, v.exitFrom, false, this.namesOf(sig));
    if (!v.separatorAtExit && s !== '' && hasPrinted(v, v.exitFrom)) s += ', ';
    this.captureAtEntry(sig, task);
    return s;
  }

  /** Value-result arguments printed at exit (socklen, recvmmsg's vector) keep their entry value here. */
  private captureAtEntry(sig: Signature, task: Task): void {
    if (this.opts.decodeStructs === false) return;
    for (let i = sig.exitFrom; i < sig.args.length; i++) {
      const a = sig.args[i]!;
      if (a.kind !== 'iostruct' && a.kind !== 'ostruct') continue;
      const capture = structOptions(a.name)?.capture;
      const addr = task.arg(i);
      if (capture !== undefined && addr !== 0) capture({ task, index: i, mem: this.mem, opts: this.opts }, addr);
    }
  }

  /** The arguments printed at syscall exit. */
  exit(sig: Signature, task: Task): string {
    this.forceHex = HEX_BUFFERS.has(sig.name);
    this.select(sig.nr);
    const v = argView(sig, task, this.mem);
    return this.range(v, task, v.exitFrom, v.slots.length, v.separatorAtExit, this.namesOf(sig));
  }

  /** The text after `= `. */
  result(sig: Signature, task: Task): string {
    if (task.isError) return formatError(-(task.retLo | 0));
    this.select(sig.nr);
    const v = argView(sig, task, this.mem);
    if (v.result !== undefined) return v.result(task.retLo, task.retHi);
    const ret = v.ret ?? sig.ret;
    const more = resultDecoder(sig.name)?.({ task, mem: this.mem, opts: this.opts });
    // '' is a text too: strace prints `= 1 ()` when select's sets were emptied.
    if (more !== null && more !== undefined) return this.plainResult(ret, task) + ` (${more})`;
    return this.plainResult(ret, task);
  }

  private plainResult(ret: Ret, task: Task): string {
    const lo = task.retLo;
    const hi = task.retHi;
    switch (ret) {
      case 'fd':
        return this.fd(task.tid, lo | 0);
      case 'hex':
        return hex64(lo, hi);
      case 'oct': // umask's old mask, as strace's %#03o
        return '0' + (lo & 0xffff).toString(8).padStart(2, '0');
      case 'none':
        return '?';
      case 'pid':
      case 'tid':
      case 'pgid':
      case 'sid':
        return pidText(task.tid, lo, PID_KINDS[ret], this.opts);
      default:
        // A success is unsigned, as strace's default result format (%llu): only an injected
        // retval= or an odd syscall shows a value with the top bit set.
        return u64(lo, hi);
    }
  }

  /** --arg-names: the syscall's argument names by kernel argument index; null when not asked. */
  private namesOf(sig: Signature): readonly string[] | null {
    return this.opts.argNames === true ? sig.argNames : null;
  }

  /**
   * Slots `from`..`to` (exclusive), `, `-separated; `leading`: a separator before the first
   * too; `names`: each argument after its name (`dirfd: AT_FDCWD`), strace's own labels
   * (clone's `flags=`) becoming names too.
   */
  private range(v: ArgView, task: Task, from: number, to: number, leading: boolean, names: readonly string[] | null): string {
    let s = '';
    let first = !leading;
    for (let i = from; i < to; i++) {
      const slot = v.slots[i]!;
      if (slot.arg.kind === 'skip') continue;
      const value = this.arg(slot.arg, slot.index, task);
      // A joined slot is left out when empty; a ` => ` one (clone3's written-back struct)
      // also when its pointer is NULL. Empty joiners (ioctl's exit part) print NULL as such.
      if (slot.joiner !== undefined && (value === '' || (slot.joiner !== '' && task.arg(slot.index) === 0))) continue;
      if (!first) s += slot.joiner ?? ', ';
      first = false;
      // A joined slot goes on with the argument before it: no name of its own.
      s += names === null || slot.joiner !== undefined ? slot.label + value : named(slot, names) + value;
    }
    return s;
  }

  private arg(a: Arg, i: number, task: Task): string {
    const lo = task.args[2 * i]!;
    const hi = task.args[2 * i + 1]!;
    switch (a.kind) {
      case 'fd':
        return this.fd(task.tid, lo | 0);
      case 'int':
        return String(lo | 0);
      case 'pid':
      case 'tid':
      case 'pgid':
        return pidText(task.tid, lo, PID_KINDS[a.kind], this.opts);
      case 'pidpgid':
        return pidOrGroupText(task.tid, lo, this.opts);
      case 'enum':
        return formatEnum(a.name, lo, 0);
      case 'flags':
        return formatFlags(a.name, lo, 0);
      case 'enum64':
        return formatEnum(a.name, lo, hi);
      case 'flags64':
        return formatFlags(a.name, lo, hi);
      case 'uint':
        return String(lo);
      case 'uid':
        return lo === 0xffffffff ? '-1' : String(lo);
      case 'long':
        return String(task.argLong(i));
      case 'ulong':
        return u64(lo, hi);
      case 'hex':
        return hex64(lo, hi);
      case 'oct': // umode_t: 16 bits
        return '0' + (lo & 0xffff).toString(8).padStart(2, '0');
      case 'dirfd':
        if ((lo | 0) !== AT_FDCWD) return this.fd(task.tid, lo | 0);
        return styled('AT_FDCWD', String(AT_FDCWD)) + cwdSuffix(task.tid, this.opts.fdPaths);
      case 'sig':
        return signalText(lo | 0);
      case 'ptr':
      case 'outptr':
        return pointer(lo, hi);
      case 'struct':
      case 'iostruct':
        return this.struct(a.name, i, task, lo, hi);
      case 'ostruct':
        // What the kernel was to fill in is garbage when the call failed (unless the
        // decoder knows better: nanosleep's remaining time).
        return task.isError && !structOptions(a.name)?.onError ? pointer(lo, hi) : this.struct(a.name, i, task, lo, hi);
      case 'value':
      case 'ovalue':
        return structDecoder(a.name)?.({ task, index: i, mem: this.mem, opts: this.opts }, lo + hi * 2 ** 32) ?? pointer(lo, hi);
      case 'path':
        return this.cstring(task.tid, lo, hi, PATH_SHOWN);
      case 'outstr':
        return task.isError ? pointer(lo, hi) : this.cstring(task.tid, lo, hi, PATH_MAX);
      case 'str':
        return this.cstring(task.tid, lo, hi, this.opts.strsize);
      case 'inbuf':
        return this.buffer(task.tid, lo, hi, task.arg(a.len));
      case 'outbuf': {
        if (task.isError) return pointer(lo, hi);
        const len = a.len === 'ret' ? Number(task.retval()) : task.arg(a.len);
        return this.buffer(task.tid, lo, hi, len);
      }
      case 'argv':
        return this.opts.decodeStructs === false ? pointer(lo, hi) : this.stringArray(task.tid, lo, hi);
      case 'envp':
        if (this.opts.decodeStructs === false) return pointer(lo, hi);
        return this.opts.verbose ? this.stringArray(task.tid, lo, hi) : this.arrayCount(task.tid, lo, hi);
      case 'skip':
        return '';
    }
  }

  private struct(name: string, index: number, task: Task, lo: number, hi: number): string {
    const decode = structDecoder(name);
    const options = structOptions(name);
    if (decode === undefined || (lo === 0 && hi === 0 && !options?.nullToo)) return pointer(lo, hi);
    // Outside -e verbose=, strace fetches no structure (ioctl's decoders see decodeStructs).
    if (this.opts.decodeStructs === false && !options?.nullToo) return pointer(lo, hi);
    return decode({ task, index, mem: this.mem, opts: this.opts }, lo + hi * 2 ** 32) ?? pointer(lo, hi);
  }

  /** A NUL-terminated string, cut after `max` bytes with `...` as strace does. */
  private cstring(tid: number, lo: number, hi: number, max: number): string {
    if (lo === 0 && hi === 0) return 'NULL';
    const addr = lo + hi * 2 ** 32;
    const r = this.mem.readCString(tid, addr, max + 1);
    if (r.len < 0) return pointer(lo, hi);
    if (r.terminated) return quote(this.mem.scratch, r.len, this.strings);
    return quote(this.mem.scratch, Math.min(r.len, max), this.strings) + '...';
  }

  /**
   * `len` bytes the tracee passed or got, the first -s of them, as strace's printstrn: it
   * reads one byte more than it shows, and prints the address if any of that is unreadable.
   */
  private buffer(tid: number, lo: number, hi: number, len: number): string {
    if (lo === 0 && hi === 0) return 'NULL';
    if (len <= 0) return '""';
    const max = this.opts.strsize;
    const size = Math.min(len, max + 1);
    if (this.mem.read(tid, lo + hi * 2 ** 32, size) !== size) return pointer(lo, hi);
    return quote(this.mem.scratch, Math.min(size, max), this.forceHex ? 'hex' : this.strings) + (len > max ? '...' : '');
  }

  /**
   * argv-style array, as strace's printargv: `["ls", "-l"]`, at most -s elements without
   * -v; an array that runs into unreadable memory ends `, ... /* 0xADDR *\/`. Element
   * pointers are exact 64-bit values (garbage prints as such).
   */
  private stringArray(tid: number, lo: number, hi: number): string {
    if (lo === 0 && hi === 0) return 'NULL';
    const base = lo + hi * 2 ** 32;
    const limit = this.opts.verbose ? Infinity : this.opts.strsize;
    const scratch = this.mem.scratch;
    let s = '[';
    for (let n = 0; ; n++) {
      const at = base + 8 * n;
      if (this.mem.read(tid, at, 8) !== 8) {
        if (n === 0) return pointer(lo, hi);
        s += `, ... /* ${address(at)} */`;
        break;
      }
      const plo = scratch.readUInt32LE(0);
      const phi = scratch.readUInt32LE(4);
      if (plo === 0 && phi === 0) break;
      if (n > 0) s += ', ';
      if (n >= limit) {
        s += '...';
        break;
      }
      s += this.cstring(tid, plo, phi, this.opts.strsize);
    }
    return s + ']';
  }

  /**
   * The abbreviated environment, as strace's printargc: `0x7ffd... /* 23 vars *\/`, and
   * `, unterminated` when the array runs into unreadable memory.
   */
  private arrayCount(tid: number, lo: number, hi: number): string {
    const addr = pointer(lo, hi);
    if (lo === 0 && hi === 0) return addr;
    const base = lo + hi * 2 ** 32;
    const scratch = this.mem.scratch;
    let n = 0;
    for (;;) {
      const got = this.mem.read(tid, base + 8 * n, 4096);
      if (got < 8) {
        if (n === 0) return addr;
        return `${addr} /* ${n} var${n === 1 ? '' : 's'}, unterminated */`;
      }
      for (let off = 0; off + 8 <= got; off += 8, n++) {
        if (scratch.readUInt32LE(off) === 0 && scratch.readUInt32LE(off + 4) === 0) {
          return `${addr} /* ${n} var${n === 1 ? '' : 's'} */`;
        }
      }
    }
  }
}


/** `name: ` for a slot: its label's name, else the kernel argument's; '' when it has none. */
function named(slot: ArgSlot, names: readonly string[]): string {
  const name = slot.label !== '' ? slot.label.slice(0, -1) : names[slot.index];
  return name === undefined || name === '_' ? slot.label : name + ': ';
}

function hasPrinted(v: ArgView, from: number): boolean {
  for (let i = from; i < v.slots.length; i++) if (v.slots[i]!.arg.kind !== 'skip') return true;
  return false;
}
