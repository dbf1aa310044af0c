/** Value shapes several subsystems' arguments share. */
import { defineStruct } from '../structs/registry.js';
import { hex } from '../xlat/index.js';

/** A 32-bit argument (flags no table names) in hex, whatever the register's high half holds. */
defineStruct('u32_hex', (c) => hex(c.task.args[2 * c.index]!, 0));
