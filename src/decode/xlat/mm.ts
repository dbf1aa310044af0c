/** Memory: mmap protections and flags, madvise, mremap, NUMA policies, System V IPC. */
import * as T from './mm.gen.js';
import { defineEnum, defineFlags, defineFormatter, enumFormatter, flagsFormatter, hex } from './registry.js';
import { xlatEntries } from './text.js';

defineFlags('mmap_prot', T.MMAP_PROT, { unknown: 'PROT_???' });

// mmap flags as strace's print_mmap_flags: the mapping type (a 4-bit field) always by name
// (MAP_FILE for 0, `0xf /* MAP_??? *\/` unknown), then the other flags, then the huge page
// size (a 6-bit number at bit 26) as `21<<MAP_HUGE_SHIFT`.
const MAP_TYPE = 0xf;
const hugeShift = xlatEntries(T.MMAP_HUGE).find(([, n]) => n === 'MAP_HUGE_SHIFT')?.[0] ?? 26;
const hugeMask = xlatEntries(T.MMAP_HUGE).find(([, n]) => n === 'MAP_HUGE_MASK')?.[0] ?? 0x3f;
const hugeBits = (hugeMask << hugeShift) >>> 0;
const mmapType = enumFormatter(T.MMAP_TYPES, { unknown: 'MAP_???' });
const mmapOtherFlags = flagsFormatter(T.MMAP_FLAGS);
defineFormatter('mmap_flags', (lo, hi) => {
  let s = mmapType(lo & MAP_TYPE, 0);
  const rest = (lo & ~MAP_TYPE & ~hugeBits) >>> 0;
  if (rest !== 0 || hi !== 0) s += '|' + mmapOtherFlags(rest, hi);
  const huge = (lo & hugeBits) >>> hugeShift;
  if (huge !== 0) s += `|${huge}<<MAP_HUGE_SHIFT`;
  return s;
});

defineFlags('mremap', T.MREMAP_FLAGS, { unknown: 'MREMAP_???' });
defineFlags('msync', T.MSYNC_FLAGS, { unknown: 'MS_???' });
defineEnum('madv', T.MADVISE_CMDS, { unknown: 'MADV_???' });
defineFlags('mlockall', T.MLOCKALL_FLAGS, { unknown: 'MCL_???' });
defineFlags('mlock2', T.MLOCK_FLAGS, { unknown: 'MLOCK_???' });
defineFlags('pkey_access', T.PKEY_ACCESS, { unknown: 'PKEY_???' });
defineEnum('mpol_mode', T.MPOL_MODES, { unknown: 'MPOL_???' });
defineFlags('mpol_mf', T.MPOL_MF, { unknown: 'MPOL_MF_???' });
defineFlags('mpol_f', T.MPOL_F, { unknown: 'MPOL_F_???' });

// semget/msgget/shmget: flags, then the permission bits in octal (`IPC_CREAT|0600`).
function ipcGetFormatter(bits: typeof T.IPC_GET_FLAGS): (lo: number, hi: number) => string {
  const flags = flagsFormatter(bits, { unknown: 'IPC_???' });
  return (lo) => {
    const perm = '0' + (lo & 0o777).toString(8).padStart(2, '0');
    const rest = (lo & ~0o777) >>> 0;
    return rest === 0 ? perm : flags(rest, 0) + '|' + perm;
  };
}
defineFormatter('ipc_get', ipcGetFormatter(T.IPC_GET_FLAGS));
defineFormatter('shmget', ipcGetFormatter(T.SHM_GET_FLAGS));
/** A System V IPC key: IPC_PRIVATE is 0. */
defineFormatter('ipc_key', (lo, hi) => (lo === 0 && hi === 0 ? 'IPC_PRIVATE' : hex(lo, hi)));
defineFlags('shmat', T.SHMAT_FLAGS, { unknown: 'SHM_???' });
defineFlags('msgflg', T.MSG_IPC_FLAGS, { unknown: 'MSG_???' });
defineEnum('shmctl_cmd', T.SHMCTL_CMDS, { unknown: 'SHM_???' });
defineEnum('semctl_cmd', T.SEMCTL_CMDS, { unknown: 'SEM_???' });
defineEnum('msgctl_cmd', T.MSGCTL_CMDS, { unknown: 'MSG_???' });
