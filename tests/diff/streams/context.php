<?php
require __DIR__ . '/../inc/streams.inc';
foreach ([['backlog' => 1], ['backlog' => '7'], ['backlog' => -1], ['backlog' => PHP_INT_MAX], ['backlog' => []],
          ['ipv6_v6only' => true], ['ipv6_v6only' => false], ['ipv6_v6only' => null],
          ['so_reuseport' => true], ['so_broadcast' => true], ['tcp_nodelay' => true]] as $opts) {
    echo json_encode($opts), "\n";
    server('tcp://[::]:0', null, stream_context_create(['socket' => $opts]), true);
}
/* two listeners on one port with so_reuseport */
$ctx = stream_context_create(['socket' => ['so_reuseport' => true]]);
$a = server('tcp://127.0.0.1:0', null, $ctx, true);
$n = stream_socket_get_name($a, false);
$b = server("tcp://$n", null, $ctx, true);
echo is_resource($b) ? "shared port\n" : "not shared\n";
/* so_broadcast on udp */
$u = server('udp://127.0.0.1:0', STREAM_SERVER_BIND, stream_context_create(['socket' => ['so_broadcast' => true]]), true);
/* v6only: a v4 client cannot reach a v6-only wildcard listener */
$v6 = server('tcp://[::]:0', null, stream_context_create(['socket' => ['ipv6_v6only' => true]]), true);
$port = (int) substr(strrchr(stream_socket_get_name($v6, false), ':'), 1);
$c = @stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 1);
echo 'v4 client to v6only: ', $c ? 'connected' : 'refused', "\n";
$v6b = server('tcp://[::]:0', null, stream_context_create(['socket' => ['ipv6_v6only' => false]]), true);
$port = (int) substr(strrchr(stream_socket_get_name($v6b, false), ':'), 1);
$c = @stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 1);
echo 'v4 client to dual stack: ', $c ? 'connected' : 'refused', "\n";
/* tcp_nodelay applies to accepted streams */
$ctx = stream_context_create(['socket' => ['tcp_nodelay' => true]]);
$s = server('tcp://127.0.0.1:0', null, $ctx, true);
$c = stream_socket_client('tcp://' . stream_socket_get_name($s, false));
$a = stream_socket_accept($s);
echo 'accepted ', get_resource_type($a), "\n";
echo "done\n";
