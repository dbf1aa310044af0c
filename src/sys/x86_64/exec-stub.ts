/**
 * A small static x86_64 ELF that starts the traced command in a process that never shared
 * Node's address space:
 *
 *     pid = clone(CLONE_PARENT | SIGCHLD);      // the command's process: tstrace's child
 *     if (pid > 0) { DATA->pid = pid; kill(getpid(), SIGSTOP); }   // the tracer reads it, kills us
 *     if (pid != 0) exit_group(2);
 *     kill(getpid(), SIGSTOP);                  // the tracer seizes us here
 *     if (FILTER->len) {
 *       if (DATA->noNewPrivs) prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
 *       seccomp(SECCOMP_SET_MODE_FILTER, 0, FILTER);
 *     }
 *     execve(argv[1], &argv[2], envp);
 *     exit_group(1);                            // tstrace says why: "exec: <errno message>"
 *
 * tstrace posix_spawns it (Node must never fork), and posix_spawn's child shares Node's
 * memory until it execs this stub: the kernel then carries Node's RSS high-water mark into
 * the process's signal->maxrss, which getrusage reports for the rest of its life. The
 * clone'd process starts with a fresh record and a copy of this stub's few pages, so the
 * command sees its own maxrss; with CLONE_PARENT its parent is tstrace, as strace's child is.
 * The first syscall the tracer shows is the real execve, with the argv the user gave.
 */

/** The stub's data page: the command's pid (u32 at +0), set by the stub; no_new_privs (u8 at +4), by the tracer. */
export const STUB_DATA_ADDR = 0x410000;
export const STUB_PID_ADDR = STUB_DATA_ADDR;
export const STUB_NO_NEW_PRIVS_ADDR = STUB_DATA_ADDR + 4;
/** Where the tracer writes `struct sock_fprog` (len at +0, filter pointer at +8) and the filter (+16). */
export const STUB_FILTER_ADDR = STUB_DATA_ADDR + 16;
/** Room for the data, the fprog header and the longest filter the kernel takes (4096 instructions). */
const DATA_AREA = 0x10000 + 0x1000;

const CODE = [
  0xbf, 0x11, 0x80, 0x00, 0x00, //             mov   edi, 0x8011          ; CLONE_PARENT | SIGCHLD
  0x31, 0xf6, //                               xor   esi, esi             ; same stack (a copy)
  0x31, 0xd2, //                               xor   edx, edx
  0x45, 0x31, 0xd2, //                         xor   r10d, r10d
  0x45, 0x31, 0xc0, //                         xor   r8d, r8d
  0xb8, 0x38, 0x00, 0x00, 0x00, //             mov   eax, 56              ; clone
  0x0f, 0x05, //                               syscall
  0x85, 0xc0, //                               test  eax, eax
  0x74, 0x2a, //                               jz    child
  0x78, 0x1c, //                               js    failed
  0x89, 0x04, 0x25, 0x00, 0x00, 0x41, 0x00, // mov   [0x410000], eax      ; DATA->pid
  0xb8, 0x27, 0x00, 0x00, 0x00, //             mov   eax, 39              ; getpid
  0x0f, 0x05, //                               syscall
  0x89, 0xc7, //                               mov   edi, eax
  0xbe, 0x13, 0x00, 0x00, 0x00, //             mov   esi, 19              ; SIGSTOP
  0xb8, 0x3e, 0x00, 0x00, 0x00, //             mov   eax, 62              ; kill
  0x0f, 0x05, //                               syscall
  // failed:
  0xbf, 0x02, 0x00, 0x00, 0x00, //             mov   edi, 2
  0xb8, 0xe7, 0x00, 0x00, 0x00, //             mov   eax, 231             ; exit_group
  0x0f, 0x05, //                               syscall
  // child:
  0xb8, 0x27, 0x00, 0x00, 0x00, //             mov   eax, 39              ; getpid
  0x0f, 0x05, //                               syscall
  0x89, 0xc7, //                               mov   edi, eax
  0xbe, 0x13, 0x00, 0x00, 0x00, //             mov   esi, 19              ; SIGSTOP
  0xb8, 0x3e, 0x00, 0x00, 0x00, //             mov   eax, 62              ; kill
  0x0f, 0x05, //                               syscall
  0x0f, 0xb7, 0x04, 0x25, 0x10, 0x00, 0x41, 0x00, // movzx eax, word [0x410010] ; fprog.len
  0x85, 0xc0, //                               test  eax, eax
  0x74, 0x36, //                               jz    exec
  0x80, 0x3c, 0x25, 0x04, 0x00, 0x41, 0x00, 0x00, // cmp byte [0x410004], 0 ; DATA->noNewPrivs
  0x74, 0x19, //                               jz    filter
  0xbf, 0x26, 0x00, 0x00, 0x00, //             mov   edi, 38              ; PR_SET_NO_NEW_PRIVS
  0xbe, 0x01, 0x00, 0x00, 0x00, //             mov   esi, 1
  0x31, 0xd2, //                               xor   edx, edx
  0x45, 0x31, 0xd2, //                         xor   r10d, r10d
  0x45, 0x31, 0xc0, //                         xor   r8d, r8d
  0xb8, 0x9d, 0x00, 0x00, 0x00, //             mov   eax, 157             ; prctl
  0x0f, 0x05, //                               syscall
  // filter:
  0xbf, 0x01, 0x00, 0x00, 0x00, //             mov   edi, 1               ; SECCOMP_SET_MODE_FILTER
  0x31, 0xf6, //                               xor   esi, esi
  0xba, 0x10, 0x00, 0x41, 0x00, //             mov   edx, 0x410010        ; &fprog
  0xb8, 0x3d, 0x01, 0x00, 0x00, //             mov   eax, 317             ; seccomp
  0x0f, 0x05, //                               syscall
  // exec:
  0x48, 0x8b, 0x7c, 0x24, 0x10, //             mov   rdi, [rsp+16]        ; argv[1]
  0x48, 0x8d, 0x74, 0x24, 0x18, //             lea   rsi, [rsp+24]        ; &argv[2]
  0x48, 0x8b, 0x0c, 0x24, //                   mov   rcx, [rsp]           ; argc
  0x48, 0x8d, 0x54, 0xcc, 0x10, //             lea   rdx, [rsp+rcx*8+16]  ; envp
  0xb8, 0x3b, 0x00, 0x00, 0x00, //             mov   eax, 59              ; execve
  0x0f, 0x05, //                               syscall
  0xbf, 0x01, 0x00, 0x00, 0x00, //             mov   edi, 1
  0xb8, 0xe7, 0x00, 0x00, 0x00, //             mov   eax, 231             ; exit_group
  0x0f, 0x05, //                               syscall
];

const EHDR_SIZE = 64;
const PHDR_SIZE = 56;
const PHNUM = 2;
const BASE = 0x400000;

function programHeader(b: Buffer, at: number, flags: number, vaddr: number, filesz: number, memsz: number): void {
  b.writeUInt32LE(1, at); // PT_LOAD
  b.writeUInt32LE(flags, at + 4);
  b.writeBigUInt64LE(0n, at + 8); // p_offset
  b.writeBigUInt64LE(BigInt(vaddr), at + 16); // p_vaddr
  b.writeBigUInt64LE(BigInt(vaddr), at + 24); // p_paddr
  b.writeBigUInt64LE(BigInt(filesz), at + 32);
  b.writeBigUInt64LE(BigInt(memsz), at + 40);
  b.writeBigUInt64LE(0x1000n, at + 48); // p_align
}

/** The stub's ELF image: the code mapped R+X, and a zeroed R+W page range for the data and the filter. */
export function execStubImage(): Buffer {
  const codeAt = EHDR_SIZE + PHNUM * PHDR_SIZE;
  const size = codeAt + CODE.length;
  const b = Buffer.alloc(size);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2 /* 64-bit */, 1 /* LE */, 1 /* EV_CURRENT */], 0);
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(0x3e, 18); // EM_X86_64
  b.writeUInt32LE(1, 20); // e_version
  b.writeBigUInt64LE(BigInt(BASE + codeAt), 24); // e_entry
  b.writeBigUInt64LE(BigInt(EHDR_SIZE), 32); // e_phoff
  b.writeUInt16LE(EHDR_SIZE, 52); // e_ehsize
  b.writeUInt16LE(PHDR_SIZE, 54); // e_phentsize
  b.writeUInt16LE(PHNUM, 56); // e_phnum
  programHeader(b, EHDR_SIZE, 5 /* R|X */, BASE, size, size);
  programHeader(b, EHDR_SIZE + PHDR_SIZE, 6 /* R|W */, STUB_DATA_ADDR, 0, DATA_AREA);
  b.set(CODE, codeAt);
  return b;
}
