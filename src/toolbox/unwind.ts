/**
 * The call stack of a stopped task: its pc, then each caller's return address, innermost
 * first. Each step uses the call frame information (.eh_frame) of the file the pc is in,
 * as libgcc and libdw do, so code built without frame pointers unwinds; where no CFI covers
 * a pc it falls back to the frame-pointer chain.
 *
 * Registers are DWARF x86_64 columns (0 rax, 1 rdx, 2 rcx, 3 rbx, 4 rsi, 5 rdi, 6 rbp,
 * 7 rsp, 8-15 r8-r15, 16 the return address) held as Numbers, NaN where unknown.
 */
import { COLUMNS, Rule } from './cfa-rows.js';
import { evaluate, type ExprContext } from './dwarf-expr.js';
import type { CallFrameInfo } from './eh-frame.js';
import type { Registers, RegisterName } from './registers.js';
import type { Tracee } from './tracee.js';
import { frameRecordStep, leafStep, readWord } from './unwind-fp.js';

const MAX_FRAMES = 256;
const SP = 7;
const FP = 6;
const RA = 16;

const DWARF_REGISTERS: readonly RegisterName[] = [
  'rax', 'rdx', 'rcx', 'rbx', 'rsi', 'rdi', 'rbp', 'rsp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rip',
];

/** What the unwinder needs to know about the task's address space. */
export interface CodeLookup {
  /** The CFI of the file mapped at runtime address `ip`, and `ip` as that file's virtual address. */
  cfiAt(ip: number): { readonly cfi: CallFrameInfo; readonly vaddr: number } | null;
  /** Whether `ip` lies in executable memory. */
  isCode(ip: number): boolean;
}

type Step =
  /** The caller's registers; `signal`: the frame just left was a signal frame. */
  | { readonly kind: 'caller'; readonly regs: Float64Array; readonly signal: boolean }
  /** The CFI says this is the outermost frame (its return address is undefined). */
  | { readonly kind: 'end' }
  /** No CFI for this pc. */
  | { readonly kind: 'none' };

const END: Step = { kind: 'end' };
const NONE: Step = { kind: 'none' };

/** The frames found, and whether the walk ended at an address outside executable memory. */
export interface Unwound {
  readonly frames: number[];
  /** The maps used may be stale (a library mapped since they were read, an exec). */
  readonly leftCode: boolean;
}

export function unwindStack(t: Tracee, code: CodeLookup, registers: Registers): Unwound {
  let regs: Float64Array = new Float64Array(COLUMNS);
  DWARF_REGISTERS.forEach((name, i) => (regs[i] = registers.number(name)));
  const frames = [regs[RA]!];
  // The first pc is where the task is; a caller's is a return address, so the call that
  // made it is looked up at pc - 1, except after a signal frame, where it is exact.
  let exact = true;
  let leftCode = !code.isCode(frames[0]!);
  while (!leftCode && frames.length < MAX_FRAMES) {
    let step = cfiStep(t, code, regs, exact);
    if (step.kind === 'end') break;
    if (step.kind === 'none') step = sigreturnStep(t, regs);
    if (step.kind === 'none') step = fallbackStep(t, regs, frames.length === 1);
    if (step.kind !== 'caller') break;
    const next = step.regs;
    const ra = next[RA]!;
    if (!(ra > 0)) break;
    if (!code.isCode(ra)) {
      leftCode = true;
      break;
    }
    // Frames go up the stack; only a signal frame may switch stacks (sigaltstack).
    if (!step.signal && !(next[SP]! > regs[SP]!)) break;
    frames.push(ra);
    regs = next;
    exact = step.signal;
  }
  return { frames, leftCode };
}

/** One frame up, by the CFI row of the current pc. */
function cfiStep(t: Tracee, code: CodeLookup, regs: Float64Array, exact: boolean): Step {
  const pc = regs[RA]!;
  const lookup = exact ? pc : pc - 1;
  const found = code.cfiAt(lookup);
  if (found === null) return NONE;
  const hit = found.cfi.rowFor(found.vaddr);
  if (hit === null) return NONE;
  const { fde, row } = hit;
  const ctx: ExprContext = { register: (c) => (c < COLUMNS ? regs[c]! : NaN), word: (a) => readWord(t, a) };
  const cfa = row.cfaExpression !== null ? evaluate(row.cfaExpression, ctx) : regs[row.cfaRegister]! + row.cfaOffset;
  if (!Number.isFinite(cfa)) return END;
  const next = new Float64Array(COLUMNS);
  for (let c = 0; c < COLUMNS; c++) {
    const v = row.values[c]!;
    switch (row.rules[c]) {
      case Rule.Same: next[c] = c === SP ? cfa : regs[c]!; break; // the caller's sp is the CFA
      case Rule.Undefined: next[c] = NaN; break;
      case Rule.Offset: next[c] = readWord(t, cfa + v); break;
      case Rule.ValOffset: next[c] = cfa + v; break;
      case Rule.Register: next[c] = v < COLUMNS ? regs[v]! : NaN; break;
      case Rule.Expression: next[c] = readWord(t, evaluate(row.expressions[c]!, ctx, cfa)); break;
      case Rule.ValExpression: next[c] = evaluate(row.expressions[c]!, ctx, cfa); break;
    }
  }
  const raColumn = fde.cie.raColumn;
  if (raColumn !== RA) next[RA] = raColumn < COLUMNS ? next[raColumn]! : NaN;
  if (row.rules[RA] === Rule.Undefined || row.rules[raColumn] === Rule.Undefined) return END;
  return { kind: 'caller', regs: next, signal: fde.cie.signalFrame };
}

/** mov $15, %rax; syscall: rt_sigreturn, the code a signal handler returns into. */
const SIGRETURN_CODE = Buffer.from([0x48, 0xc7, 0xc0, 0x0f, 0x00, 0x00, 0x00, 0x0f, 0x05]);
/** Where struct ucontext's uc_mcontext.gregs start, and each DWARF column's index in them. */
const GREGS_AT = 40;
const GREG_OF_COLUMN = [13, 12, 14, 11, 9, 8, 10, 15, 0, 1, 2, 3, 4, 5, 6, 7, 16];

/**
 * Without CFI, a signal trampoline is known by its code, as libgcc and gdb know it: the
 * kernel's rt_sigframe is at sp, and the interrupted registers are in its ucontext.
 */
function sigreturnStep(t: Tracee, regs: Float64Array): Step {
  const sp = regs[SP]!;
  let code: Buffer;
  try {
    code = t.read(regs[RA]!, SIGRETURN_CODE.length);
  } catch {
    return NONE;
  }
  if (!code.equals(SIGRETURN_CODE)) return NONE;
  const next = new Float64Array(COLUMNS);
  GREG_OF_COLUMN.forEach((greg, column) => (next[column] = readWord(t, sp + GREGS_AT + 8 * greg)));
  return { kind: 'caller', regs: next, signal: true };
}

/** Without CFI: a leaf's return address at sp (first frame only), else the frame-pointer chain. */
function fallbackStep(t: Tracee, regs: Float64Array, first: boolean): Step {
  const sp = regs[SP]!;
  const fp = regs[FP]!;
  const step = (first ? leafStep(t, sp, fp) : null) ?? frameRecordStep(t, sp, fp);
  if (step === null) return NONE;
  const next = Float64Array.from(regs);
  next[RA] = step.ra;
  next[SP] = step.sp;
  next[FP] = step.fp;
  return { kind: 'caller', regs: next, signal: false };
}
