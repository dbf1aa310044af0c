// Used by toolbox.test.mjs (not a test itself): attaches to PID (a sleeper writing
// "tick\n" to fd 1), exercises the register/memory API and injectSyscall in three kinds of
// stop, detaches, and prints one JSON line with what it saw.
import { injectSyscall, Tracee } from '../dist/index.js';
import { ptraceInt, wait4 } from '../dist/sys/libc.js';
import {
  PTRACE_DETACH, PTRACE_GET_SYSCALL_INFO, PTRACE_INTERRUPT, PTRACE_SEIZE, PTRACE_SYSCALL, PTRACE_O_TRACESYSGOOD, __WALL,
} from '../dist/sys/constants.js';

const pid = Number(process.argv[2]);
const SYS_getpid = 39;
const SYS_write = 1;
const status = new Int32Array(1);
const out = {};

const wait = () => {
  if (wait4(pid, status, __WALL, null) !== pid) throw new Error('wait4 failed');
  return status[0];
};
const check = (r, what) => {
  if (r < 0) throw new Error(`${what} failed`);
};

check(ptraceInt(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACESYSGOOD), 'PTRACE_SEIZE');
check(ptraceInt(PTRACE_INTERRUPT, pid, 0, 0), 'PTRACE_INTERRUPT');
const st = wait();
out.interruptStop = st >>> 16 === 128;

const t = new Tracee(pid);
// 1. An interrupt stop (most likely inside nanosleep): the syscall is planted or reused.
const before = t.getRegisters();
out.getpidAtInterrupt = Number(injectSyscall(t, SYS_getpid));
const after = t.getRegisters();
out.calleeSavedKept = ['rbx', 'rbp', 'r12', 'r13', 'r14', 'r15', 'rsp'].every((r) => before.get(r) === after.get(r));

// 2. A syscall-entry stop of write(fd, "tick\n", 5): memory reads, then an injection.
for (;;) {
  check(ptraceInt(PTRACE_SYSCALL, pid, 0, 0), 'PTRACE_SYSCALL');
  wait();
  const regs = t.getRegisters();
  if (regs.number('orig_rax') === SYS_write && regs.signed('rax') === -38n) break; // entry: rax = -ENOSYS
}
const regs = t.getRegisters();
out.writeString = t.readCString(regs.number('rsi'), 64);
out.writeBytes = t.read(regs.get('rsi'), 5).toString('latin1');
out.getpidAtEntry = Number(injectSyscall(t, SYS_getpid));
out.entryRegsKept = t.getRegisters().raw.equals(regs.raw);

// Writing memory: the tracee's own buffer, changed and put back.
const orig = t.read(regs.get('rsi'), 5);
t.write(regs.get('rsi'), Buffer.from('TOCK\n'));
out.rewritten = t.read(regs.get('rsi'), 5).toString('latin1');
t.write(regs.get('rsi'), orig);
// peek/poke on code (read-only pages): the word at rip, unchanged.
const w = t.peek(regs.get('rip'));
t.poke(regs.get('rip'), w);
out.pokeCodeOk = t.peek(regs.get('rip')) === w;

// 3. Its exit stop: inject again; the original write's result must survive.
check(ptraceInt(PTRACE_SYSCALL, pid, 0, 0), 'PTRACE_SYSCALL');
wait();
const exitRegs = t.getRegisters();
out.getpidAtExit = Number(injectSyscall(t, SYS_getpid));
out.writeResult = Number(t.getRegisters().signed('rax'));
out.exitRegsKept = t.getRegisters().raw.equals(exitRegs.raw);

check(ptraceInt(PTRACE_DETACH, pid, 0, 0), 'PTRACE_DETACH');
void PTRACE_GET_SYSCALL_INFO;
process.stdout.write(JSON.stringify(out) + '\n');
