<?php
/* bad_clients: one socket_select() server (the parent; select timeout 50 ms,
 * idle timeout IDLE s) against five kinds of clients running at the same time,
 * each kind in its own child process:
 *   good      GOOD_N requests, one connection each, GOOD_PAR at a time; each
 *             must be answered correctly, within LATENCY_MAX s
 *   reset     RESET_N clients send part of a request (half of them) or a whole
 *             one (the other half) and close with SO_LINGER {1, 0}: a RST
 *   halfclose HALF_N clients send a request, socket_shutdown($s, 1), then read
 *             the answer to EOF: each must be answered correctly
 *   silent    SILENT_N clients connect and send nothing for up to 4 s: the
 *             server must close each after IDLE s without holding up anyone
 *   slow      SLOW_N clients send their request one byte every SLOW_GAP s:
 *             each must be answered correctly
 * Protocol: "REQ <id> <payload>\n" -> "OK <id> <strrev(payload)>\n".
 * The server must serve every well-behaved client (good, halfclose, slow),
 * never crash or throw, and account for every connection. A connection
 * idle for IDLE s is closed: "timed_out" when it never sent a whole request,
 * "idle_after_answer" when it was answered and did not close (slow clients
 * read their answers only after all of them have sent their requests).
 * Budget: 60 s (STRESS_BUDGET). */
declare(strict_types=1);
require __DIR__ . '/lib.php';
st_require(['socket', 'posix', 'pcntl']);

const IDLE = 1.0;
const LATENCY_MAX = 0.5;
const GOOD_N = 600;
const GOOD_PAR = 4;
const RESET_N = 200;
const HALF_N = 200;
const SILENT_N = 50;
const SLOW_N = 20;
const SLOW_GAP = 0.02;

$budget = (float) (getenv('STRESS_BUDGET') ?: 60);
$t0 = st_now();
$deadline = $t0 + $budget - 5;
$v = new Verdict();
$tmp = st_tmpdir('bad');

$ls = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($ls, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($ls, STRESS_HOST, 0) && socket_listen($ls, 512) || exit(st_out('FAIL: bad_clients: listen') ?? 1);
socket_getsockname($ls, $addr, $port);
socket_set_nonblock($ls);

function request(string $id): array
{
    $payload = substr(str_repeat(md5($id), 3), 0, 10 + crc32($id) % 60);
    return ["REQ $id $payload\n", "OK $id " . strrev($payload) . "\n"];
}

function connect_to(int $port): Socket|string
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!@socket_connect($s, STRESS_HOST, $port)) {
        $e = socket_strerror(socket_last_error($s));
        socket_close($s);
        return $e;
    }
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    return $s;
}

/** Reads until EOF or $max bytes (the answers are one line). */
function read_answer(Socket $s, int $max = 4096): string|false
{
    $got = '';
    while (strlen($got) < $max) {
        $d = @socket_read($s, 4096);
        if ($d === false) {
            return $got === '' ? false : $got;
        }
        if ($d === '') {
            break;
        }
        $got .= $d;
        if (str_ends_with($got, "\n")) {
            break;
        }
    }
    return $got;
}

/* ---------------- clients ---------------- */
$kinds = [];
$kinds['good'] = function () use ($port, $deadline) {
    $r = ['ok' => 0, 'wrong' => 0, 'errors' => 0, 'max_latency' => 0.0, 'slow_answers' => 0, 'last_error' => ''];
    // GOOD_PAR sequential streams through forks of this child
    $pids = [];
    for ($p = 0; $p < GOOD_PAR; $p++) {
        $pids[st_fork(function () use ($p, $port, $deadline, &$r) {
            for ($i = $p; $i < GOOD_N && st_now() < $deadline; $i += GOOD_PAR) {
                [$req, $want] = request("g$i");
                $t = st_now();
                $s = connect_to($port);
                if (is_string($s)) {
                    $r['errors']++;
                    $r['last_error'] = $s;
                    continue;
                }
                socket_write($s, $req);
                $got = read_answer($s);
                $lat = st_now() - $t;
                socket_close($s);
                $r['max_latency'] = max($r['max_latency'], $lat);
                $r['slow_answers'] += $lat > LATENCY_MAX;
                if ($got === $want) {
                    $r['ok']++;
                } else {
                    $r['wrong']++;
                    $r['last_error'] = 'got ' . json_encode($got) . ' for ' . json_encode($req);
                }
                usleep(2000);
            }
            file_put_contents($GLOBALS['tmp'] . "/good.$p.json", json_encode($r));
            return 0;
        })] = "good $p";
    }
    $reap = st_reap($pids, $deadline + 2);
    foreach (range(0, GOOD_PAR - 1) as $p) {
        $x = json_decode((string) @file_get_contents($GLOBALS['tmp'] . "/good.$p.json"), true) ?: ['errors' => 1, 'last_error' => "no report from good $p"];
        foreach (['ok', 'wrong', 'errors', 'slow_answers'] as $k) {
            $r[$k] += $x[$k] ?? 0;
        }
        $r['max_latency'] = max($r['max_latency'], $x['max_latency'] ?? 0);
        if (($x['last_error'] ?? '') !== '') {
            $r['last_error'] = $x['last_error'];
        }
    }
    foreach ($reap as $x) {
        $r['errors'] += $x['status'] !== 0;
    }
    return $r;
};
$kinds['reset'] = function () use ($port) {
    $r = ['sent_partial' => 0, 'sent_whole' => 0, 'errors' => 0, 'last_error' => ''];
    for ($i = 0; $i < RESET_N; $i++) {
        [$req] = request("r$i");
        $s = connect_to($port);
        if (is_string($s)) {
            $r['errors']++;
            $r['last_error'] = $s;
            continue;
        }
        $partial = $i % 2 === 0;
        socket_write($s, $partial ? substr($req, 0, (int) (strlen($req) / 2)) : $req);
        $r[$partial ? 'sent_partial' : 'sent_whole']++;
        if ($i % 4 < 2) {
            usleep(2000); // let the server read the request first, or not
        }
        socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
        socket_close($s);
    }
    return $r;
};
$kinds['halfclose'] = function () use ($port) {
    $r = ['ok' => 0, 'wrong' => 0, 'errors' => 0, 'last_error' => ''];
    for ($i = 0; $i < HALF_N; $i++) {
        [$req, $want] = request("h$i");
        $s = connect_to($port);
        if (is_string($s)) {
            $r['errors']++;
            $r['last_error'] = $s;
            continue;
        }
        socket_write($s, $req);
        socket_shutdown($s, 1);
        $got = '';
        while (($d = @socket_read($s, 4096)) !== false && $d !== '') {
            $got .= $d; // to EOF: the server closes after answering
        }
        socket_close($s);
        if ($got === $want) {
            $r['ok']++;
        } else {
            $r['wrong']++;
            $r['last_error'] = 'got ' . json_encode($got) . ($d === false ? ' (read error)' : '');
        }
    }
    return $r;
};
$kinds['silent'] = function () use ($port) {
    $r = ['connected' => 0, 'closed_by_server' => 0, 'still_open' => 0, 'min_close' => 99.0, 'max_close' => 0.0, 'errors' => 0, 'last_error' => ''];
    $socks = [];
    $t = st_now();
    for ($i = 0; $i < SILENT_N; $i++) {
        $s = connect_to($port);
        if (is_string($s)) {
            $r['errors']++;
            $r['last_error'] = $s;
            continue;
        }
        $socks[$i] = $s;
        $r['connected']++;
    }
    $open = $socks;
    while ($open && st_now() < $t + 4) {
        $rd = $open;
        $w = $e = null;
        if (socket_select($rd, $w, $e, 0, 100000) === false) {
            $r['errors']++;
            break;
        }
        foreach ($rd as $i => $s) {
            $d = @socket_read($s, 100);
            if ($d === '' || $d === false) {
                $r['closed_by_server']++;
                $el = st_now() - $t;
                $r['min_close'] = min($r['min_close'], $el);
                $r['max_close'] = max($r['max_close'], $el);
                unset($open[$i]);
            }
        }
    }
    $r['still_open'] = count($open);
    foreach ($socks as $s) {
        socket_close($s);
    }
    return $r;
};
$kinds['slow'] = function () use ($port) {
    $r = ['ok' => 0, 'wrong' => 0, 'errors' => 0, 'bytes_sent' => 0, 'last_error' => ''];
    $socks = [];
    $reqs = [];
    for ($i = 0; $i < SLOW_N; $i++) {
        $s = connect_to($port);
        if (is_string($s)) {
            $r['errors']++;
            $r['last_error'] = $s;
            continue;
        }
        $socks[$i] = $s;
        $reqs[$i] = request("s$i");
    }
    // one byte of each request per round, SLOW_GAP apart; bounded by the longest request
    $maxLen = max(array_map(static fn ($x) => strlen($x[0]), $reqs ?: [['']]));
    for ($k = 0; $k < $maxLen; $k++) {
        foreach ($socks as $i => $s) {
            if ($k < strlen($reqs[$i][0])) {
                $r['bytes_sent'] += (int) socket_write($s, $reqs[$i][0][$k]);
            }
        }
        usleep((int) (SLOW_GAP * 1e6));
    }
    foreach ($socks as $i => $s) {
        $got = read_answer($s);
        socket_close($s);
        if ($got === $reqs[$i][1]) {
            $r['ok']++;
        } else {
            $r['wrong']++;
            $r['last_error'] = 'got ' . json_encode($got);
        }
    }
    return $r;
};

$pids = [];
foreach ($kinds as $kind => $fn) {
    $pids[st_fork(function () use ($fn, $kind, $tmp) {
        file_put_contents("$tmp/$kind.json", json_encode($fn()));
        return 0;
    })] = $kind;
}

/* ---------------- server ---------------- */
st_capture_warnings();
$S = ['accepted' => 0, 'answered' => 0, 'eof' => 0, 'eof_mid_request' => 0, 'read_errors' => 0, 'write_errors' => 0,
    'timed_out' => 0, 'idle_after_answer' => 0, 'bad_request' => 0, 'max_open' => 0, 'selects' => 0];
$errnos = [];
$conns = [];
$nextId = 0;
$crash = null;
$running = $pids;
$reaped = [];
try {
    while (st_now() < $deadline) {
        $rd = array_map(static fn ($c) => $c['s'], $conns);
        $rd['L'] = $ls;
        $w = $e = null;
        $n = socket_select($rd, $w, $e, 0, 50000);
        $S['selects']++;
        if ($n === false) {
            throw new RuntimeException('socket_select failed: ' . socket_strerror(socket_last_error()));
        }
        $now = st_now();
        if (isset($rd['L'])) {
            unset($rd['L']);
            while (($c = @socket_accept($ls)) !== false) {
                $conns[$nextId++] = ['s' => $c, 'buf' => '', 'last' => $now, 'answered' => 0];
                $S['accepted']++;
            }
            $S['max_open'] = max($S['max_open'], count($conns));
        }
        foreach ($rd as $id => $s) {
            $d = @socket_read($s, 8192);
            $close = false;
            if ($d === false) {
                $S['read_errors']++;
                $en = socket_last_error($s);
                $errnos[$en] = ($errnos[$en] ?? 0) + 1;
                $close = true;
            } elseif ($d === '') {
                $S[$conns[$id]['buf'] === '' ? 'eof' : 'eof_mid_request']++;
                $close = true;
            } else {
                $conns[$id]['last'] = $now;
                $conns[$id]['buf'] .= $d;
                while (($p = strpos($conns[$id]['buf'], "\n")) !== false) {
                    $line = substr($conns[$id]['buf'], 0, $p);
                    $conns[$id]['buf'] = (string) substr($conns[$id]['buf'], $p + 1);
                    if (!preg_match('/^REQ (\S+) (\S+)$/', $line, $m)) {
                        $S['bad_request']++;
                        $close = true;
                        break;
                    }
                    $ans = "OK $m[1] " . strrev($m[2]) . "\n";
                    if (@socket_write($s, $ans) === strlen($ans)) {
                        $S['answered']++;
                        $conns[$id]['answered']++;
                    } else {
                        $S['write_errors']++;
                        $en = socket_last_error($s);
                        $errnos[$en] = ($errnos[$en] ?? 0) + 1;
                        $close = true;
                        break;
                    }
                }
                if (strlen($conns[$id]['buf']) > 4096) {
                    $S['bad_request']++;
                    $close = true;
                }
            }
            if ($close) {
                socket_close($s);
                unset($conns[$id]);
            }
        }
        foreach ($conns as $id => $c) {
            if ($now - $c['last'] > IDLE) {
                // a slow client that was answered may keep its connection for a while
                $S[$c['answered'] ? 'idle_after_answer' : 'timed_out']++;
                socket_close($c['s']);
                unset($conns[$id]);
            }
        }
        foreach ($running as $pid => $kind) {
            if (pcntl_waitpid($pid, $st, WNOHANG) === $pid) {
                $reaped[$pid] = ['label' => $kind, 'killed' => false,
                    'status' => pcntl_wifexited($st) ? pcntl_wexitstatus($st) : -pcntl_wtermsig($st)];
                unset($running[$pid]);
            }
        }
        if (!$running && !$conns) {
            break;
        }
    }
} catch (Throwable $e) {
    $crash = get_class($e) . ': ' . $e->getMessage();
}
$reaped += st_reap($running, st_now() + 5);
foreach ($conns as $c) {
    socket_close($c['s']);
}
socket_close($ls);
$warnings = [];
foreach (st_take_warnings() as $w) {
    $k = preg_replace('/\[\d+\].*$/', '', $w) . preg_replace('/^.*(\[\d+\])/', '$1', $w);
    $warnings[$k] = ($warnings[$k] ?? 0) + 1;
}
restore_error_handler();

$res = [];
foreach (array_keys($kinds) as $k) {
    $res[$k] = json_decode((string) @file_get_contents("$tmp/$k.json"), true);
    $v->check(is_array($res[$k]), "$k: no report from the client process");
    $res[$k] ??= [];
}
$fmt = static fn (array $a) => implode(' ', array_map(static fn ($k, $x) => "$k=" . (is_float($x) ? sprintf('%.3f', $x) : $x),
    array_keys($a), $a));
foreach ($res as $k => $r) {
    st_out('client %-9s %s', $k, $fmt($r));
}
st_out('server: %s', $fmt($S));
st_out('server: errno of failed reads/writes: %s', json_encode($errnos));
st_out('server: warnings (captured, by text): %s', json_encode($warnings, JSON_UNESCAPED_SLASHES));
st_out('elapsed %.2f s', st_now() - $t0);

$v->check($crash === null, "server threw: $crash");
foreach ($reaped as $r) {
    $v->check($r['status'] === 0 && !$r['killed'], "client process '{$r['label']}' status {$r['status']}" . ($r['killed'] ? ' (killed)' : ''));
}
$g = $res['good'];
$v->check(($g['ok'] ?? 0) === GOOD_N, 'good: ' . ($g['ok'] ?? 0) . ' of ' . GOOD_N . ' answered correctly; ' . ($g['last_error'] ?? ''));
$v->check(($g['slow_answers'] ?? 1) === 0, 'good: ' . ($g['slow_answers'] ?? '?') . ' answers took more than ' . LATENCY_MAX . ' s (max ' . ($g['max_latency'] ?? '?') . ')');
$v->check(($res['halfclose']['ok'] ?? 0) === HALF_N, 'halfclose: ' . ($res['halfclose']['ok'] ?? 0) . ' of ' . HALF_N . ' answered; ' . ($res['halfclose']['last_error'] ?? ''));
$v->check(($res['slow']['ok'] ?? 0) === SLOW_N, 'slow: ' . ($res['slow']['ok'] ?? 0) . ' of ' . SLOW_N . ' answered; ' . ($res['slow']['last_error'] ?? ''));
$si = $res['silent'];
$v->check(($si['closed_by_server'] ?? 0) === SILENT_N, 'silent: ' . ($si['closed_by_server'] ?? 0) . ' of ' . SILENT_N . ' closed by the server');
$v->check(($si['min_close'] ?? 0) >= IDLE * 0.9 && ($si['max_close'] ?? 99) <= IDLE + 1.5,
    sprintf('silent: closed between %.3f and %.3f s, expected %.1f .. %.1f s', $si['min_close'] ?? -1, $si['max_close'] ?? -1, IDLE * 0.9, IDLE + 1.5));
$v->check(($res['reset']['sent_partial'] ?? 0) + ($res['reset']['sent_whole'] ?? 0) === RESET_N, 'reset: not every client ran');
$total = GOOD_N + RESET_N + HALF_N + SILENT_N + SLOW_N;
$v->check($S['accepted'] === $total, "server accepted {$S['accepted']} of $total connections");
$closed = $S['eof'] + $S['eof_mid_request'] + $S['read_errors'] + $S['write_errors'] + $S['timed_out'] + $S['idle_after_answer'] + $S['bad_request'];
$v->check($closed === $S['accepted'], "server closed $closed of {$S['accepted']} accepted connections");
$v->check($S['timed_out'] === SILENT_N, "server timed out {$S['timed_out']} connections, expected " . SILENT_N);
$v->check($S['bad_request'] === 0, "server saw {$S['bad_request']} malformed requests");
$v->check($S['answered'] >= GOOD_N + HALF_N + SLOW_N, "server answered {$S['answered']}, fewer than the well-behaved requests");
$v->finish('bad_clients', sprintf('%d good, %d reset, %d half-closed, %d silent, %d slow clients; every well-behaved one served',
    GOOD_N, RESET_N, HALF_N, SILENT_N, SLOW_N));
