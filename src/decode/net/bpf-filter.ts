/**
 * Classic BPF programs (struct sock_fprog) as strace prints socket filters:
 * `{len=2, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), ...]}`;
 * without -v the instructions are an address. The opcodes print as seccomp's filters do
 * (subsys/bpf-filter.ts); socket filters add the ancillary-data offsets of their loads.
 */
import * as B from '../xlat/bpf.gen.js';
import { address } from '../numbers.js';
import type { StructContext } from '../structs/registry.js';
import { xval } from './xval.js';
import { bpfCodeText } from '../subsys/bpf-filter.js';
import { xlatEntries } from '../xlat/text.js';

const BPF_MAXINSNS = 4096;
const hex = (n: number): string => (n === 0 ? '0' : '0x' + n.toString(16));

/** A load's offset into the socket's ancillary data or headers: `SKF_AD_OFF+SKF_AD_PROTOCOL`. */
function sockFilterK(code: number, k: number): string | null {
  if ((code & 7) !== 0 || (code & 0xe0) !== 0x20) return null; // BPF_LD|BPF_ABS
  for (const [base, name] of xlatEntries(B.SKF_OFF)) {
    if (k >= base) {
      const baseText = xval(B.SKF_OFF, base);
      const off = k - base;
      void name;
      return base === 0xfffff000 ? `${baseText}+${xval(B.SKF_AD, off, 'SKF_AD_???')}` : `${baseText}+${off}`;
    }
  }
  return null;
}

function insn(b: Buffer, off: number): string {
  const code = b.readUInt16LE(off);
  const jt = b[off + 2]!;
  const jf = b[off + 3]!;
  const k = b.readUInt32LE(off + 4);
  if (jt || jf) return `BPF_JUMP(${bpfCodeText(code, false)}, ${hex(k)}, ${hex(jt)}, ${hex(jf)})`;
  return `BPF_STMT(${bpfCodeText(code, false)}, ${sockFilterK(code, k) ?? hex(k)})`;
}

/** The `len` instructions at `addr` (an address without -v). */
export function bpfProgram(c: StructContext, addr: number, len: number): string {
  if (!c.opts.verbose || addr === 0) return address(addr);
  if (len === 0) return '[]';
  const n = Math.min(len, BPF_MAXINSNS + 1);
  const got = c.mem.read(c.task.tid, addr, 8 * n);
  if (got < 8) return address(addr);
  const b = Buffer.from(c.mem.scratch.subarray(0, got));
  const items: string[] = [];
  for (let i = 0; i < len; i++) {
    if (i >= BPF_MAXINSNS) {
      items.push('...');
      break;
    }
    if (8 * i + 8 > got) {
      items.push(`... /* ${address(addr + 8 * i)} */`);
      break;
    }
    items.push(insn(b, 8 * i));
  }
  return `[${items.join(', ')}]`;
}

/**
 * A socket filter: getsockopt(SO_GET_FILTER) returns the instructions themselves (`len` of
 * them); setsockopt(SO_ATTACH_FILTER) takes a struct sock_fprog.
 */
export function sockFprog(c: StructContext, addr: number, len: number, instructionsOnly: boolean): string {
  if (instructionsOnly) return bpfProgram(c, addr, len);
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return address(addr);
  const n = c.mem.scratch.readUInt16LE(0);
  const filter = c.mem.scratch.readUInt32LE(8) + c.mem.scratch.readUInt32LE(12) * 2 ** 32;
  return `{len=${n}, filter=${bpfProgram(c, filter, n)}}`;
}
