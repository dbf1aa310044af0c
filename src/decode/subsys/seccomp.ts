/** seccomp(2): each operation's flags and argument (filters as BPF programs with -v). */
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { formatEnum } from '../xlat/index.js';
import './bpf-filter.js';

defineStruct('seccomp_action_cell', (c, addr) =>
  (c.mem.read(c.task.tid, addr, 4) === 4 ? `[${formatEnum('seccomp_ret_action', c.mem.scratch.readUInt32LE(0), 0)}]` : null));
/** struct seccomp_notif_sizes: three u16 sizes. */
defineStruct('seccomp_notif_sizes', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 6) !== 6) return null;
  const b = c.mem.scratch;
  return `{seccomp_notif=${b.readUInt16LE(0)}, seccomp_notif_resp=${b.readUInt16LE(2)}, seccomp_data=${b.readUInt16LE(4)}}`;
});

const op: [number, string] = [0, 'enum:seccomp_op'];
const flagsHex: [number, string] = [1, 'value:u32_hex'];
const views = new Map<number, ArgView>([
  [1, view('seccomp', [op, [1, 'flags:seccomp'], [2, 'struct:seccomp_fprog']])], // SECCOMP_SET_MODE_FILTER
  [2, view('seccomp', [op, flagsHex, [2, 'struct:seccomp_action_cell']])], // SECCOMP_GET_ACTION_AVAIL
  [3, view('seccomp', [op, flagsHex, [2, 'ostruct:seccomp_notif_sizes']])], // SECCOMP_GET_NOTIF_SIZES
]);
const other = view('seccomp', [op, flagsHex, [2, 'ptr']]);
defineRule('seccomp', (t) => views.get(t.args[0]!) ?? other);
