/**
 * System V IPC as strace prints it: the *get flags with the permission bits, the *ctl
 * commands (IPC_64 spelled out) with the struct each takes or fills (msqid_ds, shmid_ds,
 * semid_ds and the *info ones), message buffers and semaphore operations.
 */
import { address } from '../numbers.js';
import { quote } from '../quote.js';
import { type ArgView, defineRule, view } from '../special.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, formatFlags, hex, styled } from '../xlat/index.js';
import { arrayText } from './mem-text.js';

const IPC_64 = 0x100;
const IPC_SET = 1;
const IPC_STAT = 2;
const IPC_INFO = 3;

/** `IPC_64|IPC_STAT`: a *ctl command of table NAME. */
function ipcCmd(table: string) {
  return (c: StructContext): string => {
    const v = c.task.args[2 * c.index]!;
    const rest = formatEnum(table, (v & ~IPC_64) >>> 0, 0);
    return v & IPC_64 ? `${styled('IPC_64', hex(IPC_64, 0))}|${rest}` : rest;
  };
}
defineStruct('msgctl_cmd', ipcCmd('msgctl_cmd'));
defineStruct('shmctl_cmd', ipcCmd('shmctl_cmd'));
defineStruct('semctl_cmd', ipcCmd('semctl_cmd'));

const perm = (v: number): string => '0' + (v & 0o777).toString(8).padStart(2, '0');

/** msgget/semget's flags: the known bits (none printed when 0), then the mode in octal. */
defineStruct('ipc_get_flags', (c) => {
  const v = c.task.args[2 * c.index]!;
  const rest = (v & ~0o777) >>> 0;
  return (rest === 0 ? '' : formatFlags('ipc_get_bits', rest, 0) + '|') + perm(v);
});

/** shmget's flags: as msgget's, with the huge page size as `21<<SHM_HUGE_SHIFT`. */
const SHM_HUGE_SHIFT = 26;
const SHM_HUGE_MASK = 0x3f;
defineStruct('shmget_flags', (c) => {
  const v = c.task.args[2 * c.index]!;
  const huge = (v >>> SHM_HUGE_SHIFT) & SHM_HUGE_MASK;
  const rest = (v & ~0o777 & ~(SHM_HUGE_MASK << SHM_HUGE_SHIFT)) >>> 0;
  let s = rest === 0 ? '' : formatFlags('shmget_bits', rest, 0);
  if (huge !== 0) s += `${s === '' ? '' : '|'}${huge}<<${styled('SHM_HUGE_SHIFT', String(SHM_HUGE_SHIFT))}`;
  return (s === '' ? '' : s + '|') + perm(v);
});

/** The key of a *get: IPC_PRIVATE or the 32-bit key in hex. */
defineStruct('ipc_key', (c) => {
  const v = c.task.args[2 * c.index]!;
  return v === 0 ? styled('IPC_PRIVATE', '0') : hex(v, 0);
});

// --- the *_ds structs (x86_64 kernel layouts: struct ipc64_perm first, 48 bytes) ---------

const u32 = (b: Buffer, o: number): number => b.readUInt32LE(o);
const u64 = (b: Buffer, o: number): string => {
  const hi = b.readUInt32LE(o + 4);
  return hi < 0x200000 ? String(b.readUInt32LE(o) + hi * 2 ** 32) : b.readBigUInt64LE(o).toString();
};

/** struct ipc64_perm: key 0, uid 4, gid 8, cuid 12, cgid 16, mode 20. IPC_SET sets only some. */
function permText(b: Buffer, set: boolean): string {
  const head = `{uid=${u32(b, 4)}, gid=${u32(b, 8)}, mode=${octal(u32(b, 20))}`;
  if (set) return head + '}';
  return `${head}, key=${u32(b, 0)}, cuid=${u32(b, 12)}, cgid=${u32(b, 16)}}`;
}
const octal = (n: number): string => (n === 0 ? '0' : '0' + n.toString(8));

/** The *ctl command of the syscall being printed, without IPC_64. */
const cmdOf = (c: StructContext, cmdArg: number): number => (c.task.args[2 * cmdArg]! & ~IPC_64) >>> 0;

function dsDecoder(size: number, cmdArg: number, body: (b: Buffer, set: boolean) => string) {
  return (c: StructContext, addr: number): string | null => {
    if (c.mem.read(c.task.tid, addr, size) !== size) return null;
    return body(c.mem.scratch, cmdOf(c, cmdArg) === IPC_SET);
  };
}

// struct msqid64_ds: msg_stime 48, msg_rtime 56, msg_ctime 64, msg_cbytes 72, msg_qnum 80,
// msg_qbytes 88, msg_lspid 96, msg_lrpid 100.
defineStruct('msqid_ds', dsDecoder(120, 1, (b, set) => {
  let s = `{msg_perm=${permText(b, set)}`;
  if (!set) s += `, msg_stime=${u64(b, 48)}, msg_rtime=${u64(b, 56)}, msg_ctime=${u64(b, 64)}, msg_qnum=${u64(b, 80)}`;
  s += `, msg_qbytes=${u64(b, 88)}`;
  if (!set) s += `, msg_lspid=${b.readInt32LE(96)}, msg_lrpid=${b.readInt32LE(100)}`;
  return s + '}';
}));
// struct msginfo: 7 ints, then unsigned short msgseg.
defineStruct('msginfo', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = c.mem.scratch;
  const names = ['msgpool', 'msgmap', 'msgmax', 'msgmnb', 'msgmni', 'msgssz', 'msgtql'];
  return `{${names.map((n, i) => `${n}=${b.readInt32LE(4 * i)}`).join(', ')}, msgseg=${b.readUInt16LE(28)}}`;
});

// struct shmid64_ds: shm_segsz 48, shm_atime 56, shm_dtime 64, shm_ctime 72, shm_cpid 80,
// shm_lpid 84, shm_nattch 88.
defineStruct('shmid_ds', dsDecoder(112, 1, (b, set) => {
  let s = `{shm_perm=${permText(b, set)}`;
  if (!set) {
    s += `, shm_segsz=${u64(b, 48)}, shm_cpid=${b.readInt32LE(80)}, shm_lpid=${b.readInt32LE(84)}` +
      `, shm_nattch=${u64(b, 88)}, shm_atime=${u64(b, 56)}, shm_dtime=${u64(b, 64)}, shm_ctime=${u64(b, 72)}`;
  }
  return s + '}';
}));
// struct shminfo64: shmmax, shmmin, shmmni, shmseg, shmall (unsigned longs).
defineStruct('shminfo', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 40) !== 40) return null;
  const b = c.mem.scratch;
  return `{shmmax=${u64(b, 0)}, shmmin=${u64(b, 8)}, shmmni=${u64(b, 16)}, shmseg=${u64(b, 24)}, shmall=${u64(b, 32)}}`;
});
// struct shm_info: int used_ids, then unsigned longs from offset 8.
defineStruct('shm_info', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 48) !== 48) return null;
  const b = c.mem.scratch;
  return `{used_ids=${b.readInt32LE(0)}, shm_tot=${u64(b, 8)}, shm_rss=${u64(b, 16)}, shm_swp=${u64(b, 24)}` +
    `, swap_attempts=${u64(b, 32)}, swap_successes=${u64(b, 40)}}`;
});

// struct semid64_ds (x86_64): sem_otime 48, sem_ctime 64, sem_nsems 80 (unused words between).
defineStruct('semid_ds', dsDecoder(104, 2, (b, set) => {
  let s = `{sem_perm=${permText(b, set)}`;
  if (!set) s += `, sem_otime=${u64(b, 48)}, sem_ctime=${u64(b, 64)}, sem_nsems=${u64(b, 80)}`;
  return s + '}';
}));
defineStruct('seminfo', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 40) !== 40) return null;
  const b = c.mem.scratch;
  const names = ['semmap', 'semmni', 'semmns', 'semmnu', 'semmsl', 'semopm', 'semume', 'semusz', 'semvmx', 'semaem'];
  return `{${names.map((n, i) => `${n}=${b.readInt32LE(4 * i)}`).join(', ')}}`;
});

// --- messages and semaphore operations -------------------------------------------------------

/** struct msgbuf: `{mtype=1, mtext="..."}`, mtext as long as msgsz (argument 2). */
defineStruct('msgbuf', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  const mtype = c.mem.scratch.readBigInt64LE(0).toString();
  const len = c.task.arg(2);
  const n = Math.min(len, c.opts.strsize);
  let text: string;
  if (n <= 0) text = '""';
  else if (c.mem.read(c.task.tid, addr + 8, n) !== n) text = address(addr + 8);
  else text = quote(c.mem.scratch, n, c.opts.strings ?? 'escape') + (len > n ? '...' : '');
  return `{mtype=${mtype}, mtext=${text}}`;
});

/** struct sembuf[nsops]: `[{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}]`. */
defineStruct('sembuf', (c, addr) => arrayText(c, addr, c.task.args[4]! >>> 0, 6, (b) =>
  `{sem_num=${b.readUInt16LE(0)}, sem_op=${b.readInt16LE(2)}, sem_flg=${formatFlags('semop_flags', b.readUInt16LE(4), 0)}}`));

// --- the *ctl rules: the buffer by command ------------------------------------------------------

function ctlRule(sys: string, cmdArg: number, ds: string, infos: ReadonlyMap<number, string>, stats: number[]): void {
  const head: Array<[number, string]> = [];
  for (let i = 0; i < cmdArg; i++) head.push([i, 'int']);
  head.push([cmdArg, `value:${sys}_cmd`]);
  const buf = cmdArg + 1;
  const setView = view(sys, [...head, [buf, `struct:${ds}`]]);
  const statView = view(sys, [...head, [buf, `ostruct:${ds}`]]);
  const infoViews = new Map([...infos].map(([cmd, name]) => [cmd, view(sys, [...head, [buf, `ostruct:${name}`]])]));
  const other = view(sys, [...head, [buf, 'ptr']]);
  defineRule(sys, (task): ArgView => {
    const cmd = (task.args[2 * cmdArg]! & ~IPC_64) >>> 0;
    if (cmd === IPC_SET) return setView;
    if (cmd === IPC_STAT || stats.includes(cmd)) return statView;
    return infoViews.get(cmd) ?? other;
  });
}
ctlRule('msgctl', 1, 'msqid_ds', new Map([[IPC_INFO, 'msginfo'], [12, 'msginfo']]), [11, 13]); // MSG_INFO; MSG_STAT(_ANY)
ctlRule('shmctl', 1, 'shmid_ds', new Map([[IPC_INFO, 'shminfo'], [14, 'shm_info']]), [13, 15]); // SHM_INFO; SHM_STAT(_ANY)
ctlRule('semctl', 2, 'semid_ds', new Map([[IPC_INFO, 'seminfo'], [19, 'seminfo']]), [18, 20]); // SEM_INFO; SEM_STAT(_ANY)
