--TEST--
tsp_sockets: examples/prefork_server.php: a worker killed is replaced; two SIGHUP restarts under continuous connections refuse or fail none; SIGTERM stops every process; the same with --mode reuseport (no refusal)
--EXTENSIONS--
tsp_sockets
pcntl
posix
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
require __DIR__ . '/../inc/skipif_pcntl.inc';
if (!is_readable('/proc/self/maps')) die('skip /proc/self/maps needed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/prefork.inc';

$proc = proc_open(prefork_command(['--port', '0', '--workers', '2', '--max-seconds', '30']),
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
$log = new PreforkLog($pipes[1]);
/* whatever happens, nothing outlives the test */
register_shutdown_function(function () use ($log) {
    foreach (array_merge(array_values($log->masters), array_keys($log->workers)) as $pid) {
        if (prefork_alive($pid)) {
            prefork_signal($pid, SIGKILL);
        }
    }
});
$bad = false;
function check(string $what, bool $ok): void
{
    global $bad;
    echo $what, ': ', $ok ? 'yes' : 'NO', "\n";
    $bad = $bad || !$ok;
}

check('gen 1 ready', $log->until(fn ($l) => isset($l->ready[1]) && $l->port !== null, 5));
$port = (int) $log->port;
check('gen 1 master is the process started', ($log->masters[1] ?? 0) === proc_get_status($proc)['pid']);

/* keep-alive: three requests on one connection, one worker answers them */
$r = prefork_get($port, true, 3);
check('keep-alive: 3 answers on one connection from one worker',
    $r['ok'] && count($r['answers']) === 3 && count(array_unique(array_column($r['answers'], 'pid'))) === 1);

/* a worker killed with SIGKILL is replaced */
$first = $log->workersOf(1);
$victim = $first[0];
prefork_signal($victim, SIGKILL);
check('killed worker replaced', $log->until(fn ($l) => ($l->workerEnds[$victim] ?? '') === 'killed by signal 9'
    && count(array_diff($l->workersOf(1), $first)) === 1, 5));
$replacement = array_values(array_diff($log->workersOf(1), $first))[0] ?? 0;
check('the killed worker is gone, its replacement runs', !prefork_alive($victim) && prefork_alive($replacement));

/* continuous connections, one at a time, while the master is told twice to restart */
$t0 = microtime(true);
$hups = 0;
$requests = 0;
$failures = [];
$gens = [];
$answering = [];
while (true) {
    $log->pump();
    $t = microtime(true) - $t0;
    if ($hups === 0 && $t >= 0.5) {
        prefork_signal($log->masters[1], SIGHUP);
        $hups = 1;
    } elseif ($hups === 1 && $t >= 1.5 && isset($log->exited[1], $log->masters[2])) {
        prefork_signal($log->masters[2], SIGHUP);
        $hups = 2;
    }
    if (($hups === 2 && isset($log->exited[2]) && $t >= 3.0) || $t >= 30.0) {
        break;
    }
    $r = prefork_get($port);
    $requests++;
    if ($r['ok']) {
        $gens[$r['gen']] = ($gens[$r['gen']] ?? 0) + 1;
        $answering[$r['pid']] = $r['gen'];
    } else {
        $failures[] = sprintf('%.3f s: %s', microtime(true) - $t0, $r['error']);
    }
}
$log->pump();
check('both restarts done', $hups === 2 && isset($log->ready[3], $log->exited[1], $log->exited[2]));
check('at least 100 requests', $requests >= 100);
echo 'failed requests: ', count($failures), "\n";
foreach (array_slice($failures, 0, 5) as $f) {
    echo "  $f\n";
}
ksort($gens);
echo 'generations that answered: ', implode(',', array_keys($gens)), "\n";
check('every answer came from a worker of the generation it names',
    array_diff_assoc($answering, array_intersect_key($log->workers, $answering)) === [] && count($answering) >= 2);
check('three masters, each a different process', count(array_unique($log->masters)) === 3);
$retired = array_diff(array_keys($log->workers), $log->workersOf(3), [$victim]);
check('every retired worker stopped gracefully (exit status 0)',
    count($retired) === 4 && array_filter($retired, fn ($p) => ($log->workerEnds[$p] ?? '') !== 'exit status 0') === []);

/* SIGTERM to the current master: every process of every generation ends */
prefork_signal($log->masters[3], SIGTERM);
$all = array_merge(array_values($log->masters), array_keys($log->workers));
$gone = $log->until(fn ($l) => $l->eof && array_filter($all, 'prefork_alive') === [], 5);
check('after SIGTERM every master and worker is gone (' . count($all) . ' processes) and stdout is closed', $gone);
check('gen 3 workers stopped gracefully',
    array_filter($log->workersOf(3), fn ($p) => ($log->workerEnds[$p] ?? '') !== 'exit status 0') === []);
check('gen 3 master said it was exiting', isset($log->exited[3]));
echo 'gen 1 master exit status: ', proc_close($proc), "\n";
if ($bad || $failures !== []) {
    echo "--- server output\n", implode("\n", $log->lines), "\n";
}

/* --mode reuseport: every worker has its own SO_REUSEPORT listener, the master a
 * bound socket that carries the port to the next generation. There is always a
 * listener, so no connection is refused; but a retiring worker's close() resets
 * what the kernel queued on its listener in that instant (unless
 * net.ipv4.tcp_migrate_req is 1), so a reset is tolerated here, a refusal not. */
echo "--- reuseport\n";
$proc = proc_open(prefork_command(['--port', '0', '--workers', '2', '--mode', 'reuseport', '--max-seconds', '30']),
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
$log = new PreforkLog($pipes[1]);
$bad = false;
check('gen 1 ready', $log->until(fn ($l) => isset($l->ready[1]) && $l->port !== null, 5));
$port = (int) $log->port;
$t0 = microtime(true);
$hups = $requests = 0;
$failures = $gens = [];
while (true) {
    $log->pump();
    $t = microtime(true) - $t0;
    if ($hups === 0 && $t >= 0.3) {
        prefork_signal($log->masters[1], SIGHUP);
        $hups = 1;
    }
    if (($hups === 1 && isset($log->exited[1]) && $t >= 1.2) || $t >= 30.0) {
        break;
    }
    $r = prefork_get($port);
    $requests++;
    if ($r['ok']) {
        $gens[$r['gen']] = true;
    } else {
        $failures[] = sprintf('%.3f s: %s', microtime(true) - $t0, $r['error']);
    }
}
check('restart done', isset($log->ready[2], $log->exited[1]));
check('at least 100 requests', $requests >= 100);
$other = array_filter($failures, fn ($f) => !str_ends_with($f, 'Connection reset by peer'));
echo 'refused or failed other than by a reset: ', count($other), "\n";
foreach (array_slice($other, 0, 5) as $f) {
    echo "  $f\n";
}
ksort($gens);
echo 'generations that answered: ', implode(',', array_keys($gens)), "\n";
prefork_signal($log->masters[2], SIGTERM);
$all = array_merge(array_values($log->masters), array_keys($log->workers));
check('after SIGTERM every master and worker is gone (' . count($all) . ' processes) and stdout is closed',
    $log->until(fn ($l) => $l->eof && array_filter($all, 'prefork_alive') === [], 5));
check('every worker stopped gracefully (exit status 0)',
    count($log->workerEnds) === 4 && array_filter($log->workerEnds, fn ($e) => $e !== 'exit status 0') === []);
echo 'gen 1 master exit status: ', proc_close($proc), "\n";
if ($bad || $other !== []) {
    echo "--- server output\n", implode("\n", $log->lines), "\n";
}
?>
--EXPECT--
gen 1 ready: yes
gen 1 master is the process started: yes
keep-alive: 3 answers on one connection from one worker: yes
killed worker replaced: yes
the killed worker is gone, its replacement runs: yes
both restarts done: yes
at least 100 requests: yes
failed requests: 0
generations that answered: 1,2,3
every answer came from a worker of the generation it names: yes
three masters, each a different process: yes
every retired worker stopped gracefully (exit status 0): yes
after SIGTERM every master and worker is gone (10 processes) and stdout is closed: yes
gen 3 workers stopped gracefully: yes
gen 3 master said it was exiting: yes
gen 1 master exit status: 0
--- reuseport
gen 1 ready: yes
restart done: yes
at least 100 requests: yes
refused or failed other than by a reset: 0
generations that answered: 1,2
after SIGTERM every master and worker is gone (6 processes) and stdout is closed: yes
every worker stopped gracefully (exit status 0): yes
gen 1 master exit status: 0
