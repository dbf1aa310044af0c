// Subsystem calls strace decodes field by field: the mount API (fsconfig by command,
// struct mount_attr), ptrace as a traced call (siginfo, register sets), io_uring_register
// by opcode, perf_event_open's struct perf_event_attr, bpf's union bpf_attr by command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

async function trace(args) {
  const dir = tempDir();
  await tstrace(['-o', join(dir, 't'), ...args, fixture('subsys_calls')]);
  return lines(readFileSync(join(dir, 't'), 'utf8')).map((l) => l.replace(/ +=/, ' ='));
}

/** Whether a call printed as `call` failed (the kernel's checks decide which errno). */
const failed = (t, call) => t.some((l) => l.startsWith(`${call} = -1 E`));

test('mount API: fsconfig by command, mount_setattr\'s struct mount_attr', { skip }, async () => {
  const t = await trace(['-e', 'trace=fsconfig,mount_setattr']);
  assert.ok(t.includes('mount_setattr(-1, "/", 0x80000000 /* AT_??? */, {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, ' +
    'propagation=MS_PRIVATE, userns_fd=0}, 32) = -1 EINVAL (Invalid argument)'), t.join('\n'));
  assert.ok(failed(t, 'fsconfig(-1, FSCONFIG_SET_STRING, "source", "none", 0)'));
  assert.ok(failed(t, 'fsconfig(-1, FSCONFIG_CMD_CREATE, NULL, NULL, 0)'));
});

test('ptrace: the siginfo given, per request; -X raw', { skip }, async () => {
  const t = await trace(['-e', 'trace=ptrace']);
  assert.ok(t.includes('ptrace(PTRACE_SETSIGINFO, -1, NULL, {si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x1000, ' +
    'si_pkey=5}) = -1 ESRCH (No such process)'), t.join('\n'));
  assert.ok(t.includes('ptrace(PTRACE_GETREGSET, -1, NT_PRSTATUS, NULL) = -1 ESRCH (No such process)'));
  const raw = await trace(['-e', 'trace=ptrace', '-X', 'raw']);
  assert.ok(raw.includes('ptrace(0x4203, -1, NULL, {si_signo=11, si_code=0x4, si_addr=0x1000, si_pkey=5}) = -1 ESRCH (No such process)'),
    raw.join('\n'));
});

test('io_uring_register and perf_event_open: their structs', { skip }, async () => {
  const t = await trace(['-e', 'trace=io_uring_register,perf_event_open']);
  assert.ok(failed(t, 'io_uring_register(-1, IORING_REGISTER_FILES, [0, -1], 2)'), t.join('\n'));
  assert.ok(t.includes('perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER0, config=PERF_COUNT_SW_DUMMY, ' +
    'sample_period=0, sample_type=0, read_format=0, disabled=1, precise_ip=0 /* arbitrary skid */, ...}, -1, -1, -1, ' +
    '0x80 /* PERF_FLAG_??? */) = -1 EINVAL (Invalid argument)'));
});

test('bpf: union bpf_attr by command, kern_version per -X', { skip }, async () => {
  const t = await trace(['-e', 'trace=bpf']);
  assert.ok(failed(t, 'bpf(BPF_PROG_LOAD, {prog_type=0x20 /* BPF_PROG_TYPE_??? */, insn_cnt=0, insns=NULL, license=NULL, ' +
    'log_level=1, log_size=0, log_buf=NULL, kern_version=KERNEL_VERSION(5, 10, 3), prog_flags=0}, 48)'), t.join('\n'));
  assert.ok(failed(t, 'bpf(BPF_MAP_GET_NEXT_ID, {start_id=4294967280, next_id=7}, 8)'), t.join('\n'));
  const raw = await trace(['-e', 'trace=bpf', '-X', 'raw']);
  assert.ok(raw.some((l) => l.startsWith('bpf(0x5, {prog_type=0x20, ') && l.includes(', kern_version=0x50a03, ')), raw.join('\n'));
});
