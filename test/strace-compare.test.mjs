// Differential test against the real strace: same fixture, both tracers, normalized text.
// Every line must have the same syscall name and return value; lines of syscalls whose
// arguments this version decodes fully must be identical; the share of identical lines
// overall is reported (symbolic flags and structs come with the decoding issue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture, haveCompiler, lines, mergeResumed, normalizeTrace, straceWorks, strace, tempDir, tstrace,
} from './helpers/fixtures.mjs';

const skip = !haveCompiler() ? 'no C compiler: strace comparison skipped'
  : !straceWorks() ? 'strace is not installed (or cannot trace here): strace comparison skipped' : false;

/** Syscalls whose every argument and result tstrace already prints as strace does. */
const FULLY_DECODED = new Set([
  'read', 'write', 'close', 'unlink', 'brk', 'exit_group', 'execve', 'getpid', 'gettid', 'getppid', 'kill',
  'munmap', 'set_tid_address', 'set_robust_list', 'pread64', 'getrandom', 'pause', 'exit',
]);

function traceOf(file) {
  return mergeResumed(lines(normalizeTrace(readFileSync(file, 'utf8'))));
}

/** `name`, `= result` of a syscall line; the whole line for signals and exits. */
function shape(line) {
  const body = line.replace(/^(\[pid PID\] |PID )/, '');
  const m = /^(\w+)\(.*\) = (.*)$/.exec(body);
  return m ? `${m[1]} = ${m[2]}` : body;
}

async function compare(name, args, opts = {}) {
  const dir = tempDir();
  const bin = fixture(name);
  const s = await strace(['-f', '-o', join(dir, 's'), bin, ...args], opts);
  const t = await tstrace(['-f', '-o', join(dir, 't'), bin, ...args], opts);
  assert.equal(t.code, s.code, 'same exit status');
  assert.equal(t.signal, s.signal, 'same fatal signal');
  const sl = traceOf(join(dir, 's'));
  const tl = traceOf(join(dir, 't'));
  assert.deepEqual(tl.map(shape), sl.map(shape), 'same syscalls, results, signals and exits, in order');
  let same = 0;
  for (let i = 0; i < sl.length; i++) {
    if (tl[i] === sl[i]) same++;
    const sys = /^(?:\[pid PID\] |PID )?(\w+)\(/.exec(sl[i])?.[1];
    if (sys && FULLY_DECODED.has(sys)) assert.equal(tl[i], sl[i], `line ${i + 1}`);
    if (!sys) assert.equal(tl[i], sl[i], `line ${i + 1}`);
  }
  return { same, total: sl.length };
}

const cases = [
  ['files', () => [tempDir()]],
  ['exitcode', () => ['5']],
  ['crash', () => []],
  ['spin', () => ['200']],
  ['xlat', () => [tempDir()]],
];

for (const [name, args] of cases) {
  test(`${name}: the same trace as strace`, { skip }, async (t) => {
    const { same, total } = await compare(name, args());
    t.diagnostic(`${name}: ${same}/${total} lines identical to strace (${((100 * same) / total).toFixed(1)}%)`);
  });
}
