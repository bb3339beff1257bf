<?php
/*
 * A UDP time server: every datagram that arrives is answered with the local
 * time, sent back to the address it came from (socket_recvfrom() and
 * socket_sendto() on a SOCK_DGRAM socket).
 *
 *   php -n -d extension=tsp_sockets.so examples/udp_time_server.php [host] [port] [requests]
 *
 * host defaults to 127.0.0.1 (an IPv6 address such as ::1 works too) and port
 * to 8000; port 0 picks a free one. The address is printed as
 * "listening on ADDRESS". requests (default 0 = forever) bounds the run;
 * SIGTERM or Ctrl-C stops it as well (when pcntl is there).
 * Talk to it with: echo | nc -u -w1 127.0.0.1 8000
 */
$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8000);
$limit = (int) ($argv[3] ?? 0);

$running = true;
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) { $running = false; };
    pcntl_signal(SIGTERM, $stop, false);   // false: interrupt the blocking call
    pcntl_signal(SIGINT, $stop, false);
}

$family = str_contains($host, ':') ? AF_INET6 : AF_INET;
$server = socket_create($family, SOCK_DGRAM, SOL_UDP);
if ($server === false) {
    fwrite(STDERR, "socket_create: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
if (!@socket_bind($server, $host, $port)) {
    fwrite(STDERR, "socket_bind($host:$port): " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $port);
$shown = $family === AF_INET6 ? "[$addr]" : $addr;
echo "listening on $shown:$port\n";
echo "talk to it with: echo | nc -u -w1 $addr $port\n";

$served = 0;
while ($running && ($limit === 0 || $served < $limit)) {
    /* a datagram is read whole; 65535 bytes is the most UDP can carry */
    $len = @socket_recvfrom($server, $request, 65535, 0, $peer, $peerPort);
    if ($len === false) {
        continue;   // interrupted by a signal, or an ICMP error of an earlier reply
    }
    $reply = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    if (@socket_sendto($server, $reply, strlen($reply), 0, $peer, $peerPort) === false) {
        echo "socket_sendto($peer:$peerPort): " . socket_strerror(socket_last_error($server)) . "\n";
    }
    $served++;
}
socket_close($server);
echo "stopped after $served requests\n";
