/** Directory entries (getdents, getdents64): a count by default, the entries with -v. */
import { quote } from '../quote.js';
import { defineStruct, type StructContext } from './registry.js';
import { u64At } from './text.js';

const DT_TYPES = ['DT_UNKNOWN', 'DT_FIFO', 'DT_CHR', '3', 'DT_DIR', '5', 'DT_BLK', '7', 'DT_REG', '9',
  'DT_LNK', '11', 'DT_SOCK', '13', 'DT_WHT'];

/**
 * The entries in the `ret` bytes the kernel returned: `0x... /* 3 entries *\/`, or with -v
 * `[{d_ino=..., d_off=..., d_reclen=24, d_type=DT_REG, d_name="one"}, ...]`.
 */
function dirents(c: StructContext, addr: number, is64: boolean): string | null {
  const len = Math.min(c.task.retLo, c.mem.scratch.length);
  if (len > 0 && c.mem.read(c.task.tid, addr, len) !== len) return null;
  const b = c.mem.scratch;
  const verbose = c.opts.verbose;
  const items: string[] = [];
  let count = 0;
  for (let off = 0; off + 19 <= len;) {
    const reclen = b.readUInt16LE(off + 16);
    if (reclen === 0 || off + reclen > len) break;
    count++;
    if (verbose) {
      const nameOff = off + (is64 ? 19 : 18);
      let end = b.indexOf(0, nameOff);
      if (end < 0 || end > off + reclen) end = off + reclen;
      const type = b[is64 ? off + 18 : off + reclen - 1]!;
      const typeText = DT_TYPES[type] ?? String(type);
      const name = quote(b.subarray(nameOff), end - nameOff, c.opts.strings);
      items.push(is64
        ? `{d_ino=${u64At(b, off)}, d_off=${u64At(b, off + 8)}, d_reclen=${reclen}, d_type=${typeText}, d_name=${name}}`
        : `{d_ino=${u64At(b, off)}, d_off=${u64At(b, off + 8)}, d_reclen=${reclen}, d_name=${name}, d_type=${typeText}}`);
    }
    off += reclen;
  }
  if (verbose) return `[${items.join(', ')}]`;
  return `0x${addr.toString(16)} /* ${count} entr${count === 1 ? 'y' : 'ies'} */`;
}

defineStruct('dirents64', (c, addr) => dirents(c, addr, true));
defineStruct('dirents', (c, addr) => dirents(c, addr, false));

/** memfd_create's name: the kernel reads at most 249 bytes and a NUL. */
const MFD_NAME_MAX = 250;

// As strace's printstr_ex with that limit: a name without a NUL in it prints cut, with `...`.
defineStruct('memfd_name', (c, addr) => {
  const max = c.opts.strsize;
  const r = c.mem.readCString(c.task.tid, addr, Math.min(max + 1, MFD_NAME_MAX));
  if (r.len < 0) return null;
  const style = c.opts.strings ?? 'escape';
  if (r.terminated && r.len <= max) return quote(c.mem.scratch, r.len, style);
  return quote(c.mem.scratch, Math.min(r.len, max), style) + '...';
});
