// Kernel-subsystem decoders (src/decode/subsys/): prctl options, SysV IPC structs,
// seccomp filters as BPF programs, each printed as strace prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

async function trace(args) {
  const dir = tempDir();
  await tstrace(['-o', join(dir, 't'), ...args, fixture('subsys')]);
  return lines(readFileSync(join(dir, 't'), 'utf8')).map((l) => l.replace(/ +=/, ' ='));
}

test('prctl: each option with its own arguments', { skip }, async () => {
  const t = await trace(['-e', 'trace=prctl']);
  assert.ok(t.includes('prctl(PR_SET_NAME, "subsys-fixture") = 0'));
  assert.ok(t.includes('prctl(PR_GET_NAME, "subsys-fixture") = 0'));
  assert.ok(t.includes('prctl(PR_SET_PDEATHSIG, SIGKILL) = 0'));
  assert.ok(t.some((l) => /^prctl\(PR_CAPBSET_READ, CAP_SYS_ADMIN\) = [01]$/.test(l)));
  assert.ok(t.includes('prctl(PR_SET_DUMPABLE, 0xdeadc0de00000001 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)'));
  assert.ok(t.includes('prctl(0xffffffff /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)'));
});

test('prctl under -X raw and verbose', { skip }, async () => {
  const raw = await trace(['-e', 'trace=prctl', '-X', 'raw']);
  assert.ok(raw.includes('prctl(0xffffffff, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)'));
  const verbose = await trace(['-e', 'trace=prctl', '-X', 'verbose']);
  assert.ok(verbose.includes('prctl(0xf /* PR_SET_NAME */, "subsys-fixture") = 0'));
});

test('SysV IPC: *ctl structs by command, message buffers, semaphore operations', { skip }, async () => {
  const t = await trace(['-e', 'trace=ipc']);
  assert.ok(t.some((l) => /^msgctl\(\d+, IPC_STAT, \{msg_perm=\{uid=\d+, gid=\d+, mode=0600, key=0, cuid=\d+, cgid=\d+\}, msg_stime=0, msg_rtime=0, msg_ctime=\d+, msg_qnum=0, msg_qbytes=\d+, msg_lspid=0, msg_lrpid=0\}\) = 0$/.test(l)));
  assert.ok(t.some((l) => /^msgctl\(\d+, IPC_SET, \{msg_perm=\{uid=\d+, gid=\d+, mode=0600\}, msg_qbytes=\d+\}\) = 0$/.test(l)));
  assert.ok(t.some((l) => /^msgsnd\(\d+, \{mtype=7, mtext="hi"\}, 2, IPC_NOWAIT\) = 0$/.test(l)));
  assert.ok(t.some((l) => /^msgctl\(\d+, IPC_RMID, NULL\) = 0$/.test(l)));
  assert.ok(t.some((l) => /^semget\(IPC_PRIVATE, 1, IPC_CREAT\|0600\) = \d+$/.test(l)));
  assert.ok(t.some((l) => /^sem(timed)?op\(\d+, \[\{sem_num=0, sem_op=1, sem_flg=SEM_UNDO\}\], 1(, NULL)?\) = 0$/.test(l)));
});

test('seccomp: the filter as a BPF program with -v, its address without', { skip }, async () => {
  const v = await trace(['-v', '-e', 'trace=seccomp']);
  assert.deepEqual(v.filter((l) => l.startsWith('seccomp(')), [
    'seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), ' +
      'BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0xffff, 0, 0x1), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), ' +
      'BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}) = 0',
  ]);
  const plain = await trace(['-e', 'trace=seccomp']);
  assert.match(plain.find((l) => l.startsWith('seccomp(')), /^seccomp\(SECCOMP_SET_MODE_FILTER, 0, \{len=4, filter=0x[0-9a-f]+\}\) = 0$/);
});
