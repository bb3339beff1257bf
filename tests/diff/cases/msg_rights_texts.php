<?php
// socket_sendmsg() control: the texts of bad SCM_RIGHTS data and of bad control elements
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
function c($l, $control) { global $p; echo "== $l\n"; try { var_dump(socket_sendmsg($p[0], ['iov' => ['x'], 'control' => $control], 0)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
function rights($data) { return [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data]]; }
$f = fopen(__FILE__, 'r'); fclose($f);
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0); socket_close($closed);
c('closed stream', rights([$f]));
c('not a stream', rights([stream_context_create()]));
c('closed socket', rights([$closed]));
c('int', rights([5]));
c('second bad', rights([$p[0], 'x']));
c('empty', rights([]));
c('not array', rights(5));
c('no data', [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]);
c('unknown type', [['level' => 1, 'type' => 99, 'data' => 1]]);
c('element not array', [5]);
c('control not array', 5);
c('empty control', []);
c('first bad then missing', [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [5]], ['type' => 1]]);
c('level out of range', [['level' => 2**40, 'type' => 1, 'data' => 1]]);
c('type not numeric', [['level' => 1, 'type' => 'x', 'data' => 1]]);
c('creds missing uid', [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1]]]);
c('creds not array', [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => 1]]);
c('hoplimit range', [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 2**40]]);
c('pktinfo ifindex float', [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 1.0]]]);
c('pktinfo ifindex -1', [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => -1]]]);
c('two good', [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0]]], ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0], $p[1]]]]);
$m = ['buffer_size' => 10, 'controllen' => 200];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT), count($m['control']), count($m['control'][0]['data']), count($m['control'][1]['data']));
