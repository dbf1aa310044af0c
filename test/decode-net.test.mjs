// Socket decoders as strace 6.1 prints them: netlink messages and their attributes (by
// the socket's protocol), socket addresses of several families, option values. Each
// section of test/fixtures/netdecode.c makes the calls; the expected lines are strace's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, lines, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

async function trace(section, syscalls, flags = []) {
  const r = await tstrace(['-e', `trace=chdir,${syscalls}`, ...flags, fixture('netdecode'), section]);
  const all = lines(r.stderr);
  return all.slice(all.findIndex((l) => l.startsWith('chdir("/")')) + 1).filter((l) => !l.startsWith('+++'))
    .map((l) => l.replace(/\s+= /, ' = '));
}

test('netlink messages: rtnetlink header, family struct and attributes; nfnetlink types', { skip }, async () => {
  assert.deepEqual(await trace('netlink', 'sendto'), [
    'sendto(3, [{nlmsg_len=32, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=7, ' +
      'nlmsg_pid=0}, {ifa_family=AF_INET, ifa_prefixlen=0, ifa_flags=IFA_F_SECONDARY, ifa_scope=RT_SCOPE_UNIVERSE, ' +
      'ifa_index=0}, [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_SECONDARY|IFA_F_PERMANENT]], 32, MSG_DONTWAIT, NULL, 0) = 32',
    'sendto(3, {nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_ACCT<<8|NFNL_MSG_ACCT_GET, nlmsg_flags=NLM_F_REQUEST, ' +
      'nlmsg_seq=0, nlmsg_pid=0}, 16, MSG_DONTWAIT, NULL, 0) = 16',
  ]);
});

test('socket addresses: inet6, packet, abstract unix; -X verbose shows the raw bytes too', { skip }, async () => {
  const ebadf = ' = -1 EBADF (Bad file descriptor)';
  assert.deepEqual(await trace('addresses', 'connect'), [
    'connect(-1, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(1), ' +
      'inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28)' + ebadf,
    'connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=0, sll_hatype=ARPHRD_NETROM, ' +
      'sll_pkttype=PACKET_BROADCAST, sll_halen=2, sll_addr=[0xab, 0xcd]}, 20)' + ebadf,
    'connect(-1, {sa_family=AF_UNIX, sun_path=@"abc"}, 6)' + ebadf,
  ]);
  const verbose = await trace('addresses', 'connect', ['-X', 'verbose']);
  assert.equal(verbose[0], 'connect(-1, {sa_family=0xa /* AF_INET6 */, sin6_port="\\x00\\x50" /* htons(80) */, ' +
    'sin6_flowinfo="\\x00\\x00\\x00\\x01" /* htonl(1) */, sin6_addr="\\x20\\x01\\x0d\\xb8\\x00\\x00\\x00\\x00\\x00\\x00' +
    '\\x00\\x00\\x00\\x00\\x00\\x01" /* inet_pton(AF_INET6, "2001:db8::1") */, sin6_scope_id=0}, 28)' + ebadf);
});

test('socket options: linger (whole and cut short), multicast membership', { skip }, async () => {
  assert.deepEqual(await trace('options', 'setsockopt,getsockopt'), [
    'setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0',
    'getsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger="\\x05\\x00"}, [6]) = 0',
    'setsockopt(-1, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("224.0.0.251"), ' +
      'imr_interface=inet_addr("127.0.0.1")}, 8) = -1 EBADF (Bad file descriptor)',
  ]);
});

test('nested netlink attributes (link XDP, filter mask) and a sock_diag request', { skip }, async () => {
  assert.deepEqual(await trace('nested', 'sendto'), [
    'sendto(3, [{nlmsg_len=52, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0}, ' +
      '{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}, ' +
      '[[{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF], [{nla_len=12, nla_type=IFLA_XDP}, ' +
      '[{nla_len=5, nla_type=IFLA_XDP_ATTACHED}, XDP_ATTACHED_SKB]]]], 52, MSG_DONTWAIT, NULL, 0) = 52',
    'sendto(3, [{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, ' +
      'nlmsg_pid=0}, {sdiag_family=AF_UNIX, sdiag_protocol=0, udiag_states=1<<TCP_ESTABLISHED, udiag_ino=0, ' +
      'udiag_show=UDIAG_SHOW_NAME|UDIAG_SHOW_PEER, udiag_cookie=[0, 0]}], 40, MSG_DONTWAIT, NULL, 0) = 40',
  ]);
});

test('control messages, message vectors with msg_len, sendfile offset before and after', { skip }, async () => {
  const hdr = (iov, flags) => `{msg_name=NULL, msg_namelen=0, msg_iov=[${iov}], msg_iovlen=1, msg_controllen=0, msg_flags=${flags}}`;
  assert.deepEqual(await trace('messages', 'sendmsg,sendmmsg,recvmmsg,sendfile'), [
    'sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi", iov_len=2}], msg_iovlen=1, ' +
      'msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0]}], msg_controllen=24, ' +
      'msg_flags=0}, 0) = 2',
    `sendmmsg(3, [{msg_hdr=${hdr('{iov_base="hi", iov_len=2}', '0')}, msg_len=2}], 1, 0) = 1`,
    `recvmmsg(4, [{msg_hdr=${hdr('{iov_base="hi", iov_len=4}', 'MSG_CTRUNC')}, msg_len=2}, ` +
      `{msg_hdr=${hdr('{iov_base="hi", iov_len=4}', '0')}, msg_len=2}], 2, MSG_DONTWAIT, NULL) = 2`,
    'sendfile(5, 3, [0] => [3], 3) = 3',
  ]);
});

test('-yy: netlink sockets by protocol and port; a socket keeps showing its peer once the peer is closed', { skip }, async () => {
  const netlink = await trace('nested', 'close', ['-yy']);
  assert.match(netlink[0] ?? '', /^close\(3<NETLINK:\[ROUTE:\d+\]>\) = 0$/);
  assert.match(netlink[1] ?? '', /^close\(3<NETLINK:\[SOCK_DIAG:\d+\]>\) = 0$/);
  const unix = (await trace('messages', 'close,recvmmsg', ['-yy'])).filter((l) => l.includes('UNIX'));
  const [, b, a] = /^recvmmsg\(4<UNIX:\[(\d+)->(\d+)\]>/.exec(unix[0] ?? '') ?? [];
  assert.ok(a && b, unix[0]);
  assert.deepEqual(unix.slice(1), [`close(3<UNIX:[${a}->${b}]>) = 0`, `close(4<UNIX:[${b}->${a}]>) = 0`]);
});

test('attribute payloads by their structs: an fd with its -y path, unix_diag_vfs, br_mdb_entry; genl\'s nlctrl; udev\'s uevent header', { skip }, async () => {
  const t = (await trace('payloads', 'sendto', ['-y'])).map((l) => l.replace(/<socket:\[\d+\]>/g, ''));
  assert.ok(t[0].includes('[{nla_len=12, nla_type=IFLA_XDP}, [{nla_len=8, nla_type=IFLA_XDP_FD}, 4</dev/null>]]'), t.join('\n'));
  assert.ok(t[1].includes('{ifindex=0, state=MDB_TEMPORARY, flags=0, vid=7, addr={u=inet_addr("224.0.0.1"), ' +
    'proto=htons(AF_INET)}}'), t.join('\n'));
  assert.ok(t[2].includes('[{nla_len=12, nla_type=UNIX_DIAG_VFS}, {udiag_vfs_dev=makedev(0xdda, 0xabcfa), ' +
    'udiag_vfs_ino=1234}]'), t.join('\n'));
  assert.ok(t[3].startsWith('sendto(3, {nlmsg_len=16, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST, '), t.join('\n'));
  assert.ok(t[4].startsWith('sendto(3, [{prefix="libudev", magic=htonl(0xfeedcafe), header_size=40, properties_off=40, ' +
    'properties_len=4, filter_subsystem_hash=htonl(0x1), filter_devtype_hash=htonl(0x2), filter_tag_bloom_hi=htonl(0x3), ' +
    'filter_tag_bloom_lo=htonl(0x4)}, "a=b\\0"], 44, MSG_DONTWAIT, NULL, 0) = '), t.join('\n'));
  assert.ok(t[5].startsWith('sendto(3, "add@/x", 6, MSG_DONTWAIT, NULL, 0) = '), t.join('\n'));
});
