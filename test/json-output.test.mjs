// --output-format=json / -j: one JSON object per event per line, each valid against
// docs/json-schema.json, with the fields the text shows (and the raw ones it does not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, REPO, tempDir, tstrace } from './helpers/fixtures.mjs';
import { validate } from './helpers/json-schema.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const SCHEMA = JSON.parse(readFileSync(join(REPO, 'docs', 'json-schema.json'), 'utf8'));

function parseLines(text) {
  return text.split('\n').filter((l) => l !== '').map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      throw new Error(`line ${i + 1} is not JSON: ${l}`);
    }
  });
}

function assertValid(events) {
  for (const e of events) {
    const errors = validate(SCHEMA, e);
    assert.deepEqual(errors, [], `invalid event ${JSON.stringify(e)}`);
  }
}

test('the validator rejects what the schema forbids', () => {
  const ok = { type: 'exit', pid: 5, tid: 5, time: 1.5, status: { kind: 'exited', code: 0 } };
  assert.deepEqual(validate(SCHEMA, ok), []);
  assert.notDeepEqual(validate(SCHEMA, { ...ok, extra: 1 }), []);
  assert.notDeepEqual(validate(SCHEMA, { ...ok, status: { kind: 'exited' } }), []);
  assert.notDeepEqual(validate(SCHEMA, { ...ok, type: 'nope' }), []);
  assert.notDeepEqual(validate(SCHEMA, { ...ok, pid: 1.5 }), []);
});

test('-f -j: every line is a valid event; syscalls, signals, forks and exits all show', { skip }, async () => {
  const dir = tempDir();
  try {
    const out = join(dir, 'trace.jsonl');
    const r = await tstrace(['-f', '-j', '-o', out, fixture('signals')]);
    assert.equal(r.code, 0, r.stderr);
    const events = parseLines(readFileSync(out, 'utf8'));
    assertValid(events);
    const types = new Set(events.map((e) => e.type));
    for (const t of ['task', 'exec', 'syscall', 'signal', 'exit']) assert.ok(types.has(t), `no ${t} event`);

    const kill = events.find((e) => e.type === 'syscall' && e.name === 'kill' && e.args[1] === 'SIGUSR1');
    assert.ok(kill, 'kill(PID, SIGUSR1) as a syscall event');
    assert.equal(kill.ret, 0);
    assert.equal(kill.retText, '0');
    assert.equal(kill.errno, null);
    assert.equal(kill.rawArgs[1], '0xa', 'raw arguments in hex');
    assert.ok(kill.endTime >= kill.time && kill.duration >= 0);

    const usr1 = events.find((e) => e.type === 'signal' && e.signalName === 'SIGUSR1');
    assert.match(usr1.info, /^\{si_signo=SIGUSR1, si_code=SI_USER/);
    const killed = events.find((e) => e.type === 'exit' && e.status.kind === 'killed');
    assert.equal(killed.status.signalName, 'SIGTERM');
    const main = events.filter((e) => e.type === 'exit' && e.status.kind === 'exited');
    assert.deepEqual(main.map((e) => e.status.code), [0]);
    const exitGroup = events.find((e) => e.type === 'syscall' && e.name === 'exit_group');
    assert.equal(exitGroup.outcome, 'unfinished');
    assert.equal(exitGroup.ret, null);
    assert.equal(exitGroup.retText, '?');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-j with -e trace= and a failing call: errno name, text, only the traced syscalls', { skip }, async () => {
  const dir = tempDir();
  try {
    const r = await tstrace(['-j', '-e', 'trace=openat', 'cat', join(dir, 'missing'), '/dev/null']);
    assert.equal(r.code, 1);
    const events = parseLines(r.stderr.split('\n').filter((l) => l.startsWith('{')).join('\n'));
    assertValid(events);
    const calls = events.filter((e) => e.type === 'syscall');
    assert.ok(calls.length > 0);
    assert.deepEqual([...new Set(calls.map((e) => e.name))], ['openat']);
    const missing = calls.find((e) => e.args[1] === JSON.stringify(join(dir, 'missing')));
    assert.ok(missing, 'openat of the missing file');
    assert.deepEqual(missing.args.length, 3);
    assert.equal(missing.args[0], 'AT_FDCWD');
    assert.equal(missing.args[2], 'O_RDONLY');
    assert.equal(missing.ret, -2);
    assert.equal(missing.errno, 'ENOENT');
    assert.equal(missing.retText, '-1 ENOENT (No such file or directory)');
    assert.equal(missing.outcome, 'failed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--output-format: json and text only; -j refuses -c', async () => {
  let r = await tstrace(['--output-format=xml', 'true']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid --output-format: 'xml'/);
  r = await tstrace(['-j', '-c', 'true']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /-c\/-C cannot be combined with --output-format=json/);
  r = await tstrace(['--output-format=text', '-e', 'trace=none', 'true']);
  assert.equal(r.code, 0);
});
