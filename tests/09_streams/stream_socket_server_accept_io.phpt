--TEST--
tsp_sockets: stream_socket_server(): accepted streams read, write, select and close as core's
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$path = sys_get_temp_dir() . '/tsp_io_' . getmypid() . '.sock';
foreach (['tcp://127.0.0.1:0', 'tcp://[::1]:0', "unix://$path"] as $target) {
    $s = stream_socket_server($target, $errno, $errstr);
    if (!$s) { echo "skip $target: $errstr\n"; continue; }
    $name = stream_socket_get_name($s, false);
    $c = stream_socket_client(str_starts_with($target, 'unix') ? $target : "tcp://$name", $errno, $errstr, 2);
    $a = stream_socket_accept($s, 2);
    echo stream_get_meta_data($a)['stream_type'], "\n";
    fwrite($c, "ping\n");
    echo fgets($a);
    fwrite($a, "pong");
    echo fread($c, 4), "\n";
    stream_set_blocking($s, false);
    var_dump(@stream_socket_accept($s, 0));
    fclose($a); fclose($c); fclose($s);
}
@unlink($path);
?>
--EXPECTF--
tcp_socket%S
ping
pong
bool(false)
tcp_socket%S
ping
pong
bool(false)
unix_socket
ping
pong
bool(false)
