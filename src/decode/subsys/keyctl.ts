/**
 * Kernel key management: add_key, request_key and each keyctl command with the
 * arguments it takes (key serials by their special names, payloads, permissions, the
 * public-key and Diffie-Hellman parameter structs, what the kernel reads back).
 */
import { errnoName } from '../errno.js';
import { address } from '../numbers.js';
import { type ArgView, defineRule, view } from '../special.js';
import { iovText } from '../structs/io.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, formatFlags, hex, styled } from '../xlat/index.js';
import { KEYCTL_CMDS } from '../xlat/process.gen.js';
import { arrayText, bytesText } from './mem-text.js';
import { xlatEntries } from '../xlat/text.js';

/** A key serial (int): a KEY_SPEC_* name or the number. */
const serial = (v: number): string => formatEnum('key_spec', v >>> 0, 0);
defineStruct('key_serial', (c) => serial(c.task.args[2 * c.index]!));
/** A uid/gid argument: -1 or unsigned. */
defineStruct('uid_arg', (c) => {
  const v = c.task.args[2 * c.index]!;
  return v === 0xffffffff ? '-1' : String(v);
});
defineStruct('key_reqkey', (c) => formatEnum('key_reqkeys', c.task.args[2 * c.index]!, 0));
/** An error number as strace's print_err: its name, per -X. */
defineStruct('errno_arg', (c) => {
  const v = c.task.args[2 * c.index]!;
  const name = errnoName(v);
  return name === undefined ? String(v) : styled(name, String(v));
});

/** Bytes whose count is argument `lenArg` (strace's printstrn). */
for (const lenArg of [2, 3]) defineStruct(`key_bytes_${lenArg}`, (c, addr) => bytesText(c, addr, c.task.arg(lenArg)));

/** What KEYCTL_DESCRIBE/READ/GET_SECURITY returned: up to the result (or the length asked). */
function readBack(omitNul: boolean) {
  return (c: StructContext, addr: number): string | null => {
    if (c.task.isError) return null;
    const ret = Number(c.task.retval());
    const len = c.task.arg(3);
    return bytesText(c, addr, ret > len ? len : ret, omitNul);
  };
}
defineStruct('key_read', readBack(false));
defineStruct('key_describe', readBack(true));

// An address past 2^53 is no user address; null lets the caller print it exactly.
defineStruct('key_iov', (c, addr) => (addr > Number.MAX_SAFE_INTEGER ? null : iovText(c, addr, c.task.arg(3), Infinity, true)));

/** struct keyctl_dh_params: three key serials. */
defineStruct('keyctl_dh_params', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 12) !== 12) return null;
  const b = c.mem.scratch;
  return `{private=${serial(b.readUInt32LE(0))}, prime=${serial(b.readUInt32LE(4))}, base=${serial(b.readUInt32LE(8))}}`;
});

/** u32 words, in hex, when any is set: `, __spare=[0x1, ...]`. */
function spare(b: Buffer, off: number, n: number): string {
  const w = Array.from({ length: n }, (_, i) => b.readUInt32LE(off + 4 * i));
  return w.some((x) => x !== 0) ? `, __spare=[${w.map((x) => hex(x, 0)).join(', ')}]` : '';
}

/** struct keyctl_kdf_params: hashname, otherinfo (its length's worth), otherinfolen, __spare[8]. */
defineStruct('keyctl_kdf_params', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 56) !== 56) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, 56));
  const hashname = b.readUInt32LE(0) + b.readUInt32LE(4) * 2 ** 32;
  const otherinfo = b.readUInt32LE(8) + b.readUInt32LE(12) * 2 ** 32;
  const len = b.readUInt32LE(16);
  const name = stringAt(c, hashname) ?? address(hashname);
  const info = (len ? bytesText(c, otherinfo, len) : null) ?? address(otherinfo);
  return `{hashname=${name}, otherinfo=${info}, otherinfolen=${len}${spare(b, 20, 8)}}`;
}, { onError: true }); // the kernel only reads it: shown whatever the outcome

/** A NUL-terminated string at `addr`, cut at -s. */
function stringAt(c: StructContext, addr: number): string | null {
  if (addr === 0) return 'NULL';
  const max = c.opts.strsize;
  const r = c.mem.readCString(c.task.tid, addr, max + 1);
  if (r.len < 0) return null;
  const text = bytesText(c, addr, Math.min(r.len, max));
  return r.terminated && r.len <= max ? text : text + '...';
}

/** What KEYCTL_DH_COMPUTE wrote: at most the result's worth of the buffer. */
defineStruct('key_dh_out', (c, addr) => {
  if (c.task.isError) return null;
  const ret = Number(c.task.retval());
  const len = c.task.arg(3);
  return bytesText(c, addr, ret > len ? len : ret);
});

/** struct keyctl_pkey_query: supported_ops, key_size, four u16 sizes, __spare[10]. */
defineStruct('keyctl_pkey_query', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 56) !== 56) return null;
  const b = c.mem.scratch;
  return `{supported_ops=${formatFlags('keyctl_pkey_ops', b.readUInt32LE(0), 0)}, key_size=${b.readUInt32LE(4)}` +
    `, max_data_size=${b.readUInt16LE(8)}, max_sig_size=${b.readUInt16LE(10)}, max_enc_size=${b.readUInt16LE(12)}` +
    `, max_dec_size=${b.readUInt16LE(14)}${spare(b, 16, 10)}}`;
});

/** struct keyctl_pkey_params (key_id, in_len, out_len or in2_len, __spare[7]), or null. */
function pkeyParams(c: StructContext): { key: number; inLen: number; len2: number; spare: string } | null {
  const addr = c.task.arg(1);
  if (addr === 0 || c.mem.read(c.task.tid, addr, 40) !== 40) return null;
  const b = c.mem.scratch;
  return { key: b.readUInt32LE(0), inLen: b.readUInt32LE(4), len2: b.readUInt32LE(8), spare: spare(b, 12, 7) };
}
for (const out of [true, false]) {
  defineStruct(out ? 'pkey_params_out' : 'pkey_params_in2', (c, addr) => {
    const p = pkeyParams(c);
    if (p === null) return null;
    return `{key_id=${serial(p.key)}, in_len=${p.inLen}, ${out ? 'out_len' : 'in2_len'}=${p.len2}${p.spare}}`;
  });
}
defineStruct('pkey_in', (c, addr) => {
  const p = pkeyParams(c);
  return p === null ? null : bytesText(c, addr, p.inLen);
});
defineStruct('pkey_in2', (c, addr) => {
  const p = pkeyParams(c);
  return p === null ? null : bytesText(c, addr, p.len2);
});
defineStruct('pkey_out', (c, addr) => {
  const p = pkeyParams(c);
  return p === null || c.task.isError ? null : bytesText(c, addr, p.len2);
});

/** KEYCTL_CAPABILITIES' bytes: the first two are flag sets, the rest hex. */
defineStruct('keyctl_caps', (c, addr) => {
  if (c.task.isError) return null;
  const n = Math.min(c.task.arg(2), Number(c.task.retval()));
  let i = 0;
  return arrayText(c, addr, n, 1, (b) => {
    const v = b.readUInt8(0);
    const pos = i++;
    return pos === 0 ? formatFlags('keyctl_caps0', v, 0) : pos === 1 ? formatFlags('keyctl_caps1', v, 0) : hex(v, 0);
  });
});

// --- the commands ----------------------------------------------------------------------------

const K = Object.fromEntries(xlatEntries(KEYCTL_CMDS).map(([n, name]) => [name, n])) as Record<string, number>;
const CMD: [number, string] = [0, 'enum:keyctl_cmd'];
const KEY = (i: number): [number, string] => [i, 'value:key_serial'];
const v = (...rest: Array<[number, string]>): ArgView => view('keyctl', [CMD, ...rest]);
const views = new Map<number, ArgView>();
const set = (names: string[], av: ArgView): void => {
  for (const n of names) if (K[n] !== undefined) views.set(K[n]!, av);
};
set(['KEYCTL_GET_KEYRING_ID'], v(KEY(1), [2, 'int']));
set(['KEYCTL_JOIN_SESSION_KEYRING'], v([1, 'str']));
set(['KEYCTL_UPDATE'], v(KEY(1), [2, 'struct:key_bytes_3'], [3, 'ulong']));
set(['KEYCTL_REVOKE', 'KEYCTL_CLEAR', 'KEYCTL_INVALIDATE', 'KEYCTL_ASSUME_AUTHORITY'], v(KEY(1)));
set(['KEYCTL_LINK', 'KEYCTL_UNLINK'], v(KEY(1), KEY(2)));
set(['KEYCTL_DESCRIBE', 'KEYCTL_GET_SECURITY'], v(KEY(1), [2, 'ovalue:key_describe'], [3, 'ulong']));
set(['KEYCTL_READ'], v(KEY(1), [2, 'ovalue:key_read'], [3, 'ulong']));
set(['KEYCTL_SEARCH'], v(KEY(1), [2, 'str'], [3, 'str'], KEY(4)));
set(['KEYCTL_CHOWN'], v(KEY(1), [2, 'value:uid_arg'], [3, 'value:uid_arg']));
set(['KEYCTL_SETPERM'], v(KEY(1), [2, 'flags:key_perms']));
set(['KEYCTL_INSTANTIATE'], v(KEY(1), [2, 'struct:key_bytes_3'], [3, 'ulong'], KEY(4)));
set(['KEYCTL_NEGATE'], v(KEY(1), [2, 'uint'], KEY(3)));
set(['KEYCTL_SET_REQKEY_KEYRING'], v([1, 'value:key_reqkey']));
set(['KEYCTL_SET_TIMEOUT'], v(KEY(1), [2, 'uint']));
set(['KEYCTL_SESSION_TO_PARENT'], v());
set(['KEYCTL_REJECT'], v(KEY(1), [2, 'uint'], [3, 'value:errno_arg'], KEY(4)));
set(['KEYCTL_INSTANTIATE_IOV'], v(KEY(1), [2, 'struct:key_iov'], [3, 'ulong'], KEY(4)));
set(['KEYCTL_GET_PERSISTENT'], v([1, 'value:uid_arg'], KEY(2)));
set(['KEYCTL_DH_COMPUTE'], v([1, 'struct:keyctl_dh_params'], [2, 'ovalue:key_dh_out'], [3, 'ulong'],
  [4, 'ostruct:keyctl_kdf_params']));
set(['KEYCTL_PKEY_QUERY'], v(KEY(1), [2, 'hex'], [3, 'str'], [4, 'ostruct:keyctl_pkey_query']));
set(['KEYCTL_PKEY_ENCRYPT', 'KEYCTL_PKEY_DECRYPT', 'KEYCTL_PKEY_SIGN'],
  v([1, 'value:pkey_params_out'], [2, 'str'], [3, 'value:pkey_in'], [4, 'ovalue:pkey_out']));
set(['KEYCTL_PKEY_VERIFY'], v([1, 'value:pkey_params_in2'], [2, 'str'], [3, 'value:pkey_in'], [4, 'value:pkey_in2']));
set(['KEYCTL_RESTRICT_KEYRING'], v(KEY(1), [2, 'str'], [3, 'str']));
set(['KEYCTL_MOVE'], v(KEY(1), KEY(2), KEY(3), [4, 'flags:keyctl_move_flags']));
set(['KEYCTL_CAPABILITIES'], v([1, 'ovalue:keyctl_caps'], [2, 'ulong']));
const other = v([1, 'hex'], [2, 'hex'], [3, 'hex'], [4, 'hex']);
defineRule('keyctl', (t) => views.get(t.args[0]!) ?? other);
