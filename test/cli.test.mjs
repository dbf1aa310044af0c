// Bad input: one line naming the problem, exit status 1, nothing traced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tstrace } from './helpers/fixtures.mjs';

const bad = [
  [[], /must have PROG \[ARGS\] or -p PID/],
  [['-s', '-1', 'true'], /invalid -s argument: '-1'/],
  [['-s', 'x', 'true'], /invalid -s argument: 'x'/],
  [['-p', 'abc'], /Invalid process id: 'abc'/],
  [['-p', '0'], /Invalid process id: '0'/],
  [['-J', 'true'], /invalid option -- 'J'/],
  [['--nosuch', 'true'], /unrecognized option '--nosuch'/],
  [['-o'], /option requires an argument -- 'o'/],
  [['-e', 'trace=nosuch', 'true'], /invalid system call 'nosuch'/],
  [['-o', '/nonexistent-dir/x/out', 'true'], /Can't fopen '\/nonexistent-dir\/x\/out': .*No such file or directory/],
  [['no-such-command-xyz'], /Can't stat 'no-such-command-xyz': No such file or directory/],
  [['./no/such/path'], /Can't stat '.\/no\/such\/path'/],
];

for (const [args, re] of bad) {
  test(`rejects ${JSON.stringify(args)}`, async () => {
    const r = await tstrace(args);
    assert.equal(r.code, 1, r.stderr);
    // strace's words; a malformed command line is followed by its "Try ... -h" line.
    const errLines = r.stderr.trim().split('\n');
    assert.ok(errLines.length === 1 || (errLines.length === 2 && errLines[1] === "Try 'tstrace -h' for more information."),
      `one line expected:\n${r.stderr}`);
    assert.match(errLines[0], /^tstrace: /);
    assert.match(errLines[0], re);
    assert.equal(r.stdout, '');
  });
}

test('-p of a pid that does not exist fails with strace\'s message', async () => {
  const r = await tstrace(['-p', '4000000']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^tstrace: attach: ptrace\(PTRACE_SEIZE, 4000000\): No such process$/m);
});

test('-V and -h', async () => {
  const v = await tstrace(['-V']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^tstrace -- version \d+\.\d+\.\d+\n$/);
  const h = await tstrace(['-h']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /^Usage: tstrace/);
  for (const flag of ['-f', '-ff', '-o', '-p', '-e trace=', '-s', '-v', '-a', '-q', '-e read=', '-e write=', '-E', '-A', '-n',
    '-O', '-Y', '--decode-fds', '-e raw=', 'syscall=', 'poke_enter=', '--tips', '-e kvm=']) assert.ok(h.stdout.includes(flag), flag);
});

test('a failed -o leaves no file and runs nothing', async () => {
  const r = await tstrace(['-o', '/nonexistent-dir/out', 'touch', '/tmp/tstrace-should-not-exist']);
  assert.equal(r.code, 1);
  assert.equal(existsSync('/tmp/tstrace-should-not-exist'), false);
});

test('flag combinations strace refuses are refused in its words; the ones it warns about warn', async () => {
  for (const [args, re] of [
    [['-c', '-C', 'true'], /-c\/--summary-only and -C\/--summary are mutually exclusive/],
    [['-c', '-ff', '-o', '/tmp/x', 'true'], /\(-c\/--summary-only or -C\/--summary\) and -ff\/--output-separately are mutually exclusive/],
    [['-w', 'true'], /-w\/--summary-wall-clock must be given with \(-c\/--summary-only or -C\/--summary\)/],
    [['-q', '-e', 'quiet=exit', 'true'], /-q and -e quiet\/--quiet cannot be provided simultaneously/],
    [['-a', '-5', 'true'], /invalid -a argument: '-5'/],
  ]) {
    const r = await tstrace(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr.split('\n')[0], re);
  }
  const w = await tstrace(['-z', '-Z', '-S', 'calls', '-o', '/dev/null', 'true']);
  assert.equal(w.code, 0);
  assert.match(w.stderr, /^tstrace: Only the last of -z\/--successful-only\/-Z\/--failed-only options will take effect/m);
  assert.match(w.stderr, /^tstrace: -S\/--summary-sort-by has no effect without/m);
  const u = await tstrace(['-U', 'calls', 'true']);
  assert.equal(u.stderr, "tstrace: -U/--summary-columns must be given with (-c/--summary-only or -C/--summary)\n" +
    "Try 'tstrace -h' for more information.\n");
});
