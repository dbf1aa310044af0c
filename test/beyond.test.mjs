// tstrace's flags beyond strace, on real processes: --summary-interval, --arg-names,
// --process-tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, REPO, startBackground, stopBackground, tempDir, TSTRACE, tstrace } from './helpers/fixtures.mjs';
import { validate } from './helpers/json-schema.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

function runs(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 10000 });
    return true;
  } catch {
    return false;
  }
}
const skipMake = haveCompiler() && runs('make', ['--version']) ? false : 'no make or C compiler';
/** The interpreter itself (a pyenv-style shim would add its own processes to the tree). */
const PYTHON = runs('python3', ['-c', '']) ? execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim() : '';
const skipPython = PYTHON !== '' ? false : 'no python3';

/** Starts tstrace with a stdin pipe the test holds; `until(re, n)` resolves when stderr matched `n` times. */
function startTraced(args) {
  const child = spawn(process.execPath, [TSTRACE, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  const waiters = [];
  child.stderr.setEncoding('utf8');
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => {
    stderr += d;
    for (const w of [...waiters]) if ((stderr.match(w.re) ?? []).length >= w.n) w.resolve();
  });
  const closed = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    closed,
    stderr: () => stderr,
    stdout: () => stdout,
    until: (re, n = 1) => new Promise((resolve) => {
      if ((stderr.match(re) ?? []).length >= n) return resolve();
      waiters.push({ re, n, resolve });
    }),
  };
}

const TABLE_HEAD = /^% time +seconds +usecs\/call +calls +errors syscall$/gm;

test('--summary-interval: tables while the command sits blocked in read(2), then the final one', { skip, timeout: 60000 }, async () => {
  const t = startTraced(['-c', '--summary-interval=0.05', fixture('reader')]);
  // Three tables before the command can go on: the later ones came while nothing stopped.
  await t.until(TABLE_HEAD, 3);
  assert.equal(t.child.exitCode, null, 'the command still waits for its input');
  const readsSoFar = readCalls(t.stderr().split(TABLE_HEAD).at(-1));
  t.child.stdin.end('hello\n');
  assert.equal(await t.closed, 0);
  assert.equal(t.stdout(), 'hello\n');
  const tables = t.stderr().split(TABLE_HEAD).slice(1);
  assert.ok(tables.length >= 4, t.stderr());
  // The last table is the final one: the read(0) that was blocked is in it, and the write.
  assert.equal(readCalls(tables.at(-1)), readsSoFar + 1);
  assert.match(tables.at(-1), /\bwrite\n/);
  for (const table of tables) assert.match(table, /^\n-+ -+ .*\n-+ .*\n.* total\n$/s);
});

/** The calls column of the `read` row of a -c table (0 if none). */
function readCalls(table) {
  const m = /^ *[\d.]+ +[\d.]+ +\d+ +(\d+) +\d* *read$/m.exec(table);
  return m === null ? 0 : Number(m[1]);
}

test('--summary-interval with -C: the tables come between whole trace lines', { skip, timeout: 60000 }, async () => {
  const t = startTraced(['-C', '--summary-interval=0.05', fixture('reader')]);
  // A table while the command is blocked in read(0): the half line is ended first.
  await t.until(/^read\(0, +<unfinished \.\.\.>\n% time/m);
  t.child.stdin.end('x');
  assert.equal(await t.closed, 0);
  const err = t.stderr();
  assert.match(err, /^<\.\.\. read resumed>"x", 100\) += 1\n/m);
  assert.match(err, /^\+\+\+ exited with 0 \+\+\+\n% time/m);
});

test('--summary-interval: bad values and a missing -c are usage errors', async () => {
  for (const [args, re] of [
    [['--summary-interval=0.05', 'true'], /--summary-interval must be given with \(-c\/--summary-only or -C\/--summary\)/],
    [['-c', '--summary-interval=soon', 'true'], /invalid --summary-interval argument: 'soon'/],
    [['-c', '--summary-interval=0', 'true'], /invalid --summary-interval argument: '0'/],
  ]) {
    const t = startTraced(args);
    t.child.stdin.end();
    assert.equal(await t.closed, 1);
    assert.match(t.stderr(), re);
  }
});

test('--arg-names: each argument after its name, in the text of a real command', async () => {
  const r = await tstrace(['--arg-names', '-e', 'trace=openat,read,close', 'cat', '/etc/hostname']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^openat\(dirfd: AT_FDCWD, pathname: "\/etc\/hostname", flags: O_RDONLY\) = (\d+)$/m);
  const fd = /pathname: "\/etc\/hostname", flags: O_RDONLY\) = (\d+)/.exec(r.stderr)[1];
  assert.match(r.stderr, new RegExp(`^read\\(fd: ${fd}, buf: ".*", count: \\d+\\) += \\d+$`, 'm'));
  assert.match(r.stderr, new RegExp(`^close\\(fd: ${fd}\\) += 0$`, 'm'));
  // The same trace without the flag: the same values, no names.
  const plain = await tstrace(['-e', 'trace=openat', 'cat', '/etc/hostname']);
  assert.match(plain.stderr, /^openat\(AT_FDCWD, "\/etc\/hostname", O_RDONLY\) = \d+$/m);
});

test('--arg-names with -j: events carry argNames beside args, which keep their plain values', async () => {
  const schema = JSON.parse(readFileSync(join(REPO, 'docs', 'json-schema.json'), 'utf8'));
  const script = 'import os; fd = os.open("/etc/hostname", os.O_RDONLY); os.read(fd, 5); os.close(fd)';
  const r = await tstrace(['-j', '--arg-names', '-e', 'trace=openat,read,close', 'python3', '-c', script]);
  assert.equal(r.code, 0, r.stderr);
  const events = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
  for (const e of events) assert.deepEqual(validate(schema, e), [], JSON.stringify(e));
  const open = events.find((e) => e.name === 'openat' && e.args[1] === '"/etc/hostname"');
  assert.ok(open, r.stderr);
  assert.deepEqual(open.argNames, ['dirfd', 'pathname', 'flags']);
  assert.deepEqual(open.args, ['AT_FDCWD', '"/etc/hostname"', 'O_RDONLY|O_CLOEXEC']);
  const read = events.find((e) => e.name === 'read' && e.args[0] === String(open.ret) && e.args[2] === '5');
  assert.deepEqual(read?.argNames, ['fd', 'buf', 'count'], r.stderr);
  const plain = await tstrace(['-j', '-e', 'trace=openat', 'true']);
  for (const e of plain.stderr.trim().split('\n').map((l) => JSON.parse(l))) assert.equal('argNames' in e, false);
});

test('--arg-names: the generated names fit the signature rows', async () => {
  const { SIGNATURE_ROWS } = await import(join(REPO, 'dist', 'decode', 'signatures.js'));
  const { ARG_NAME_ROWS } = await import(join(REPO, 'dist', 'decode', 'arg-names.gen.js'));
  const { rowEntries } = await import(join(REPO, 'dist', 'decode', 'rows.js'));
  const SIGNATURES = Object.fromEntries(rowEntries(SIGNATURE_ROWS));
  let named = 0;
  for (const [sys, names] of rowEntries(ARG_NAME_ROWS)) {
    const kinds = SIGNATURES[sys].split('->')[0].split(',');
    assert.equal(names.split(', ').length, kinds.length, sys);
    for (const n of names.split(', ')) assert.match(n, /^[a-z_][a-z0-9_]*$/, sys);
    named++;
  }
  // Every row with arguments but the never-implemented ones (afs_syscall, tuxcall, ...).
  const withArgs = Object.values(SIGNATURES).filter((row) => row.split('->')[0].trim() !== '').length;
  assert.ok(named >= withArgs - 10, `${named} of ${withArgs}`);
});

/** A tiny C project: make builds prog from two sources. */
function makeProject() {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.c'), 'int a(void) { return 1; }\n');
  writeFileSync(join(dir, 'm.c'), 'int a(void);\nint main(void) { return a() - 1; }\n');
  writeFileSync(join(dir, 'Makefile'), 'prog: a.o m.o\n\tcc -o prog a.o m.o\n%.o: %.c\n\tcc -c $< -o $@\n');
  return dir;
}

test('--process-tree: a make build, after the trace in its -o file', { skip: skipMake, timeout: 120000 }, async () => {
  const dir = makeProject();
  try {
    const out = join(dir, 'trace.txt');
    const r = await tstrace(['-f', '-e', 'trace=none', '-o', out, '--process-tree', 'make', '-C', dir], { timeout: 120000 });
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(out, 'utf8');
    const tree = text.slice(text.lastIndexOf('+++ exited with 0 +++\n') + '+++ exited with 0 +++\n'.length);
    const lines = tree.trimEnd().split('\n');
    assert.match(lines[0], new RegExp(`^\\d+ make -C ${dir}  \\[exited 0, [\\d.]+ (µs|ms|s)\\]$`), tree);
    // The compiler drivers are make's children, their cc1/as/ld below them.
    assert.match(tree, /^├── \d+ cc -c a\.c -o a\.o  \[exited 0, [\d.]+ (ms|s)\]$/m);
    assert.match(tree, /^│   [├└]── \d+ \S*cc1 .*a\.c.*  \[exited 0, /m);
    assert.match(tree, /^└── \d+ cc -o prog a\.o m\.o  \[exited 0, /m);
    assert.match(tree, /^    └── \d+ \S*collect2 /m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--process-tree=FILE: a Python script\'s children, one killed, one failing', { skip: skipPython, timeout: 60000 }, async () => {
  const dir = tempDir();
  try {
    const script = 'import signal, subprocess, sys\n' +
      'p = subprocess.Popen(["sleep", "30"])\n' +
      'q = subprocess.run(["sh", "-c", "exit 3"])\n' +
      'p.send_signal(signal.SIGTERM); p.wait()\n' +
      'sys.exit(q.returncode)\n';
    const tree = join(dir, 'tree.txt');
    const r = await tstrace(['-f', '-o', '/dev/null', `--process-tree=${tree}`, PYTHON, '-c', script]);
    assert.equal(r.code, 3, r.stderr);
    const lines = readFileSync(tree, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /^\d+ \S*python3\S* -c 'import signal.*  \[exited 3, [\d.]+ (ms|s)\]$/);
    assert.match(lines[1], /^├── \d+ sleep 30  \[killed by SIGTERM, [\d.]+ (µs|ms|s)\]$/);
    assert.match(lines[2], /^└── \d+ sh -c 'exit 3'  \[exited 3, [\d.]+ (µs|ms|s)\]$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--process-tree with -j needs a FILE', async () => {
  const r = await tstrace(['-j', '--process-tree', 'true']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--process-tree needs a FILE with --output-format=json/);
});

function chromium() {
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome']) {
    if (runs(bin, ['--version'])) return bin;
  }
  return null;
}
const browser = chromium();

test('--html as a person sees it in Chromium: an attached process by name, its end on its row, the tree, a plain axis',
  { skip: skip || (browser === null && 'chromium not installed (apt-get install -y chromium): skipped'), timeout: 120000 }, async () => {
    const dir = tempDir();
    const { child, pid } = await startBackground(fixture('sleeper'));
    try {
      const html = join(dir, 'page.html');
      const t = startTraced(['-e', 'trace=write', '--html', html, '-p', String(pid)]);
      t.child.stdin.end();
      // Attached and tracing: then the process is killed, which ends the trace.
      await t.until(/^write\(\d+, "tick\\n", 5\) += 5$/m);
      await stopBackground(child, 'SIGTERM');
      assert.equal(await t.closed, 0, t.stderr());
      const run = spawnSync(browser, [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0', '--window-size=1400,900',
        `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=5000', '--dump-dom', `file://${html}`,
      ], { encoding: 'utf8', timeout: 90000 });
      assert.equal(run.status, 0, run.stderr);
      const dom = run.stdout;
      // The row is labelled by the program's name, with how it ended, not `pid N`.
      const label = new RegExp(`<div class="label"[^>]*>sleeper \\(${pid}\\) / ${pid} \\(main\\)<span class="end"> \\[killed by SIGTERM, [\\d.]+ (ms|s|min [\\d]+ s)\\]</span></div>`);
      assert.match(dom, label);
      assert.doesNotMatch(dom, />pid \d+ \//);
      // The tree panel: the process, its command line, how it ended.
      assert.match(dom, new RegExp(`<li data-pid="${pid}"><span class="pid">${pid}</span> <code>\\S*sleeper</code> <span class="end killed">killed by SIGTERM, `));
      // Axis labels read `200 ms`, `1 s`: no trailing zeros.
      const ticks = [...dom.matchAll(/<text x="[\d.]+" y="10">([^<]*)<\/text>/g)].map((m) => m[1]);
      assert.ok(ticks.length >= 2, dom);
      for (const tick of ticks) assert.match(tick, /^\d+(\.\d*[1-9])? (s|ms|µs)$/);
      const consoleErrors = run.stderr.split('\n').filter((l) => /CONSOLE|Uncaught/.test(l));
      assert.deepEqual(consoleErrors, []);
    } finally {
      await stopBackground(child);
      rmSync(dir, { recursive: true, force: true });
    }
  });

test('library: decode.argNames and a ProcessTreeBuilder over trace()\'s events', async () => {
  const { trace, ProcessTreeBuilder, renderProcessTree } = await import(join(REPO, 'dist', 'index.js'));
  const tree = new ProcessTreeBuilder();
  const run = trace({ command: ['sh', '-c', 'ls / >/dev/null; exit 4'] }, { followForks: true, decode: { argNames: true } });
  let openat = null;
  for await (const e of run) {
    tree.add(e);
    if (e.type === 'syscall' && e.name === 'openat' && openat === null) openat = e;
  }
  assert.deepEqual(openat.argNames, ['dirfd', 'pathname', 'flags']);
  const lines = renderProcessTree(tree.roots(), Date.now() / 1000).trimEnd().split('\n');
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^\d+ sh -c 'ls \/ >\/dev\/null; exit 4'  \[exited 4, /);
  assert.match(lines[1], /^└── \d+ ls \/  \[exited 0, /);
});
