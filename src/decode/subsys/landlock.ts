/** Landlock: ruleset attributes (by their size), path-beneath rules, and the version query. */
import { defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { formatFlags } from '../xlat/index.js';
import { fdText } from './mem-text.js';

/** struct landlock_ruleset_attr (u64 handled_access_fs), read as far as the size says. */
defineStruct('landlock_ruleset_attr', (c, addr) => {
  const size = c.task.arg(1);
  if (size < 8 || c.mem.read(c.task.tid, addr, 8) !== 8) return null;
  const b = c.mem.scratch;
  const access = formatFlags('landlock_access_fs', b.readUInt32LE(0), b.readUInt32LE(4));
  return `{handled_access_fs=${access}${size > 8 ? ', ...' : ''}}`;
});

/** struct landlock_path_beneath_attr (packed): u64 allowed_access, s32 parent_fd. */
defineStruct('landlock_path_beneath_attr', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 12) !== 12) return null;
  const b = c.mem.scratch;
  const access = formatFlags('landlock_access_fs', b.readUInt32LE(0), b.readUInt32LE(4));
  return `{allowed_access=${access}, parent_fd=${fdText(c, b.readInt32LE(8))}}`;
});


// With LANDLOCK_CREATE_RULESET_VERSION the result is the ABI version, not an fd.
const LANDLOCK_CREATE_RULESET_VERSION = 1;
const versionQuery = view('landlock_create_ruleset',
  [[0, 'struct:landlock_ruleset_attr'], [1, 'ulong'], [2, 'flags:landlock_create']], { result: (lo) => String(lo | 0) });
defineRule('landlock_create_ruleset', (t) => (t.args[4]! & LANDLOCK_CREATE_RULESET_VERSION ? versionQuery : undefined));

const LANDLOCK_RULE_PATH_BENEATH = 1;
const pathBeneath = view('landlock_add_rule',
  [[0, 'fd'], [1, 'enum:landlock_rule_type'], [2, 'struct:landlock_path_beneath_attr'], [3, 'value:u32_hex']]);
const otherRule = view('landlock_add_rule', [[0, 'fd'], [1, 'enum:landlock_rule_type'], [2, 'ptr'], [3, 'value:u32_hex']]);
defineRule('landlock_add_rule', (t) => (t.args[2] === LANDLOCK_RULE_PATH_BENEATH ? pathBeneath : otherRule));
