/** Event notification and device control: poll/epoll events, eventfd, ioctl requests. */
import * as T from './io.gen.js';
import { defineEnum, defineFlags, defineFormatter, hex } from './registry.js';

/** pollfd's events (for the struct decoders). */
defineFlags('poll_events', T.POLL_EVENTS, { unknown: 'POLL???' });
/** epoll_event's events (for the struct decoders). */
defineFlags('epoll_events', T.EPOLL_EVENTS, { unknown: 'EPOLL???' });
defineEnum('epoll_ctl_op', T.EPOLL_CTL_OPS, { unknown: 'EPOLL_CTL_???' });
defineFlags('epoll_create', T.EPOLL_CREATE_FLAGS, { unknown: 'EPOLL_???' });
defineFlags('efd', T.EFD_FLAGS, { unknown: 'EFD_???' });
defineEnum('aio_cmds', T.AIO_CMDS, { unknown: 'IOCB_CMD_???', decimal: true });
defineFlags('aio_iocb_flags', T.AIO_IOCB_FLAGS, { unknown: 'IOCB_FLAG_???' });
defineFlags('futex_waiter_flags', T.FUTEX_WAITER_FLAGS, { unknown: 'FUTEX_???' });
defineEnum('tcflsh', T.TCFLSH_QUEUES, { decimal: true });
defineEnum('tcxonc', T.TCXONC_ACTIONS, { decimal: true });

// ioctl requests: the known ones by name, others decoded as the _IOC macro builds them:
// nr bits 0-7, type 8-15, size 16-29, direction 30-31.
const requests = new Map<number, string>();
for (const [v, n] of T.IOCTL_REQUESTS) if (!requests.has(v)) requests.set(v, n);
const DIRS = ['_IOC_NONE', '_IOC_WRITE', '_IOC_READ', '_IOC_READ|_IOC_WRITE'];
defineFormatter('ioctl_req', (lo) => {
  const name = requests.get(lo >>> 0);
  if (name !== undefined) return name;
  return `_IOC(${DIRS[lo >>> 30]}, ${hex((lo >>> 8) & 0xff, 0)}, ${hex(lo & 0xff, 0)}, ${hex((lo >>> 16) & 0x3fff, 0)})`;
});
