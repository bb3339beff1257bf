<?php
/* stream_select_10k: examples/stream_select_loop.php, an event loop in plain
 * PHP on stream_select() (run as a child process, with tsp_sockets), holds
 * 10,000 concurrent loopback connections and answers one HTTP/1.1 request on
 * each of them, three rounds over the same kept-alive connections; its
 * descriptors and memory (GET /stats) must be flat across the rounds, and go
 * back once the clients leave. The clients (this process) open the 10,000
 * connections non-blocking (at most 1,000 connecting at once) and wait for
 * them with stream_select() over all of them too.
 * Then the same loop with core's stream_select() (tsp_sockets.stream_select=0):
 * it serves the first connections, and fails at its first select call with a
 * descriptor above 1023 ("You MUST recompile PHP with a larger value of
 * FD_SETSIZE"), with about a thousand connections open.
  * Budget: 60 s (STRESS_BUDGET). */
declare(strict_types=1);
require __DIR__ . '/lib.php';
st_require(['posix']);

const N = 10000;
const ROUNDS = 3;
const IN_FLIGHT = 1000;
$budget = (float) (getenv('STRESS_BUDGET') ?: 60);
$t0 = st_now();
$deadline = $t0 + $budget - 10;
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../modules/tsp_sockets.so');
$example = realpath(__DIR__ . '/../examples/stream_select_loop.php');
$v = new Verdict();

// descriptors: 10,000 in the server and in this process, each its own process
$lim = posix_getrlimit();
$want = min(20000, (int) $lim['hard openfiles']);
if ($lim['hard openfiles'] === 'unlimited') {
    $want = 20000;
}
if (!posix_setrlimit(POSIX_RLIMIT_NOFILE, $want, $lim['hard openfiles'] === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $lim['hard openfiles'])) {
    st_out('FAIL: stream_select_10k: posix_setrlimit(RLIMIT_NOFILE, %d) failed', $want);
    exit(1);
}
$lim = posix_getrlimit();
st_out('RLIMIT_NOFILE soft=%s hard=%s (the server inherits it)', $lim['soft openfiles'], $lim['hard openfiles']);
if ((int) $lim['soft openfiles'] < N + 100) {
    st_out('FAIL: stream_select_10k: RLIMIT_NOFILE %s is too small for %d connections', $lim['soft openfiles'], N);
    exit(1);
}

/* Starts the example; returns [process, pipes, port] or fails. */
function start_server(string $ext, string $example, array $ini): array
{
    $cmd = array_merge([PHP_BINARY, '-n', '-d', "extension=$ext"], $ini, [$example, '127.0.0.1', '0', '0', '600']);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    stream_set_timeout($pipes[1], 10);
    $line = (string) fgets($pipes[1]);
    if (!preg_match('/^listening on 127\.0\.0\.1:(\d+)$/', trim($line), $m)) {
        proc_terminate($proc, 9);
        st_out('FAIL: stream_select_10k: the example did not start: %s %s', $line, stream_get_contents($pipes[2]));
        exit(1);
    }
    fgets($pipes[1]); // the curl hint
    return [$proc, $pipes, (int) $m[1]];
}

/* Whether the example still runs; its exit code goes to $code once it has ended
 * (proc_get_status() tells it only once). */
function server_running($proc, ?int &$code): bool
{
    if ($code !== null) {
        return false;
    }
    $st = proc_get_status($proc);
    if (!$st['running']) {
        $code = $st['signaled'] ? -$st['termsig'] : $st['exitcode'];
    }
    return $st['running'];
}

/* Stops the example (SIGTERM unless it ended by itself, SIGKILL after 10 s); returns [exit code, stdout, stderr]. */
function stop_server($proc, array $pipes, ?int $code = null, bool $term = true): array
{
    if ($term && server_running($proc, $code)) {
        proc_terminate($proc, SIGTERM);
    }
    $until = st_now() + 10;
    while (server_running($proc, $code) && st_now() < $until) {
        usleep(10000);
    }
    if ($code === null) {
        proc_terminate($proc, SIGKILL);
        $code = -SIGKILL;
    }
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($proc);
    return [$code, $out, $err];
}

/* Opens up to $n connections (non-blocking connects, IN_FLIGHT at once) until $deadline; returns them. */
function connect_all(int $port, int $n, float $deadline, array &$rep): array
{
    $conns = [];
    $pending = [];
    $next = 0;
    while ((count($conns) + $rep['connect_errors'] < $n) && st_now() < $deadline) {
        while ($next < $n && count($pending) < IN_FLIGHT) {
            $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
            if ($s === false) {
                $rep['connect_errors']++;
                $rep['connect_error'] = "[$errno] $errstr";
            } else {
                stream_set_blocking($s, false);
                $pending[$next] = $s;
            }
            $next++;
        }
        if (!$pending) {
            continue;
        }
        $r = null;
        $w = $pending;
        $e = null;
        if (stream_select($r, $w, $e, 0, 200000) === false) {
            $rep['select_error'] = error_get_last()['message'] ?? '?';
            break;
        }
        foreach ($w as $id => $s) {
            unset($pending[$id]);
            if (stream_socket_get_name($s, true) !== false) {
                $conns[$id] = $s;
            } else {
                $rep['connect_errors']++;
                fclose($s);
            }
        }
    }
    return $conns;
}

/* Sends one request on each connection and waits for every response; returns how many came back whole. */
function request_all(array $conns, string $path, float $deadline, array &$rep): int
{
    $req = "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    foreach ($conns as $s) {
        if (fwrite($s, $req) !== strlen($req)) {
            $rep['write_errors']++;
        }
    }
    $buf = [];
    $wait = $conns;
    $ok = 0;
    while ($wait && st_now() < $deadline) {
        $r = $wait;
        $w = $e = null;
        if (stream_select($r, $w, $e, 1) === false) {
            $rep['select_error'] = error_get_last()['message'] ?? '?';
            break;
        }
        foreach ($r as $id => $s) {
            $d = fread($s, 8192);
            if ($d === '' || $d === false) {
                if (feof($s)) {
                    $rep['eof_early']++;
                    unset($wait[$id]);
                }
                continue;
            }
            $buf[$id] = ($buf[$id] ?? '') . $d;
            $end = strpos($buf[$id], "\r\n\r\n");
            if ($end !== false && preg_match('/Content-Length: (\d+)/', substr($buf[$id], 0, $end), $m)
                && strlen($buf[$id]) >= $end + 4 + (int) $m[1]) {
                $ok += str_starts_with($buf[$id], 'HTTP/1.1 200 OK') && str_contains($buf[$id], "GET $path: request");
                unset($wait[$id], $buf[$id]);
            }
        }
    }
    return $ok;
}

/* The example's GET /stats, on a connection of its own. */
function stats(int $port): array
{
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    if (!$s) {
        return [];
    }
    stream_set_timeout($s, 5);
    fwrite($s, "GET /stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    $resp = stream_get_contents($s);
    fclose($s);
    preg_match_all('/(\w+)=(-?\d+)/', (string) $resp, $m);
    return array_map('intval', array_combine($m[1], $m[2]));
}

/* ---------------- part 1: tsp_sockets' stream_select(), 10,000 connections ---------------- */
[$proc, $pipes, $port] = start_server($ext, $example, []);
$base = stats($port);
st_out('server (tsp_sockets): listening on 127.0.0.1:%d, %d descriptors, memory %d', $port, $base['descriptors'] ?? -1, $base['memory'] ?? -1);
$rep = ['connect_errors' => 0, 'write_errors' => 0, 'eof_early' => 0];
$tc = st_now();
$conns = connect_all($port, N, $deadline, $rep);
st_out('client: %d connections open after %.2f s (connect errors %d%s), this process holds %d descriptors',
    count($conns), st_now() - $tc, $rep['connect_errors'], isset($rep['connect_error']) ? ', last: ' . $rep['connect_error'] : '', st_fd_count());
$rounds = [];
for ($round = 1; $round <= ROUNDS && count($conns) === N; $round++) {
    $tr = st_now();
    $answered = request_all($conns, "/round$round", $deadline, $rep);
    $st = stats($port);
    $rounds[$round] = $st + ['answered' => $answered];
    st_out('round %d: %d of %d answered in %.2f s; server: connections=%d descriptors=%d memory=%d',
        $round, $answered, N, st_now() - $tr, ($st['connections'] ?? 0) - 1, $st['descriptors'] ?? -1, $st['memory'] ?? -1);
}
foreach ($conns as $s) {
    fclose($s);
}
$conns = [];
/* the server notices the closes as its loop goes round */
$after = [];
for ($i = 0; $i < 100; $i++) {
    $after = stats($port);
    if (($after['connections'] ?? 0) <= 1) {
        break;
    }
    usleep(50000);
}
st_out('after the clients left: server connections=%d descriptors=%d memory=%d',
    ($after['connections'] ?? 0) - 1, $after['descriptors'] ?? -1, $after['memory'] ?? -1);
[$code, $out, $err] = stop_server($proc, $pipes);
st_out('server (tsp_sockets): exit %d: %s%s', $code, trim($out), $err !== '' ? ' stderr: ' . trim($err) : '');

$v->check(!isset($rep['select_error']), 'client stream_select failed: ' . ($rep['select_error'] ?? ''));
$v->check(count($rounds) === ROUNDS, 'only ' . count($rounds) . ' rounds ran (connections: not all ' . N . ' opened?)');
foreach ($rounds as $round => $st) {
    $v->check($st['answered'] === N, "round $round: {$st['answered']} of " . N . ' answered');
    $v->check(($st['connections'] ?? 0) - 1 === N, "round $round: the server held " . (($st['connections'] ?? 0) - 1) . ' connections');
}
if (count($rounds) === ROUNDS) {
    $v->check($rounds[1]['descriptors'] >= N && $rounds[1]['descriptors'] === $rounds[ROUNDS]['descriptors'],
        "server descriptors not flat: {$rounds[1]['descriptors']} then {$rounds[ROUNDS]['descriptors']}");
    $v->check(abs($rounds[ROUNDS]['memory'] - $rounds[2]['memory']) <= 65536,
        "server memory not flat: {$rounds[2]['memory']} then {$rounds[ROUNDS]['memory']}");
}
$v->check(($after['descriptors'] ?? -1) === ($base['descriptors'] ?? -2), 'server descriptors after the clients left (' . ($after['descriptors'] ?? -1) . ') != before (' . ($base['descriptors'] ?? -1) . ')');
$v->check($code === 0 && str_contains($out, 'answered'), "the server did not stop cleanly (exit $code)");
$v->check($rep['eof_early'] + $rep['write_errors'] === 0, "client I/O errors: eof_early={$rep['eof_early']} write_errors={$rep['write_errors']}");

/* ---------------- part 2: core's stream_select(): fails at descriptor 1024 ---------------- */
[$proc, $pipes, $port] = start_server($ext, $example, ['-d', 'tsp_sockets.stream_select=0']);
$rep2 = ['connect_errors' => 0, 'write_errors' => 0, 'eof_early' => 0];
$conns = connect_all($port, 1000, $deadline, $rep2);
$served = request_all($conns, '/below', $deadline, $rep2);
st_out('server (core): %d connections, %d answered, descriptors %d', count($conns), $served, stats($port)['descriptors'] ?? -1);
/* more connections, a few at a time, until the server's select fails */
$more = [];
$ended = null;
for ($i = 0; $i < 200 && server_running($proc, $ended) && st_now() < $deadline; $i++) {
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
    if ($s) {
        $more[] = $s;
    }
    usleep(2000);
}
[$code2, $out2, $err2] = stop_server($proc, $pipes, $ended, false);
st_out('server (core): exit %d after %d more connections: %s', $code2, count($more), trim($out2));
st_out('server (core): stderr: %s', trim(strtok($err2, "\n") . ' / ' . strtok("\n")));
foreach (array_merge($conns, $more) as $s) {
    fclose($s);
}
$v->check($served === 1000, "core: $served of 1000 answered below FD_SETSIZE");
$v->check($code2 === 1 && str_contains($err2, 'FD_SETSIZE'), "core's loop did not fail at FD_SETSIZE (exit $code2)");
$v->check((bool) preg_match('/failed with (\d+) connections open, (\d+) descriptors/', $out2, $m) && (int) $m[2] >= 1024 && (int) $m[2] <= 1030,
    'core failed elsewhere than at descriptor 1024: ' . trim($out2));
$v->finish('stream_select_10k', sprintf('%d connections held and answered %d times each with tsp_sockets (descriptors %d, memory flat); core failed at %s descriptors; %.1f s',
    N, ROUNDS, $rounds[1]['descriptors'] ?? -1, $m[2] ?? '?', st_now() - $t0));
