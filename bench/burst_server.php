<?php
/*
 * A stream server that accepts slowly: it prints its port, then accepts one
 * connection at a time with a pause between accepts, closing each, until it
 * has served N or the deadline passes.
 *   php -n -d extension=tsp_sockets.so bench/burst_server.php N PAUSE_US DEADLINE_S
 */
$n = (int) ($argv[1] ?? 2000);
$pause = (int) ($argv[2] ?? 500);
$deadline = microtime(true) + (float) ($argv[3] ?? 30);
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if (!$s) {
    fwrite(STDERR, "stream_socket_server: $errstr ($errno)\n");
    exit(1);
}
echo substr(strrchr(stream_socket_get_name($s, false), ':'), 1), "\n";
fflush(STDOUT);
$served = 0;
while ($served < $n && microtime(true) < $deadline) {
    $c = @stream_socket_accept($s, 1);
    if ($c === false) {
        continue;
    }
    fclose($c);
    $served++;
    usleep($pause);
}
fwrite(STDERR, "served $served\n");
