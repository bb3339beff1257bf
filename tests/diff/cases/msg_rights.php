<?php
// diff: documented ext/sockets 8.2 sends and receives the wrong descriptors with SCM_RIGHTS (another fd, often 0); tsp_sockets passes the ones given
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$udp = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_bind($udp, '127.0.0.1');
$tcp = socket_create(AF_INET, SOCK_STREAM, 0);
socket_bind($tcp, '127.0.0.1');
socket_listen($tcp);
$file = fopen(__FILE__, 'r');
$server = stream_socket_server('tcp://127.0.0.1:0');
$data = [$udp, $tcp, $file, $server];
var_dump(socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data]]], 0));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, count($data))];
var_dump(socket_recvmsg($p[1], $m, 0));
foreach ($m['control'][0]['data'] as $i => $x) {
    if ($x instanceof Socket) {
        socket_getsockname($x, $addr, $port);
        echo $i, ': Socket type=', socket_get_option($x, SOL_SOCKET, SO_TYPE), " addr=$addr\n";
    } else {
        echo $i, ': ', get_resource_type($x), ' ', stream_get_meta_data($x)['stream_type'], ' first line: ', trim(fgets($x)), "\n";
    }
}
/* the received listener works: a client connects, the copy accepts */
$l = $m['control'][0]['data'][1];
socket_getsockname($tcp, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, 0);
socket_connect($c, '127.0.0.1', $port);
var_dump(socket_accept($l) instanceof Socket);
