/** sched_getscheduler's result is a policy: strace names it after the number (`= 0 (SCHED_OTHER)`). */
import { defineResult } from '../structs/registry.js';
import { SCHED_POLICIES } from '../xlat/process.gen.js';
import { lookup } from './xlat-text.js';

defineResult('sched_getscheduler', (c) => (c.task.retHi === 0 ? lookup(SCHED_POLICIES, c.task.retLo) ?? null : null));
