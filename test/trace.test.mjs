// Tracing a spawned command: what tstrace prints and how it exits, on real processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, mergeResumed, tempDir, tstrace, TSTRACE } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

/** The lines of a trace that are syscalls (not messages). */
const calls = (text) => lines(text).filter((l) => !l.startsWith('tstrace: '));

test('files: paths, buffers, errno, exit, execve line', { skip }, async () => {
  const bin = fixture('files');
  const dir = tempDir();
  const r = await tstrace(['-s', '4096', bin, dir]);
  assert.equal(r.code, 0, r.stderr);
  const t = calls(r.stderr);
  assert.match(t[0], new RegExp(`^execve\\("${bin}", \\["${bin}", "${dir}"\\], 0x[0-9a-f]+ /\\* \\d+ vars \\*/\\) += 0$`));
  const has = (re) => assert.ok(t.some((l) => re.test(l)), `no line matches ${re}\n${t.join('\n')}`);
  has(new RegExp(`^openat\\(AT_FDCWD, "${dir}/data.txt", O_WRONLY\\|O_CREAT\\|O_TRUNC, 0644\\) += 3$`));
  has(/^write\(3, "hello tstrace\\n", 14\) += 14$/);
  has(/^read\(3, "hello tstrace\\n", 64\) += 14$/);
  has(new RegExp(`^openat\\(AT_FDCWD, "${dir}/does-not-exist", O_RDONLY\\) += -1 ENOENT \\(No such file or directory\\)$`));
  has(new RegExp(`^unlink\\("${dir}/data.txt"\\) += 0$`));
  // Bytes 0..99: C escapes, the shortest octal elsewhere (no digit follows any of them).
  const c = (n) => ({ 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' })[n]
    ?? (n < 32 ? '\\' + n.toString(8) : String.fromCharCode(n));
  const all = Array.from({ length: 100 }, (_, n) => c(n)).join('');
  assert.ok(t.includes(`write(3, "${all}", 100) = 100`), 'the 100-byte buffer, escaped');
  assert.equal(t.at(-2), 'exit_group(0)                           = ?');
  assert.equal(t.at(-1), '+++ exited with 0 +++');

  // -s 16: strings and buffers stop after 16 bytes, with "..." after the quote.
  const s16 = calls((await tstrace(['-s', '16', bin, dir])).stderr);
  assert.ok(s16.includes(`write(3, "${Array.from({ length: 16 }, (_, n) => c(n)).join('')}"..., 100) = 100`), s16.join('\n'));
  assert.match(s16[0], /^execve\("[^"]+", \["[^"]{16}"\.\.\., "[^"]{16}"\.\.\.\], /, 'argv strings are cut at -s too');
});

test('the = column is 40 (-a moves it), and results pad to it exactly', { skip }, async () => {
  const bin = fixture('exitcode');
  const r = await tstrace(['-e', 'trace=exit_group', bin, '3']);
  assert.equal(r.code, 3);
  assert.deepEqual(calls(r.stderr), ['exit_group(3)                           = ?', '+++ exited with 3 +++']);
  const a = await tstrace(['-a', '20', '-e', 'trace=exit_group', bin, '3']);
  assert.deepEqual(calls(a.stderr), ['exit_group(3)       = ?', '+++ exited with 3 +++']);
});

test('exit status: the command\'s code, or death by the same signal', { skip }, async () => {
  assert.equal((await tstrace(['-o', '/dev/null', fixture('exitcode'), '42'])).code, 42);
  const crash = await tstrace([fixture('crash')]);
  assert.equal(crash.signal, 'SIGSEGV');
  assert.match(crash.stderr, /^--- SIGSEGV \{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL\} ---$/m);
  assert.match(crash.stderr, /^\+\+\+ killed by SIGSEGV( \(core dumped\))? \+\+\+$/m);
  assert.equal(crash.stdout, 'about to crash\n', 'the tracee\'s stdout is inherited');
});

test('signals: delivery lines with siginfo, a handler, a child killed by SIGTERM', { skip }, async () => {
  const r = await tstrace(['-f', fixture('signals')]);
  assert.equal(r.code, 0, r.stderr);
  const t = calls(r.stderr);
  const kill = t.find((l) => /kill\(\d+, SIGUSR1\)/.test(l));
  const self = Number(/kill\((\d+), SIGUSR1\)/.exec(kill)[1]);
  assert.ok(t.includes(`--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=${self}, si_uid=${process.getuid()}} ---`), t.join('\n'));
  assert.ok(t.some((l) => /^write\(1, "usr1\\n", 5\) += 5$/.test(l)));
  const child = Number(/kill\((\d+), SIGTERM\)/.exec(r.stderr)[1]);
  assert.ok(t.includes(`[pid ${String(child).padStart(5)}] +++ killed by SIGTERM +++`), t.join('\n'));
  assert.ok(t.some((l) => l.includes(`si_code=CLD_KILLED, si_pid=${child}`) && l.includes('si_status=SIGTERM')));
  assert.ok(t.some((l) => /pause resumed>\) += \? ERESTARTNOHAND \(To be restarted if no handler\)$/.test(l)), 'pause interrupted');
});

test('-f: children appear with [pid N], each exit once, with its status', { skip }, async () => {
  const r = await tstrace(['-f', fixture('forkwait'), '3']);
  assert.equal(r.code, 0, r.stderr);
  // The message lands mid-line when a line is open, as strace's does; and in the order
  // the children first stop, which need not be the order they were forked in.
  const attached = [...r.stderr.matchAll(/tstrace: Process (\d+) attached$/gm)].map((m) => Number(m[1]));
  const t = mergeResumed(lines(r.stderr.replace(/tstrace: Process \d+ attached\n/g, '')));
  const forked = t.map((l) => /^(?:\[pid +\d+\] )?clone\(.*\) = (\d+)$/.exec(l)).filter(Boolean).map((m) => Number(m[1]));
  assert.equal(forked.length, 3, t.join('\n'));
  assert.deepEqual([...attached].sort(), [...forked].sort());
  forked.forEach((pid, i) => {
    const exits = t.filter((l) => l === `[pid ${String(pid).padStart(5)}] +++ exited with ${10 + i} +++`);
    assert.equal(exits.length, 1, `exit of child ${pid}`);
  });
  assert.equal(t.filter((l) => l.endsWith('+++ exited with 0 +++')).length, 1);
});

test('without -f children are not traced', { skip }, async () => {
  const r = await tstrace([fixture('forkwait'), '2']);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.stderr, /\[pid|attached|exited with 1\d/);
});

test('-f with -o: "PID   " prefixes; -ff: one file per task', { skip }, async () => {
  const dir = tempDir();
  const out = join(dir, 'trace');
  const r = await tstrace(['-f', '-o', out, fixture('forkwait'), '2']);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '', 'no attach messages with -o FILE and a command (strace implies -q)');
  const t = lines(readFileSync(out, 'utf8'));
  assert.ok(t.every((l) => /^\d+ {1,5}\S/.test(l) && /^(\d+) +/.exec(l)[0].length >= 6), t.slice(0, 5).join('\n'));

  const ff = join(dir, 'ff');
  const r2 = await tstrace(['-ff', '-o', ff, fixture('forkwait'), '2']);
  assert.equal(r2.code, 0);
  const files = readdirSync(dir).filter((f) => f.startsWith('ff.')).sort();
  assert.equal(files.length, 3, files.join(' '));
  const codes = files.map((f) => /\+\+\+ exited with (\d+) \+\+\+\n$/.exec(readFileSync(join(dir, f), 'utf8'))?.[1]).sort();
  assert.deepEqual(codes, ['0', '10', '11']);
  for (const f of files) assert.doesNotMatch(readFileSync(join(dir, f), 'utf8'), /^\[pid|^\d+ +\w/m, 'no prefixes with -ff');
});

test('-f threads: every thread\'s calls and exit', { skip }, async () => {
  const r = await tstrace(['-f', '-q', '-e', 'trace=gettid,write', fixture('threads'), '4']);
  assert.equal(r.code, 0, r.stderr);
  const t = mergeResumed(lines(r.stderr));
  const tids = new Set(t.map((l) => /^\[pid +(\d+)\] gettid\(\) = (\d+)$/.exec(l)).filter(Boolean).map((m) => {
    assert.equal(m[1], m[2], 'gettid returns the tid in the prefix');
    return m[1];
  }));
  assert.equal(tids.size, 4, t.join('\n'));
  for (const tid of tids) {
    const pfx = `[pid ${tid.padStart(5)}] `;
    assert.ok(t.includes(`${pfx}write(1, "t\\n", 2) = 2`), `write of ${tid}`);
    assert.equal(t.filter((l) => l === `${pfx}+++ exited with 0 +++`).length, 1, `one exit of ${tid}`);
  }
  assert.equal(r.stdout, 't\n'.repeat(4));
});

test('exec from a non-leader thread: superseded, then execve resumes in the leader\'s pid', { skip }, async () => {
  const r = await tstrace(['-f', fixture('exec_thread'), fixture('exitcode'), '7']);
  assert.equal(r.code, 7, r.stderr);
  const t = calls(r.stderr);
  const i = t.findIndex((l) => /^(\[pid +\d+\] )?\+\+\+ superseded by execve in pid \d+ \+\+\+$/.test(l));
  assert.ok(i > 0, t.join('\n'));
  assert.match(t[i + 1], /^(\[pid +\d+\] )?<\.\.\. execve resumed>\) += 0$/);
  assert.equal(t.at(-1), '+++ exited with 7 +++');
});

test('-e trace=NAME shows only those calls', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=unlink,close', fixture('files'), tempDir()]);
  assert.equal(r.code, 0);
  const names = new Set(calls(r.stderr).filter((l) => !l.startsWith('+++')).map((l) => l.slice(0, l.indexOf('('))));
  assert.deepEqual([...names].sort(), ['close', 'unlink']);
});

test('a call blocked in read(0) shows before it returns (output is not held back)', { skip }, async () => {
  const child = spawn(process.execPath, [TSTRACE, fixture('reader')], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const sawRead = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read(0, never shown:\n${err}`)), 10000);
    child.stderr.on('data', (d) => {
      err += d;
      if (err.includes('read(0, ')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await sawRead;
  assert.doesNotMatch(err, /read\(0, .*\) += /, 'shown while still blocked');
  child.stdin.end('ping\n');
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.equal(out, 'ping\n');
  assert.match(err, /^read\(0, "ping\\n", 100\) += 5$/m);
});

test('the command inherits the fds tstrace inherited, not just 0-2 (make\'s jobserver, 9>file)', { skip }, async () => {
  const dir = tempDir();
  const extra = openSync(join(dir, 'extra'), 'w');
  try {
    // fd 3 of tstrace is `extra`; the traced ls must see it as its fd 3 too.
    const child = spawn(process.execPath, [TSTRACE, '-o', '/dev/null', 'ls', '-l', '/proc/self/fd/'], { stdio: ['ignore', 'pipe', 'pipe', extra] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.match(out, new RegExp(` 3 -> ${join(dir, 'extra')}$`, 'm'), out);
  } finally {
    closeSync(extra);
  }
});

test('both ends of a pipe are passed on where MAKEFLAGS names them as the jobserver, else taken for Node\'s own', { skip }, async () => {
  // fds 3 and 4: the two ends of one pipe, as make hands its jobserver down.
  const script = `exec 3<> <(:); exec 4<>/dev/fd/3; exec "$@"`;
  const fdsOfLs = async (makeflags) => {
    const child = spawn('bash', ['-c', script, 'bash', process.execPath, TSTRACE, '-o', '/dev/null', 'ls', '-l', '/proc/self/fd/'], {
      stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MAKEFLAGS: makeflags },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    assert.equal(await new Promise((resolve) => child.on('close', resolve)), 0);
    return out;
  };
  const jobserver = await fdsOfLs(' -j2 --jobserver-auth=3,4');
  assert.match(jobserver, /^l.* 3 -> pipe:\[(\d+)\]\nl.* 4 -> pipe:\[\1\]$/m, jobserver);
  const other = await fdsOfLs('');
  assert.doesNotMatch(other, / 4 -> pipe:/, other);
});
