<?php
/*
 * An echo server with streams: stream_socket_server() (tsp_sockets' own, which
 * listens with the system's somaxconn backlog) and stream_select() over the
 * listener and every client. Each client gets back every byte it sends, many
 * clients at once; streams are non-blocking with an output buffer per client.
 *
 *   php -n -d extension=tsp_sockets.so examples/stream_echo_server.php [host] [port] [connections]
 *
 * host defaults to 127.0.0.1 (an IPv6 address such as ::1 works too) and port
 * to 8007; port 0 picks a free one. The address is printed as
 * "listening on ADDRESS". connections (default 0 = forever) bounds the run:
 * the server stops once that many connections have been accepted and closed.
 * SIGTERM or Ctrl-C stops it as well (when pcntl is there).
 * stream_select() works below descriptor 1024 (FD_SETSIZE); for more clients,
 * see socket_select().
 * Talk to it with: nc 127.0.0.1 8007
 */
$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8007);
$limit = (int) ($argv[3] ?? 0);

const MAX_OUTPUT = 1 << 20;   // stop reading from a client that does not read its echo

$running = true;
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) { $running = false; };
    pcntl_signal(SIGTERM, $stop, false);
    pcntl_signal(SIGINT, $stop, false);
}

$shown = str_contains($host, ':') ? "[$host]" : $host;
$server = @stream_socket_server("tcp://$shown:$port", $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "stream_socket_server(tcp://$shown:$port): [$errno] $errstr\n");
    exit(1);
}
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
echo "listening on $shown:$port\n";
echo "talk to it with: nc $host $port\n";

$clients = [];   // keyed by (int) of the stream: [stream, number, bytes echoed, output buffer]
$accepted = 0;

$close = function (int $id) use (&$clients) {
    [$stream, $num, $bytes] = $clients[$id];
    fclose($stream);
    unset($clients[$id]);
    echo "connection $num: echoed $bytes bytes\n";
};

while ($running && ($limit === 0 || $accepted < $limit || $clients)) {
    $read = $write = [];
    foreach ($clients as $id => [$stream, , , $out]) {
        if (strlen($out) < MAX_OUTPUT) {
            $read[$id] = $stream;
        }
        if ($out !== '') {
            $write[$id] = $stream;
        }
    }
    if ($limit === 0 || $accepted < $limit) {
        $read[] = $server;
    }
    $except = null;
    /* a timeout so that a signal that lands just before the call is seen soon */
    if (!@stream_select($read, $write, $except, 1)) {
        continue;   // timeout, or interrupted by a signal
    }
    foreach ($write as $id => $stream) {
        $sent = @fwrite($stream, $clients[$id][3]);
        if ($sent === false) {
            $close($id);   // the peer is gone
            continue;
        }
        $clients[$id][2] += $sent;
        $clients[$id][3] = (string) substr($clients[$id][3], $sent);
    }
    foreach ($read as $stream) {
        if ($stream === $server) {
            $conn = @stream_socket_accept($server, 0);
            if ($conn !== false) {
                stream_set_blocking($conn, false);
                $clients[(int) $conn] = [$conn, ++$accepted, 0, ''];
            }
            continue;
        }
        $id = (int) $stream;
        if (!isset($clients[$id])) {
            continue;   // closed while writing above
        }
        $data = fread($stream, 8192);
        if ($data === '' && feof($stream) || $data === false) {
            $close($id);
            continue;
        }
        $clients[$id][3] .= $data;
    }
}
foreach ($clients as $id => $client) {
    $close($id);
}
fclose($server);
echo "stopped after $accepted connections\n";
