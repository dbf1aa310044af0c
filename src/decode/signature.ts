/** Compiles the signature rows (signatures.ts) into per-syscall-number descriptions the printer walks. */
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { SIGNATURE_ROWS } from './signatures.js';
import { ARG_NAME_ROWS } from './arg-names.gen.js';
import { rowOf } from './rows.js';

type PlainKind =
  | 'int' | 'uint' | 'uid' | 'long' | 'ulong' | 'hex' | 'oct' | 'fd' | 'dirfd' | 'sig'
  /** Process ids: a process (thread group), a thread, a process group, or kill's "process, or group if negative". */
  | 'pid' | 'tid' | 'pgid' | 'pidpgid'
  | 'ptr' | 'outptr' | 'path' | 'str' | 'outstr' | 'argv' | 'envp' | 'skip';

export type Arg =
  | { readonly kind: PlainKind }
  /** Bytes the kernel reads; their count is argument `len`. */
  | { readonly kind: 'inbuf'; readonly len: number }
  /** Bytes the kernel writes; their count is argument `len`, or the return value. */
  | { readonly kind: 'outbuf'; readonly len: number | 'ret' }
  /**
   * `flags`/`enum` read the low 32 bits of the register (the C type is int or unsigned int,
   * as for strace's printflags/printxval); `flags64`/`enum64` the whole register.
   */
  | { readonly kind: 'flags' | 'enum' | 'flags64' | 'enum64' | 'struct' | 'ostruct' | 'iostruct'; readonly name: string }
  /**
   * The register itself, printed by decoder NAME of the struct registry (no NULL case, no
   * -X styling: the decoder says it all); `ovalue` at syscall exit.
   */
  | { readonly kind: 'value' | 'ovalue'; readonly name: string };

/** `pid`, `tid`, `pgid`, `sid`: a process, thread, process group or session id. */
export type Ret = 'long' | 'fd' | 'hex' | 'pid' | 'tid' | 'pgid' | 'sid' | 'oct' | 'none';

export interface Signature {
  readonly nr: number;
  readonly name: string;
  readonly args: readonly Arg[];
  readonly ret: Ret;
  /** Index of the first argument that is printed at syscall exit; args.length if none. */
  readonly exitFrom: number;
  /** Each argument's name (--arg-names), from the man pages (arg-names.gen.ts); [] if unknown. */
  readonly argNames: readonly string[];
}

const PLAIN = new Set<string>([
  'int', 'uint', 'uid', 'long', 'ulong', 'hex', 'oct', 'fd', 'dirfd', 'pid', 'tid', 'pgid', 'pidpgid', 'sig',
  'ptr', 'outptr', 'path', 'str', 'outstr', 'argv', 'envp', 'skip',
]);
const NAMED = new Set<string>(['flags', 'enum', 'flags64', 'enum64', 'struct', 'ostruct', 'iostruct', 'value', 'ovalue']);
const RETS = new Set<string>(['long', 'fd', 'hex', 'pid', 'tid', 'pgid', 'sid', 'oct', 'none']);

/** Arguments whose value only exists once the call returns. */
export function printedAtExit(a: Arg): boolean {
  return a.kind === 'outbuf' || a.kind === 'outptr' || a.kind === 'ostruct' || a.kind === 'outstr' || a.kind === 'ovalue';
}

export function parseSignature(nr: number, name: string, text: string): Signature {
  const [argText = '', retText = 'long'] = text.split('->').map((s) => s.trim());
  if (!RETS.has(retText)) throw new Error(`signature of ${name}: bad return kind '${retText}'`);
  const args: Arg[] = argText === '' ? [] : argText.split(',').map((s) => parseArg(name, s.trim()));
  const firstExit = args.findIndex(printedAtExit);
  const names = rowOf(ARG_NAME_ROWS, name)?.split(', ') ?? [];
  return {
    nr, name, args, ret: retText as Ret, exitFrom: firstExit < 0 ? args.length : firstExit,
    argNames: names.length === args.length ? names : [],
  };
}

export function parseArg(sys: string, s: string): Arg {
  if (PLAIN.has(s)) return { kind: s as PlainKind };
  const [kind = '', param = ''] = s.split(':');
  if (kind === 'inbuf' && /^\d$/.test(param)) return { kind, len: Number(param) };
  if (kind === 'outbuf' && (param === 'ret' || /^\d$/.test(param))) {
    return { kind, len: param === 'ret' ? 'ret' : Number(param) };
  }
  if (NAMED.has(kind) && param !== '') return { kind: kind as 'flags', name: param };
  throw new Error(`signature of ${sys}: bad argument kind '${s}'`);
}

const RAW_ARGS: readonly Arg[] = Array.from({ length: 6 }, () => ({ kind: 'hex' as const }));
const cache: (Signature | undefined)[] = [];

/** The signature of syscall `nr`; numbers without a name print as `syscall_0x1be(...)` with 6 raw args. */
export function signatureOf(nr: number): Signature {
  const hit = cache[nr >>> 0];
  if (hit !== undefined) return hit;
  const name = nr >= 0 ? SYSCALL_NAMES[nr] : undefined;
  const text = name ? rowOf(SIGNATURE_ROWS, name) : undefined;
  const sig = name && text !== undefined
    ? parseSignature(nr, name, text)
    : { nr, name: name ?? `syscall_0x${(nr >>> 0).toString(16)}`, args: RAW_ARGS, ret: 'long' as const, exitFrom: 6, argNames: [] };
  if (nr >= 0 && nr < 4096) cache[nr] = sig;
  return sig;
}

/** Syscall number by name, for -e trace=NAME. */
export function syscallNumber(name: string): number {
  return SYSCALL_NAMES.indexOf(name);
}
