<?php
/* signals: SIGUSR1 arriving while PHP blocks in socket_accept, socket_select,
 * socket_read (binary and normal), socket_recv, socket_recvfrom, a blocking
 * socket_write that fills the socket buffer (the peer drains it at 500 ms),
 * and stream_socket_accept (on a stream_socket_server() listener).
 *
 * Handler set-ups (one case per set-up and call):
 *   async+restart    pcntl_async_signals(true),  pcntl_signal(..., restart_syscalls: true)
 *   async+norestart  pcntl_async_signals(true),  restart_syscalls: false
 *   sync+restart     pcntl_async_signals(false), restart_syscalls: true,  then pcntl_signal_dispatch()
 *   sync+norestart   pcntl_async_signals(false), restart_syscalls: false, then pcntl_signal_dispatch()
 *   throw+restart    async, restart_syscalls: true,  the handler throws
 *   throw+norestart  async, restart_syscalls: false, the handler throws
 * A forked child sends SIGUSR1 200 ms after the call starts and, at 500 ms,
 * does what completes the call (connects, or writes "hello\n"). Printed per
 * case: the return value, the warnings (through set_error_handler),
 * socket_last_error() global and of the socket, handler calls, any exception,
 * and whether the call returned before the peer acted ("early") or after ("late").
 *
 * Without arguments the script is the driver: it runs itself with --case
 * under the bundled ext/sockets (php -n -d extension=sockets) and under
 * tsp_sockets (TSP_EXT, default ../modules/tsp_sockets.so), both with posix,
 * and compares the two outputs: they must be identical.
 * Budget: 90 s (STRESS_BUDGET). */
declare(strict_types=1);
require __DIR__ . '/lib.php';

const SIGNAL_AT_US = 200000;
const PEER_AT_US = 500000;   // after the signal
const EARLY_S = 0.35;        // a call that returned before this returned before the peer acted

if (($argv[1] ?? '') === '--case') {
    st_require(['socket', 'posix', 'pcntl']);
    exit(run_cases($argv[2] ?? ''));
}

/* ------------------------------ driver ------------------------------ */
$budget = (float) (getenv('STRESS_BUDGET') ?: 90);
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../modules/tsp_sockets.so');
if (!$ext || !is_file($ext)) {
    st_out('FAIL: signals: tsp_sockets.so not found (set TSP_EXT)');
    exit(1);
}
$v = new Verdict();
$t0 = st_now();
$runs = [
    'oracle' => ['-d', 'extension=sockets'],
    'tsp_sockets' => ['-d', 'extension=' . $ext],
];
$procs = [];
foreach ($runs as $name => $args) {
    // both at once: the cases mostly sleep; coreutils timeout bounds each run
    $cmd = array_merge(['timeout', '-k', '3', (string) (int) ($budget - 10), PHP_BINARY, '-n', '-d', 'extension=posix'],
        $args, [__FILE__, '--case', $name]);
    $procs[$name] = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $procs[$name] = [$procs[$name], $pipes];
}
$out = [];
foreach ($procs as $name => [$p, $pipes]) {
    $o = stream_get_contents($pipes[1]);
    $e = stream_get_contents($pipes[2]);
    $rc = proc_close($p);
    $out[$name] = ['out' => $o, 'err' => $e, 'rc' => $rc];
}
$cmp = [];
foreach ($out as $name => $r) {
    // header lines (starting with '#') name the extension: not compared
    $cmp[$name] = preg_replace('/^#.*\n/m', '', $r['out']);
    $cases = substr_count($cmp[$name], "\n");
    st_out('%s: exit %d, %d lines%s', $name, $r['rc'], $cases, $r['err'] !== '' ? ', stderr: ' . trim($r['err']) : '');
    $v->check($r['rc'] === 0, "$name run exited with {$r['rc']}");
    $v->check(str_contains($r['out'], "# extension: " . ($name === 'oracle' ? 'sockets' : 'tsp_sockets')),
        "$name run did not load the expected extension");
}
st_out('--- output under tsp_sockets ---');
echo $cmp['tsp_sockets'];
st_out('--- end ---');
if ($cmp['oracle'] !== $cmp['tsp_sockets']) {
    $tmp = st_tmpdir('signals');
    file_put_contents("$tmp/oracle.txt", $cmp['oracle']);
    file_put_contents("$tmp/tsp_sockets.txt", $cmp['tsp_sockets']);
    st_out('--- diff -u oracle tsp_sockets ---');
    passthru('diff -u ' . escapeshellarg("$tmp/oracle.txt") . ' ' . escapeshellarg("$tmp/tsp_sockets.txt"));
    st_out('--- end of diff ---');
    $n = 0;
    $a = explode("\n", $cmp['oracle']);
    $b = explode("\n", $cmp['tsp_sockets']);
    for ($i = 0; $i < max(count($a), count($b)); $i++) {
        $n += ($a[$i] ?? null) !== ($b[$i] ?? null);
    }
    $v->fail("$n of " . count($a) . ' lines differ from the oracle (see the diff above)');
}
st_out('both runs: %.2f s', st_now() - $t0);
$v->finish('signals', 'output identical to ext/sockets for ' . substr_count($cmp['oracle'], "\n") . ' cases');

/* ------------------------------ cases ------------------------------ */

function describe(mixed $x): string
{
    return match (true) {
        $x instanceof Socket => 'Socket',
        is_resource($x) => 'resource(' . get_resource_type($x) . ')',
        is_string($x) => 'string(' . strlen($x) . ') ' . json_encode($x),
        is_array($x) => 'array(' . count($x) . ')',
        default => var_export($x, true),
    };
}

/** The blocking calls. Each: setup() => [call closure, peer closure (run in
 * the child at PEER_AT_US), socket whose last error is shown, cleanup]. */
function calls(): array
{
    $tcpListener = static function () {
        $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
        socket_bind($l, STRESS_HOST, 0);
        socket_listen($l, 8);
        socket_getsockname($l, $a, $port);
        $connect = static function () use ($port) {
            $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            socket_connect($c, STRESS_HOST, $port);
            usleep(100000);
            socket_close($c);
        };
        return [$l, $connect];
    };
    $tcpPair = static function () {
        $l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_bind($l, STRESS_HOST, 0);
        socket_listen($l, 8);
        socket_getsockname($l, $a, $port);
        $b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_connect($b, STRESS_HOST, $port);
        $a = socket_accept($l);
        socket_close($l);
        return [$a, $b];
    };
    $unixPair = static function (int $type) {
        socket_create_pair(AF_UNIX, $type, 0, $p);
        return $p;
    };
    $writer = static fn (Socket $b) => static function () use ($b) {
        socket_write($b, "hello\n");
        usleep(100000);
    };
    return [
        'socket_accept(tcp)' => static function () use ($tcpListener) {
            [$l, $peer] = $tcpListener();
            return [static fn () => socket_accept($l), $peer, $l, static fn () => socket_close($l)];
        },
        'socket_accept(unix)' => static function () {
            $path = sys_get_temp_dir() . '/tsp_sig_' . getmypid() . '_' . bin2hex(random_bytes(3)) . '.sock';
            $l = socket_create(AF_UNIX, SOCK_STREAM, 0);
            socket_bind($l, $path);
            socket_listen($l, 8);
            $peer = static function () use ($path) {
                $c = socket_create(AF_UNIX, SOCK_STREAM, 0);
                socket_connect($c, $path);
                usleep(100000);
                socket_close($c);
            };
            return [static fn () => socket_accept($l), $peer, $l, static function () use ($l, $path) {
                socket_close($l);
                @unlink($path);
            }];
        },
        'socket_select(read, 2 s)' => static function () use ($tcpListener) {
            [$l, $peer] = $tcpListener();
            return [static function () use ($l) {
                $r = [$l];
                $w = $e = null;
                $n = socket_select($r, $w, $e, 2);
                return describe($n) . ' read=' . describe($r);
            }, $peer, $l, static fn () => socket_close($l)];
        },
        'socket_select(read, no timeout)' => static function () use ($tcpListener) {
            [$l, $peer] = $tcpListener();
            return [static function () use ($l) {
                $r = [$l];
                $w = $e = null;
                $n = socket_select($r, $w, $e, null);
                return describe($n) . ' read=' . describe($r);
            }, $peer, $l, static fn () => socket_close($l)];
        },
        'socket_select(read+write+except)' => static function () use ($unixPair, $writer) {
            [$a, $b] = $unixPair(SOCK_STREAM);
            return [static function () use ($a) {
                $r = [$a];
                $w = [];
                $e = [$a];
                $n = socket_select($r, $w, $e, 2, 0);
                return describe($n) . ' read=' . describe($r) . ' except=' . describe($e);
            }, $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_read(unix, BINARY)' => static function () use ($unixPair, $writer) {
            [$a, $b] = $unixPair(SOCK_STREAM);
            return [static fn () => socket_read($a, 100), $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_read(unix, NORMAL)' => static function () use ($unixPair, $writer) {
            [$a, $b] = $unixPair(SOCK_STREAM);
            return [static fn () => socket_read($a, 100, PHP_NORMAL_READ), $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_read(tcp, BINARY)' => static function () use ($tcpPair, $writer) {
            [$a, $b] = $tcpPair();
            return [static fn () => socket_read($a, 100), $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_read(tcp, NORMAL)' => static function () use ($tcpPair, $writer) {
            [$a, $b] = $tcpPair();
            return [static fn () => socket_read($a, 100, PHP_NORMAL_READ), $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_recv(tcp)' => static function () use ($tcpPair, $writer) {
            [$a, $b] = $tcpPair();
            return [static function () use ($a) {
                $buf = 'untouched';
                $n = socket_recv($a, $buf, 100, 0);
                return describe($n) . ' buf=' . describe($buf);
            }, $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_recvfrom(unix dgram)' => static function () use ($unixPair, $writer) {
            [$a, $b] = $unixPair(SOCK_DGRAM);
            return [static function () use ($a) {
                $buf = 'untouched';
                $from = 'untouched';
                $n = socket_recvfrom($a, $buf, 100, 0, $from);
                return describe($n) . ' buf=' . describe($buf) . ' from=' . describe($from);
            }, $writer($b), $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'socket_write(unix, 8 MiB, peer not reading)' => static function () use ($unixPair) {
            [$a, $b] = $unixPair(SOCK_STREAM);
            $drain = static function () use ($b) {
                // the peer drains for at most 2 s (or to EOF when the parent closes)
                socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]);
                $end = st_now() + 2;
                while (st_now() < $end && ($d = @socket_read($b, 1 << 20)) !== false && $d !== '');
            };
            return [static function () use ($a) {
                $n = socket_write($a, str_repeat('x', 8 << 20));
                // the count of a partial write depends on the socket buffer size: shown as a class
                return is_int($n) ? ($n === 8 << 20 ? 'int(all)' : ($n > 0 ? 'int(partial)' : "int($n)")) : describe($n);
            }, $drain, $a, static function () use ($a, $b) {
                socket_close($a);
                socket_close($b);
            }];
        },
        'stream_socket_accept(stream_socket_server)' => static function () {
            $s = stream_socket_server('tcp://' . STRESS_HOST . ':0', $en, $es);
            $port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
            $peer = static function () use ($port) {
                $c = stream_socket_client('tcp://' . STRESS_HOST . ":$port", $en, $es, 2);
                usleep(100000);
                fclose($c);
            };
            return [static fn () => stream_socket_accept($s, 2), $peer, null, static fn () => fclose($s)];
        },
    ];
}

function run_cases(string $label): int
{
    $setups = [
        'async+restart' => [true, true, false],
        'async+norestart' => [true, false, false],
        'sync+restart' => [false, true, false],
        'sync+norestart' => [false, false, false],
        'throw+restart' => [true, true, true],
        'throw+norestart' => [true, false, true],
    ];
    echo '# extension: ', st_ext(), " ($label)\n";
    st_capture_warnings();
    $GLOBALS['hits'] = 0;
    $parent = getmypid();
    foreach (calls() as $callName => $setup) {
        foreach ($setups as $setupName => [$async, $restart, $throw]) {
            pcntl_async_signals($async);
            pcntl_signal(SIGUSR1, static function (int $sig) use ($throw) {
                $GLOBALS['hits']++;
                if ($throw) {
                    throw new RuntimeException('thrown by the SIGUSR1 handler');
                }
            }, $restart);
            $GLOBALS['hits'] = 0;
            [$call, $peer, $sock, $cleanup] = $setup();
            st_take_warnings();
            socket_clear_error();
            $pid = pcntl_fork();
            if ($pid === 0) {
                pcntl_signal(SIGUSR1, SIG_DFL);
                usleep(SIGNAL_AT_US);
                posix_kill($parent, SIGUSR1);
                usleep(PEER_AT_US - SIGNAL_AT_US);
                $peer();
                exit(0);
            }
            $ret = '(not assigned)';
            $exc = '';
            $t = st_now();
            try {
                $r = $call();
                $ret = is_string($r) && !str_starts_with($callName, 'socket_read') ? $r : describe($r);
                unset($r);
            } catch (Throwable $e) {
                $exc = get_class($e) . ': ' . $e->getMessage();
            }
            $el = st_now() - $t;
            $hitsAtReturn = $GLOBALS['hits'];
            $warn = st_take_warnings();
            $glob = socket_last_error();
            $own = $sock instanceof Socket ? (string) socket_last_error($sock) : '-';
            if (!$async) {
                try {
                    pcntl_signal_dispatch();
                } catch (Throwable $e) {
                    $exc .= ($exc !== '' ? '; ' : '') . 'from dispatch: ' . get_class($e);
                }
            }
            // the child finishes (its peer action completes any restarted call)
            $deadline = st_now() + 5;
            while (pcntl_waitpid($pid, $status, WNOHANG) === 0 && st_now() < $deadline) {
                usleep(10000);
            }
            if ($pid > 0 && pcntl_waitpid($pid, $status, WNOHANG) === 0) {
                posix_kill($pid, SIGKILL);   /* never 0 or -1 (a failed fork): that would reach every process */
                pcntl_waitpid($pid, $status);
            }
            $cleanup();
            pcntl_signal(SIGUSR1, SIG_DFL);
            pcntl_async_signals(false);
            printf("%-44s %-16s ret=%s | warnings=%s | last_error=%d socket=%s | handler at return=%d after dispatch=%d%s | %s\n",
                $callName, $setupName, $ret, json_encode($warn, JSON_UNESCAPED_SLASHES), $glob, $own,
                $hitsAtReturn, $GLOBALS['hits'], $exc !== '' ? " | exception=$exc" : '',
                $el < EARLY_S ? 'early' : 'late');
            if (getenv('SIGNALS_DEBUG')) {
                fprintf(STDERR, "%.3f s call, %.3f s case\n", $el, st_now() - $t);
            }
            unset($call, $peer, $sock, $cleanup);
        }
    }
    return 0;
}
