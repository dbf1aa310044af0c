/**
 * sendfile's offset as strace prints it: unsigned, at entry, and when the call moved data
 * what the kernel advanced it to: `sendfile(4, 5, [0] => [4096], 4096) = 4096`. A NULL or
 * unreadable offset is printed at entry with the rest.
 */
import { parseArg } from '../signature.js';
import { defineRule, type ArgSlot, type ArgView } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { u64At } from '../structs/text.js';

const sys = 'sendfile';
const fd0: ArgSlot = { arg: parseArg(sys, 'fd'), index: 0, label: '' };
const fd1: ArgSlot = { arg: parseArg(sys, 'fd'), index: 1, label: '' };
const offset: ArgSlot = { arg: parseArg(sys, 'struct:ulong'), index: 2, label: '' };
const count: ArgSlot = { arg: parseArg(sys, 'ulong'), index: 3, label: '' };
const whole: ArgView = { slots: [fd0, fd1, offset, count], exitFrom: 4, separatorAtExit: false };
const split: ArgView = {
  slots: [fd0, fd1, offset, { arg: parseArg(sys, 'ostruct:sendfile_offset'), index: 2, label: '', joiner: ' => ' }, count],
  exitFrom: 3,
  separatorAtExit: true,
};

// The offset after the call: nothing (slot and joiner left out) unless data moved.
defineStruct('sendfile_offset', (c, addr) => {
  const t = c.task;
  if (t.isError || Number(t.retval()) === 0) return '';
  return c.mem.read(t.tid, addr, 8) === 8 ? `[${u64At(c.mem.scratch, 0)}]` : null;
}, { onError: true });

defineRule(sys, (task, mem) => {
  const at = task.arg(2);
  return at === 0 || mem.read(task.tid, at, 8) !== 8 ? whole : split;
});
