<?php
/*
 * An HTTP/1.1 keep-alive server on Io\Poll, PHP 8.6's polling API (tsp_sockets
 * brings it to PHP 8.2-8.5): one Context watches two listeners, a Socket
 * (socket_create(), watched through SocketPollHandle) and a stream
 * (stream_socket_server(), through StreamPollHandle), and every connection
 * either gives: Sockets from the first, streams from the second. A wait costs
 * what is ready, not what is open, so thousands of idle keep-alive
 * connections cost nothing between requests.
 *
 * A connection carries as many requests as the client sends (pipelined ones
 * too); every response has a Content-Length; "Connection: close" ends a
 * connection after its response, HTTP/1.0 clients get keep-alive when they
 * ask for it. A connection idle for idle_seconds is closed. Writes that do
 * not go at once wait for Event::Write (asked only while output is pending).
 *
 *   php -n -d extension=tsp_sockets.so examples/iopoll_server.php [host] [port] [idle_seconds] [connections]
 *
 * host defaults to 127.0.0.1, port to 8080 (the Socket listener; the stream
 * listener takes the next port; 0 picks free ones), idle_seconds to 5.
 * connections (default 0 = forever) bounds the run: the server stops once
 * that many connections have been accepted and closed. SIGTERM or Ctrl-C
 * stops it as well (when pcntl is there). It prints
 *   listening on HOST:PORT (Socket) and HOST:PORT (stream)
 * Try: curl -v http://127.0.0.1:8080/a http://127.0.0.1:8080/b
 * (curl says "Re-using existing connection" for the second URL).
 * On PHP 8.6, whose Io\Poll has no SocketPollHandle, the Socket listener is
 * watched as socket_export_stream($socket).
 */
use Io\Poll\{Context, Event, Watcher};
use Time\Duration;

$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8080);
$idle = max(1, (int) ($argv[3] ?? 5));
$limit = (int) ($argv[4] ?? 0);

const MAX_HEADER = 16384;   // request line and headers
const MAX_BODY = 1 << 20;   // request bodies we are willing to skip

$running = true;
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) { $running = false; };
    pcntl_signal(SIGTERM, $stop, false);
    pcntl_signal(SIGINT, $stop, false);
}

/* The listeners: a Socket, and a stream on the next port. */
$family = str_contains($host, ':') ? AF_INET6 : AF_INET;
$sockListener = socket_create($family, SOCK_STREAM, SOL_TCP);
socket_set_option($sockListener, SOL_SOCKET, SO_REUSEADDR, 1);
if (!@socket_bind($sockListener, $host, $port) || !socket_listen($sockListener, SOMAXCONN)) {
    fwrite(STDERR, "socket_bind($host:$port): " . socket_strerror(socket_last_error($sockListener)) . "\n");
    exit(1);
}
socket_set_nonblock($sockListener);
socket_getsockname($sockListener, $addr, $port);
$shown = $family === AF_INET6 ? "[$addr]" : $addr;
$streamListener = @stream_socket_server("tcp://$shown:" . ($port === 0 ? 0 : ($port + 1 <= 65535 ? $port + 1 : 0)), $errno, $errstr);
if (!$streamListener) {
    $streamListener = stream_socket_server("tcp://$shown:0", $errno, $errstr);
}
if (!$streamListener) {
    fwrite(STDERR, "stream_socket_server: $errstr\n");
    exit(1);
}
stream_set_blocking($streamListener, false);
$streamPort = (int) substr(strrchr(stream_socket_get_name($streamListener, false), ':'), 1);
echo "listening on $shown:$port (Socket) and $shown:$streamPort (stream)\n";

/* Where SocketPollHandle is missing (PHP 8.6), a Socket is watched as its stream. */
function handle_of(Socket|false $sock, mixed $stream = null): Io\Poll\Handle
{
    if ($sock !== false) {
        return class_exists('SocketPollHandle') ? new SocketPollHandle($sock) : new StreamPollHandle(socket_export_stream($sock));
    }
    return new StreamPollHandle($stream);
}

/* One connection: a Socket or a stream, with what is read and what is to be written. */
final class Conn
{
    public string $in = '';
    public string $out = '';
    public int $requests = 0;
    public bool $closing = false;
    public string $why = 'closed after an error response';
    public float $last;
    public ?Watcher $watcher = null;

    public function __construct(public int $num, public Socket|false $sock, public mixed $stream)
    {
        $this->last = microtime(true);
    }

    /* What came, '' at the end, null when nothing is there now. */
    public function read(): ?string
    {
        if ($this->sock !== false) {
            $data = @socket_read($this->sock, 65536);
            if ($data === false) {
                return socket_last_error($this->sock) === SOCKET_EAGAIN ? null : '';
            }
            return $data;
        }
        $data = @fread($this->stream, 65536);
        if ($data === '' && !feof($this->stream)) {
            return null;
        }
        return $data === false ? '' : $data;
    }

    /* Writes what it can; false on a write error. */
    public function flush(): bool
    {
        if ($this->out === '') {
            return true;
        }
        if ($this->sock !== false) {
            $n = @socket_write($this->sock, $this->out);
            if ($n === false) {
                return socket_last_error($this->sock) === SOCKET_EAGAIN;
            }
        } else {
            $n = @fwrite($this->stream, $this->out);
            if ($n === false) {
                return false;
            }
        }
        $this->out = (string) substr($this->out, $n);
        return true;
    }

    public function close(): void
    {
        /* closing retires the watcher: no remove() needed */
        if ($this->sock !== false) {
            socket_close($this->sock);
        } else {
            fclose($this->stream);
        }
    }
}

function response(int $status, string $reason, string $body, bool $keep, int $idle, bool $head = false): string
{
    return "HTTP/1.1 $status $reason\r\n"
        . "Content-Type: text/plain\r\n"
        . 'Content-Length: ' . strlen($body) . "\r\n"
        . ($keep ? "Connection: keep-alive\r\nKeep-Alive: timeout=$idle\r\n" : "Connection: close\r\n")
        . "\r\n" . ($head ? '' : $body);
}

/* Answers the whole requests at the front of $c->in. */
function serve(Conn $c, int $idle): void
{
    while (!$c->closing) {
        if (!preg_match('/\r?\n\r?\n/', $c->in, $m, PREG_OFFSET_CAPTURE)) {
            if (strlen($c->in) > MAX_HEADER) {
                $c->out .= response(431, 'Request Header Fields Too Large', "header too large\n", false, $idle);
                $c->closing = true;
            }
            return;   // the rest of the header has not come yet
        }
        $end = $m[0][1] + strlen($m[0][0]);
        $lines = preg_split('/\r?\n/', substr($c->in, 0, $m[0][1]));
        if (!preg_match('#^([A-Z]+) (\S+) HTTP/1\.([01])$#', $lines[0], $req)) {
            $c->out .= response(400, 'Bad Request', "bad request line\n", false, $idle);
            $c->closing = true;
            return;
        }
        [, $method, $target, $minor] = $req;
        $headers = [];
        foreach (array_slice($lines, 1) as $line) {
            [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
            $headers[strtolower(trim($name))] = trim($value);
        }
        $length = $headers['content-length'] ?? '0';
        if (isset($headers['transfer-encoding']) || !preg_match('/^\d{1,9}$/', $length) || (int) $length > MAX_BODY) {
            $c->out .= response(400, 'Bad Request', "bad or unsupported body\n", false, $idle);
            $c->closing = true;
            return;
        }
        if (strlen($c->in) < $end + (int) $length) {
            return;   // the body has not all come yet
        }
        $c->in = (string) substr($c->in, $end + (int) $length);
        $c->requests++;
        $connection = strtolower($headers['connection'] ?? '');
        $keep = $minor === '1' ? $connection !== 'close' : $connection === 'keep-alive';
        $kind = $c->sock !== false ? 'Socket' : 'stream';
        $body = "Hello from Io\\Poll: request {$c->requests} on connection {$c->num} ($kind), $method $target\n";
        $c->out .= response(200, 'OK', $body, $keep, $idle, $method === 'HEAD');
        if (!$keep) {
            $c->closing = true;
            $c->why = 'closed after "Connection: close"';
        }
    }
}

$ctx = new Context();
$listeners = [
    $ctx->add(handle_of($sockListener), [Event::Read], 'socket listener'),
    $ctx->add(handle_of(false, $streamListener), [Event::Read], 'stream listener'),
];
$accepted = 0;
$open = [];   // spl_object_id(Conn) => Conn

$finish = function (Conn $c, string $why) use (&$open): void {
    $c->close();
    $c->watcher = null;   // the watcher's data is $c: no cycle left for the collector
    unset($open[spl_object_id($c)]);
    echo "connection {$c->num}: {$c->requests} requests, $why\n";
};

/* After reading or writing: Write asked only while output waits. */
$settle = function (Conn $c) use ($finish): void {
    if (!$c->flush()) {
        $finish($c, 'closed on a write error');
    } elseif ($c->out === '' && $c->closing) {
        $finish($c, $c->why);
    } else {
        $want = $c->out === '' ? [Event::Read] : [Event::Read, Event::Write];
        if (count($c->watcher->getWatchedEvents()) !== count($want)) {
            $c->watcher->modifyEvents($want);
        }
    }
};

$accept = function (Watcher $w) use (&$accepted, &$open, $ctx, $limit, $listeners, $sockListener, $streamListener): void {
    for ($i = 0; $i < 64 && ($limit === 0 || $accepted < $limit); $i++) {
        if ($w->getData() === 'socket listener') {
            $sock = @socket_accept($sockListener, SOCK_NONBLOCK);
            if ($sock === false) {
                return;
            }
            $c = new Conn(++$accepted, $sock, null);
            $c->watcher = $ctx->add(handle_of($sock), [Event::Read], $c);
        } else {
            $stream = @stream_socket_accept($streamListener, 0);
            if ($stream === false) {
                return;
            }
            stream_set_blocking($stream, false);
            stream_set_read_buffer($stream, 0);
            $c = new Conn(++$accepted, false, $stream);
            $c->watcher = $ctx->add(handle_of(false, $stream), [Event::Read], $c);
        }
        $open[spl_object_id($c)] = $c;
    }
    if ($limit !== 0 && $accepted >= $limit) {
        foreach ($listeners as $l) {
            $l->isActive() && $l->remove();   // no more connections
        }
    }
};

while ($running && ($limit === 0 || $accepted < $limit || $open)) {
    $now = microtime(true);
    $wait = 1.0;   // at most: a signal that lands just before the wait is seen soon
    foreach ($open as $c) {
        $wait = min($wait, max(0.0, $c->last + $idle - $now));
    }
    try {
        $ready = $ctx->wait(Duration::fromMilliseconds((int) ceil($wait * 1000)));
    } catch (Io\Poll\FailedPollWaitException $e) {
        continue;   // interrupted by a signal
    }
    $now = microtime(true);
    foreach ($ready as $w) {
        $c = $w->getData();
        if (!$c instanceof Conn) {
            $accept($w);
            continue;
        }
        if (!isset($open[spl_object_id($c)])) {
            continue;
        }
        $c->last = $now;
        if ($w->hasTriggered(Event::Read) || $w->hasTriggered(Event::HangUp) || $w->hasTriggered(Event::Error)) {
            /* level-triggered: what is not read now is reported again */
            $data = $c->read();
            if ($data === '') {
                $finish($c, 'closed by the client');
                continue;
            }
            if ($data !== null) {
                $c->in .= $data;
                serve($c, $idle);
            }
        }
        $settle($c);
    }
    foreach ($open as $c) {
        if ($now - $c->last >= $idle) {
            $finish($c, "closed after {$idle} s idle");
        }
    }
}
foreach ($open as $c) {
    $finish($c, 'closed at shutdown');
}
socket_close($sockListener);
fclose($streamListener);
echo "stopped after $accepted connections\n";
