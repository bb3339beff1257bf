<?php
require __DIR__ . "/../inc/util.inc";
function t($l, $f) { try { $r = $f(); echo "$l: "; var_dump($r); } catch (Throwable $e) { echo "$l: ", get_class($e), ": ", $e->getMessage(), "\n"; } }
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($u, '127.0.0.1'); socket_getsockname($u, $a, $port);
$v = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('send basic', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['ab', 'cd']], 0));
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 0];
t('recv basic', function () use ($u, &$m) { $r = socket_recvmsg($u, $m, 0); var_dump($m); return $r; });
t('send empty', fn() => socket_sendmsg($v, [], 0));
t('send no iov', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port]], 0));
t('send iov not array', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => 'x'], 0));
t('send iov int elem', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => [1, []]], 0));
t('send name bad addr', fn() => socket_sendmsg($v, ['name' => ['addr' => 'nope.invalid', 'port' => $port], 'iov' => ['x']], 0));
t('send name no addr', fn() => socket_sendmsg($v, ['name' => ['port' => $port], 'iov' => ['x']], 0));
t('send name port str', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => 'abc'], 'iov' => ['x']], 0));
t('send name port big', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => 70000], 'iov' => ['x']], 0));
t('send name not array', fn() => socket_sendmsg($v, ['name' => 'x', 'iov' => ['x']], 0));
t('send unknown key', fn() => socket_sendmsg($v, ['foo' => 1, 'iov' => ['x']], 0));
t('send control unknown', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x'], 'control' => [['level' => 1, 'type' => 99, 'data' => 1]]], 0));
t('send control not array', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x'], 'control' => 5], 0));
t('send flags key', fn() => socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x'], 'flags' => 'z'], 0));
t('recv no buffer', function () use ($u) { $m = []; $r = socket_recvmsg($u, $m, MSG_DONTWAIT); var_dump($m); return $r; });
t('recv buffer neg', function () use ($u) { $m = ['buffer_size' => -1]; $r = socket_recvmsg($u, $m, MSG_DONTWAIT); var_dump($m); return $r; });
t('recv empty nb', function () use ($u) { $m = ['name' => [], 'buffer_size' => 10, 'controllen' => 0]; $r = socket_recvmsg($u, $m, MSG_DONTWAIT); var_dump($m); return $r; });
t('cmsg_space', fn() => [socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS), socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3), socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS), socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO), socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT), socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS), socket_cmsg_space(1, 99)]);
t('cmsg_space neg', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, -1));
t('cmsg_space huge', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, PHP_INT_MAX));
t('cmsg_space big', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1000000000));
