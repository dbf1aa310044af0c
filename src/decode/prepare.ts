/**
 * Decoders made ready before their first use, while the tracee runs. Most of a short
 * trace's decoding time goes to first uses: the unit holding a syscall's decoders loads,
 * its signature compiles, its tables parse. What a program's start calls is known in
 * advance (the dynamic loader's and libc's set-up, the same for every dynamically linked
 * program); made ready while the tracer waits for the command to start and between its
 * first stops, that work leaves the stops. The tracer asks for it one step at a time
 * (engine/tracer.ts, LoopControl.idle), so a stop is never kept waiting long.
 */
import { signatureOf, syscallNumber } from './signature.js';
import { ruleOf } from './special.js';
import { hasXlat } from './xlat/index.js';
import { resultDecoder, structDecoder } from './structs/registry.js';

/**
 * A program's start, in the order of first calls: execve, ld.so loading libc, libc's
 * set-up, and the exit. Only these: a unit prepared for a syscall that never comes is
 * time and memory spent for nothing (and a unit a trace of `true` loads is moved into the
 * bundle by the build, see scripts/bundle.mjs).
 */
const PROGRAM_START = [
  'execve', 'brk', 'mmap', 'access', 'openat', 'newfstatat', 'close', 'read', 'pread64', 'arch_prctl',
  'set_tid_address', 'set_robust_list', 'rseq', 'mprotect', 'prlimit64', 'munmap', 'exit_group',
];

/** Prepares the start's syscalls that `wanted`, a step (one lookup) per next(). */
function* preparing(wanted: (nr: number) => boolean): Generator<void, void, void> {
  for (let i = 0; i < PROGRAM_START.length; i++) {
    const nr = syscallNumber(PROGRAM_START[i]!);
    if (nr < 0 || !wanted(nr)) continue;
    const sig = signatureOf(nr);
    yield;
    ruleOf(nr);
    yield;
    for (let a = 0; a < sig.args.length; a++) {
      const arg = sig.args[a]!;
      switch (arg.kind) {
        case 'flags': case 'enum': case 'flags64': case 'enum64':
          hasXlat(arg.name);
          yield;
          break;
        case 'struct': case 'ostruct': case 'iostruct': case 'value': case 'ovalue':
          structDecoder(arg.name);
          yield;
          break;
        default:
          break;
      }
    }
    resultDecoder(sig.name);
    yield;
  }
}

/**
 * Idle work for the tracer (LoopControl.idle): prepares the decoders of a program's start,
 * those of the syscalls `wanted` (the others are never printed). One step per call; false
 * once all is done.
 */
export function programStartPreparer(wanted: (nr: number) => boolean): () => boolean {
  const steps = preparing(wanted);
  return () => steps.next().done !== true;
}
