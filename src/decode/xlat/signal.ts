/** Signals: sigprocmask's how, sigaction and sigaltstack flags, signalfd flags. */
import * as T from './signal.gen.js';
import { defineEnum, defineFlags } from './registry.js';

defineEnum('sigprocmask_how', T.SIGPROCMASK_HOW, { unknown: 'SIG_???' });
/** struct sigaction's sa_flags (for the struct decoders). */
defineFlags('sa_flags', T.SA_FLAGS, { unknown: 'SA_???' });
/** stack_t's ss_flags (for the struct decoders). */
defineFlags('ss_flags', T.SS_FLAGS, { unknown: 'SS_???' });
defineFlags('sfd', T.SFD_FLAGS, { unknown: 'SFD_???' });
/** struct sigevent's sigev_notify (for the struct decoders). */
defineEnum('sigev_notify', T.SIGEV_NOTIFY, { unknown: 'SIGEV_???' });
