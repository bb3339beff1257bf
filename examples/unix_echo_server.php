<?php
/*
 * An echo server on a unix domain socket (AF_UNIX, SOCK_STREAM): it serves
 * one client at a time and sends back every byte the client sends, until the
 * client closes its side.
 *
 *   php -n -d extension=tsp_sockets.so examples/unix_echo_server.php [path] [connections]
 *
 * path defaults to tsp_echo.sock in the temporary directory. A socket file left
 * there by a server that is gone is removed first; one that a live server
 * answers on is left alone. The path is printed as "listening on PATH" and the
 * file is removed when the server stops. connections (default 0 = forever)
 * bounds the run; SIGTERM or Ctrl-C stops it as well (when pcntl is there).
 * Talk to it with: nc -U /tmp/tsp_echo.sock
 */
$path = $argv[1] ?? sys_get_temp_dir() . '/tsp_echo.sock';
$limit = (int) ($argv[2] ?? 0);

$running = true;
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) { $running = false; };
    pcntl_signal(SIGTERM, $stop, false);   // false: interrupt the blocking call
    pcntl_signal(SIGINT, $stop, false);
}

$server = socket_create(AF_UNIX, SOCK_STREAM, 0);
if ($server === false) {
    fwrite(STDERR, "socket_create: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
if (!@socket_bind($server, $path)) {
    $code = socket_last_error($server);
    /* the path exists: a stale socket file can go, a live server's cannot */
    $probe = socket_create(AF_UNIX, SOCK_STREAM, 0);
    $stale = $code === SOCKET_EADDRINUSE && @filetype($path) === 'socket' && !@socket_connect($probe, $path);
    socket_close($probe);
    if (!$stale || !unlink($path) || !@socket_bind($server, $path)) {
        fwrite(STDERR, "socket_bind($path): " . socket_strerror($code) . "\n");
        exit(1);
    }
}
if (!socket_listen($server, SOMAXCONN)) {
    fwrite(STDERR, "socket_listen: " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
echo "listening on $path\n";
echo "talk to it with: nc -U $path\n";

$served = 0;
while ($running && ($limit === 0 || $served < $limit)) {
    $conn = @socket_accept($server);
    if ($conn === false) {
        continue;   // interrupted by a signal
    }
    $served++;
    $bytes = 0;
    /* '' is the client's end of file; false an error or a signal */
    while ($running && ($data = @socket_read($conn, 8192)) !== false && $data !== '') {
        while ($data !== '') {
            $sent = @socket_write($conn, $data);
            if ($sent === false) {
                break 2;
            }
            $bytes += $sent;
            $data = (string) substr($data, $sent);
        }
    }
    socket_close($conn);
    echo "connection $served: echoed $bytes bytes\n";
}
socket_close($server);
unlink($path);
echo "stopped after $served connections\n";
