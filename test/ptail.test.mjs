// ptail: what traced processes write to stdout/stderr, compared byte for byte with what
// they logged having written (test/fixtures/ptail_writer.c); attach mid-run and detach;
// --prefix, --no-follow, -q, error cases; and unit tests of the fd table and line prefixer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, procState, REPO, run, tempDir, waitFor } from './helpers/fixtures.mjs';
import { PTAIL, startPtail, tracerPid } from './helpers/ptail.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const ptail = (args, opts) => run(process.execPath, [PTAIL, ...args], opts);

// --- the writer fixture's records ------------------------------------------------------

/** Splits `@W/S/SEQ/LEN:payload\n` records; throws on anything else (stray or lost bytes). */
function parseRecords(buf, what) {
  const records = [];
  let at = 0;
  while (at < buf.length) {
    const colon = buf.indexOf(0x3a, at);
    const m = colon < 0 ? null : /^@(\w+)\/([oe])\/(\d+)\/(\d+)$/.exec(buf.toString('latin1', at, colon));
    assert.ok(m, `${what}: no record at byte ${at}: ${JSON.stringify(buf.toString('latin1', at, at + 60))}`);
    const end = colon + 1 + Number(m[4]) + 1;
    assert.ok(end <= buf.length && buf[end - 1] === 0x0a, `${what}: record at byte ${at} is cut short`);
    records.push({ key: `${m[1]}/${m[2]}`, writer: m[1], stream: m[2], bytes: buf.subarray(at, end) });
    at = end;
  }
  return records;
}

/** Records grouped by writer and stream ("m/o", "c123/e", ...), each list in write order. */
function byKey(records) {
  const map = new Map();
  for (const r of records) {
    if (!map.has(r.key)) map.set(r.key, []);
    map.get(r.key).push(r.bytes);
  }
  return map;
}

const readLog = (path) => byKey(parseRecords(existsSync(path) ? readFileSync(path) : Buffer.alloc(0), 'log'));
const counts = (log) => new Map([...log].map(([k, v]) => [k, v.length]));

function threadsOf(pid) {
  return readdirSync(`/proc/${pid}/task`).map(Number);
}

test('ptail -- cmd: every byte written to stdout/stderr by every route, nothing else', { skip }, async () => {
  const dir = tempDir('ptail-');
  try {
    const logPath = join(dir, 'log');
    const p = startPtail(['-q', '--', fixture('ptail_writer'), logPath, '1', '120']);
    const res = await p.done;
    assert.equal(res.code, 0, res.stderr.toString());
    const log = readLog(logPath);
    const out = parseRecords(res.stdout, 'stdout');
    const err = parseRecords(res.stderr, 'stderr');
    assert.ok(out.every((x) => x.stream === 'o'), 'stdout holds only stdout records');
    assert.ok(err.every((x) => x.stream === 'e'), 'stderr holds only stderr records');
    const seen = byKey([...out, ...err]);
    assert.deepEqual([...seen.keys()].sort(), [...log.keys()].sort());
    for (const [key, records] of log) {
      assert.equal(seen.get(key).length, records.length, `${key}: record count`);
      assert.ok(Buffer.concat(seen.get(key)).equals(Buffer.concat(records)), `${key}: bytes differ`);
    }
    assert.ok([...log.keys()].some((k) => k.startsWith('c')), 'children wrote');
    assert.ok(!res.stdout.includes('DECOY'), 'nothing written to /dev/null through an old stdout fd');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ptail -p mid-run: exactly the bytes written while attached; Ctrl-C leaves it running', { skip }, async () => {
  const dir = tempDir('ptail-');
  const logPath = join(dir, 'log');
  const writer = spawn(fixture('ptail_writer'), [logPath, '3', '0'], { stdio: 'ignore' });
  try {
    const pid = writer.pid;
    await waitFor(() => readLog(logPath).size >= 3, { what: 'the writer to start' });
    const p = startPtail(['-q', '-p', String(pid)]);
    await waitFor(() => threadsOf(pid).every((tid) => tracerPid(tid) !== 0), { timeout: 15000, what: 'ptail to attach' });
    // Whatever is logged from here on was written well after the attach completed.
    await new Promise((r) => setTimeout(r, 300));
    const atAttach = counts(readLog(logPath));
    await new Promise((r) => setTimeout(r, 1000));
    const atDetach = counts(readLog(logPath));
    p.child.kill('SIGINT');
    const res = await p.done;
    assert.equal(res.signal, 'SIGINT', `ptail ends by the signal it got; stderr: ${res.stderr}`);

    const log = readLog(logPath);
    const seen = byKey([...parseRecords(res.stdout, 'stdout'), ...parseRecords(res.stderr, 'stderr')]);
    let children = 0;
    for (const [key, records] of log) {
      const got = seen.get(key) ?? [];
      const before = atAttach.get(key) ?? 0;
      const until = atDetach.get(key) ?? 0;
      if (got.length === 0) {
        assert.ok(until <= before, `${key}: records ${before}..${until - 1} were written while attached but not shown`);
        continue;
      }
      if (key.startsWith('c')) children++;
      // Where ptail's records start in the log: they must be one contiguous run of it.
      const start = records.findIndex((r) => r.equals(got[0]));
      assert.ok(start >= 0, `${key}: first record shown was never written`);
      assert.ok(start <= before, `${key}: records ${before}..${start - 1} written after attach are missing`);
      assert.ok(start + got.length >= until, `${key}: records up to ${until - 1} written while attached are missing`);
      const i = got.findIndex((r, j) => !r.equals(records[start + j]));
      assert.equal(i, -1, `${key}: record ${start + i} differs: ${JSON.stringify(got[i]?.toString('latin1'))} ` +
        `where the log has ${JSON.stringify(records[start + i]?.toString('latin1'))}`);
    }
    for (const key of seen.keys()) assert.ok(log.has(key), `${key}: shown but never written`);
    assert.ok(seen.has('m/o') && seen.has('m/e') && seen.has('t/o') && seen.has('t/e'), 'both threads, both streams');
    assert.ok(children > 0, 'children forked while attached were followed');

    // Left running: untraced, not stopped, still writing.
    for (const tid of threadsOf(pid)) {
      assert.equal(tracerPid(tid), 0, `thread ${tid} still traced`);
      assert.ok(!['t', 'T'].includes(procState(tid)), `thread ${tid} left stopped`);
    }
    const after = readLog(logPath).get('m/o').length;
    await waitFor(() => readLog(logPath).get('m/o').length > after + 2, { what: 'the writer to keep writing' });
  } finally {
    writer.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ptail -p PID,PID: several processes; notes on how they ended', { skip }, async () => {
  const lines = fixture('ptail_lines');
  // Each loop runs until ptail has shown both (then `stop` appears): no race with ptail's start-up.
  const stop = join(tempDir(), 'stop');
  const loop = (word) => spawn('sh', ['-c', `until [ -e ${stop} ]; do echo ${word}; sleep 0.05; done; ${lines} 0; exit 4`],
    { stdio: 'ignore' });
  const a = loop('alpha');
  const b = loop('beta');
  try {
    const p = startPtail(['-p', `${a.pid},${b.pid}`]);
    await waitFor(() => /^alpha$/m.test(p.stdout().toString()) && /^beta$/m.test(p.stdout().toString()),
      { timeout: 20000, what: 'ptail to show both processes' });
    writeFileSync(stop, '');
    const res = await p.done;
    assert.equal(res.code, 0, res.stderr.toString());
    const out = res.stdout.toString();
    assert.match(out, /^alpha$/m);
    assert.match(out, /^beta$/m);
    assert.doesNotMatch(out, /alphabeta|betaalpha/);
    const err = res.stderr.toString();
    assert.match(err, new RegExp(`^ptail: ${a.pid} exited with 4$`, 'm'));
    assert.match(err, new RegExp(`^ptail: ${b.pid} exited with 4$`, 'm'));
    // Children that ended well (sleep, ptail_lines) are not noted.
    assert.equal(err.trim().split('\n').length, 2, err);
  } finally {
    a.kill('SIGKILL');
    b.kill('SIGKILL');
  }
});

test('ptail --prefix: [pid N comm] per line, lines of processes never mixed, name after exec', { skip }, async () => {
  const lines = fixture('ptail_lines');
  const r = await ptail(['-q', '--prefix', '--', 'sh', '-c',
    `echo one; printf par; sh -c 'echo child; echo oops >&2'; echo tial; exec ${lines} 2`]);
  assert.equal(r.code, 0, r.stderr);
  const m = /^\[pid (\d+) sh\] one\n\[pid (\d+) sh\] child\n\[pid \1 sh\] partial\n\[pid \1 ptail_lines\] line 0\n\[pid \1 ptail_lines\] line 1\n$/.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.notEqual(m[1], m[2]);
  assert.equal(r.stderr, `[pid ${m[2]} sh] oops\n`);
});

test('ptail --prefix: an unfinished line shows after a while, and the process ending ends it', async () => {
  const r = await ptail(['-q', '--prefix', '--', 'sh', '-c', 'printf "Password: "; sleep 1; printf abc']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\[pid (\d+) sh\] Password: abc\n$/);
});

test('ptail --no-follow: threads are followed, child processes are not', { skip }, async () => {
  const dir = tempDir('ptail-');
  try {
    const logPath = join(dir, 'log');
    const res = await startPtail(['-q', '--no-follow', '--', fixture('ptail_writer'), logPath, '1', '40']).done;
    assert.equal(res.code, 0, res.stderr.toString());
    const log = readLog(logPath);
    const seen = byKey([...parseRecords(res.stdout, 'stdout'), ...parseRecords(res.stderr, 'stderr')]);
    assert.deepEqual([...seen.keys()].sort(), [...log.keys()].filter((k) => !k.startsWith('c')).sort());
    for (const [key, records] of seen) assert.ok(Buffer.concat(records).equals(Buffer.concat(log.get(key))), key);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ptail --no-follow: children are not followed; -q; exit status passed on', async () => {
  const r = await ptail(['--no-follow', '--', 'sh', '-c', 'echo parent; sh -c "echo child"; echo done; exit 3']);
  assert.equal(r.code, 3);
  assert.equal(r.stdout, 'parent\ndone\n');
  assert.match(r.stderr, /^ptail: \d+ exited with 3\n$/);
  const q = await ptail(['-q', '--', 'sh', '-c', 'echo x; kill -TERM $$']);
  assert.equal(q.signal, 'SIGTERM');
  assert.equal(q.stdout, 'x\n');
  assert.equal(q.stderr, '');
  const k = await ptail(['--', 'sh', '-c', 'kill -TERM $$']);
  assert.match(k.stderr, /^ptail: \d+ killed by SIGTERM\n$/);
});

test('ptail --fd N: another fd (and its copies) shown on stdout', { skip }, async () => {
  const dir = tempDir('ptail-');
  const go = join(dir, 'go');
  // Writes only once ptail is attached (the test creates `go` then).
  const sh = spawn('sh', ['-c', `exec 5>/dev/null; until [ -e ${go} ]; do sleep 0.02; done; ` +
    'echo to-five >&5; echo not-five >/dev/null; echo out'], { stdio: 'ignore' });
  try {
    await waitFor(() => existsSync(`/proc/${sh.pid}/fd/5`), { what: 'fd 5 to open' });
    const p = startPtail(['-q', '--fd', '5', '-p', String(sh.pid)]);
    await waitFor(() => tracerPid(sh.pid) !== 0, { timeout: 15000, what: 'ptail to attach' });
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(go, '');
    const r = await p.done;
    assert.equal(r.code, 0, r.stderr.toString());
    assert.equal(r.stdout.toString(), 'to-five\nout\n');
  } finally {
    sh.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ptail: a line shows while the process blocks, not at its end', async () => {
  // The command never ends by itself: a line held back until exit (or until a buffer
  // fills) would never show, whatever the machine's load.
  const p = startPtail(['-q', '--', 'sh', '-c', 'echo ready; exec sleep 1000']);
  let ended = false;
  p.done.then(() => { ended = true; });
  try {
    await waitFor(() => p.stdout().includes('ready\n'), { timeout: 60000, what: 'the line' });
    assert.equal(ended, false, 'ptail still follows the blocked command');
  } finally {
    p.child.kill('SIGINT');
    await p.done;
  }
});

test('ptail errors: one line, exit 1', async () => {
  const none = await ptail(['-p', '999999']);
  assert.equal(none.code, 1);
  assert.equal(none.stderr, 'ptail: no such process: 999999\n');
  const usage = await ptail([]);
  assert.equal(usage.code, 1);
  assert.match(usage.stderr, /^ptail: nothing to follow: give -p PID or a command \(try 'ptail -h'\)\n$/);
  const both = await ptail(['-p', '1', 'ls']);
  assert.equal(both.code, 1);
  const bad = await ptail(['--bogus']);
  assert.match(bad.stderr, /^ptail: unknown option '--bogus'/);
  const self = await run('sh', ['-c', `exec "${process.execPath}" "${PTAIL}" -p $$`]);
  assert.equal(self.code, 1);
  assert.match(self.stderr, /^ptail: cannot trace myself \(pid \d+\)\n$/);
});

test('ptail errors: already traced, permission denied', { skip }, async () => {
  const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
  const other = startPtail(['-q', '-p', String(sleeper.pid)]);
  try {
    let ended = null;
    other.done.then((r) => (ended = r));
    await waitFor(() => ended !== null || tracerPid(sleeper.pid) !== 0, { timeout: 15000, what: 'the first ptail to attach' });
    assert.equal(ended, null, `the first ptail ended: ${ended?.stderr}`);
    const r = await ptail(['-p', String(sleeper.pid)]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`^ptail: process ${sleeper.pid} is already traced by pid ${other.child.pid} \\(node\\): only one tracer at a time\\n$`));
    other.child.kill('SIGINT');
    await other.done;
    if (process.getuid() === 0 && existsSync('/usr/bin/setpriv')) {
      const denied = await run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, PTAIL, '-p', String(sleeper.pid)]);
      assert.equal(denied.code, 1, denied.stderr);
      assert.match(denied.stderr, /^ptail: cannot attach to \d+: permission denied \(.*CAP_SYS_PTRACE.*ptrace_scope.*\)\n$/);
      assert.equal(tracerPid(sleeper.pid), 0);
    }
  } finally {
    other.child.kill('SIGKILL');
    sleeper.kill('SIGKILL');
  }
});

// --- units ---------------------------------------------------------------------------------

test('FdTable: dup/dup2/dup3/F_DUPFD copy roles, close and exec drop them, fork copies', async () => {
  const { FdTable } = await import(join(REPO, 'dist', 'ptail', 'fd-roles.js'));
  const t = FdTable.of([[1, 'stdout'], [2, 'stderr']]);
  t.duplicate(1, 7, false);
  t.duplicate(2, 9, true);
  t.duplicate(5, 2, false); // dup2 of something else over stderr
  assert.equal(t.describe(), '1:stdout 7:stdout 9:stderr+cloexec');
  const child = t.clone();
  t.close(1);
  t.exec();
  assert.equal(t.describe(), '7:stdout');
  assert.equal(child.describe(), '1:stdout 7:stdout 9:stderr+cloexec');
  child.setCloexec(1, true);
  child.closeRange(3, 0xffffffff, false);
  child.exec();
  assert.equal(child.describe(), '');
  assert.equal(child.streamOf(1), undefined);
});

test('LinePrefixer: whole lines per process, open lines continued or broken', async () => {
  const { LinePrefixer } = await import(join(REPO, 'dist', 'ptail', 'line-prefixer.js'));
  const chunks = [];
  const output = { append: (d, s, e) => chunks.push(Buffer.from(d.subarray(s, e))) };
  let now = 0;
  const lp = new LinePrefixer(output, 300, () => now);
  const a = { prefix: Buffer.from('[a] ') };
  const b = { prefix: Buffer.from('[b] ') };
  const w = (who, s) => lp.write(who, Buffer.from(s), 0, Buffer.byteLength(s));
  w(a, 'one\ntw');
  w(b, 'x\ny');
  w(a, 'o\n');
  now = 400;
  lp.tick(now); // b's "y" has waited long enough
  w(b, 'z\n'); // continues its open line
  w(a, 'pro');
  lp.tick(now + 400);
  w(b, 'q\n'); // breaks a's open line
  lp.drain();
  assert.equal(Buffer.concat(chunks).toString(), '[a] one\n[b] x\n[a] two\n[b] yz\n[a] pro\n[b] q\n');
});
