#!/usr/bin/env node
// Generates src/decode/ioctl/requests.gen.ts, the ioctl request numbers tstrace names, from
// the kernel UAPI headers installed on this machine (linux-libc-dev, plus glibc's scsi/):
// every `#define NAME _IO*(...)` is a request, and so are the plain hex numbers of the few
// headers that predate the _IO macros (terminals 0x54xx, sockets 0x89xx ...). A C program
// per header prints the values, so none is typed by hand. Run `npm run gen:ioctls` after a
// header upgrade; the output is committed so that installs need no compiler.
//
// Names print as strace prints them: several names of one number in name order, joined
// with ` or ` (`BTRFS_IOC_CLONE or FICLONE`); a name defined by two headers takes the
// arch header's (asm/) value over the generic one's; a name that only adds a suffix to the
// one before it for the same number (SIOCGSTAMP, SIOCGSTAMP_OLD) is left out.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CC = process.env.CC || 'cc';
const INCLUDE = '/usr/include';
const ARCH_INCLUDE = '/usr/include/x86_64-linux-gnu';

/** Header trees scanned, as include paths relative to INCLUDE (or ARCH_INCLUDE for asm/). */
const TREES = ['linux', 'asm-generic', 'mtd', 'misc', 'rdma', 'sound', 'video', 'xen', 'scsi'];

/**
 * Headers whose requests are plain numbers, with the type byte those numbers have (the
 * header's other hex constants are not requests).
 */
const HEX_REQUESTS = {
  'asm-generic/ioctls.h': 0x54,
  'asm-generic/sockios.h': 0x89,
  'linux/sockios.h': 0x89,
  'linux/cdrom.h': 0x53,
  'linux/fb.h': 0x46,
  'linux/hdreg.h': 0x03,
  'linux/kd.h': 0x4b,
  'linux/loop.h': 0x4c,
  'linux/vt.h': 0x56,
  'linux/wireless.h': 0x8b,
  'scsi/scsi.h': 0x53,
  'scsi/scsi_ioctl.h': 0x53,
  'scsi/sg.h': 0x22,
};

/**
 * OpenZFS's requests (include/sys/fs/zfs.h and lib/libspl/include/sys/kstat.h of OpenZFS
 * 2.1, which no distribution installs as kernel headers; strace names them too): the
 * zfs_ioc enum counts up from 'Z' << 8, and its platform part from 'Z' << 8 | 0x80.
 */
const ZFS_COMMON = `
POOL_CREATE POOL_DESTROY POOL_IMPORT POOL_EXPORT POOL_CONFIGS POOL_STATS POOL_TRYIMPORT POOL_SCAN
POOL_FREEZE POOL_UPGRADE POOL_GET_HISTORY VDEV_ADD VDEV_REMOVE VDEV_SET_STATE VDEV_ATTACH VDEV_DETACH VDEV_SETPATH
VDEV_SETFRU OBJSET_STATS OBJSET_ZPLPROPS DATASET_LIST_NEXT SNAPSHOT_LIST_NEXT SET_PROP CREATE DESTROY ROLLBACK RENAME
RECV SEND INJECT_FAULT CLEAR_FAULT INJECT_LIST_NEXT ERROR_LOG CLEAR PROMOTE SNAPSHOT DSOBJ_TO_DSNAME OBJ_TO_PATH
POOL_SET_PROPS POOL_GET_PROPS SET_FSACL GET_FSACL SHARE INHERIT_PROP SMB_ACL USERSPACE_ONE USERSPACE_MANY
USERSPACE_UPGRADE HOLD RELEASE GET_HOLDS OBJSET_RECVD_PROPS VDEV_SPLIT NEXT_OBJ DIFF TMP_SNAPSHOT OBJ_TO_STATS
SPACE_WRITTEN SPACE_SNAPS DESTROY_SNAPS POOL_REGUID POOL_REOPEN SEND_PROGRESS LOG_HISTORY SEND_NEW SEND_SPACE CLONE
BOOKMARK GET_BOOKMARKS DESTROY_BOOKMARKS RECV_NEW POOL_SYNC CHANNEL_PROGRAM LOAD_KEY UNLOAD_KEY CHANGE_KEY REMAP
POOL_CHECKPOINT POOL_DISCARD_CHECKPOINT POOL_INITIALIZE POOL_TRIM REDACT GET_BOOKMARK_PROPS WAIT WAIT_FS
VDEV_GET_PROPS VDEV_SET_PROPS`.split(/\s+/).filter(Boolean);
const ZFS_PLATFORM = ['EVENTS_NEXT', 'EVENTS_CLEAR', 'EVENTS_SEEK', 'NEXTBOOT', 'JAIL', 'UNJAIL', 'SET_BOOTENV', 'GET_BOOTENV'];
const OPENZFS = [
  { header: 'sys/fs/zfs.h', name: 'BLKZNAME', code: ((2 << 30) | (256 << 16) | (0x12 << 8) | 125) >>> 0 },
  ...ZFS_COMMON.map((n, i) => ({ header: 'sys/fs/zfs.h', name: `ZFS_IOC_${n}`, code: 0x5a00 + i })),
  ...ZFS_PLATFORM.map((n, i) => ({ header: 'sys/fs/zfs.h', name: `ZFS_IOC_${n}`, code: 0x5a81 + i })),
  ...['CHAIN_ID', 'READ', 'WRITE'].map((n, i) => ({ header: 'sys/kstat.h', name: `KSTAT_IOC_${n}`, code: 0x4b01 + i })),
];

/**
 * Requests of kernel headers that are not installed as UAPI (include/scsi/sg.h and
 * scsi_ioctl.h of the kernel tree have more than glibc's copies), with their numbers.
 */
const NOT_INSTALLED = [
  { header: 'scsi/sg.h', name: 'SG_GET_ACCESS_COUNT', code: 0x2289 },
  { header: 'scsi/scsi_ioctl.h', name: 'SCSI_IOCTL_GET_PCI', code: 0x5387 },
  ...OPENZFS,
];

/** Headers some others need first (tried in turn when a header does not compile alone). */
const PRELUDES = [
  ['linux/ioctl.h'],
  ['linux/types.h', 'linux/ioctl.h', 'linux/posix_types.h', 'linux/time.h'],
  ['sys/types.h', 'stdint.h', 'sys/time.h', 'sys/socket.h', 'linux/types.h', 'linux/ioctl.h'],
  ['sys/types.h', 'stdint.h', 'sys/time.h', 'sys/socket.h', 'net/if.h', 'linux/types.h', 'linux/ioctl.h',
    'linux/if_ether.h', 'linux/in.h'],
  // The structs some requests' sizes come from, declared by other headers.
  ['linux/types.h', 'linux/ioctl.h', 'linux/posix_types.h', 'linux/time.h', 'linux/fiemap.h', 'linux/blkpg.h',
    'linux/blktrace_api.h', 'asm/termbits.h', 'linux/major.h'],
];

function walk(base, rel, out) {
  for (const name of readdirSync(join(base, rel)).sort()) {
    const r = `${rel}/${name}`;
    if (statSync(join(base, r)).isDirectory()) walk(base, r, out);
    else if (name.endsWith('.h')) out.push({ rel: r, path: join(base, r) });
  }
}

/** The header's `#define NAME VALUE` and `#define NAME(ARGS) VALUE` lines, continuations joined. */
function defines(text) {
  const joined = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\\\r?\n/g, ' ');
  const out = [];
  for (const m of joined.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?[ \t]*(.*)$/gm)) {
    out.push({ name: m[1], fn: m[2] !== undefined, body: m[3].replace(/\/\/.*$/, '').trim() });
  }
  // Enumerators are requests too (binder's BC_*/BR_* are `BC_X = _IOW('c', 0, ...)`).
  for (const m of joined.matchAll(/^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*=[ \t]*(_[A-Z]+[ \t]*\(.*?\)),?[ \t]*$/gm)) {
    out.push({ name: m[1], fn: false, body: m[2] });
  }
  return out;
}

/**
 * The macros that build a request number; a header's own wrappers of them are added. Not
 * _IOC: what it builds directly takes a size from the caller (HIDIOCGNAME(len)).
 */
const BUILDERS = ['_IO', '_IOR', '_IOW', '_IOWR', '_SIO', '_SIOR', '_SIOW', '_SIOWR'];

/** Wrappers whose numbers strace names by formula instead (MIXER_READ(n), request.ts). */
const NOT_BUILDERS = new Set(['MIXER_READ', 'MIXER_WRITE']);

/**
 * Names strace does not print: other architectures' KVM requests, and later aliases of
 * requests another name already has (the V4L2 subdevice copies of VIDIOC_*, ...).
 */
const LEFT_OUT = /^(KVM_(S390|PPC|ARM)_.*|VIDIOC_SUBDEV_(G_STD|S_STD|QUERYSTD|ENUMSTD|G_EDID|S_EDID|QUERY_DV_TIMINGS|S_DV_TIMINGS|G_DV_TIMINGS|DV_TIMINGS_CAP|ENUM_DV_TIMINGS)|DMA_BUF_SET_NAME|PPPIOCGIDLE|SNDRV_SEQ_IOCTL_USER_PVERSION|SCSI_IOCTL_TAGGED_(ENABLE|DISABLE))$/;

/** The request names a header defines. */
function candidates(rel, text) {
  const hexType = HEX_REQUESTS[rel];
  const all = defines(text);
  const builders = new Set(BUILDERS);
  const starts = (body) => {
    const m = /^\(?\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(body);
    return m !== null && builders.has(m[1]);
  };
  // Wrappers such as SECCOMP_IOWR(nr, type) or AMDKFD_IOR(nr, type), to a fixed point.
  for (let grew = true; grew;) {
    grew = false;
    for (const d of all) {
      if (d.fn && !builders.has(d.name) && !NOT_BUILDERS.has(d.name) && starts(d.body)) {
        builders.add(d.name);
        grew = true;
      }
    }
  }
  const names = [];
  for (const { name, fn, body } of all) {
    if (fn || !/^[A-Z][A-Z0-9_]*$/.test(name) || LEFT_OUT.test(name)) continue;
    if (starts(body)) names.push(name);
    else if (hexType !== undefined && /^0x[0-9a-fA-F]+$/.test(body) && (Number(body) >>> 8) === hexType) names.push(name);
  }
  return names;
}

function program(prelude, header, names) {
  const lines = ['#define _GNU_SOURCE', ...prelude.map((h) => `#include <${h}>`), `#include <${header}>`,
    '#include <stdio.h>', 'int main(void) {'];
  for (const n of names) lines.push(`  printf("%s\\t%u\\n", "${n}", (unsigned int)(${n}));`);
  lines.push('  return 0;', '}');
  return { text: lines.join('\n') + '\n', first: prelude.length + 5 };
}

/**
 * Values of `names` from `header` with the prelude that compiles most of them; names whose
 * line does not compile are dropped. null if the header never compiles.
 */
function evaluate(dir, header, names) {
  let best = null;
  for (const prelude of PRELUDES) {
    const got = evaluateWith(dir, prelude, header, names);
    if (got !== null && (best === null || got.size > best.size)) best = got;
    if (best !== null && best.size === names.length) break;
  }
  return best;
}

function evaluateWith(dir, prelude, header, names) {
  const src = join(dir, 'x.c');
  const bin = join(dir, 'x');
  {
    let rows = names;
    for (;;) {
      if (rows.length === 0) return new Map();
      const { text, first } = program(prelude, header, rows);
      writeFileSync(src, text);
      try {
        execFileSync(CC, ['-w', '-o', bin, src], { stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (err) {
        const msg = String(err.stderr);
        const bad = new Set([...msg.matchAll(/x\.c:(\d+):\d+: error/g)].map((m) => Number(m[1]) - first));
        const inRows = [...bad].filter((i) => i >= 0 && i < rows.length);
        // An error outside the printf lines is the header's own: try the next prelude.
        if (inRows.length === 0 || inRows.length < bad.size) return null;
        rows = rows.filter((_, i) => !bad.has(i));
        continue;
      }
      const out = new Map();
      for (const line of execFileSync(bin, { encoding: 'utf8' }).trim().split('\n')) {
        const [name, value] = line.split('\t');
        out.set(name, Number(value));
      }
      return out;
    }
  }
}

const headers = [];
for (const t of TREES) walk(INCLUDE, t, headers);
walk(ARCH_INCLUDE, 'asm', headers);

/** @type {{header: string, name: string, code: number}[]} */
const found = [];
const dir = mkdtempSync(join(tmpdir(), 'gen-ioctls-'));
try {
  for (const h of headers) {
    const names = [...new Set(candidates(h.rel, readFileSync(h.path, 'utf8')))];
    if (names.length === 0) continue;
    const values = evaluate(dir, h.rel, names);
    if (values === null) {
      console.warn(`gen-ioctls: ${h.rel} does not compile; its ${names.length} requests are left out`);
      continue;
    }
    const lost = names.filter((n) => !values.has(n));
    if (lost.length > 0) console.warn(`gen-ioctls: ${h.rel}: left out ${lost.join(' ')}`);
    for (const [name, code] of values) found.push({ header: h.rel, name, code });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

for (const e of NOT_INSTALLED) if (!found.some((f) => f.name === e.name)) found.push(e);

// One value per name: asm/ before asm-generic/, then by header path.
const rank = (h) => (h.startsWith('asm/') ? 0 : h.startsWith('asm-generic/') ? 1 : 2);
found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : rank(a.header) - rank(b.header) ||
  (a.header < b.header ? -1 : a.header > b.header ? 1 : 0)));
const byName = found.filter((e, i) => i === 0 || found[i - 1].name !== e.name);
byName.sort((a, b) => a.code - b.code || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** @type {Map<number, string[]>} */
const byCode = new Map();
for (const e of byName) {
  const list = byCode.get(e.code) ?? [];
  const prev = list[list.length - 1];
  if (prev !== undefined && e.name.startsWith(prev)) continue;
  list.push(e.name);
  byCode.set(e.code, list);
}

const hex = (v) => '0x' + v.toString(16).padStart(8, '0');
let ts = '// GENERATED by scripts/gen-ioctls.mjs from the kernel headers of this machine. Do not edit:\n' +
  '// run `npm run gen:ioctls` after a header upgrade.\n\n' +
  '/** [request number, its names as strace prints them], by number. */\n' +
  'export const IOCTL_REQUESTS: ReadonlyArray<readonly [number, string]> = [\n';
for (const [code, names] of byCode) ts += `  [${hex(code)}, '${names.join(' or ')}'],\n`;
ts += '];\n';
mkdirSync(join(root, 'src/decode/ioctl'), { recursive: true });
writeFileSync(join(root, 'src/decode/ioctl/requests.gen.ts'), ts);
console.log(`gen-ioctls: src/decode/ioctl/requests.gen.ts (${byCode.size} numbers, ${byName.length} names)`);
