/**
 * A tracee's general-purpose registers: struct user_regs_struct (x86_64) in a Buffer, as
 * PTRACE_GETREGS fills it and PTRACE_SETREGS takes it. Values are BigInt (they are 64-bit
 * words); `number()` gives a Number where one is exact (user addresses, small values).
 */
import { REG, USER_REGS_SIZE, type RegisterName } from '../sys/ptrace-toolbox.js';

export type { RegisterName } from '../sys/ptrace-toolbox.js';

/** The six syscall argument registers of the x86_64 syscall ABI, in order. */
export const SYSCALL_ARG_REGISTERS: readonly RegisterName[] = ['rdi', 'rsi', 'rdx', 'r10', 'r8', 'r9'];

const TWO32 = 2 ** 32;

export class Registers {
  /** The raw struct, in the kernel's layout. */
  readonly raw: Buffer;

  constructor(raw?: Buffer) {
    if (raw !== undefined && raw.length !== USER_REGS_SIZE) throw new RangeError(`user_regs_struct is ${USER_REGS_SIZE} bytes`);
    this.raw = raw ?? Buffer.alloc(USER_REGS_SIZE);
  }

  /** The register as an unsigned 64-bit value. */
  get(name: RegisterName): bigint {
    return this.raw.readBigUInt64LE(REG[name]);
  }

  /** The register as a signed 64-bit value (a syscall's return, orig_rax's -1). */
  signed(name: RegisterName): bigint {
    return this.raw.readBigInt64LE(REG[name]);
  }

  /**
   * The register as a Number when it is exact (below 2^53 as unsigned, or a negative
   * value down to -2^31); otherwise NaN, so that no wrong address goes unnoticed.
   */
  number(name: RegisterName): number {
    const lo = this.raw.readUInt32LE(REG[name]);
    const hi = this.raw.readUInt32LE(REG[name] + 4);
    if (hi < 0x200000) return lo + hi * TWO32;
    if (hi === 0xffffffff && lo >= 0x80000000) return lo - TWO32;
    return NaN;
  }

  /** Sets the register; negative values are stored in two's complement. */
  set(name: RegisterName, value: bigint | number): this {
    this.raw.writeBigUInt64LE(BigInt.asUintN(64, BigInt(value)), REG[name]);
    return this;
  }

  /** An independent copy. */
  clone(): Registers {
    return new Registers(Buffer.from(this.raw));
  }

  /** Every register by name, for printing and tests. */
  toObject(): Record<RegisterName, bigint> {
    const o = {} as Record<RegisterName, bigint>;
    for (const name of Object.keys(REG) as RegisterName[]) o[name] = this.get(name);
    return o;
  }
}
