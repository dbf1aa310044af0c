/** What strace adds after a result that fault injection changed, delayed or wrote into. */
import type { Task } from '../engine/task.js';

export function injectionNote(task: Task): string {
  let note = task.injected && task.poked ? ' (INJECTED: args, retval)'
    : task.poked ? ' (INJECTED: args)'
    : task.injected ? ' (INJECTED)'
    : '';
  if (task.delayed) note += ' (DELAYED)';
  return note;
}
