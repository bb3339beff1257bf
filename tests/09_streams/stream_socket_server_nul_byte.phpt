--TEST--
tsp_sockets: stream_socket_server(): a NUL byte anywhere in a tcp or udp target is refused with core's message, before the address is parsed, as core's own function does
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$code = <<<'PHP'
foreach (["tcp://127.0.0.1:0\0garbage", "tcp://127.0.0.1\0:0", "tcp://127.0.0.1\0", "tcp://[::1\0]:0", "tcp://[::1\0",
          "udp://127.0.0.1:0\0x", "127.0.0.1:0\0", "tcp://\0"] as $t) {
    $s = @stream_socket_server($t, $errno, $errstr, str_starts_with($t, 'udp') ? STREAM_SERVER_BIND : STREAM_SERVER_BIND | STREAM_SERVER_LISTEN);
    echo json_encode($t), ' ', var_export($s, true), " $errno $errstr\n";
}
$s = stream_socket_server("tcp://127.0.0.1:0\0garbage");
PHP;
$ext = escapeshellarg(getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so'));
foreach (['1' => 'tsp_sockets', '0' => 'core'] as $on => $who) {
    $out[$who] = shell_exec(escapeshellarg(PHP_BINARY) . " -n -d extension=$ext -d tsp_sockets.stream_server=$on -d display_errors=1 -r "
        . escapeshellarg($code) . ' 2>&1');
}
echo $out['tsp_sockets'];
var_dump($out['tsp_sockets'] === $out['core']);
?>
--EXPECT--
"tcp:\/\/127.0.0.1:0\u0000garbage" false 0 The hostname must not contain null bytes
"tcp:\/\/127.0.0.1\u0000:0" false 0 The hostname must not contain null bytes
"tcp:\/\/127.0.0.1\u0000" false 0 The hostname must not contain null bytes
"tcp:\/\/[::1\u0000]:0" false 0 The hostname must not contain null bytes
"tcp:\/\/[::1\u0000" false 0 The hostname must not contain null bytes
"udp:\/\/127.0.0.1:0\u0000x" false 0 The hostname must not contain null bytes
"127.0.0.1:0\u0000" false 0 The hostname must not contain null bytes
"tcp:\/\/\u0000" false 0 The hostname must not contain null bytes

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:0 (The hostname must not contain null bytes) in Command line code on line 6
bool(true)
