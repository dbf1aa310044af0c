/** Event notification and device control: poll/epoll events, eventfd, terminal queue operations. */
import * as T from './io.gen.js';
import { defineEnum, defineFlags } from './registry.js';

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
