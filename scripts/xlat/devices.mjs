// Tables of the smaller ioctl families (seccomp notifications ...), in the format of
// gen-xlat.mjs's FAMILIES (which generates src/decode/xlat/devices.gen.ts from them): which
// constants, in strace's order; the values come from the headers.
const SECCOMP = ['linux/seccomp.h'];

export const DEVICES = {
  // AUDIT_ARCH_* values, for seccomp_data's arch.
  audit_arch: { headers: ['linux/audit.h'], match: '^AUDIT_ARCH_' },
  seccomp_ioctl_resp_flags: { headers: SECCOMP, entries: ['SECCOMP_USER_NOTIF_FLAG_CONTINUE'] },
  seccomp_ioctl_addfd_flags: { headers: SECCOMP, entries: ['SECCOMP_ADDFD_FLAG_SETFD', 'SECCOMP_ADDFD_FLAG_SEND'] },
};
