<?php
require __DIR__ . "/../inc/util.inc";
function s($l, $sock, $m, $fl = 0) { echo "== $l\n"; try { var_dump(socket_sendmsg($sock, $m, $fl)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP); socket_bind($u6, '::1'); socket_getsockname($u6, $a, $port6);
$n6 = ['addr' => '::1', 'port' => $port6];
s('pid big', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => PHP_INT_MAX, 'uid' => 0, 'gid' => 0]]]]);
s('gid neg', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => 0, 'gid' => -1]]]]);
s('level big', $p[0], ['iov' => ['x'], 'control' => [['level' => PHP_INT_MAX, 'type' => 1, 'data' => 1]]]);
s('hop big', $u6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => PHP_INT_MAX]]]);
s('ifindex str', $u6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 'lo']]]]);
s('ifindex nosuch', $u6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 'nosuch0']]]]);
s('ifindex missing', $u6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1']]]]);
s('pktinfo addr bad', $u6, ['name' => $n6, 'iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => 'bad.invalid', 'ifindex' => 1]]]]);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0); socket_close($c);
s('rights closed', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$c]]]]);
s('rights assoc', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => ['a' => STDIN, 'b' => 5]]]]);
s('rights not array', $p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => STDIN]]]);
s('send fail', $p[0], ['name' => ['path' => '/nonexistent'], 'iov' => ['x']]);
var_dump(socket_last_error($p[0]), socket_last_error());
socket_clear_error();
s('send conv fail', $p[0], ['name' => ['path' => ''], 'iov' => ['x']]);
var_dump(socket_last_error($p[0]), socket_last_error());
/* default buffer size */
socket_sendmsg($p[0], ['iov' => [str_repeat('z', 10000)]], 0);
$m = ['controllen' => 1];
var_dump(socket_recvmsg($p[1], $m, 0), strlen($m['iov'][0]));
/* abstract names */
$ab = socket_create(AF_UNIX, SOCK_DGRAM, 0); var_dump(socket_bind($ab, "\0tsp-abs-" . getmypid()));
s('to abstract', $p[0], ['name' => ['path' => "\0tsp-abs-" . getmypid()], 'iov' => ['A']]);
$m = ['name' => [], 'buffer_size' => 10, 'controllen' => 1];
var_dump(socket_recvmsg($ab, $m, MSG_DONTWAIT), $m['iov'] ?? null);
s('family on unix', $p[0], ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => 9], 'iov' => ['x']]);
s('family 99', $p[0], ['name' => ['family' => 99], 'iov' => ['x']]);
s('flags send', $p[0], ['iov' => ['x']], MSG_DONTWAIT);
s('closed sock', $c, ['iov' => ['x']]);
s('msg keys', $p[0], ['iov' => ['x'], 'name' => null]);
s('iov assoc', $p[0], ['iov' => ['a' => 'x', 'b' => 'y']]);
