--TEST--
tsp_sockets: socket_listen_fds(): every descriptor passed is returned and none closed, whatever LISTEN_FDNAMES says: a name taken by an earlier descriptor (systemd's default, the unit's name for each) gives way to the position
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$child = <<<'PHP'
$l = socket_listen_fds();
$open = 0;
foreach ([3, 4, 5, 6] as $fd) { $open += is_link("/proc/self/fd/$fd"); }
echo json_encode(array_map(function ($s) { socket_getsockname($s, $a, $p); return $p; }, $l), JSON_FORCE_OBJECT), " open=$open\n";
PHP;
$ls = $ports = [];
for ($i = 0; $i < 4; $i++) {
    $ls[] = stream_socket_server('tcp://127.0.0.1:0');
    $ports[(int) substr(strrchr(stream_socket_get_name($ls[$i], false), ':'), 1)] = $i + 3;
}
foreach (['web.socket:web.socket:web.socket:web.socket', 'web.socket:web.socket:admin.socket:admin.socket',
          'a::a:', '1::x:1', '0:0:0:0', ':::'] as $names) {
    $cmd = 'LISTEN_PID=$$ exec ' . escapeshellarg(PHP_BINARY) . ' -n -d extension='
        . escapeshellarg(getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so')) . ' -r ' . escapeshellarg($child);
    $proc = proc_open(['sh', '-c', $cmd], [1 => ['pipe', 'w'], 2 => ['pipe', 'w'], 3 => $ls[0], 4 => $ls[1], 5 => $ls[2], 6 => $ls[3]],
        $pipes, null, child_env(['LISTEN_FDS' => '4', 'LISTEN_FDNAMES' => $names]));
    /* ports shown as the descriptor numbers they were passed as */
    $out = preg_replace_callback('/:(\d+)/', fn($m) => ':fd' . $ports[(int) $m[1]], stream_get_contents($pipes[1]));
    echo str_pad($names, 48), $out, stream_get_contents($pipes[2]);
    proc_close($proc);
}
?>
--EXPECT--
web.socket:web.socket:web.socket:web.socket     {"web.socket":fd3,"1":fd4,"2":fd5,"3":fd6} open=4
web.socket:web.socket:admin.socket:admin.socket {"web.socket":fd3,"1":fd4,"admin.socket":fd5,"3":fd6} open=4
a::a:                                           {"a":fd3,"1":fd4,"2":fd5,"3":fd6} open=4
1::x:1                                          {"1":fd3,"2":fd4,"x":fd5,"3":fd6} open=4
0:0:0:0                                         {"0":fd3,"1":fd4,"2":fd5,"3":fd6} open=4
:::                                             {"0":fd3,"1":fd4,"2":fd5,"3":fd6} open=4
