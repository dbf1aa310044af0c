#!/usr/bin/env node
// Generates src/decode/arg-names.gen.ts: each syscall's argument names, for --arg-names,
// from the prototypes in the SYNOPSIS of the section-2 man pages installed on this machine
// (manpages-dev): the names the kernel's documentation gives, `openat(dirfd, pathname,
// flags, mode)`. A prototype is kept only where it has as many arguments as the syscall's
// row in src/decode/signatures.ts (glibc wrappers that differ from the syscall are left
// out, unless OVERRIDES below names them); `npm run gen:arg-names` after a man-pages
// upgrade, and the output is committed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAN2 = '/usr/share/man/man2';

/**
 * Syscalls whose man page shows a wrapper with other arguments than the kernel's (or none
 * at all), in the kernel's order, as strace prints them; `_` for a printed slot the kernel
 * does not name (never printed by us: a `skip`).
 */
const OVERRIDES = {
  // The raw syscall's order on x86_64 (clone(2) NOTES), not the glibc wrapper's.
  clone: 'flags, stack, parent_tid, child_tid, tls',
  // Pages that show the glibc wrapper, without the kernel's sigset size.
  epoll_pwait: 'epfd, events, maxevents, timeout, sigmask, sigsetsize',
  epoll_pwait2: 'epfd, events, maxevents, timeout, sigmask, sigsetsize',
  ppoll: 'fds, nfds, tmo_p, sigmask, sigsetsize',
  pselect6: 'nfds, readfds, writefds, exceptfds, timeout, sigmask',
  rt_sigaction: 'signum, act, oldact, sigsetsize',
  rt_sigpending: 'set, sigsetsize',
  rt_sigsuspend: 'mask, sigsetsize',
  rt_sigtimedwait: 'set, info, timeout, sigsetsize',
  signalfd4: 'fd, mask, sizemask, flags',
  // The page's wrapper has another argument count than the syscall.
  eventfd: 'initval',
  eventfd2: 'initval, flags',
  faccessat: 'dirfd, pathname, mode',
  fchmodat: 'dirfd, pathname, mode',
  getcpu: 'cpu, node, tcache',
  waitid: 'idtype, id, infop, options, rusage',
  preadv2: 'fd, iov, iovcnt, offset, _, flags',
  pwritev2: 'fd, iov, iovcnt, offset, _, flags',
  // Variadic on the page, or documented under another name (_exit, pread, posix_fadvise).
  exit: 'status',
  fcntl: 'fd, cmd, arg',
  ioctl: 'fd, request, argp',
  semctl: 'semid, semnum, cmd, arg',
  pread64: 'fd, buf, count, offset',
  pwrite64: 'fd, buf, count, offset',
  fadvise64: 'fd, offset, len, advice',
  newfstatat: 'dirfd, pathname, statbuf, flags',
  prlimit64: 'pid, resource, new_limit, old_limit',
  // No page here: the names of the kernel's SYSCALL_DEFINE.
  fsconfig: 'fd, cmd, key, value, aux',
  fsmount: 'fs_fd, flags, attr_flags',
  fsopen: 'fs_name, flags',
  fspick: 'dfd, path, flags',
  futex_waitv: 'waiters, nr_futexes, flags, timeout, clockid',
  io_pgetevents: 'ctx_id, min_nr, nr, events, timeout, usig',
  io_uring_enter: 'fd, to_submit, min_complete, flags, argp, argsz',
  io_uring_register: 'fd, opcode, arg, nr_args',
  io_uring_setup: 'entries, params',
  move_mount: 'from_dfd, from_pathname, to_dfd, to_pathname, flags',
  open_tree: 'dfd, filename, flags',
  process_mrelease: 'pidfd, flags',
  quotactl_fd: 'fd, cmd, id, addr',
  rseq: 'rseq, rseq_len, flags, sig',
  set_mempolicy_home_node: 'start, len, home_node, flags',
};

/** The plain text of a roff line: font macros' arguments joined, escapes resolved. */
function roffText(line) {
  const m = /^\.(B|I|BI|IB|BR|RB|IR|RI|SM|SB)\s+(.*)$/.exec(line);
  let text = line;
  if (m !== null) {
    const words = [...m[2].matchAll(/"((?:[^"]|"")*)"|(\S+)/g)].map((w) => (w[1] ?? w[2]).replace(/""/g, '"'));
    text = m[1].length === 1 ? words.join(' ') : words.join('');
  } else if (line.startsWith('.')) {
    return '';
  }
  return text.replace(/\\f(\[[^\]]*\]|.)/g, '').replace(/\\-/g, '-').replace(/\\[~ ]/g, ' ').replace(/\\&/g, '')
    .replace(/\\\(em/g, '-').replace(/\\e/g, '\\');
}

/** The SYNOPSIS of a man page as plain C-ish text, following `.so` redirections. */
function synopsis(file, depth = 0) {
  const src = execFileSync('zcat', [file], { encoding: 'utf8' });
  const so = /^\.so\s+(\S+)/m.exec(src);
  if (so && depth < 3) {
    const target = join(dirname(MAN2), so[1].endsWith('.gz') ? so[1] : `${so[1]}.gz`);
    return existsSync(target) ? synopsis(target, depth + 1) : '';
  }
  const lines = src.replace(/\\\n/g, '').split('\n');
  const out = [];
  let inside = false;
  for (const line of lines) {
    if (/^\.SH\s/.test(line)) {
      inside = /^\.SH\s+"?SYNOPSIS/.test(line);
      continue;
    }
    if (inside && !line.startsWith('.\\"')) out.push(roffText(line));
  }
  return out.join('\n');
}

/** Top-level comma split of a parameter list (function pointers keep their parentheses). */
function splitTop(text) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** The name a C parameter declares: `const char *pathname` -> pathname, `int (*fn)(void *)` -> fn. */
function paramName(decl) {
  const fp = /\(\s*\*\s*(\w+)\s*\)/.exec(decl);
  if (fp) return fp[1];
  const plain = decl.replace(/\[[^\]]*\]/g, '').trim();
  const m = /(\w+)\s*$/.exec(plain);
  return m && /[\s*]/.test(plain) ? m[1] : null;
}

/** Every prototype in `text`: name -> the longest list of argument names found. */
function prototypes(text) {
  const found = new Map();
  for (const m of text.matchAll(/\b(\w+)\s*\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    if (depth !== 0 || !/^\s*;/.test(text.slice(i))) continue;
    // The return type comes before the name: a call in a comment has none.
    if (!/\w[\s*]*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    let name = m[1];
    const inner = text.slice(m.index + m[0].length, i - 1);
    // `... /* mode_t mode */`: names the page gives to variadic arguments count too.
    const expanded = inner.replace(/\.\.\.\s*\/\*(.*?)\*\//gs, (_, c) => c.replace(/\[.*?\]/g, ''));
    let params = splitTop(expanded.replace(/\/\*.*?\*\//gs, ''));
    if (name === 'syscall') {
      const sys = /^SYS_(\w+)$/.exec(params[0] ?? '');
      if (sys === null) continue;
      name = sys[1];
      params = params.slice(1);
    }
    if (params.length === 1 && params[0] === 'void') params = [];
    const names = params.map(paramName);
    if (names.some((n) => n === null)) continue;
    const prev = found.get(name);
    if (prev === undefined || names.length > prev.length) found.set(name, names);
  }
  return found;
}

async function main() {
  const { SIGNATURE_ROWS } = await import(pathToFileURL(join(root, 'dist/decode/signatures.js')).href);
  const { rowEntries } = await import(pathToFileURL(join(root, 'dist/decode/rows.js')).href);
  const pages = new Map();
  for (const f of readdirSync(MAN2).sort()) {
    if (!f.endsWith('.2.gz')) continue;
    for (const [name, names] of prototypes(synopsis(join(MAN2, f)))) {
      const prev = pages.get(name);
      if (prev === undefined || names.length > prev.length) pages.set(name, names);
    }
  }
  const table = {};
  const left = [];
  for (const [sys, row] of rowEntries(SIGNATURE_ROWS).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const count = row.split('->')[0].trim() === '' ? 0 : row.split('->')[0].split(',').length;
    if (count === 0) continue;
    if (OVERRIDES[sys] !== undefined) {
      const names = OVERRIDES[sys].split(', ');
      if (names.length !== count) throw new Error(`gen-arg-names: override of ${sys} has ${names.length} names, its row ${count}`);
      table[sys] = names;
      continue;
    }
    const names = pages.get(sys);
    if (names !== undefined && names.length === count) table[sys] = names;
    else left.push(`${sys}(${count})${names ? ` man: ${names.join(', ')}` : ''}`);
  }
  const body = Object.entries(table).map(([sys, names]) => `${sys}: ${names.join(', ')}`).join('\n');
  writeFileSync(join(root, 'src/decode/arg-names.gen.ts'),
    `// Generated by scripts/gen-arg-names.mjs from the SYNOPSIS of the man-pages in ${MAN2}\n` +
    '// (and its OVERRIDES); do not edit. Each syscall\'s argument names, in the order of its\n' +
    '// row in signatures.ts; `_` names a slot that is never printed. Rows as rows.ts reads them.\n' +
    `export const ARG_NAME_ROWS = \`\n${body}\n\`;\n`);
  process.stderr.write(`gen-arg-names: ${Object.keys(table).length} syscalls named; without names (${left.length}):\n  ${left.join('\n  ')}\n`);
}

await main();
