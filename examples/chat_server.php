<?php
/*
 * A multi-client chat server on socket_select(): every line a client sends
 * goes to all the other clients, prefixed with the sender's name, and everyone
 * is told when someone joins or leaves. Sockets are non-blocking and each
 * client has its own output buffer, so a slow reader never stalls the others.
 *
 *   php -n -d extension=tsp_sockets.so examples/chat_server.php [host] [port] [clients]
 *
 * host defaults to 127.0.0.1 (an IPv6 address such as ::1 works too) and port
 * to 8001; port 0 picks a free one. The address is printed as
 * "listening on ADDRESS". clients (default 0 = forever) bounds the run: the
 * server stops once that many clients have joined and all of them have left.
 * SIGTERM or Ctrl-C stops it as well (when pcntl is there).
 * Talk to it from two terminals with: nc 127.0.0.1 8001
 */
$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8001);
$limit = (int) ($argv[3] ?? 0);

const MAX_LINE = 4096;        // longer lines are cut into pieces of this size
const MAX_OUTPUT = 1 << 20;   // a client that lets this much pile up is dropped

$running = true;
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) { $running = false; };
    pcntl_signal(SIGTERM, $stop, false);
    pcntl_signal(SIGINT, $stop, false);
}

$family = str_contains($host, ':') ? AF_INET6 : AF_INET;
$server = socket_create($family, SOCK_STREAM, SOL_TCP);
if ($server === false) {
    fwrite(STDERR, "socket_create: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($server, $host, $port) || !socket_listen($server, SOMAXCONN)) {
    fwrite(STDERR, "socket_bind($host:$port): " . socket_strerror(socket_last_error($server)) . "\n");
    exit(1);
}
socket_getsockname($server, $addr, $port);
$shown = $family === AF_INET6 ? "[$addr]" : $addr;
echo "listening on $shown:$port\n";
echo "talk to it from two terminals with: nc $addr $port\n";

/* per client, keyed by spl_object_id() of its Socket */
$socks = [];   // Socket
$names = [];   // "user1", "user2", ...
$in = [];      // bytes read, not yet a whole line
$out = [];     // bytes to send, not yet sent
$joined = 0;

/* queue $text for every client but $except */
$broadcast = function (string $text, ?int $except = null) use (&$socks, &$out) {
    foreach ($socks as $id => $s) {
        if ($id !== $except) {
            $out[$id] .= $text;
        }
    }
};
$drop = function (int $id) use (&$socks, &$names, &$in, &$out, $broadcast) {
    $name = $names[$id];
    socket_close($socks[$id]);
    unset($socks[$id], $names[$id], $in[$id], $out[$id]);
    $broadcast("* $name left\n");
    echo "$name left\n";
};

while ($running && ($limit === 0 || $joined < $limit || $socks)) {
    $read = $socks;
    if ($limit === 0 || $joined < $limit) {
        $read[] = $server;
    }
    $write = [];
    foreach ($out as $id => $pending) {
        if ($pending !== '') {
            $write[$id] = $socks[$id];
        }
    }
    $except = null;
    /* a timeout so that a signal that lands just before the call is seen soon */
    if (@socket_select($read, $write, $except, 1) < 1) {
        continue;   // timeout, or interrupted by a signal
    }
    foreach ($write as $id => $s) {
        $sent = @socket_write($s, $out[$id]);
        if ($sent === false) {
            if (socket_last_error($s) !== SOCKET_EAGAIN) {
                $drop($id);
            }
            continue;
        }
        $out[$id] = (string) substr($out[$id], $sent);
    }
    foreach ($read as $s) {
        if ($s === $server) {
            $conn = @socket_accept($server);
            if ($conn === false) {
                continue;
            }
            socket_set_nonblock($conn);
            $id = spl_object_id($conn);
            $name = 'user' . ++$joined;
            $broadcast("* $name joined\n");
            $socks[$id] = $conn;
            $names[$id] = $name;
            $in[$id] = '';
            $out[$id] = "* you are $name, " . count($socks) . " in the room\n";
            echo "$name joined\n";
            continue;
        }
        $id = spl_object_id($s);
        if (!isset($socks[$id])) {
            continue;   // dropped while writing above
        }
        $data = @socket_read($s, 8192);
        if ($data === false && socket_last_error($s) === SOCKET_EAGAIN) {
            continue;
        }
        if ($data === false || $data === '') {
            $drop($id);   // end of file or error: the client is gone
            continue;
        }
        $in[$id] .= $data;
        /* every whole line goes out; an over-long one in pieces */
        while (($nl = strpos($in[$id], "\n")) !== false || strlen($in[$id]) >= MAX_LINE) {
            $cut = $nl === false || $nl >= MAX_LINE ? MAX_LINE : $nl + 1;
            $line = rtrim(substr($in[$id], 0, $cut), "\r\n");
            $in[$id] = (string) substr($in[$id], $cut);
            $broadcast("{$names[$id]}: $line\n", $id);
        }
    }
    foreach ($out as $id => $pending) {
        if (strlen($pending) > MAX_OUTPUT) {
            $drop($id);   // it stopped reading
        }
    }
}
foreach ($socks as $s) {
    socket_close($s);
}
socket_close($server);
echo "stopped after $joined clients\n";
