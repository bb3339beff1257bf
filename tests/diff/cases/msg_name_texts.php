<?php
// socket_sendmsg() "name": the family read as a native int, the texts of a family the socket does not take, unresolvable addresses
require __DIR__ . '/../inc/util.inc';
function s($l, $sock, $m) { echo "== $l\n"; try { var_dump(socket_sendmsg($sock, $m, 0)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
$u4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach ([70000, -1, 2**40, 3, '2', 'x', 2.0, null, []] as $f) {
    s('family ' . var_export($f, true), $u4, ['name' => ['family' => $f, 'addr' => '127.0.0.1', 'port' => 9], 'iov' => ['x']]);
}
s('AF_INET6 on AF_INET', $u4, ['name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => 9], 'iov' => ['x']]);
s('AF_UNIX on AF_INET', $u4, ['name' => ['family' => AF_UNIX, 'path' => '/tmp/x'], 'iov' => ['x']]);
s('AF_UNIX on AF_INET6', $u6, ['name' => ['family' => AF_UNIX, 'path' => '/tmp/x'], 'iov' => ['x']]);
s('AF_INET6 on AF_UNIX', $p[0], ['name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => 1], 'iov' => ['x']]);
s('AF_INET on AF_UNIX', $p[0], ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => 1], 'iov' => ['x']]);
s('AF_INET on AF_INET6', $u6, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => 9], 'iov' => ['x']]);
s('addr array', $u4, ['name' => ['addr' => [], 'port' => 9], 'iov' => ['x']]);
s('addr bad', $u4, ['name' => ['addr' => 'no.such.host.invalid', 'port' => 9], 'iov' => ['x']]);
s('addr6 bad', $u6, ['name' => ['addr' => 'no.such.host.invalid', 'port' => 9], 'iov' => ['x']]);
s('addr6 array', $u6, ['name' => ['addr' => [], 'port' => 9], 'iov' => ['x']]);
s('path empty', $p[0], ['name' => ['path' => ''], 'iov' => ['x']]);
s('path 108', $p[0], ['name' => ['path' => str_repeat('a', 108)], 'iov' => ['x']]);
s('name not array', $u4, ['name' => 'x', 'iov' => ['x']]);
