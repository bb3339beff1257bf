<?php
require __DIR__ . '/../inc/streams.inc';
foreach (['udp://127.0.0.1:0', 'udp://[::1]:0'] as $t) {
    $s = server($t, STREAM_SERVER_BIND);
    $name = stream_socket_get_name($s, false);
    $c = stream_socket_client("udp://$name");
    var_dump(fwrite($c, "ping"));
    $peer = null;
    var_dump(stream_socket_recvfrom($s, 100, 0, $peer), name_shape($peer));
    var_dump(stream_socket_sendto($s, "pong", 0, $peer), fread($c, 100));
    var_dump(stream_socket_sendto($s, "peek", 0, $peer), stream_socket_recvfrom($c, 100, STREAM_PEEK), fread($c, 100));
    var_dump(feof($s));
    var_dump(@fwrite($s, 'x'));
}
$d = server('udg://srv.dg', STREAM_SERVER_BIND);
echo "done\n";
