<?php
/*
 * An HTTP/1.1 server with keep-alive on socket_select(): a connection carries
 * as many requests as the client sends (pipelined ones too), every response
 * has a Content-Length, and a connection that stays idle for idle_seconds is
 * closed by the server. HTTP/1.0 clients get keep-alive when they ask for it
 * with "Connection: keep-alive"; "Connection: close" ends a connection after
 * its response. Request bodies with a Content-Length are read and ignored.
 *
 *   php -n -d extension=tsp_sockets.so examples/http_keepalive_server.php [host] [port] [idle_seconds] [connections]
 *
 * host defaults to 127.0.0.1 (an IPv6 address such as ::1 works too), port
 * to 8080 (0 picks a free one) and idle_seconds to 5. The address is printed
 * as "listening on ADDRESS". connections (default 0 = forever) bounds the
 * run: the server stops once that many connections have been accepted and
 * closed. SIGTERM or Ctrl-C stops it as well (when pcntl is there).
 * Talk to it with: curl -v http://127.0.0.1:8080/a http://127.0.0.1:8080/b
 * (curl says "Re-using existing connection" for the second URL), or with
 * nc -C 127.0.0.1 8080 and typing "GET / HTTP/1.1", then an empty line.
 */
$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8080);
$idle = max(1, (int) ($argv[3] ?? 5));
$limit = (int) ($argv[4] ?? 0);

const MAX_HEADER = 16384;      // request line and headers
const MAX_BODY = 1 << 20;      // request bodies we are willing to skip

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
echo "talk to it with: curl -v http://$shown:$port/a http://$shown:$port/b\n";
echo "            or: nc -C $addr $port   (type: GET / HTTP/1.1, then an empty line)\n";

function response(int $status, string $reason, string $body, bool $keep, int $idle, bool $head = false): string
{
    return "HTTP/1.1 $status $reason\r\n"
        . "Content-Type: text/plain\r\n"
        . 'Content-Length: ' . strlen($body) . "\r\n"
        . ($keep ? "Connection: keep-alive\r\nKeep-Alive: timeout=$idle\r\n" : "Connection: close\r\n")
        . "\r\n" . ($head ? '' : $body);
}

/* Answers the whole requests at the front of $c['in']; sets 'closing' when the
 * connection is to be closed once $c['out'] is sent. */
function serve(array &$c, int $idle): void
{
    while (!$c['closing']) {
        if (!preg_match('/\r?\n\r?\n/', $c['in'], $m, PREG_OFFSET_CAPTURE)) {
            if (strlen($c['in']) > MAX_HEADER) {
                $c['out'] .= response(431, 'Request Header Fields Too Large', "header too large\n", false, $idle);
                $c['closing'] = true;
            }
            return;   // the rest of the header has not come yet
        }
        $end = $m[0][1] + strlen($m[0][0]);
        $lines = preg_split('/\r?\n/', substr($c['in'], 0, $m[0][1]));
        if (!preg_match('#^([A-Z]+) (\S+) HTTP/1\.([01])$#', $lines[0], $req)) {
            $c['out'] .= response(400, 'Bad Request', "bad request line\n", false, $idle);
            $c['closing'] = true;
            return;
        }
        [, $method, $target, $minor] = $req;
        $headers = [];
        foreach (array_slice($lines, 1) as $line) {
            [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
            $headers[strtolower(trim($name))] = trim($value);
        }
        if (isset($headers['transfer-encoding'])) {
            $c['out'] .= response(501, 'Not Implemented', "chunked bodies are not supported\n", false, $idle);
            $c['closing'] = true;
            return;
        }
        $length = $headers['content-length'] ?? '0';
        if (!preg_match('/^\d{1,9}$/', $length) || (int) $length > MAX_BODY) {
            $c['out'] .= response(400, 'Bad Request', "bad Content-Length\n", false, $idle);
            $c['closing'] = true;
            return;
        }
        if (strlen($c['in']) < $end + (int) $length) {
            return;   // the body has not all come yet
        }
        $c['in'] = (string) substr($c['in'], $end + (int) $length);
        $c['requests']++;
        $connection = strtolower($headers['connection'] ?? '');
        $keep = $minor === '1' ? $connection !== 'close' : $connection === 'keep-alive';
        $body = "Hello from tsp_sockets: request {$c['requests']} on connection {$c['num']}, $method $target\n";
        $c['out'] .= response(200, 'OK', $body, $keep, $idle, $method === 'HEAD');
        if (!$keep) {
            $c['closing'] = true;
            $c['why'] = 'closed after "Connection: close"';
        }
    }
}

$conns = [];     // keyed by spl_object_id() of the Socket
$accepted = 0;

$close = function (int $id, string $why) use (&$conns) {
    $c = $conns[$id];
    socket_close($c['sock']);
    unset($conns[$id]);
    echo "connection {$c['num']}: {$c['requests']} requests, $why\n";
};

while ($running && ($limit === 0 || $accepted < $limit || $conns)) {
    $now = microtime(true);
    $read = $write = [];
    $wait = 1.0;   // at most: a signal that lands just before the call is seen soon
    foreach ($conns as $id => $c) {
        if (!$c['closing']) {
            $read[$id] = $c['sock'];
        }
        if ($c['out'] !== '') {
            $write[$id] = $c['sock'];
        }
        $wait = min($wait, max(0.0, $c['last'] + $idle - $now));
    }
    if ($limit === 0 || $accepted < $limit) {
        $read[] = $server;
    }
    $except = null;
    $n = @socket_select($read, $write, $except, (int) $wait, (int) (fmod($wait, 1) * 1e6));
    if ($n === false) {
        continue;   // interrupted by a signal
    }
    $now = microtime(true);
    foreach ($write as $id => $s) {
        $sent = @socket_write($s, $conns[$id]['out']);
        if ($sent === false) {
            if (socket_last_error($s) !== SOCKET_EAGAIN) {
                $close($id, 'closed on a write error');
            }
            continue;
        }
        $conns[$id]['out'] = (string) substr($conns[$id]['out'], $sent);
        $conns[$id]['last'] = $now;
        if ($conns[$id]['out'] === '' && $conns[$id]['closing']) {
            $close($id, $conns[$id]['why']);
        }
    }
    foreach ($read as $id => $s) {
        if ($s === $server) {
            /* SOCK_NONBLOCK: tsp_sockets sets it in the accept4() call itself */
            $conn = @socket_accept($server, SOCK_NONBLOCK);
            if ($conn !== false) {
                $conns[spl_object_id($conn)] = ['sock' => $conn, 'num' => ++$accepted, 'in' => '', 'out' => '',
                    'last' => $now, 'requests' => 0, 'closing' => false, 'why' => 'closed after an error response'];
            }
            continue;
        }
        if (!isset($conns[$id])) {
            continue;   // closed while writing above
        }
        $data = @socket_read($s, 65536);
        if ($data === false && socket_last_error($s) === SOCKET_EAGAIN) {
            continue;
        }
        if ($data === false || $data === '') {
            $close($id, 'closed by the client');
            continue;
        }
        $conns[$id]['in'] .= $data;
        $conns[$id]['last'] = $now;
        serve($conns[$id], $idle);
    }
    foreach ($conns as $id => $c) {
        if ($now - $c['last'] >= $idle) {
            $close($id, "closed after {$idle} s idle");
        }
    }
}
foreach ($conns as $id => $c) {
    $close($id, 'closed at shutdown');
}
socket_close($server);
echo "stopped after $accepted connections\n";
