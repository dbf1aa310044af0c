/**
 * A 150-byte static x86_64 ELF that stops itself and then execs its argv[1] with argv[2..]
 * and its own environment:
 *
 *     kill(getpid(), SIGSTOP);
 *     execve(argv[1], &argv[2], envp);
 *     exit_group(127);
 *
 * tstrace posix_spawns it (Node must never fork), waits for the stop, seizes it and lets it
 * run: the first syscall the tracer sees is the real execve, with the argv the user gave
 * (argv[0] included), so no shell's syscalls need hiding and no compiler is needed.
 */
const CODE = [
  0xb8, 0x27, 0x00, 0x00, 0x00, //       mov  eax, 39           ; getpid
  0x0f, 0x05, //                         syscall
  0x89, 0xc7, //                         mov  edi, eax
  0xbe, 0x13, 0x00, 0x00, 0x00, //       mov  esi, 19           ; SIGSTOP
  0xb8, 0x3e, 0x00, 0x00, 0x00, //       mov  eax, 62           ; kill
  0x0f, 0x05, //                         syscall
  0x48, 0x8b, 0x7c, 0x24, 0x10, //       mov  rdi, [rsp+16]     ; argv[1]
  0x48, 0x8d, 0x74, 0x24, 0x18, //       lea  rsi, [rsp+24]     ; &argv[2]
  0x48, 0x8b, 0x0c, 0x24, //             mov  rcx, [rsp]        ; argc
  0x48, 0x8d, 0x54, 0xcc, 0x10, //       lea  rdx, [rsp+rcx*8+16] ; envp
  0xb8, 0x3b, 0x00, 0x00, 0x00, //       mov  eax, 59           ; execve
  0x0f, 0x05, //                         syscall
  0xbf, 0x7f, 0x00, 0x00, 0x00, //       mov  edi, 127
  0xb8, 0xe7, 0x00, 0x00, 0x00, //       mov  eax, 231          ; exit_group
  0x0f, 0x05, //                         syscall
];

const EHDR_SIZE = 64;
const PHDR_SIZE = 56;
const BASE = 0x400000;

/** The stub's ELF image: one ELF header, one PT_LOAD (R+X) mapping the file, the code. */
export function execStubImage(): Buffer {
  const size = EHDR_SIZE + PHDR_SIZE + CODE.length;
  const b = Buffer.alloc(size);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2 /* 64-bit */, 1 /* LE */, 1 /* EV_CURRENT */], 0);
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(0x3e, 18); // EM_X86_64
  b.writeUInt32LE(1, 20); // e_version
  b.writeBigUInt64LE(BigInt(BASE + EHDR_SIZE + PHDR_SIZE), 24); // e_entry
  b.writeBigUInt64LE(BigInt(EHDR_SIZE), 32); // e_phoff
  b.writeUInt16LE(EHDR_SIZE, 52); // e_ehsize
  b.writeUInt16LE(PHDR_SIZE, 54); // e_phentsize
  b.writeUInt16LE(1, 56); // e_phnum
  const ph = EHDR_SIZE;
  b.writeUInt32LE(1, ph); // PT_LOAD
  b.writeUInt32LE(5, ph + 4); // PF_R | PF_X
  b.writeBigUInt64LE(0n, ph + 8); // p_offset
  b.writeBigUInt64LE(BigInt(BASE), ph + 16); // p_vaddr
  b.writeBigUInt64LE(BigInt(BASE), ph + 24); // p_paddr
  b.writeBigUInt64LE(BigInt(size), ph + 32); // p_filesz
  b.writeBigUInt64LE(BigInt(size), ph + 40); // p_memsz
  b.writeBigUInt64LE(0x1000n, ph + 48); // p_align
  b.set(CODE, EHDR_SIZE + PHDR_SIZE);
  return b;
}
