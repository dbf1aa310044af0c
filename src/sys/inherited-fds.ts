/**
 * Which of our open fds were inherited from whoever started tstrace, so that the command
 * we start inherits them too, as it would under strace (make's jobserver pipe, a socket a
 * supervisor passed down, `9>log`). Node marks every inherited fd close-on-exec at startup
 * (libuv's uv_disable_stdio_inheritance) and opens its own fds next to them, so the flag
 * cannot tell them apart. Node's own are event fds (anon inodes) and self-pipes whose both
 * ends it holds; everything else open at startup was inherited. A pipe whose both ends
 * were inherited is recognised where MAKEFLAGS names it as make's jobserver.
 */
import { readdirSync } from 'node:fs';
import { readlink } from './libc.js';

function jobserverFds(makeflags: string | undefined): Set<number> {
  const m = makeflags?.includes('--jobserver-') ? /--jobserver-(?:auth|fds)=(\d+),(\d+)/.exec(makeflags) : null;
  return m ? new Set([Number(m[1]), Number(m[2])]) : new Set();
}

/** Call first thing, before tstrace opens anything of its own. fds >= 3 only. */
export function inheritedFds(env: NodeJS.ProcessEnv = process.env): number[] {
  const targets = new Map<number, string>();
  const target = Buffer.allocUnsafe(4096);
  for (const name of readdirSync('/proc/self/fd')) {
    const fd = Number(name);
    if (fd < 3) continue;
    // Fails for the fd readdir itself used, closed since.
    const n = readlink(`/proc/self/fd/${name}`, target, target.length);
    if (n >= 0) targets.set(fd, target.toString('utf8', 0, n));
  }
  const count = new Map<string, number>();
  for (const t of targets.values()) count.set(t, (count.get(t) ?? 0) + 1);
  const jobserver = jobserverFds(env.MAKEFLAGS);
  const out: number[] = [];
  for (const [fd, target] of targets) {
    if (target.startsWith('anon_inode:')) continue;
    if (target.startsWith('pipe:') && count.get(target)! > 1 && !jobserver.has(fd)) continue;
    if (target === `/proc/${process.pid}/fd`) continue;
    out.push(fd);
  }
  return out.sort((a, b) => a - b);
}
