/**
 * Arguments that are a process, a process group or something else depending on the
 * argument before them (getpriority's `which`, ioprio's, waitid's idtype), printed as pids
 * (decode/pids.ts) when they are one.
 */
import { fdText } from '../fd-info.js';
import { pidText, type PidKind } from '../pids.js';
import { defineStruct, type StructContext } from './registry.js';

/** A decoder for an `int` id whose kind is chosen by the previous argument's value. */
function whoByPrevious(kinds: ReadonlyMap<number, PidKind | 'fd'>) {
  return (c: StructContext): string => {
    const who = c.task.argInt(c.index);
    const kind = kinds.get(c.task.argInt(c.index - 1));
    if (kind === undefined) return String(who);
    if (kind === 'fd') return fdText(c.task.tid, who, c.opts.fdPaths);
    return pidText(c.task.tid, who, kind, c.opts);
  };
}

// PRIO_PROCESS, PRIO_PGRP (PRIO_USER's uid is a plain number).
defineStruct('prio_who', whoByPrevious(new Map([[0, 'tgid'], [1, 'pgid']])));
// IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP.
defineStruct('ioprio_who', whoByPrevious(new Map([[1, 'tgid'], [2, 'pgid']])));
// P_PID, P_PGID, P_PIDFD.
defineStruct('waitid_id', whoByPrevious(new Map([[1, 'tgid'], [2, 'pgid'], [3, 'fd']])));
