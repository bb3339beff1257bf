<?php
require __DIR__ . "/../inc/util.inc";
function t($l, $f) { try { $r = $f(); echo "$l: "; var_dump($r); } catch (Throwable $e) { echo "$l: ", get_class($e), ": ", $e->getMessage(), "\n"; } }
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($u, '127.0.0.1'); socket_getsockname($u, $a, $port);
$v = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['ab', 'cd']], 0);
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 1];
t('recv basic', function () use ($u, &$m) { $r = socket_recvmsg($u, $m, 0); $m['name']['port'] = port_shape($m['name']['port']); var_dump($m); return $r; });
socket_sendmsg($v, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['abcdefgh']], 0);
$m = ['buffer_size' => 3, 'controllen' => 1];
t('recv trunc', function () use ($u, &$m) { $r = socket_recvmsg($u, $m, 0); var_dump($m); return $r; });
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$f = fopen('php://memory', 'r');
$st = stream_socket_server('tcp://127.0.0.1:0');
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);
t('send creds', fn() => socket_sendmsg($p[0], ['iov' => ['y'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => 0, 'gid' => 0]]]], 0));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
t('recv creds', function () use ($p, &$m) { $r = socket_recvmsg($p[1], $m, 0); $m['control'][0]['data']['pid'] = 'PID'; var_dump($m); return $r; });
t('send rights bad', fn() => socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => ['x']]]], 0));
t('send rights empty', fn() => socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => []]]], 0));
t('send rights file', fn() => socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f]]]], 0));
t('send creds missing', fn() => socket_sendmsg($p[0], ['iov' => ['y'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1]]]], 0));
t('send ctl elem not array', fn() => socket_sendmsg($p[0], ['iov' => ['y'], 'control' => [5]], 0));
