<?php
require __DIR__ . "/../inc/util.inc";
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP); socket_bind($u6, '::1'); socket_getsockname($u6, $a, $port6);
$v6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$ux = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
function s($l, $sock, $m) { echo "== $l\n"; try { var_dump(socket_sendmsg($sock, $m, 0)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
$n6 = ['addr' => '::1', 'port' => $port6];
foreach (['x', '1.5', 1.5, [], null, true, -1, 4294967296, PHP_INT_MAX, '  12', '12abc', new stdClass] as $i => $val) {
  s("port ".var_export($val, true), $v6, ['name' => ['addr' => '::1', 'port' => $val], 'iov' => ['x']]);
}
s('flowinfo str', $v6, ['name' => $n6 + ['flowinfo' => 'x'], 'iov' => ['x']]);
s('flowinfo neg', $v6, ['name' => $n6 + ['flowinfo' => -1], 'iov' => ['x']]);
s('scope big', $v6, ['name' => $n6 + ['scope_id' => 4294967296], 'iov' => ['x']]);
s('family wrong', $v6, ['name' => $n6 + ['family' => AF_INET], 'iov' => ['x']]);
s('family str', $v6, ['name' => $n6 + ['family' => 'x'], 'iov' => ['x']]);
s('addr6 bad', $v6, ['name' => ['addr' => 'zz::zz', 'port' => 1], 'iov' => ['x']]);
s('addr6 array', $v6, ['name' => ['addr' => [], 'port' => 1], 'iov' => ['x']]);
s('hoplimit', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 300]]]);
s('hoplimit ok', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 5]]]);
s('tclass str', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => 'x']]]);
s('tclass ok', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => 40]]]);
s('pktinfo nokey', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => []]]]);
s('pktinfo noarr', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => 5]]]);
s('pktinfo ok', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 1]]]]);
s('pktinfo badif', $v6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => -1]]]]);
s('unix path', $ux, ['name' => ['path' => '/nonexistent/x'], 'iov' => ['x']]);
s('unix long', $ux, ['name' => ['path' => str_repeat('a', 200)], 'iov' => ['x']]);
s('unix nopath', $ux, ['name' => [], 'iov' => ['x']]);
s('unix path arr', $ux, ['name' => ['path' => []], 'iov' => ['x']]);
s('unix empty path', $ux, ['name' => ['path' => ''], 'iov' => ['x']]);
s('creds str', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 'x', 'uid' => 0, 'gid' => 0]]]]);
s('creds neg uid', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => -1, 'gid' => 0]]]]);
s('ctl level str', $p[0], ['iov' => ['x'], 'control' => [['level' => 'x', 'type' => 1, 'data' => 1]]]);
s('ctl type str', $p[0], ['iov' => ['x'], 'control' => [['level' => 1, 'type' => 'x', 'data' => 1]]]);
s('iov 1025', $p[0], ['iov' => array_fill(0, 1025, 'a')]);
s('control 2', $p[0], ['iov' => ['x'], 'control' => [['level' => 1, 'type' => 1, 'data' => [STDIN]], ['level' => 1, 'type' => 1, 'data' => [STDOUT]]]]);
s('flags str', $p[0], ['iov' => ['x'], 'flags' => 'abc']);
s('msg nested', $p[0], ['iov' => [['x']]]);
