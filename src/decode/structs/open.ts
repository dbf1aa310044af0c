/** openat2's struct open_how, as strace prints it. */
import { formatFlags } from '../xlat/index.js';
import { nonzeroBytes } from './text.js';
import { defineStruct } from './registry.js';

/** The size of the first struct open_how (flags, mode, resolve: three u64). */
const OPEN_HOW_SIZE = 24;
/** How much of a bigger struct strace looks at for non-zero extensions. */
const PAGE_SIZE = 4096;
const O_CREAT = 0o100;
const __O_TMPFILE = 0o20000000;

/**
 * `{flags=O_RDONLY, resolve=RESOLVE_NO_SYMLINKS}`: the mode only when the flags create a
 * file or it is non-zero; the bytes a bigger struct holds beyond the known fields, if any
 * is non-zero. A size below the first version's prints the address.
 */
defineStruct('open_how', (c, addr) => {
  const size = c.task.arg(3);
  if (size < OPEN_HOW_SIZE) return null;
  const tid = c.task.tid;
  if (c.mem.read(tid, addr, OPEN_HOW_SIZE) !== OPEN_HOW_SIZE) return null;
  const b = c.mem.scratch;
  const flagsLo = b.readUInt32LE(0);
  const flagsHi = b.readUInt32LE(4);
  const mode = b.readBigUInt64LE(8);
  const resolveLo = b.readUInt32LE(16);
  const resolveHi = b.readUInt32LE(20);
  let s = `{flags=${formatFlags('open', flagsLo, flagsHi)}`;
  if ((flagsLo & (O_CREAT | __O_TMPFILE)) !== 0 || mode !== 0n) s += `, mode=0${mode.toString(8).padStart(2, '0')}`;
  s += `, resolve=${formatFlags('resolve', resolveLo, resolveHi)}`;
  s += nonzeroBytes(c.mem, tid, addr, OPEN_HOW_SIZE, Math.min(size, PAGE_SIZE), c.opts.strsize);
  return s + '}';
});
