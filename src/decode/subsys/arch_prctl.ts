/**
 * arch_prctl(2) as strace prints it: the code, the value the kernel writes back for the
 * GET codes, XSAVE feature masks by name. A unit of its own, apart from prctl.ts: every
 * dynamically linked program calls it at start (ARCH_SET_FS), and loading prctl's options
 * and the subsystems' tables with it cost a short trace a few milliseconds.
 */
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { hex } from '../xlat/index.js';
import { ARCH_PRCTL_CODES } from '../xlat/process.gen.js';
import * as T from '../xlat/x86.gen.js';
import { u64Cell } from './mem-text.js';
import { auxFlags, flagNames, verboseEnum, xlatStyle, xvalText } from './xlat-text.js';
import { xlatEntries } from '../xlat/text.js';

defineStruct('arch_prctl_code', (c) => xvalText(ARCH_PRCTL_CODES, c.task.args[2 * c.index]!, 0, 'ARCH_???'));
/** A kernel pointer the kernel wrote: `[NULL]` or `[0x...]` (prctl's PR_GET_TID_ADDRESS too). */
defineStruct('kptr_cell', (c, addr) => u64Cell(c, addr, (lo, hi) => (lo === 0 && hi === 0 ? 'NULL' : hex(lo, hi))));

const A = Object.fromEntries(xlatEntries(ARCH_PRCTL_CODES).map(([n, name]) => [name, n])) as Record<string, number>;
defineStruct('xfeature_mask_cell', (c, addr) => {
  if (c.task.isError) return null;
  return u64Cell(c, addr, (lo, hi) => {
    const raw = hex(lo, hi);
    if (xlatStyle() === 'raw') return raw;
    const r = flagNames(T.X86_XFEATURES, lo, hi);
    return lo === 0 && hi === 0 ? raw : r.found ? `${raw} /* ${r.text} */` : `${raw} /* XFEATURE_MASK_??? */`;
  });
});
defineStruct('xfeature', (c) => {
  const lo = c.task.args[2 * c.index]!;
  const hi = c.task.args[2 * c.index + 1]!;
  if (hi !== 0) return xlatStyle() === 'raw' ? hex(lo, hi) : `${hex(lo, hi)} /* XFEATURE_??? */`;
  return verboseEnum(T.X86_XFEATURE_BITS, lo, 'XFEATURE_???');
});
const archCode: [number, string] = [0, 'value:arch_prctl_code'];
const archViews = new Map<number, ArgView>();
const archSet = (names: string[], av: ArgView): void => {
  for (const name of names) if (A[name] !== undefined) archViews.set(A[name]!, av);
};
archSet(['ARCH_GET_FS', 'ARCH_GET_GS'], view('arch_prctl', [archCode, [1, 'ostruct:kptr_cell']]));
archSet(['ARCH_GET_CPUID'], view('arch_prctl', [archCode]));
archSet(['ARCH_GET_XCOMP_SUPP', 'ARCH_GET_XCOMP_PERM', 'ARCH_GET_XCOMP_GUEST_PERM'],
  view('arch_prctl', [archCode, [1, 'ovalue:xfeature_mask_cell']]));
archSet(['ARCH_REQ_XCOMP_PERM', 'ARCH_REQ_XCOMP_GUEST_PERM'], view('arch_prctl', [archCode, [1, 'value:xfeature']], {
  // A positive result is the permitted feature set.
  result: (lo, hi) => {
    if (hi !== 0 || (lo | 0) <= 0) return hi === 0xffffffff || hi === 0 ? String(lo | 0) : hex(lo, hi);
    const aux = auxFlags(T.X86_XFEATURES, lo, hi);
    return aux === null ? hex(lo, hi) : `${hex(lo, hi)} (${aux})`;
  },
}));
const archOther = view('arch_prctl', [archCode, [1, 'hex']]);
defineRule('arch_prctl', (task) => archViews.get(task.args[0]!) ?? archOther);
