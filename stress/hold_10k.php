<?php
/* hold_10k: one server process holds 10,000 concurrent TCP connections on
 * 127.0.0.1 through socket_select() (no FD_SETSIZE limit in tsp_sockets) and
 * echoes one line on each. The clients run in a child process: non-blocking
 * connects (at most 1,000 in flight) driven by socket_select() too; all
 * 10,000 connect first, then each sends its line, then each waits for its echo.
 * Budget: 90 s (STRESS_BUDGET). */
declare(strict_types=1);
require __DIR__ . '/lib.php';
st_require(['socket', 'posix', 'pcntl']);

const N = 10000;
const IN_FLIGHT = 1000;
$budget = (float) (getenv('STRESS_BUDGET') ?: 90);
$t0 = st_now();
$deadline = $t0 + $budget - 5;
$v = new Verdict();
$tmp = st_tmpdir('hold');

// descriptors: 10,000 connections + listener + a few in each process
$lim = posix_getrlimit();
$want = min(20000, (int) $lim['hard openfiles']);
if (!posix_setrlimit(POSIX_RLIMIT_NOFILE, $want, (int) $lim['hard openfiles'])) {
    st_out('FAIL: hold_10k: posix_setrlimit(RLIMIT_NOFILE, %d) failed: %s', $want, posix_strerror(posix_get_last_error()));
    exit(1);
}
$lim = posix_getrlimit();
st_out('RLIMIT_NOFILE soft=%s hard=%s', $lim['soft openfiles'], $lim['hard openfiles']);
if ((int) $lim['soft openfiles'] < N + 50) {
    st_out('FAIL: hold_10k: RLIMIT_NOFILE %s is too small for %d connections', $lim['soft openfiles'], N);
    exit(1);
}

$ls = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($ls, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($ls, STRESS_HOST, 0) || !socket_listen($ls, 4096)) {
    st_out('FAIL: hold_10k: bind/listen: %s', socket_strerror(socket_last_error()));
    exit(1);
}
socket_getsockname($ls, $addr, $port);
socket_set_nonblock($ls);
$fdBase = st_fd_count();
st_out('server: listening on %s:%d, %d descriptors open', $addr, $port, $fdBase);

/* ---------------- client child ---------------- */
$pid = st_fork(function () use ($port, $deadline, $tmp, $ls) {
    socket_close($ls);
    $rep = ['connected' => 0, 'connect_errors' => 0, 'sent' => 0, 'echoed' => 0, 'bad_echo' => 0,
        'eof_early' => 0, 'read_errors' => 0, 'selects' => 0, 'max_open' => 0, 'fds_at_max' => 0];
    $conns = [];   // id => Socket, connected
    $pending = []; // id => Socket, connect in progress
    $next = 0;
    // phase 1: connect all
    while (count($conns) + $rep['connect_errors'] < N && st_now() < $deadline) {
        while ($next < N && count($pending) < IN_FLIGHT) {
            $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            if ($s === false) {
                $rep['connect_errors']++;
                $rep['create_error'] = socket_strerror(socket_last_error());
                $next++;
                continue;
            }
            socket_set_nonblock($s);
            if (@socket_connect($s, STRESS_HOST, $port)) {
                $conns[$next] = $s;
            } elseif (socket_last_error($s) === SOCKET_EINPROGRESS) {
                $pending[$next] = $s;
            } else {
                $rep['connect_errors']++;
                $rep['connect_error'] = socket_strerror(socket_last_error($s));
                socket_close($s);
            }
            $next++;
        }
        if (!$pending) {
            continue;
        }
        $r = null;
        $w = $pending;
        $e = null;
        $n = socket_select($r, $w, $e, 0, 200000);
        $rep['selects']++;
        if ($n === false) {
            $rep['select_error'] = socket_strerror(socket_last_error());
            break;
        }
        foreach ($w as $id => $s) {
            $err = socket_get_option($s, SOL_SOCKET, SO_ERROR);
            unset($pending[$id]);
            if ($err === 0) {
                $conns[$id] = $s;
            } else {
                $rep['connect_errors']++;
                $rep['connect_error'] = socket_strerror((int) $err);
                socket_close($s);
            }
        }
    }
    $rep['connected'] = count($conns);
    $rep['max_open'] = count($conns);
    $rep['fds_at_max'] = st_fd_count();
    // phase 2: one line on each
    $expect = [];
    foreach ($conns as $id => $s) {
        $line = sprintf("hello %05d %s\n", $id, str_repeat(chr(97 + $id % 26), $id % 50));
        $expect[$id] = $line;
        if (socket_write($s, $line) === strlen($line)) {
            $rep['sent']++;
        }
    }
    // phase 3: the echoes
    $buf = [];
    $wait = $conns;
    while ($wait && st_now() < $deadline) {
        $r = $wait;
        $w = null;
        $e = null;
        $n = socket_select($r, $w, $e, 0, 500000);
        $rep['selects']++;
        if ($n === false) {
            $rep['select_error'] = socket_strerror(socket_last_error());
            break;
        }
        foreach ($r as $id => $s) {
            $d = @socket_read($s, 4096);
            if ($d === false) {
                $rep['read_errors']++;
                unset($wait[$id]);
                continue;
            }
            if ($d === '') {
                $rep['eof_early']++;
                unset($wait[$id]);
                continue;
            }
            $buf[$id] = ($buf[$id] ?? '') . $d;
            if (str_ends_with($buf[$id], "\n")) {
                if ($buf[$id] === $expect[$id]) {
                    $rep['echoed']++;
                } else {
                    $rep['bad_echo']++;
                }
                unset($wait[$id]);
            }
        }
    }
    foreach ($conns as $s) {
        socket_close($s);
    }
    file_put_contents("$tmp/client.json", json_encode($rep));
    return 0;
});

/* ---------------- server ---------------- */
$conns = [];
$bufs = [];
$nextId = 0;
$stats = ['accepted' => 0, 'answered' => 0, 'closed_by_peer' => 0, 'read_errors' => 0, 'write_errors' => 0,
    'accept_errors' => 0, 'max_held' => 0, 'fds_at_max' => 0, 'selects' => 0, 'max_select_set' => 0];
$selectError = null;
$tHeld = null;
while (st_now() < $deadline) {
    $r = $conns;
    $r['L'] = $ls;
    $w = null;
    $e = null;
    $stats['max_select_set'] = max($stats['max_select_set'], count($r));
    $n = socket_select($r, $w, $e, 0, 200000);
    $stats['selects']++;
    if ($n === false) {
        $selectError = socket_strerror(socket_last_error());
        break;
    }
    if (isset($r['L'])) {
        unset($r['L']);
        for ($k = 0; $k < 2000; $k++) {
            $c = @socket_accept($ls);
            if ($c === false) {
                if (socket_last_error() !== SOCKET_EAGAIN) {
                    $stats['accept_errors']++;
                    $stats['accept_error'] = socket_strerror(socket_last_error());
                }
                break;
            }
            $conns[$nextId++] = $c;
            $stats['accepted']++;
        }
        if (count($conns) > $stats['max_held']) {
            $stats['max_held'] = count($conns);
            if ($stats['max_held'] === N) {
                $stats['fds_at_max'] = st_fd_count();
                $stats['mem_at_max'] = memory_get_usage();
                $tHeld = st_now() - $t0;
            }
        }
    }
    foreach ($r as $id => $c) {
        $d = @socket_read($c, 4096);
        if ($d === false || $d === '') {
            $stats[$d === false ? 'read_errors' : 'closed_by_peer']++;
            socket_close($c);
            unset($conns[$id], $bufs[$id]);
            continue;
        }
        $bufs[$id] = ($bufs[$id] ?? '') . $d;
        if (str_ends_with($bufs[$id], "\n")) {
            $wr = @socket_write($c, $bufs[$id]);
            if ($wr === strlen($bufs[$id])) {
                $stats['answered']++;
            } else {
                $stats['write_errors']++;
            }
            $bufs[$id] = '';
        }
    }
    if ($stats['accepted'] >= N && !$conns) {
        break; // every client came, was answered and left
    }
    if (pcntl_waitpid($pid, $st, WNOHANG) === $pid) {
        $pid = 0;
        if (!$conns) {
            break;
        }
    }
}
$elapsed = st_now() - $t0;
foreach ($conns as $c) {
    socket_close($c);
}
$conns = [];
$reaped = $pid ? st_reap([$pid => 'clients'], st_now() + 10) : [];
$cl = json_decode((string) @file_get_contents("$tmp/client.json"), true) ?: [];

st_out('server: accepted=%d max_held=%d answered=%d closed_by_peer=%d read_errors=%d write_errors=%d accept_errors=%d',
    $stats['accepted'], $stats['max_held'], $stats['answered'], $stats['closed_by_peer'], $stats['read_errors'],
    $stats['write_errors'], $stats['accept_errors']);
st_out('server: selects=%d largest select set=%d, descriptors open at %d held=%d (before: %d), memory at max=%d bytes, all held after %.2f s',
    $stats['selects'], $stats['max_select_set'], N, $stats['fds_at_max'], $fdBase, $stats['mem_at_max'] ?? 0, $tHeld ?? -1);
st_out('client: connected=%d connect_errors=%d sent=%d echoed=%d bad_echo=%d eof_early=%d read_errors=%d selects=%d descriptors at max=%d',
    $cl['connected'] ?? -1, $cl['connect_errors'] ?? -1, $cl['sent'] ?? -1, $cl['echoed'] ?? -1, $cl['bad_echo'] ?? -1,
    $cl['eof_early'] ?? -1, $cl['read_errors'] ?? -1, $cl['selects'] ?? -1, $cl['fds_at_max'] ?? -1);
foreach (['connect_error', 'create_error', 'select_error'] as $k) {
    if (isset($cl[$k])) {
        st_out('client: last %s: %s', $k, $cl[$k]);
    }
}
if (isset($stats['accept_error'])) {
    st_out('server: last accept error: %s', $stats['accept_error']);
}
st_out('server: descriptors after closing all=%d, elapsed %.2f s, peak RSS %d KiB', st_fd_count(), $elapsed, st_rss_kb('VmHWM'));

$v->check($selectError === null, "server socket_select failed: $selectError");
$v->check(!isset($cl['select_error']), 'client socket_select failed: ' . ($cl['select_error'] ?? ''));
$v->check($cl !== [], 'client wrote no report');
foreach ($reaped as $r) {
    $v->check($r['status'] === 0 && !$r['killed'], "client process ended with status {$r['status']}" . ($r['killed'] ? ' (killed at timeout)' : ''));
}
$v->check($stats['max_held'] === N, "server held at most {$stats['max_held']} of " . N . ' connections at once');
$v->check($stats['fds_at_max'] >= N + 1, "descriptor count at max ({$stats['fds_at_max']}) below " . (N + 1));
$v->check($stats['answered'] === N, "server answered {$stats['answered']} of " . N);
$v->check(($cl['echoed'] ?? 0) === N, 'client got ' . ($cl['echoed'] ?? 0) . ' correct echoes of ' . N);
$v->check(($cl['bad_echo'] ?? 0) === 0, 'client got ' . ($cl['bad_echo'] ?? 0) . ' wrong echoes');
$v->check($stats['read_errors'] + $stats['write_errors'] + $stats['accept_errors'] === 0, 'server saw I/O errors');
$v->check(st_fd_count() === $fdBase, 'descriptors after closing all (' . st_fd_count() . ") != before ($fdBase)");
$v->finish('hold_10k', sprintf('%d connections held at once and %d answered in %.2f s', $stats['max_held'], $stats['answered'], $elapsed));
