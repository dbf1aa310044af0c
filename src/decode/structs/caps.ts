/**
 * capget/capset: the header `{version=_LINUX_CAPABILITY_VERSION_3, pid=0}` and the
 * capability sets `{effective=1<<CAP_CHOWN|..., permitted=..., inheritable=0}`, whose
 * layout (one 32-bit word per set, or two) the header's version decides.
 */
import { enumName } from '../xlat/index.js';
import { defineStruct, type StructContext } from './registry.js';

const VERSION_1 = 0x19980330;

function versionOf(c: StructContext, header: number): number | null {
  return c.mem.read(c.task.tid, header, 4) === 4 ? c.mem.scratch.readUInt32LE(0) : null;
}

defineStruct('cap_header', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 8) !== 8) return null;
  const version = c.mem.scratch.readUInt32LE(0);
  const pid = c.mem.scratch.readInt32LE(4);
  const name = enumName('cap_versions', version)
    ?? `${version === 0 ? '0' : '0x' + version.toString(16)} /* _LINUX_CAPABILITY_VERSION_??? */`;
  return `{version=${name}, pid=${pid}}`;
});

/** `1<<CAP_CHOWN|1<<CAP_KILL`, `0`, with unnamed bits as a hex rest. */
function capSet(words: readonly number[]): string {
  const parts: string[] = [];
  let restLo = 0;
  let restHi = 0;
  words.forEach((word, w) => {
    for (let b = 0; b < 32; b++) {
      if ((word & (1 << b)) === 0) continue;
      const name = enumName('capability', 32 * w + b);
      if (name !== undefined) parts.push(`1<<${name}`);
      else if (w === 0) restLo |= 1 << b;
      else restHi |= 1 << b;
    }
  });
  if (restLo !== 0 || restHi !== 0) {
    parts.push('0x' + (restHi !== 0 ? (restHi >>> 0).toString(16) + (restLo >>> 0).toString(16).padStart(8, '0') : (restLo >>> 0).toString(16)));
  }
  return parts.length === 0 ? '0' : parts.join('|');
}

defineStruct('cap_data', (c, addr) => {
  const version = versionOf(c, c.task.arg(0));
  if (version === null) return null;
  // struct __user_cap_data_struct { effective, permitted, inheritable }, one per 32 caps.
  const count = version === VERSION_1 ? 1 : enumName('cap_versions', version) !== undefined ? 2 : 0;
  if (count === 0 || c.mem.read(c.task.tid, addr, 12 * count) !== 12 * count) return null;
  const s = c.mem.scratch;
  const set = (field: number): string => capSet(Array.from({ length: count }, (_, i) => s.readUInt32LE(12 * i + 4 * field)));
  return `{effective=${set(0)}, permitted=${set(1)}, inheritable=${set(2)}}`;
});
