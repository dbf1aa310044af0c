// One place decides what is shown (filter/selection.ts): the strace text, the JSON lines
// and the library's events show the same things for the same options. Where they once
// differed (quiet= and signal= on exits and attaches applied to the text only), the
// events now follow the text; the process tree, a summary, still sees every task's life.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trace } from '../dist/index.js';
import { fixture, haveCompiler, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

/** Names of the syscalls the text shows (a resumed half is the same call). */
function textCalls(text) {
  return text.split('\n').map((l) => /^\d+ +([a-z_0-9]+)\(/.exec(l)?.[1]).filter((n) => n !== undefined).sort();
}

/** Runs `signals` (a child killed by SIGTERM) as text and as JSON with the same options. */
async function both(dir, options) {
  const text = join(dir, 'trace.txt');
  const json = join(dir, 'trace.jsonl');
  const tree = join(dir, 'tree.txt');
  let r = await tstrace(['-f', ...options, '-o', text, fixture('signals')]);
  assert.equal(r.code, 0, r.stderr);
  r = await tstrace(['-f', ...options, '-j', `--process-tree=${tree}`, '-o', json, fixture('signals')]);
  assert.equal(r.code, 0, r.stderr);
  const events = readFileSync(json, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  return { text: readFileSync(text, 'utf8'), events, tree: readFileSync(tree, 'utf8') };
}

test('-qq -e signal=none: no exit, signal or attach events, as the text has no such lines', { skip }, async () => {
  const dir = tempDir();
  try {
    const { text, events, tree } = await both(dir, ['-qq', '-e', 'signal=none', '-e', 'trace=kill,wait4,exit_group']);
    assert.doesNotMatch(text, /^\d+ +(\+\+\+|---)/m, text);
    assert.deepEqual(events.filter((e) => ['exit', 'signal', 'attach', 'detach'].includes(e.type)), []);
    assert.deepEqual(events.filter((e) => e.type === 'task').map((e) => e.origin), ['spawned'], 'the forked child is an attach');
    assert.deepEqual(events.filter((e) => e.type === 'syscall').map((e) => e.name).sort(), textCalls(text));
    // The tree is a summary: it still knows how each process ended.
    assert.match(tree, /\[exited 0,/);
    assert.match(tree, /\[killed by SIGTERM,/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-e signal=\'!SIGTERM\': the death by SIGTERM goes, the normal exit and SIGUSR1 stay, in both', { skip }, async () => {
  const dir = tempDir();
  try {
    const { text, events } = await both(dir, ['-e', 'signal=!SIGTERM', '-e', 'trace=kill']);
    assert.match(text, /\+\+\+ exited with 0 \+\+\+/);
    assert.doesNotMatch(text, /killed by/);
    assert.match(text, /--- SIGUSR1 /);
    const exits = events.filter((e) => e.type === 'exit').map((e) => e.status.kind);
    assert.deepEqual(exits, ['exited']);
    const textSignals = [...text.matchAll(/--- (SIG[A-Z0-9]+) /g)].map((m) => m[1]);
    assert.ok(textSignals.includes('SIGUSR1') && !textSignals.includes('SIGTERM'), text);
    assert.deepEqual(events.filter((e) => e.type === 'signal').map((e) => e.signalName), textSignals);
    // -o FILE with a command implies -q for the text only (no "Process N attached"): JSON
    // lines are data, and keep the child's task event (the process tree) unless -q says so.
    assert.doesNotMatch(text, /attached/);
    assert.deepEqual(events.filter((e) => e.type === 'task').map((e) => e.origin), ['spawned', 'child']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('trace() with quiet=attach,exit: no child task events and no exit events; the exit status still comes', { skip }, async () => {
  const h = trace({ command: [fixture('forkwait'), '2'] }, { followForks: true, filters: { quiet: new Set(['attach', 'exit']) } });
  const events = [];
  for await (const e of h) events.push(e);
  assert.deepEqual(await h.exit, { kind: 'exited', code: 0 });
  assert.deepEqual(events.filter((e) => e.type === 'task').map((e) => e.origin), ['spawned']);
  assert.deepEqual(events.filter((e) => e.type === 'exit'), []);
  assert.equal(events.filter((e) => e.type === 'syscall' && e.name === 'getpid').length, 2, 'the children are still traced');
});

test('a command whose execve fails: its exit is an event, as the text\'s `+++ exited with 1 +++`', async () => {
  const dir = tempDir();
  try {
    const script = join(dir, 'not-executable');
    writeFileSync(script, '#!/bin/sh\n', { mode: 0o644 });
    const text = await tstrace([script]);
    assert.match(text.stderr, /^\+\+\+ exited with 1 \+\+\+$/m);
    const json = await tstrace(['-j', script]);
    assert.equal(json.code, 1);
    const events = json.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    assert.deepEqual(events.filter((e) => e.type === 'exit').map((e) => e.status), [{ kind: 'exited', code: 1 }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
