<?php
/* accept_cycles: 100,000 accept/close cycles on 127.0.0.1, twice:
 *   A. socket_create/socket_bind/socket_listen + socket_accept + socket_close
 *   B. stream_socket_server + stream_socket_accept + fclose
 * A child process connects and closes as fast as it can (socket_connect /
 * stream_socket_client). The server measures its open descriptors (entries of
 * /proc/self/fd) and memory_get_usage() after the first 1,000 cycles and at
 * the end.
 * Allowed: descriptors exactly equal. Memory: equal, or at most MEM_SLACK
 * (4 KiB) apart. At both points the same PHP variables are alive
 * and the loop body has run the same code, so the Zend allocator should be in
 * the same state; the slack only absorbs a one-off allocation (a runtime
 * cache slot, a string interned on first use) that could happen once after
 * cycle 1,000. A leak of even one 8-byte allocation per cycle would be
 * 99,000 x 8 = 792,000 bytes, far above the slack. memory_get_usage(true)
 * (chunks taken from the system) must not grow either.
 * Budget: 150 s (STRESS_BUDGET); cycles: STRESS_CYCLES (default 100000). */
declare(strict_types=1);
require __DIR__ . '/lib.php';
st_require(['socket', 'posix', 'pcntl']);

const MEM_SLACK = 4096;
const FIRST = 1000;
$N = (int) (getenv('STRESS_CYCLES') ?: 100000);
$budget = (float) (getenv('STRESS_BUDGET') ?: 150);
$t0 = st_now();
$v = new Verdict();
$tmp = st_tmpdir('cycles');

/** Client child: $n connect+close cycles; writes its counts to $file. */
function client(int $n, callable $connect, float $deadline, string $file): int
{
    $ok = 0;
    $errs = 0;
    $last = '';
    for ($i = 0; $i < $n && st_now() < $deadline;) {
        $r = $connect();
        if ($r === true) {
            $ok++;
            $i++;
        } else {
            $errs++;
            $last = $r;
            if ($errs > 1000) {
                break;
            }
            usleep(1000); // e.g. no free local port: give TIME_WAIT a moment
        }
    }
    file_put_contents($file, json_encode(['ok' => $ok, 'errors' => $errs, 'last_error' => $last]));
    return 0;
}

/** Runs one variant; $accept returns true after accepting and closing one
 * connection, or an error text. */
function run_variant(string $name, int $N, callable $accept, callable $connect, float $deadline, string $tmp, Verdict $v): void
{
    $file = "$tmp/$name.json";
    $pid = st_fork(fn () => client($N, $connect, $deadline, $file));
    $ts = st_now();
    $done = 0;
    $err = null;
    // the figures go to integer variables set before the loop, so that taking
    // the first measurement allocates nothing that is still alive at the second
    $fd1 = $fd2 = $mem1 = $mem2 = $real1 = $real2 = $rss1 = $rss2 = -1;
    // warm up what the measurement itself uses (regex cache of st_rss_kb and so on)
    st_fd_count() + memory_get_usage() + memory_get_usage(true) + st_rss_kb();
    for ($i = 1; $i <= $N; $i++) {
        if (st_now() >= $deadline) {
            $err = 'time budget exhausted';
            break;
        }
        $r = $accept();
        if ($r !== true) {
            $err = "accept #$i failed: $r";
            break;
        }
        $done = $i;
        if ($i === FIRST) {
            $fd1 = st_fd_count();
            $mem1 = memory_get_usage();
            $real1 = memory_get_usage(true);
            $rss1 = st_rss_kb();
        } elseif ($i === $N) {
            $fd2 = st_fd_count();
            $mem2 = memory_get_usage();
            $real2 = memory_get_usage(true);
            $rss2 = st_rss_kb();
        }
    }
    $m1 = $fd1 >= 0 ? ['fds' => $fd1, 'mem' => $mem1, 'real' => $real1, 'rss' => $rss1] : null;
    $m2 = $fd2 >= 0 ? ['fds' => $fd2, 'mem' => $mem2, 'real' => $real2, 'rss' => $rss2] : null;
    $el = st_now() - $ts;
    $reap = st_reap([$pid => 'client'], max(st_now() + 5, $deadline));
    $cl = json_decode((string) @file_get_contents($file), true) ?: ['ok' => -1, 'errors' => -1, 'last_error' => 'no report'];
    st_out('%s: %d cycles in %.2f s (%.0f/s); client: %d connects, %d connect errors%s',
        $name, $done, $el, $done / max($el, 1e-9), $cl['ok'], $cl['errors'], $cl['last_error'] !== '' ? ' (last: ' . $cl['last_error'] . ')' : '');
    foreach ([[FIRST, $m1], [$N, $m2]] as [$at, $m]) {
        if ($m) {
            st_out('%s: after %6d cycles: descriptors=%d memory_get_usage=%d real=%d RSS=%d KiB', $name, $at, $m['fds'], $m['mem'], $m['real'], $m['rss']);
        }
    }
    $v->check($err === null, "$name: $err");
    $r = reset($reap);
    $v->check($r['status'] === 0 && !$r['killed'], "$name: client process status {$r['status']}" . ($r['killed'] ? ' (killed)' : ''));
    if ($m1 && $m2) {
        $v->check($m1['fds'] === $m2['fds'], "$name: descriptors {$m1['fds']} after " . FIRST . " cycles, {$m2['fds']} after $N");
        $d = $m2['mem'] - $m1['mem'];
        st_out('%s: memory difference end - first: %+d bytes (allowed: |difference| <= %d), real: %+d bytes', $name, $d, MEM_SLACK, $m2['real'] - $m1['real']);
        $v->check(abs($d) <= MEM_SLACK, "$name: memory_get_usage changed by $d bytes over " . ($N - FIRST) . ' cycles (allowed ' . MEM_SLACK . ')');
        $v->check($m2['real'] <= $m1['real'], "$name: memory_get_usage(true) grew from {$m1['real']} to {$m2['real']}");
    } elseif ($N >= FIRST) {
        $v->fail("$name: measurements missing (stopped after $done cycles)");
    }
}

$fd0 = st_fd_count();
st_out('cycles per variant: %d; descriptors at start: %d', $N, $fd0);

/* ---------- A: socket_* ---------- */
$ls = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($ls, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($ls, STRESS_HOST, 0) && socket_listen($ls, 1024) || exit(st_out('FAIL: accept_cycles: listen failed') ?? 1);
socket_getsockname($ls, $a, $portA);
// a blocking accept that gives up after 5 s without a client
socket_set_option($ls, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$deadlineA = $t0 + $budget / 2 - 3;
run_variant('socket_accept', $N,
    static function () use ($ls) {
        $c = @socket_accept($ls);
        if ($c === false) {
            return socket_strerror(socket_last_error());
        }
        socket_close($c);
        return true;
    },
    static function () use ($portA) {
        $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        if (!@socket_connect($s, STRESS_HOST, $portA)) {
            $e = socket_strerror(socket_last_error($s));
            socket_close($s);
            return $e;
        }
        socket_close($s);
        return true;
    }, $deadlineA, $tmp, $v);
socket_close($ls);
unset($ls);

/* ---------- B: stream_socket_server ---------- */
$srv = stream_socket_server('tcp://' . STRESS_HOST . ':0', $errno, $errstr);
if (!$srv) {
    $v->fail("stream_socket_server: [$errno] $errstr");
} else {
    $portB = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
    run_variant('stream_socket_accept', $N,
        static function () use ($srv) {
            $c = @stream_socket_accept($srv, 5);
            if ($c === false) {
                return error_get_last()['message'] ?? 'false';
            }
            fclose($c);
            return true;
        },
        static function () use ($portB) {
            $c = @stream_socket_client('tcp://' . STRESS_HOST . ":$portB", $en, $es, 5);
            if ($c === false) {
                return "[$en] $es";
            }
            fclose($c);
            return true;
        }, $t0 + $budget - 3, $tmp, $v);
    fclose($srv);
}
st_out('descriptors at the end: %d (at start: %d); total %.2f s', st_fd_count(), $fd0, st_now() - $t0);
$v->check(st_fd_count() === $fd0, 'descriptors at the end ' . st_fd_count() . " != at start $fd0");
$v->finish('accept_cycles', "$N cycles x 2 variants: descriptors equal, memory within the allowance");
