/** Socket decoders (sockaddr, options, messages, netlink): registered on import. */
import './sockbuf.js';
import './sockopt.js';
import './msghdr.js';
import './sendfile.js';
