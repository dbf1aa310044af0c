/** Netlink decoding: the message walker, and every protocol's decoders (registered on import). */
export { netlinkMessages } from './nlmsg.js';
import './protocols.js';
import './route.js';
import './netfilter.js';
import './sock-diag.js';
