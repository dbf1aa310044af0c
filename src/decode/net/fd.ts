/** A descriptor inside a decoded structure, with -y / -yy as for arguments: `7</dev/zero>`. */
import { describeFd } from '../fd-info.js';
import type { StructContext } from '../structs/registry.js';

export function fdText(c: StructContext, fd: number): string {
  const detail = c.opts.fdPaths;
  if (!detail || fd < 0) return String(fd);
  const what = describeFd(c.task.tid, fd, detail === 2 ? 2 : 1);
  return what === null ? String(fd) : `${fd}<${what}>`;
}
