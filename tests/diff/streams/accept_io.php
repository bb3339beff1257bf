<?php
require __DIR__ . '/../inc/streams.inc';
foreach (['tcp://127.0.0.1:0', 'tcp://[::1]:0', 'unix://io.sock'] as $t) {
    $s = server($t);
    $name = stream_socket_get_name($s, false);
    $c = stream_socket_client(str_starts_with($t, 'unix') ? $t : "tcp://$name", $e, $es, 2);
    $peer = null;
    $a = stream_socket_accept($s, 2, $peer);
    /* core reports stale bytes as the peer of an unnamed unix client: not compared */
    echo '  accepted ', get_resource_type($a), ' peer ', str_starts_with($t, 'unix') ? '(unnamed)' : name_shape($peer), "\n";
    echo '  meta ', json_encode(stream_get_meta_data($a)), "\n";
    echo '  local ', name_shape(stream_socket_get_name($a, false)), ' remote ', name_shape(stream_socket_get_name($a, true)), "\n";
    var_dump(fwrite($c, "hello\n"), fgets($a), fwrite($a, "world"), fread($c, 5));
    $r = [$s]; $w = null; $x = null;
    var_dump(stream_select($r, $w, $x, 0, 0));
    $c2 = stream_socket_client(str_starts_with($t, 'unix') ? $t : "tcp://$name");
    $r = [$s]; $w = null; $x = null;
    var_dump(stream_select($r, $w, $x, 1, 0), count($r));
    var_dump(stream_set_blocking($s, false));
    $a2 = stream_socket_accept($s, 0);
    var_dump(is_resource($a2));
    var_dump(@stream_socket_accept($s, 0));
    var_dump(feof($s), stream_get_meta_data($s)['blocked']);
    var_dump(@fread($s, 10), @fwrite($s, 'x'));
    var_dump(stream_socket_shutdown($a, STREAM_SHUT_WR), fread($c, 10), feof($c));
    var_dump(fclose($a), fclose($c), fclose($s));
}
echo "done\n";
