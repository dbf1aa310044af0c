/** A descriptor inside a decoded structure, with -y / -yy as for arguments: `7</dev/zero>`. */
import { fdText as fdWithDetail } from '../fd-info.js';
import type { StructContext } from '../structs/registry.js';

export function fdText(c: StructContext, fd: number): string {
  return fdWithDetail(c.task.tid, fd, c.opts.fdPaths);
}
