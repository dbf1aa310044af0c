// Struct arguments printed as strace prints them: the structs and netio fixtures (and ls)
// traced by both tracers, default and -v; every {...} / [...] argument and every text after
// a return value in strace's line must appear, identical, in tstrace's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture, haveCompiler, haveTstrace, lines, mergeResumed, normalizeTrace, straceWorks, strace, tempDir, tstrace,
} from './helpers/fixtures.mjs';

const skip = !haveCompiler() ? 'no C compiler: struct decoding comparison skipped'
  : !haveTstrace() ? 'tstrace is not built (npx tsc -p .)'
    : !straceWorks() ? 'strace is not installed (or cannot trace here): struct decoding comparison skipped' : false;

/** Values that differ from run to run (inodes, times of new files, rusage, time left). */
function stable(line) {
  return line
    .replace(/\/\* \d{4}-\d\d-\d\dT[^*]*\*\//g, '/* DATE */')
    .replace(/\b(st_[acm]time|tv_sec)=1\d{9}\b/g, '$1=SEC')
    .replace(/\b(st_[acm]time_nsec|(?<=SEC, )tv_nsec|d_off|d_ino|st_ino|stx_ino)=\d+/g, '$1=N')
    .replace(/\bru_(\w+)=(\d+|\{tv_sec=\d+, tv_usec=\d+\})/g, 'ru_$1=N')
    .replace(/\bsi_([us])time=T( \/\* [\d.]+ s \*\/)?/g, 'si_$1time=T')
    .replace(/left \{tv_sec=\d+, tv_(n|u)sec=\d+\}/g, 'left {TIME}')
    .replace(/\/tmp\/[\w.-]+\//g, '/tmp/DIR/');
}

/** The top-level `{...}` and `[...]` groups of an argument list, and the text after ` = N`. */
function structParts(line) {
  const m = /^(?:\[pid PID\] |PID )?(\w+)\((.*)\) += (.*)$/.exec(line);
  if (!m) return null;
  const parts = [];
  let depth = 0;
  let start = -1;
  let quoted = false;
  const args = m[2];
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '{' || ch === '[') {
      if (depth++ === 0) start = i;
    } else if ((ch === '}' || ch === ']') && --depth === 0) {
      parts.push(args.slice(start, i + 1));
    }
  }
  const after = /^-?\w+ (\(.*\))$/.exec(m[3]);
  if (after) parts.push(after[1]);
  return { name: m[1], parts };
}

function traceOf(file) {
  return mergeResumed(lines(normalizeTrace(readFileSync(file, 'utf8')))).map(stable);
}

async function compareStructs(t, cmd, args, extra = []) {
  const dir = tempDir();
  try {
    const s = await strace(['-f', ...extra, '-o', join(dir, 's'), cmd, ...args, dir]);
    const r = await tstrace(['-f', ...extra, '-o', join(dir, 't'), cmd, ...args, dir]);
    assert.equal(r.code, s.code, `same exit status (${r.stderr})`);
    const sl = traceOf(join(dir, 's'));
    const tl = traceOf(join(dir, 't'));
    // Pair the k-th call of each syscall in both traces (-f interleaves processes freely).
    const byName = (ls) => {
      const m = new Map();
      for (const l of ls) {
        const p = structParts(l);
        if (!p || p.parts.length === 0) continue;
        if (!m.has(p.name)) m.set(p.name, []);
        m.get(p.name).push(l);
      }
      return m;
    };
    const sm = byName(sl);
    const tm = byName(tl);
    let checked = 0;
    for (const [name, calls] of sm) {
      if (name === 'execve') continue; // argv/envp are not structs
      const mine = tm.get(name) ?? [];
      // The engine's own differences (which calls appear) are strace-compare's business.
      if (mine.length !== calls.length) {
        t.diagnostic(`${name}: ${mine.length} calls, strace ${calls.length}: not compared`);
        continue;
      }
      calls.forEach((line, i) => {
        for (const part of structParts(line).parts) {
          assert.ok(mine[i].includes(part), `${name} #${i + 1}: ${part}\n strace:  ${line}\n tstrace: ${mine[i]}`);
          checked++;
        }
      });
    }
    t.diagnostic(`${checked} struct arguments identical to strace's`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const verbose of [false, true]) {
  const extra = verbose ? ['-v'] : [];
  const v = verbose ? ' (-v)' : '';
  test(`structs fixture: stat, time, signal and process structs as strace prints them${v}`, { skip }, async (t) => {
    await compareStructs(t, fixture('structs'), [], extra);
  });
  test(`netio fixture: sockaddr, msghdr, iovec, pollfd, epoll and fd_set as strace prints them${v}`, { skip }, async (t) => {
    await compareStructs(t, fixture('netio'), [], extra);
  });
}

test('ls -l: a real program\'s stat, statx, getdents64 and rlimit arguments', { skip }, async (t) => {
  await compareStructs(t, '/bin/ls', ['-l', '/dev/null', '/usr'], []);
});
