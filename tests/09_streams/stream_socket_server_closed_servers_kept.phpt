--TEST--
tsp_sockets: stream_socket_server(): servers opened and closed leave nothing behind (the backlog socket_listen_info() reports is forgotten with the stream), while open ones keep theirs
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ctx = fn(int $b) => stream_context_create(['socket' => ['backlog' => $b]]);
$keep = [];
foreach ([7, 11, 13] as $b) {
    $keep[$b] = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx($b));
}
for ($i = 0; $i < 2000; $i++) {
    fclose(stream_socket_server('tcp://127.0.0.1:0'));
}
$m0 = memory_get_usage();
for ($i = 0; $i < 20000; $i++) {
    fclose(stream_socket_server('tcp://127.0.0.1:0'));
    if ($i % 5000 === 0) {   /* some live ones come and go in between */
        $keep["late$i"] = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx(3));
    }
}
echo 'kept per cycle: ', (memory_get_usage() - $m0) / 20000 < 1 ? 'under 1 byte' : 'more', "\n";
foreach ($keep as $k => $s) {
    echo $k, ': ', socket_listen_info($s)['backlog_requested'], "\n";
}
?>
--EXPECT--
kept per cycle: under 1 byte
7: 7
11: 11
13: 13
late0: 3
late5000: 3
late10000: 3
late15000: 3
