<?php
/*
 * An event loop in plain PHP on stream_select(), of the shape of ReactPHP's
 * StreamSelectLoop (and of Workerman's Select, Amp's NativeDriver, Revolt's
 * StreamSelectDriver): read and write watchers per stream, one-shot and
 * periodic timers, stop on SIGINT/SIGTERM. On it, an HTTP/1.1 server with
 * keep-alive: a stream_socket_server() listener, non-blocking connections,
 * pipelined requests, an output buffer per connection (watched for writing
 * only while it holds bytes), an idle timeout swept by a periodic timer.
 *
 *   php -n -d extension=tsp_sockets.so examples/stream_select_loop.php [host] [port] [requests] [idle_seconds]
 *
 * host defaults to 127.0.0.1 (an IPv6 address such as ::1 works too), port
 * to 8080 (0 picks a free one), idle_seconds to 30. The address is printed as
 * "listening on ADDRESS". requests (default 0 = forever) bounds the run: the
 * server stops once it has answered that many requests. GET /stats answers
 * "connections=C requests=R memory=M descriptors=D" (descriptors: entries of
 * /proc/self/fd, -1 elsewhere), GET /bytes/N a body of N dots (N < 10^7).
 * Request bodies with a Content-Length are read and ignored.
 * Core's stream_select() stops at descriptor 1024 (FD_SETSIZE): with it, this
 * loop serves about a thousand connections, and its first select call with a
 * higher descriptor fails: the loop prints "stream_select() failed: ..." and
 * exits with 1. tsp_sockets' stream_select() has no such limit: the same loop
 * serves 10,000 connections at once (stress/stream_select_10k.php).
 * Talk to it with: curl -v http://127.0.0.1:8080/a http://127.0.0.1:8080/b
 */

final class StreamSelectLoop
{
    /** @var array<int, resource> */
    private array $readStreams = [];
    /** @var array<int, callable> */
    private array $readListeners = [];
    /** @var array<int, resource> */
    private array $writeStreams = [];
    /** @var array<int, callable> */
    private array $writeListeners = [];
    /** @var array<int, array{float, ?float, callable}> id => [due, interval, callback] */
    private array $timers = [];
    private SplPriorityQueue $due;
    private int $nextTimer = 0;
    private bool $running = false;

    public function __construct()
    {
        $this->due = new SplPriorityQueue();
        $this->due->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
    }

    /** @param resource $stream */
    public function addReadStream($stream, callable $listener): void
    {
        $this->readStreams[(int) $stream] = $stream;
        $this->readListeners[(int) $stream] = $listener;
    }

    /** @param resource $stream */
    public function addWriteStream($stream, callable $listener): void
    {
        $this->writeStreams[(int) $stream] = $stream;
        $this->writeListeners[(int) $stream] = $listener;
    }

    /** @param resource $stream */
    public function removeReadStream($stream): void
    {
        unset($this->readStreams[(int) $stream], $this->readListeners[(int) $stream]);
    }

    /** @param resource $stream */
    public function removeWriteStream($stream): void
    {
        unset($this->writeStreams[(int) $stream], $this->writeListeners[(int) $stream]);
    }

    public function addTimer(float $seconds, callable $callback): int
    {
        return $this->schedule($seconds, null, $callback);
    }

    public function addPeriodicTimer(float $seconds, callable $callback): int
    {
        return $this->schedule($seconds, $seconds, $callback);
    }

    public function cancelTimer(int $id): void
    {
        unset($this->timers[$id]); // its entry in the queue is skipped when it comes up
    }

    public function stop(): void
    {
        $this->running = false;
    }

    /** Runs until stop(), or until there is nothing left to watch or wait for. */
    public function run(): void
    {
        $this->running = true;
        while ($this->running) {
            $timeout = $this->runDueTimers();
            if (!$this->running) {
                break;
            }
            if (!$this->readStreams && !$this->writeStreams) {
                if ($timeout === null) {
                    break;
                }
                usleep((int) ($timeout * 1e6));
                continue;
            }
            $this->waitForStreams($timeout);
        }
    }

    private function schedule(float $seconds, ?float $interval, callable $callback): int
    {
        $id = $this->nextTimer++;
        $due = hrtime(true) / 1e9 + max(0.0, $seconds);
        $this->timers[$id] = [$due, $interval, $callback];
        $this->due->insert($id, -$due);
        return $id;
    }

    /** Runs the timers that are due; returns the seconds until the next one, or null for none. */
    private function runDueTimers(): ?float
    {
        while (!$this->due->isEmpty()) {
            ['data' => $id, 'priority' => $prio] = $this->due->top();
            if (!isset($this->timers[$id]) || $this->timers[$id][0] !== -$prio) {
                $this->due->extract(); // cancelled, or rescheduled
                continue;
            }
            $now = hrtime(true) / 1e9;
            if (-$prio > $now) {
                return -$prio - $now;
            }
            $this->due->extract();
            [, $interval, $callback] = $this->timers[$id];
            if ($interval === null) {
                unset($this->timers[$id]);
            } else {
                $this->timers[$id][0] = $now + $interval;
                $this->due->insert($id, -($now + $interval));
            }
            $callback($id);
            if (!$this->running) {
                return null;
            }
        }
        return null;
    }

    private function waitForStreams(?float $timeout): void
    {
        $read = $this->readStreams;
        $write = $this->writeStreams;
        $except = null;
        $sec = $timeout === null ? null : (int) $timeout;
        $usec = $timeout === null ? null : (int) (($timeout - $sec) * 1e6);
        $n = @stream_select($read, $write, $except, $sec, $usec);
        if ($n === false) {
            $message = error_get_last()['message'] ?? 'stream_select() returned false';
            if (str_contains($message, '[4]')) {
                return; // interrupted by a signal: its handler has run, go round again
            }
            throw new RuntimeException($message);
        }
        foreach ($read as $key => $stream) {
            if (isset($this->readListeners[$key])) {
                ($this->readListeners[$key])($stream);
            }
        }
        foreach ($write as $key => $stream) {
            if (isset($this->writeListeners[$key])) {
                ($this->writeListeners[$key])($stream);
            }
        }
    }
}

/* ------------------------------------------------------------------ the HTTP server ---- */

$host = $argv[1] ?? '127.0.0.1';
$port = (int) ($argv[2] ?? 8080);
$limit = (int) ($argv[3] ?? 0);
$idle = max(1, (int) ($argv[4] ?? 30));

const MAX_HEADER = 16384;   // request line and headers
const MAX_BODY = 1 << 20;   // request bodies we are willing to skip
const MAX_OUTPUT = 1 << 20; // stop reading from a client that does not read its responses

$loop = new StreamSelectLoop();
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, fn() => $loop->stop(), false);
    pcntl_signal(SIGINT, fn() => $loop->stop(), false);
}

$shown = str_contains($host, ':') ? "[$host]" : $host;
$ctx = stream_context_create(['socket' => ['backlog' => 4096]]);
$server = @stream_socket_server("tcp://$shown:$port", $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
if ($server === false) {
    fwrite(STDERR, "stream_socket_server(tcp://$shown:$port): [$errno] $errstr\n");
    exit(1);
}
stream_set_blocking($server, false);
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
echo "listening on $shown:$port\n";
echo "talk to it with: curl -v http://$shown:$port/a http://$shown:$port/b\n";

/** @var array<int, array{stream: resource, in: string, out: string, last: float, served: int, closing: bool}> */
$conns = [];
$answered = 0;
$accepted = 0;

function descriptors(): int
{
    $d = @opendir('/proc/self/fd');
    if ($d === false) {
        return -1;
    }
    $n = -1; // the directory's own descriptor
    while (($e = readdir($d)) !== false) {
        $n += $e !== '.' && $e !== '..';
    }
    closedir($d);
    return $n;
}

/* One request whose header is complete in $c['in'] (and its body, if any): the response, or null for "need more". */
function answer(array &$c, int $idle, int $answered, int $open): ?string
{
    $end = strpos($c['in'], "\r\n\r\n");
    $head = substr($c['in'], 0, $end);
    $lines = explode("\r\n", $head);
    $parts = explode(' ', $lines[0]);
    $headers = [];
    foreach (array_slice($lines, 1) as $line) {
        [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
        $headers[strtolower(trim($name))] = trim($value);
    }
    $length = (int) ($headers['content-length'] ?? 0);
    if ($length < 0 || $length > MAX_BODY) {
        $c['closing'] = true;
        $c['in'] = '';
        return response(413, 'Payload Too Large', "too large\n", false, $idle);
    }
    if (strlen($c['in']) < $end + 4 + $length) {
        return null;
    }
    $c['in'] = (string) substr($c['in'], $end + 4 + $length);
    if (count($parts) !== 3 || !str_starts_with($parts[2], 'HTTP/1.')) {
        $c['closing'] = true;
        $c['in'] = '';
        return response(400, 'Bad Request', "bad request\n", false, $idle);
    }
    [$method, $target, $version] = $parts;
    $connection = strtolower($headers['connection'] ?? '');
    $keep = $version === 'HTTP/1.1' ? $connection !== 'close' : $connection === 'keep-alive';
    $c['closing'] = !$keep;
    $c['served']++;
    if ($target === '/stats') {
        $body = sprintf("connections=%d requests=%d memory=%d descriptors=%d\n", $open, $answered + 1, memory_get_usage(), descriptors());
    } elseif (preg_match('~^/bytes/(\d{1,7})$~', $target, $m)) {
        $body = str_repeat('.', (int) $m[1]); /* more than a socket buffer holds: sent as the client reads */
    } else {
        $body = "$method $target: request {$c['served']} on this connection\n";
    }
    return response(200, 'OK', $body, $keep, $idle, $method === 'HEAD');
}

function response(int $status, string $reason, string $body, bool $keep, int $idle, bool $head = false): string
{
    return "HTTP/1.1 $status $reason\r\n"
        . "Content-Type: text/plain\r\n"
        . 'Content-Length: ' . strlen($body) . "\r\n"
        . ($keep ? "Connection: keep-alive\r\nKeep-Alive: timeout=$idle\r\n" : "Connection: close\r\n")
        . "\r\n" . ($head ? '' : $body);
}

$close = function (int $id) use (&$conns, $loop): void {
    $loop->removeReadStream($conns[$id]['stream']);
    $loop->removeWriteStream($conns[$id]['stream']);
    fclose($conns[$id]['stream']);
    unset($conns[$id]);
};

/* Writes what the connection has to say; watches it for writing while bytes are left. */
$flush = function (int $id) use (&$conns, $loop, $close, &$flush): void {
    $c = &$conns[$id];
    if ($c['out'] !== '') {
        $n = @fwrite($c['stream'], $c['out']);
        if ($n === false) {
            $close($id);
            return;
        }
        $c['out'] = (string) substr($c['out'], $n);
    }
    if ($c['out'] === '') {
        $loop->removeWriteStream($c['stream']);
        if ($c['closing']) {
            $close($id);
        }
    } else {
        $loop->addWriteStream($c['stream'], fn() => $flush($id));
    }
};

$onData = function ($stream) use (&$conns, &$answered, $limit, $idle, $loop, $close, $flush): void {
    $id = (int) $stream;
    $c = &$conns[$id];
    $data = @fread($stream, 65536);
    if ($data === false || ($data === '' && feof($stream))) {
        $close($id);
        return;
    }
    $c['in'] .= $data;
    $c['last'] = hrtime(true) / 1e9;
    while (!$c['closing'] && str_contains($c['in'], "\r\n\r\n")) {
        $response = answer($c, $idle, $answered, count($conns));
        if ($response === null) {
            break;
        }
        $c['out'] .= $response;
        $answered++;
        if ($limit > 0 && $answered >= $limit) {
            $c['closing'] = true;
            $loop->addTimer(0, fn() => $loop->stop()); // after this response is written
        }
    }
    if (!str_contains($c['in'], "\r\n\r\n") && strlen($c['in']) > MAX_HEADER) {
        $c['out'] .= response(431, 'Request Header Fields Too Large', "header too large\n", false, $idle);
        $c['closing'] = true;
    }
    if ($c['closing'] || strlen($c['out']) > MAX_OUTPUT) {
        $loop->removeReadStream($stream);
    }
    $flush($id);
};

$loop->addReadStream($server, function ($server) use (&$conns, &$accepted, $loop, $onData): void {
    for ($i = 0; $i < 256 && ($c = @stream_socket_accept($server, 0)) !== false; $i++) {
        stream_set_blocking($c, false);
        $conns[(int) $c] = ['stream' => $c, 'in' => '', 'out' => '', 'last' => hrtime(true) / 1e9, 'served' => 0, 'closing' => false];
        $accepted++;
        $loop->addReadStream($c, $onData);
    }
});

/* idle connections are closed once a second */
$loop->addPeriodicTimer(1.0, function () use (&$conns, $idle, $close): void {
    $old = hrtime(true) / 1e9 - $idle;
    foreach ($conns as $id => $c) {
        if ($c['last'] < $old && $c['out'] === '') {
            $close($id);
        }
    }
});

try {
    $loop->run();
} catch (RuntimeException $e) {
    fwrite(STDERR, 'stream_select() failed: ' . $e->getMessage() . "\n");
    echo 'failed with ', count($conns), ' connections open, ', descriptors(), " descriptors\n";
    exit(1);
}
foreach (array_keys($conns) as $id) {
    $close($id);
}
echo "answered $answered requests on $accepted connections\n";
