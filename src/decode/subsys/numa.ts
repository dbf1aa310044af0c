/**
 * NUMA memory policy: the mode with its flag bits (`MPOL_BIND|MPOL_F_STATIC_NODES`), node
 * masks as arrays of zero-padded words, move_pages' page, node and status arrays.
 */
import { errnoName } from '../errno.js';
import { address } from '../numbers.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, hex, styled } from '../xlat/index.js';
import { MPOL_MODES } from '../xlat/mm.gen.js';
import * as T from '../xlat/subsys.gen.js';
import { arrayText } from './mem-text.js';
import { flagNames, lookup, xlatStyle, xvalText } from './xlat-text.js';
import { xlatEntries } from '../xlat/text.js';

const MODE_FLAGS = xlatEntries(T.MPOL_MODE_FLAGS).reduce((m, [v]) => m | v, 0);

/** The policy mode: a mode name, and its flag bits when set. */
function modeText(lo: number, hi: number): string {
  const flags = lo & MODE_FLAGS;
  if (flags === 0) return xvalText(MPOL_MODES, lo, hi, 'MPOL_???');
  const mode = (lo & ~MODE_FLAGS) >>> 0;
  const name = hi === 0 ? lookup(MPOL_MODES, mode) : undefined;
  if (name === undefined) {
    const r = flagNames(T.MPOL_MODE_FLAGS, lo, hi);
    if (r.found) return styled(r.text, hex(lo, hi));
    return xlatStyle() === 'raw' ? hex(lo, hi) : `${hex(lo, hi)} /* MPOL_??? */`;
  }
  return styled(`${name}|${flagNames(T.MPOL_MODE_FLAGS, flags).text}`, hex(lo, hi));
}
defineStruct('mpol_mode_arg', (c) => modeText(c.task.args[2 * c.index]!, c.task.args[2 * c.index + 1]!));
defineStruct('mpol_mode32_arg', (c) => modeText(c.task.args[2 * c.index]!, 0));

/** A word of a node mask as strace prints it: `%#0*lx`, 16 wide with the 0x. */
const nodeWord = (b: Buffer): string => {
  const lo = b.readUInt32LE(0);
  const hi = b.readUInt32LE(4);
  if (lo === 0 && hi === 0) return '0'.repeat(16);
  const digits = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
  return '0x' + digits.padStart(14, '0');
};

/** The node mask at `addr` of `maxnode` bits (argument `maxArg`): its words. */
function nodemask(c: StructContext, addr: number, maxnode: number): string | null {
  const words = Math.floor((maxnode + 62) / 64);
  if (maxnode !== 0 && words === 0) return null;
  return arrayText(c, addr, words, 8, nodeWord);
}
/** Decoders for a node mask whose bit count is argument `maxArg`. */
for (const maxArg of [1, 2, 4]) {
  defineStruct(`nodemask_${maxArg}`, (c, addr) => nodemask(c, addr, c.task.arg(maxArg)));
}

defineStruct('mpol_mode_cell', (c, addr) => {
  if (c.task.isError) return null;
  if (c.mem.read(c.task.tid, addr, 4) !== 4) return null;
  return `[${formatEnum('mpol_mode', c.mem.scratch.readUInt32LE(0), 0)}]`;
});
defineStruct('nodemask_out_2', (c, addr) => (addr === 0 ? 'NULL' : c.task.isError ? null : nodemask(c, addr, c.task.arg(2))));

// move_pages(pid, count, pages, nodes, status, flags)
defineStruct('page_ptrs', (c, addr) => arrayText(c, addr, c.task.arg(1), 8, (b) =>
  address(b.readUInt32LE(0) + b.readUInt32LE(4) * 2 ** 32)));
defineStruct('node_ints', (c, addr) => arrayText(c, addr, c.task.arg(1), 4, (b) => String(b.readInt32LE(0))));
defineStruct('page_status', (c, addr) => {
  if (addr === 0) return 'NULL';
  // After a failure strace shows the address, except for an empty array: `[]` all the same.
  if (c.task.isError && c.task.arg(1) !== 0) return null;
  return arrayText(c, addr, c.task.arg(1), 4, (b) => {
    const st = b.readInt32LE(0);
    const name = st < 0 ? errnoName(-st) : undefined;
    if (name === undefined) return String(st);
    const style = xlatStyle();
    return style === 'abbrev' ? `-${name}` : style === 'raw' ? String(st) : `${st} /* -${name} */`;
  });
});
