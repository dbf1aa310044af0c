/**
 * ptrace requests beyond what the stop loop uses (registers, words of memory, single
 * steps), from <sys/ptrace.h> and <sys/user.h> on x86_64.
 */
export const PTRACE_PEEKTEXT = 1;
export const PTRACE_PEEKDATA = 2;
export const PTRACE_PEEKUSER = 3;
export const PTRACE_POKETEXT = 4;
export const PTRACE_POKEDATA = 5;
export const PTRACE_POKEUSER = 6;
export const PTRACE_SINGLESTEP = 9;
export const PTRACE_GETREGS = 12;
export const PTRACE_SETREGS = 13;

/** sizeof(struct user_regs_struct) on x86_64: 27 unsigned longs. */
export const USER_REGS_SIZE = 27 * 8;

/** Byte offsets of the fields of struct user_regs_struct (also offsets into struct user, for PEEKUSER). */
export const REG = {
  r15: 0, r14: 8, r13: 16, r12: 24, rbp: 32, rbx: 40, r11: 48, r10: 56, r9: 64, r8: 72,
  rax: 80, rcx: 88, rdx: 96, rsi: 104, rdi: 112, orig_rax: 120, rip: 128, cs: 136, eflags: 144,
  rsp: 152, ss: 160, fs_base: 168, gs_base: 176, ds: 184, es: 192, fs: 200, gs: 208,
} as const;

export type RegisterName = keyof typeof REG;
