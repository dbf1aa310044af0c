// The library as a process citizen: several traces at once in one process, and the CLI's
// reasons when nothing can be attached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trace, TraceError } from '../dist/index.js';

test('several trace() calls at once in one process all run to their end', { timeout: 60000 }, async () => {
  for (let round = 0; round < 3; round++) {
    const handles = [];
    for (let i = 0; i < 4; i++) {
      handles.push(trace({ command: ['sh', '-c', `exit ${i + 1}`] }, { followForks: true, events: false }));
    }
    const exits = await Promise.all(handles.map((h) => h.exit));
    assert.deepEqual(exits.map((e) => e.kind === 'exited' && e.code), [1, 2, 3, 4], JSON.stringify(exits));
  }
});

test('several traces at once with their events: each sees only its own command', { timeout: 60000 }, async () => {
  const collect = async (h) => {
    const names = new Set();
    for await (const e of h) if (e.type === 'syscall' && e.name === 'execve') names.add(e.args?.[0] ?? e.text ?? JSON.stringify(e));
    return { names, exit: await h.exit };
  };
  const runs = await Promise.all([1, 2, 3].map((i) => collect(trace({ command: ['sh', '-c', `exit ${i}`] }))));
  runs.forEach((r, i) => assert.deepEqual(r.exit.kind === 'exited' && r.exit.code, i + 1));
});

test('nothing attachable: the rejection gives the CLI\'s reason', async () => {
  const gone = trace({ pids: [0x3ffffff0] }, { events: false });
  await assert.rejects(gone.exit, (e) => e instanceof TraceError &&
    e.message === `attach: ptrace(PTRACE_SEIZE, ${0x3ffffff0}): No such process`);
});
