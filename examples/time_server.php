<?php
/*
 * The time server of the stream_socket_server() manual page, written with
 * the socket_* functions: every client gets the local time and is closed.
 *
 *   php -n -d extension=tsp_sockets.so examples/time_server.php [host] [port] [connections]
 *
 * host defaults to 127.0.0.1 and port to 8000; when the port is taken, a free
 * one is chosen and said. connections (default 0 = forever) bounds the run.
 * Talk to it with: nc 127.0.0.1 8000
 */
$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8000);
$limit = (int) ($argv[3] ?? 0);

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($server === false) {
    fwrite(STDERR, "socket_create: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($server, $host, $port)) {
    $code = socket_last_error($server);
    if ($code !== SOCKET_EADDRINUSE) {
        fwrite(STDERR, "socket_bind($host:$port): " . socket_strerror($code) . "\n");
        exit(1);
    }
    echo "port $port is taken; choosing a free one\n";
    if (!socket_bind($server, $host, 0)) {
        fwrite(STDERR, "socket_bind($host:0): " . socket_strerror(socket_last_error($server)) . "\n");
        exit(1);
    }
}
if (!socket_listen($server, SOMAXCONN)) {
    fwrite(STDERR, "socket_listen: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $port);
echo "listening on $addr:$port\n";

for ($served = 0; $limit === 0 || $served < $limit; $served++) {
    $conn = socket_accept($server);
    if ($conn === false) {
        continue;
    }
    socket_write($conn, 'The local time is ' . date('n/j/Y g:i a') . "\n");
    socket_close($conn);
}
socket_close($server);
