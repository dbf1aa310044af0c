// Loaded with `node --import` ahead of the CLI (which runs its stop loop on its own main
// thread): SIGKILLs the traced task at its KILL_AT_STOP-th syscall entry stop (the exec
// stub's not counted), after the tracer's wait4 has reported the stop and before the
// tracer reads it. That window is where strace's kill_child race lands (the tracee killed
// by a sibling while its stop waits to be read); from outside the loop it can only be hit
// by chance, from here every time. KILL_AT_STOP_NOTE=1 also says which kind of stop it was.
import { writeSync } from 'node:fs';
import { Tracer } from '../../dist/engine/tracer.js';

const at = Number(process.env.KILL_AT_STOP);
const read = Tracer.prototype.syscallStop;
if (typeof read !== 'function') throw new Error('kill-at-stop.mjs: Tracer.prototype.syscallStop is gone; follow its rename');
let seen = 0;
Tracer.prototype.syscallStop = function (task) {
  if (!task.hidden && task.syscall === 'none' && ++seen === at) {
    process.kill(task.tid, 'SIGKILL');
    if (process.env.KILL_AT_STOP_NOTE === '1') writeSync(2, `kill-at-stop: ${task.seccomp ? 'seccomp' : 'syscall'} stop\n`);
  }
  return read.call(this, task);
};
