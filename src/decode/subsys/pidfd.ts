/**
 * pidfd_getfd's target fd belongs to the process the pidfd refers to: with -y it prints
 * with that process's path for it, as strace's printfd_pid.
 */
import { fdText, pidfdPid } from '../fd-info.js';
import { defineStruct } from '../structs/registry.js';

defineStruct('pidfd_target_fd', (c) => {
  const fd = c.task.args[2 * c.index]! | 0;
  const detail = c.opts.fdPaths;
  if (!detail) return String(fd);
  const pid = pidfdPid(c.task.tid, c.task.args[0]! | 0);
  return pid > 0 ? fdText(pid, fd, detail) : String(fd);
});
