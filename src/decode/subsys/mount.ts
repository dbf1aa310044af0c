/**
 * The mount API beyond mount(2)'s flags: fsconfig's key, value and aux by command, and
 * mount_setattr's struct mount_attr, as strace's fsconfig.c and mount_setattr.c print them.
 */
import { defineRule, view, type ArgView } from '../special.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { nonzeroBytes, u64At } from '../structs/text.js';
import { formatEnum, formatFlags } from '../xlat/index.js';
import { FSCONFIG_CMDS } from '../xlat/fs.gen.js';
import { boundedString, bytesText, fdText } from './mem-text.js';
import { xlatEntries } from '../xlat/text.js';

/** fsconfig's strings: NUL-terminated within 256 bytes (and -s). */
const FSCONFIG_STRING_MAX = 256;
defineStruct('fsconfig_string', (c, addr) => boundedString(c, addr, Math.min(FSCONFIG_STRING_MAX, c.opts.strsize)));
/** FSCONFIG_SET_BINARY's value: aux bytes, in hex. */
defineStruct('fsconfig_binary', (c, addr) => bytesText({ ...c, opts: { ...c.opts, strings: 'hex' } }, addr, c.task.argInt(4)));

const CMD = Object.fromEntries(xlatEntries(FSCONFIG_CMDS).map(([v, n]) => [n, v])) as Record<string, number>;
/** strace shows a binary value only when its size is sane. */
const BINARY_MAX = 1024 * 1024;

{
  const v = (key: string, value: string, aux: string): ArgView =>
    view('fsconfig', [[0, 'fd'], [1, 'enum:fsconfig_cmd'], [2, key], [3, value], [4, aux]]);
  const KEY = 'value:fsconfig_string';
  const flag = v(KEY, 'ptr', 'int');
  const string = v(KEY, KEY, 'int');
  const binary = v(KEY, 'value:fsconfig_binary', 'int');
  const path = v(KEY, 'path', 'dirfd');
  const fd = v(KEY, 'ptr', 'fd');
  const other = v('ptr', 'ptr', 'int');
  const byCmd = new Map<number | undefined, ArgView>([
    [CMD['FSCONFIG_SET_FLAG'], flag], [CMD['FSCONFIG_SET_STRING'], string], [CMD['FSCONFIG_SET_PATH'], path],
    [CMD['FSCONFIG_SET_PATH_EMPTY'], path], [CMD['FSCONFIG_SET_FD'], fd],
  ]);
  const SET_BINARY = CMD['FSCONFIG_SET_BINARY'];
  defineRule('fsconfig', (t) => {
    const cmd = t.args[2]!;
    if (cmd === SET_BINARY) {
      const aux = t.argInt(4);
      return aux >= 0 && aux <= BINARY_MAX ? binary : flag;
    }
    return byCmd.get(cmd) ?? other;
  });
}

/** struct mount_attr's first version: attr_set, attr_clr, propagation, userns_fd (u64 each). */
const MOUNT_ATTR_SIZE_VER0 = 32;
const PAGE_SIZE = 4096;
const INT_MAX = 0x7fffffff;

function mountAttrText(c: StructContext, addr: number): string | null {
  const size = c.task.arg(c.index + 1);
  if (size < MOUNT_ATTR_SIZE_VER0) return null;
  if (c.mem.read(c.task.tid, addr, MOUNT_ATTR_SIZE_VER0) !== MOUNT_ATTR_SIZE_VER0) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, MOUNT_ATTR_SIZE_VER0));
  const u32 = (off: number): [number, number] => [b.readUInt32LE(off), b.readUInt32LE(off + 4)];
  const [setLo, setHi] = u32(0);
  const [clrLo, clrHi] = u32(8);
  const [propLo, propHi] = u32(16);
  const [nsLo, nsHi] = u32(24);
  const idmap = ((setLo | clrLo) & 0x100000) !== 0; // MOUNT_ATTR_IDMAP: userns_fd is an fd
  const userns = nsHi === 0 && nsLo <= INT_MAX && idmap ? fdText(c, nsLo) : u64At(b, 24);
  let s = `{attr_set=${formatFlags('mount_attr', setLo, setHi)}, attr_clr=${formatFlags('mount_attr', clrLo, clrHi)}` +
    `, propagation=${formatEnum('mount_propagation', propLo, propHi)}, userns_fd=${userns}`;
  if (size > MOUNT_ATTR_SIZE_VER0) {
    s += nonzeroBytes(c.mem, c.task.tid, addr, MOUNT_ATTR_SIZE_VER0, Math.min(size, PAGE_SIZE), c.opts.strsize);
  }
  return s + '}';
}

defineStruct('mount_attr', mountAttrText);
