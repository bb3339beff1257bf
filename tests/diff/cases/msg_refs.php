<?php
// References in a message: refused where arrays and integers are read, followed where strings are
require __DIR__ . '/../inc/util.inc';
function t($l, $f) { echo "== $l: "; try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$u4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u4, '127.0.0.1', 0);
socket_getsockname($u4, $a, $port);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
t('iov element', function () use ($p) { $x = 'abc'; return socket_sendmsg($p[0], ['iov' => [&$x]], 0); });
t('iov', function () use ($p) { $iov = ['a']; return socket_sendmsg($p[0], ['iov' => &$iov], 0); });
t('name', function () use ($u4, $port) { $n = ['addr' => '127.0.0.1', 'port' => $port]; return socket_sendmsg($u4, ['name' => &$n, 'iov' => ['x']], 0); });
t('name port', function () use ($u4, $port) { $pp = $port; return socket_sendmsg($u4, ['name' => ['addr' => '127.0.0.1', 'port' => &$pp], 'iov' => ['x']], 0); });
t('name addr', function () use ($u4, $port) { $ad = '127.0.0.1'; return socket_sendmsg($u4, ['name' => ['addr' => &$ad, 'port' => $port], 'iov' => ['x']], 0); });
t('name family', function () use ($u4, $port) { $f = AF_INET; return socket_sendmsg($u4, ['name' => ['family' => &$f, 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x']], 0); });
t('unix path', function () use ($p) { $path = '/nonexistent/x'; return socket_sendmsg($p[0], ['name' => ['path' => &$path], 'iov' => ['x']], 0); });
t('control', function () use ($p) { $c = [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0]]]]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => &$c], 0); });
t('control element', function () use ($p) { $c = ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0]]]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [&$c]], 0); });
t('level', function () use ($p) { $l = SOL_SOCKET; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => &$l, 'type' => SCM_RIGHTS, 'data' => [$p[0]]]]], 0); });
t('type', function () use ($p) { $l = SCM_RIGHTS; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => &$l, 'data' => [$p[0]]]]], 0); });
t('rights data', function () use ($p) { $d = [$p[0]]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => &$d]]], 0); });
t('rights element', function () use ($p) { $s = $p[0]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [&$s]]]], 0); });
t('creds data', function () use ($p) { $d = ['pid' => getmypid(), 'uid' => 0, 'gid' => 0]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => &$d]]], 0); });
t('creds pid', function () use ($p) { $pid = getmypid(); return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => &$pid, 'uid' => 0, 'gid' => 0]]]], 0); });
t('hoplimit', function () use ($p) { $h = 5; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => &$h]]], 0); });
t('pktinfo data', function () use ($p) { $d = ['addr' => '::1', 'ifindex' => 0]; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => &$d]]], 0); });
t('pktinfo ifindex', function () use ($p) { $i = 0; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => &$i]]]], 0); });
t('pktinfo addr', function () use ($p) { $ad = '::1'; return socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => &$ad, 'ifindex' => 'lo']]]], 0); });
t('recv name', function () use ($p) { socket_write($p[1], "q"); $n = []; $m = ['name' => &$n, 'controllen' => 10]; $r = socket_recvmsg($p[0], $m, 0); var_dump($m); return $r; });
t('recv buffer_size', function () use ($p) { $b = 10; $m = ['buffer_size' => &$b, 'controllen' => 10]; return socket_recvmsg($p[0], $m, 0); });
t('recv controllen', function () use ($p) { $b = 10; $m = ['controllen' => &$b]; $r = socket_recvmsg($p[0], $m, 0); var_dump($m['iov']); return $r; });
