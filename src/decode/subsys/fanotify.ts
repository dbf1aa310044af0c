/** fanotify_mark's directory fd: FAN_NOFD (-1) is a name of its own, as strace's print_xlat_d. */
import { cwdSuffix, fdText } from '../fd-info.js';
import { defineStruct } from '../structs/registry.js';
import { styled } from '../xlat/index.js';

const FAN_NOFD = -1;
const AT_FDCWD = -100;

defineStruct('fanotify_dirfd', (c) => {
  const fd = c.task.args[2 * c.index]! | 0;
  if (fd === FAN_NOFD) return styled('FAN_NOFD', String(FAN_NOFD));
  if (fd === AT_FDCWD) return styled('AT_FDCWD', String(AT_FDCWD)) + cwdSuffix(c.task.tid, c.opts.fdPaths);
  return fdText(c.task.tid, fd, c.opts.fdPaths);
});
