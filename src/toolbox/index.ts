/**
 * The ptrace toolbox as a library: registers and memory of a stopped task, syscalls run
 * inside it, fault injection, stack traces and instruction counting. Everything here is
 * used from the thread that traces the task (the one whose Tracer.run() is running, e.g.
 * inside a TraceSink callback), while the task is stopped.
 */
export { Tracee, PtraceError, type Address } from './tracee.js';
export { Registers, SYSCALL_ARG_REGISTERS, type RegisterName } from './registers.js';
export { injectSyscall, TaskGoneError, type InjectOptions } from './inject-syscall.js';
export { FaultInjector } from './fault-injector.js';
export { parseInjectExpression, whenMatches, type InjectRule, type InjectWhen, type InjectedResult } from '../filter/inject-expression.js';
export { StackTraces } from './stack-trace.js';
export { ElfSymbols, type SymbolHit } from './elf-symbols.js';
export { readMaps, mappingAt, type Mapping } from './proc-maps.js';
export { countInstructions, formatCounts, type IcountCommand, type IcountResult, type TaskCount } from './icount.js';
export type { SyscallTamper } from '../engine/tamper.js';
