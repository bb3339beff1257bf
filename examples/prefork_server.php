<?php
/*
 * A pre-forking HTTP/1.1 server with restarts that refuse no connection.
 *
 *   php -n -d extension=tsp_sockets.so -d extension=posix examples/prefork_server.php \
 *       [--port N] [--workers N] [--mode shared|reuseport] [--max-seconds S] [--status FILE]
 *   php ... examples/prefork_server.php [port] [workers]          (the short form)
 *
 * --port      TCP port on 127.0.0.1 (default 8080; 0 = any free port, printed)
 * --workers   worker processes (default: the number of CPUs)
 * --mode      shared: every worker accepts on the master's one listener (default);
 *             reuseport: every worker opens its own SO_REUSEPORT listener on the
 *             port and the master keeps one bound socket that holds the port
 *             across generations (--reuseport is short for --mode reuseport)
 * --max-seconds  stop by itself after this long (tests); 0 = never
 * --status    a JSON file rewritten on every change: generation, master, workers
 *
 * When started by a service manager with LISTEN_PID/LISTEN_FDS (systemd socket
 * activation), the master takes those listeners (socket_listen_fds()) instead of
 * binding one itself.
 *
 * Signals to the master:
 *   SIGHUP          new generation: the master starts a new master of this same
 *                   command line with the listeners as descriptors 3.. and
 *                   LISTEN_PID/LISTEN_FDS/LISTEN_FDNAMES set, the way systemd
 *                   passes them; once the new one's workers are up it sends
 *                   SIGUSR2 to the old master, which stops its own workers
 *                   gracefully and exits. The listening socket is never closed,
 *                   so the kernel keeps queuing connections through the handover.
 *   SIGTERM, SIGINT graceful stop: workers finish what they are serving and exit.
 * A worker that dies is replaced (SIGCHLD, pcntl_waitpid(WNOHANG)).
 *
 * Every line this prints is one write(2), so lines of the masters and workers of
 * all generations sharing one stdout do not mix. Worker responses carry
 * "X-Generation" and "X-Worker" headers.
 *
 * Limit of --mode reuseport: closing an SO_REUSEPORT listener resets the
 * connections still in its accept queue unless net.ipv4.tcp_migrate_req is 1
 * (Linux 5.14+), which moves them to another listener of the group. A retiring
 * worker drains its queue before closing its listener, which leaves a window of
 * microseconds; --mode shared has no such window, since its listener is never closed.
 */
declare(strict_types=1);

if (!function_exists('pcntl_fork') || !function_exists('posix_kill')) {
    fwrite(STDERR, "prefork_server needs pcntl and posix (add -d extension=posix)\n");
    exit(2);
}
if (!function_exists('socket_listen_fds')) {
    fwrite(STDERR, "prefork_server needs the tsp_sockets extension (-d extension=.../tsp_sockets.so)\n");
    exit(2);
}

const IDLE_TIMEOUT = 5.0;    /* seconds a keep-alive connection may stay idle */
const MAX_HEAD = 65536;      /* largest request head accepted */
const STOP_TIMEOUT = 10.0;   /* retiring workers get this long, then SIGKILL */
const READY_TIMEOUT = 15.0;  /* a new generation must be ready within this */

function usage(string $error = ''): never
{
    $me = basename(__FILE__);
    $text = "usage: php -n -d extension=tsp_sockets.so -d extension=posix $me [--port N] [--workers N]"
        . " [--mode shared|reuseport] [--max-seconds S] [--status FILE]\n";
    fwrite($error === '' ? STDOUT : STDERR, ($error === '' ? '' : "$me: $error\n") . $text);
    exit($error === '' ? 0 : 2);
}

function cpu_count(): int
{
    $info = @file_get_contents('/proc/cpuinfo');
    if (is_string($info) && ($n = preg_match_all('/^processor\s*:/m', $info)) > 0) {
        return $n;
    }
    $n = (int) @shell_exec('nproc 2>/dev/null');
    return $n > 0 ? $n : 2;
}

/* One line, one write(2). */
function say(string $line): void
{
    @fwrite(STDOUT, $line . "\n");
}

/* ---- options ------------------------------------------------------------ */

$opt = ['port' => 8080, 'workers' => 0, 'mode' => 'shared', 'max-seconds' => 0.0, 'status' => '', 'host' => '127.0.0.1'];
$positional = [];
for ($i = 1; $i < $argc; $i++) {
    $arg = $argv[$i];
    if (!preg_match('/^--([a-z-]+)(?:=(.*))?$/s', $arg, $m)) {
        $positional[] = $arg;
        continue;
    }
    [$name, $value] = [$m[1], $m[2] ?? null];
    if ($name === 'help') {
        usage();
    }
    if ($name === 'reuseport' || $name === 'shared') {
        $opt['mode'] = $name;
        continue;
    }
    if (!array_key_exists($name, $opt)) {
        usage("unknown option --$name");
    }
    if ($value === null) {
        if ($i + 1 >= $argc) {
            usage("--$name needs a value");
        }
        $value = $argv[++$i];
    }
    $opt[$name] = $value;
}
if (isset($positional[0])) {
    $opt['port'] = $positional[0];
}
if (isset($positional[1])) {
    $opt['workers'] = $positional[1];
}
foreach (['port', 'workers'] as $k) {
    if (!preg_match('/^\d+$/', (string) $opt[$k])) {
        usage("--$k must be a number");
    }
    $opt[$k] = (int) $opt[$k];
}
if ($opt['port'] > 65535) {
    usage('--port must be between 0 and 65535');
}
if (!in_array($opt['mode'], ['shared', 'reuseport'], true)) {
    usage('--mode is shared or reuseport');
}
if (!is_numeric($opt['max-seconds']) || $opt['max-seconds'] < 0) {
    usage('--max-seconds must be a number of seconds');
}
$opt['max-seconds'] = (float) $opt['max-seconds'];
$opt['workers'] = $opt['workers'] > 0 ? min($opt['workers'], 256) : cpu_count();

/* ---- state ---------------------------------------------------------------- */

final class Master
{
    public int $gen = 1;
    public int $pid = 0;
    public string $mode = 'shared';
    /** @var array<int|string, Socket> the listeners, by LISTEN_FDNAMES name */
    public array $socks = [];
    /** @var array<int|string, resource> the same, exported as streams for proc_open */
    public array $streams = [];
    public Socket $statusRead;
    public Socket $statusWrite;
    /** @var array<int, int> worker pid => slot */
    public array $workers = [];
    /** @var array<int, float> worker pid => start time */
    public array $started = [];
    /** @var array<int, float> slot => earliest respawn time */
    public array $respawnAt = [];
    /** @var array<int, int> slot => deaths within a second of starting, in a row */
    public array $quickDeaths = [];
    /** @var array<int, bool> pids that said "up" */
    public array $up = [];
    public bool $announcedReady = false;
    public string $state = 'running'; /* running | handover | retiring | stopping */
    public float $stateSince = 0.0;
    public float $deadline = 0.0;
    public ?array $next = null;       /* the new generation during a handover */
    public bool $gotHup = false;
    public bool $gotTerm = false;
    public bool $gotChld = false;
    public int $readyFrom = 0;        /* pid that sent SIGUSR2 */
    public int $notifyPid = 0;        /* old master to tell when ready */
    public string $statusFile = '';
    public int $workerCount = 1;
}

$S = new Master();
$S->pid = getmypid();
$S->mode = $opt['mode'];
$S->statusFile = (string) $opt['status'];
$S->workerCount = $opt['workers'];
$S->gen = max(1, (int) getenv('PREFORK_GENERATION'));
$S->notifyPid = (int) getenv('PREFORK_NOTIFY_PID');
$S->deadline = (float) getenv('PREFORK_DEADLINE');
if ($S->deadline <= 0 && $opt['max-seconds'] > 0) {
    $S->deadline = microtime(true) + $opt['max-seconds'];
}
foreach (['PREFORK_GENERATION', 'PREFORK_NOTIFY_PID', 'PREFORK_DEADLINE'] as $v) {
    putenv($v);
}

/* ---- listeners ------------------------------------------------------------ */

function open_inet(string $host, int $port, bool $reuseport, bool $listen): Socket|string
{
    $family = str_contains($host, ':') ? AF_INET6 : AF_INET;
    $s = socket_create($family, SOCK_STREAM | SOCK_CLOEXEC, SOL_TCP);
    if ($s === false) {
        return 'socket_create: ' . socket_strerror(socket_last_error());
    }
    socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
    if ($reuseport) {
        socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, 1);
    }
    if (!@socket_bind($s, $host, $port)) {
        return "bind $host:$port: " . socket_strerror(socket_last_error($s));
    }
    if ($listen && !@socket_listen($s, SOMAXCONN)) {
        return 'listen: ' . socket_strerror(socket_last_error($s));
    }
    return $s;
}

function sock_name(Socket $s): string
{
    if (!@socket_getsockname($s, $addr, $port)) {
        return '?';
    }
    return str_contains($addr, ':') ? "[$addr]:$port" : "$addr:$port";
}

function is_listening(Socket $s): bool
{
    return (int) @socket_get_option($s, SOL_SOCKET, SO_ACCEPTCONN) === 1;
}

$inherited = socket_listen_fds();
if ($inherited !== []) {
    $S->socks = $inherited;
    $how = 'inherited as fd 3..' . (2 + count($inherited));
} else {
    /* reuseport: the master's socket is bound, not listening: it holds the port
     * for the next generation but takes no connection (a listening socket of the
     * group that nobody accepts on would swallow its share). */
    $s = open_inet($opt['host'], $opt['port'], $S->mode === 'reuseport', $S->mode === 'shared');
    if (is_string($s)) {
        fwrite(STDERR, "prefork_server: $s\n");
        exit(1);
    }
    $S->socks = ['http' => $s];
    $how = 'bound';
}
foreach ($S->socks as $s) {
    /* one O_NONBLOCK for every process sharing the listener: the workers wait in
     * socket_select() and a lost accept race is an EAGAIN, never a hang */
    socket_set_nonblock($s);
}
if (!socket_create_pair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, $pair)) {
    fwrite(STDERR, "prefork_server: socket_create_pair: " . socket_strerror(socket_last_error()) . "\n");
    exit(1);
}
[$S->statusRead, $S->statusWrite] = $pair;
socket_set_nonblock($S->statusRead);

$first = sock_name(reset($S->socks));
say("listening on $first");
say("gen {$S->gen} master {$S->pid}: mode {$S->mode}, {$S->workerCount} workers, listeners "
    . implode(', ', array_map('sock_name', $S->socks)) . " ($how)");
if ($S->mode === 'reuseport' && trim((string) @file_get_contents('/proc/sys/net/ipv4/tcp_migrate_req')) !== '1') {
    say("gen {$S->gen} note: net.ipv4.tcp_migrate_req is not 1: a retiring reuseport worker can reset a connection queued at the instant it closes its listener");
}

/* ---- worker --------------------------------------------------------------- */

$stop = false;

function worker_main(Master $S, int $slot): never
{
    global $stop;
    $stop = $S->gotTerm;
    $me = getmypid();
    foreach ([SIGCHLD, SIGUSR2] as $sig) {
        pcntl_signal($sig, SIG_DFL);
    }
    pcntl_signal(SIGHUP, SIG_IGN);   /* reloads are the master's business */
    pcntl_signal(SIGINT, SIG_IGN);   /* Ctrl-C reaches the master, which stops us */
    pcntl_signal(SIGTERM, function () use (&$stop) { $stop = true; }, false);
    $stop = $stop || $S->gotTerm;
    unset($S->statusRead);

    $listeners = [];
    foreach ($S->socks as $s) {
        if (is_listening($s)) {
            $listeners[] = $s;
        }
    }
    $own = [];
    if ($S->mode === 'reuseport') {
        foreach ($S->socks as $s) {
            if (!@socket_getsockname($s, $addr, $port) || !is_int($port)) {
                continue;
            }
            $o = open_inet($addr, $port, true, true);
            if (is_string($o)) {
                say("gen {$S->gen} worker $me: own listener on $addr:$port: $o");
                continue;
            }
            socket_set_nonblock($o);
            $own[] = $o;
        }
    }
    $S->socks = [];
    $S->streams = [];
    $all = array_merge($listeners, $own);
    if ($all === []) {
        say("gen {$S->gen} worker $me: nothing to accept on");
        exit(1);
    }
    @socket_write($S->statusWrite, "up $me $slot");

    while (!$stop) {
        if (posix_getppid() !== $S->pid) {
            break;                       /* the master is gone: no orphans */
        }
        $r = $all;
        $w = $e = null;
        $n = @socket_select($r, $w, $e, 1);
        if ($n === false || $n === 0) {
            continue;                    /* EINTR (a signal) or the 1 s tick */
        }
        foreach ($r as $l) {
            /* after SIGTERM a shared listener is left to the others; our own
             * reuseport one is drained below */
            if ($stop && !in_array($l, $own, true)) {
                continue;
            }
            $c = @socket_accept($l);
            if ($c !== false) {
                serve($c, $S->gen, $me);
            }
        }
    }
    /* reuseport: what the kernel queued on our own listener is ours to serve;
     * close it only once accept() says the queue is empty */
    foreach ($own as $o) {
        while (($c = @socket_accept($o)) !== false) {
            serve($c, $S->gen, $me);
        }
        socket_close($o);
    }
    exit(0);
}

function write_all(Socket $c, string $data): bool
{
    while ($data !== '') {
        $n = @socket_write($c, $data);
        if ($n === false) {
            if (socket_last_error($c) === SOCKET_EINTR) {
                continue;
            }
            return false;
        }
        $data = (string) substr($data, $n);
    }
    return true;
}

function respond(Socket $c, int $gen, int $pid, string $status, bool $keep, string $body = "ok\n"): bool
{
    return write_all($c, "HTTP/1.1 $status\r\nContent-Type: text/plain\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: " . ($keep ? 'keep-alive' : 'close')
        . "\r\nX-Generation: $gen\r\nX-Worker: $pid\r\n\r\n$body");
}

/* Serves one connection: requests until the client closes, asks to close, or
 * stays idle IDLE_TIMEOUT seconds. After SIGTERM: the request in hand is
 * answered with "Connection: close", an idle keep-alive connection is closed. */
function serve(Socket $c, int $gen, int $pid): void
{
    global $stop;
    $buf = '';
    $served = 0;
    $last = microtime(true);
    while (true) {
        while (($end = strpos($buf, "\r\n\r\n")) !== false) {
            $head = substr($buf, 0, $end);
            $lines = explode("\r\n", $head);
            if (!preg_match('#^[A-Z]+ \S+ HTTP/1\.([01])$#', $lines[0], $m)) {
                respond($c, $gen, $pid, '400 Bad Request', false, "bad request\n");
                socket_close($c);
                return;
            }
            $headers = [];
            foreach (array_slice($lines, 1) as $line) {
                [$k, $v] = array_pad(explode(':', $line, 2), 2, '');
                $headers[strtolower(trim($k))] = strtolower(trim($v));
            }
            if (isset($headers['transfer-encoding'])) {
                respond($c, $gen, $pid, '501 Not Implemented', false, "no request bodies in chunks\n");
                socket_close($c);
                return;
            }
            $length = (int) ($headers['content-length'] ?? 0);
            if ($length < 0 || $length > MAX_HEAD || strlen($buf) < $end + 4 + $length) {
                if ($length < 0 || $length > MAX_HEAD) {
                    respond($c, $gen, $pid, '413 Content Too Large', false, "too large\n");
                    socket_close($c);
                    return;
                }
                break;                   /* the body is still coming */
            }
            $buf = (string) substr($buf, $end + 4 + $length);
            $conn = $headers['connection'] ?? '';
            $keep = $m[1] === '1' ? !str_contains($conn, 'close') : str_contains($conn, 'keep-alive');
            $keep = $keep && !$stop;
            $served++;
            if (!respond($c, $gen, $pid, '200 OK', $keep) || !$keep) {
                socket_close($c);
                return;
            }
            $last = microtime(true);
        }
        if (strlen($buf) > MAX_HEAD) {
            respond($c, $gen, $pid, '431 Request Header Fields Too Large', false, "too large\n");
            socket_close($c);
            return;
        }
        if ($stop && $served > 0 && $buf === '') {
            socket_close($c);            /* idle keep-alive connection: done */
            return;
        }
        $left = IDLE_TIMEOUT - (microtime(true) - $last);
        if ($left <= 0) {
            socket_close($c);
            return;
        }
        $r = [$c];
        $w = $e = null;
        $n = @socket_select($r, $w, $e, (int) $left, (int) (($left - (int) $left) * 1e6));
        if ($n === false && socket_last_error() === SOCKET_EINTR) {
            continue;
        }
        if ($n !== 1) {
            socket_close($c);
            return;
        }
        $data = @socket_read($c, 16384);
        if ($data === false && socket_last_error($c) === SOCKET_EINTR) {
            continue;
        }
        if ($data === false || $data === '') {
            socket_close($c);            /* the client closed, or reset */
            return;
        }
        $buf .= $data;
        $last = microtime(true);
    }
}

/* ---- master --------------------------------------------------------------- */

function spawn_worker(Master $S, int $slot, ?string $why = null): void
{
    $pid = pcntl_fork();
    if ($pid === -1) {
        say("gen {$S->gen} master {$S->pid}: fork failed; retrying in 1 s");
        $S->respawnAt[$slot] = microtime(true) + 1;
        return;
    }
    if ($pid === 0) {
        worker_main($S, $slot);
    }
    $S->workers[$pid] = $slot;
    $S->started[$pid] = microtime(true);
    unset($S->respawnAt[$slot]);
    say("gen {$S->gen} worker $pid started (slot $slot" . ($why === null ? '' : ", $why") . ')');
    write_status($S);
}

function write_status(Master $S): void
{
    if ($S->statusFile === '' || !in_array($S->state, ['running', 'handover'], true)) {
        return;
    }
    $json = json_encode([
        'generation' => $S->gen, 'master' => $S->pid, 'mode' => $S->mode, 'state' => $S->state,
        'listeners' => array_values(array_map('sock_name', $S->socks)),
        'workers' => array_keys($S->workers),
    ]) . "\n";
    $tmp = $S->statusFile . '.' . $S->pid . '.tmp';
    if (@file_put_contents($tmp, $json) !== false) {
        @rename($tmp, $S->statusFile);
    }
}

function describe_status(int $status): string
{
    if (pcntl_wifsignaled($status)) {
        return 'killed by signal ' . pcntl_wtermsig($status);
    }
    return 'exit status ' . pcntl_wexitstatus($status);
}

function reap(Master $S): void
{
    $S->gotChld = false;
    while (($pid = pcntl_waitpid(-1, $status, WNOHANG)) > 0) {
        if ($S->next !== null && $pid === $S->next['pid']) {
            if ($S->state === 'handover') {
                say("gen {$S->gen} master {$S->pid}: gen " . ($S->gen + 1) . " (master $pid) failed before it was ready ("
                    . describe_status($status) . "); this generation goes on");
                $S->state = 'running';
            }
            $S->next = null;
            continue;
        }
        if (!isset($S->workers[$pid])) {
            continue;
        }
        $slot = $S->workers[$pid];
        $lived = microtime(true) - $S->started[$pid];
        unset($S->workers[$pid], $S->started[$pid], $S->up[$pid]);
        $what = "gen {$S->gen} worker $pid (slot $slot) exited: " . describe_status($status);
        if ($S->state === 'running' || $S->state === 'handover') {
            /* a worker that keeps dying at once is restarted at most once a second */
            $S->quickDeaths[$slot] = $lived < 1.0 ? ($S->quickDeaths[$slot] ?? 0) + 1 : 0;
            $delay = $S->quickDeaths[$slot] >= 3 ? 1.0 : 0.0;
            $S->respawnAt[$slot] = microtime(true) + $delay;
            say("$what; restarting" . ($delay > 0 ? ' in 1 s' : ''));
            write_status($S);
        } else {
            say($what);
        }
    }
}

/* The command line that started this master, to start the next generation:
 * the same PHP, the same -n/-d options, the same script and arguments. */
function own_command(): array
{
    global $argv;
    $cmd = @file_get_contents('/proc/self/cmdline');
    $args = is_string($cmd) && $cmd !== '' ? explode("\0", rtrim($cmd, "\0")) : [];
    if ($args === []) {
        $args = array_merge(['php', '-n'], $argv);
        $ext = getenv('TSP_EXT');
        if ($ext !== false && $ext !== '') {
            array_splice($args, 2, 0, ['-d', "extension=$ext"]);
        }
    }
    $args[0] = PHP_BINARY;
    return $args;
}

function start_handover(Master $S): void
{
    $next = $S->gen + 1;
    $spec = [];
    $names = [];
    $fd = 3;
    foreach ($S->socks as $name => $sock) {
        $S->streams[$name] ??= socket_export_stream($sock);
        $spec[$fd++] = $S->streams[$name];
        $names[] = is_int($name) ? 'listener' : $name;
    }
    $env = getenv();
    unset($env['LISTEN_PID'], $env['LISTEN_FDS'], $env['LISTEN_FDNAMES']);
    $env['LISTEN_FDS'] = (string) count($spec);
    $env['LISTEN_FDNAMES'] = implode(':', $names);
    $env['PREFORK_GENERATION'] = (string) $next;
    $env['PREFORK_NOTIFY_PID'] = (string) $S->pid;
    if ($S->deadline > 0) {
        $env['PREFORK_DEADLINE'] = sprintf('%.3f', $S->deadline);
    }
    /* LISTEN_PID must be the new master's own pid: the shell's $$, kept by exec */
    $cmd = array_merge(['/bin/sh', '-c', 'LISTEN_PID=$$; export LISTEN_PID; exec "$@"', 'sh'], own_command());
    $S->readyFrom = 0;
    $proc = proc_open($cmd, $spec, $pipes, null, $env);
    if ($proc === false) {
        say("gen {$S->gen} master {$S->pid}: could not start gen $next; this generation goes on");
        return;
    }
    $pid = proc_get_status($proc)['pid'];
    $S->next = ['pid' => $pid, 'proc' => $proc, 'gen' => $next];
    $S->state = 'handover';
    $S->stateSince = microtime(true);
    say("gen {$S->gen} master {$S->pid}: SIGHUP: starting gen $next (master $pid)");
    write_status($S);
}

/* A signal to one process this master knows; never to 0 or a negative
 * number, which would reach a whole process group. */
function signal_pid(?int $pid, int $sig): void
{
    if ($pid !== null && $pid > 0) {
        posix_kill($pid, $sig);
    }
}

function stop_workers(Master $S, string $state): void
{
    $S->state = $state;
    $S->stateSince = microtime(true);
    foreach (array_keys($S->workers) as $pid) {
        signal_pid($pid, SIGTERM);
    }
    if ($S->next !== null && empty($S->next['handed'])) {
        signal_pid($S->next['pid'], SIGTERM);   /* a handover in progress is abandoned */
    }
}

pcntl_async_signals(true);
pcntl_signal(SIGPIPE, SIG_IGN);
pcntl_signal(SIGCHLD, function () use ($S) { $S->gotChld = true; }, false);
pcntl_signal(SIGHUP, function () use ($S) { $S->gotHup = true; }, false);
pcntl_signal(SIGTERM, function () use ($S) { $S->gotTerm = true; }, false);
pcntl_signal(SIGINT, function () use ($S) { $S->gotTerm = true; }, false);
pcntl_signal(SIGUSR2, function ($sig, $info) use ($S) { $S->readyFrom = (int) ($info['pid'] ?? 0); }, false);

for ($slot = 0; $slot < $S->workerCount; $slot++) {
    spawn_worker($S, $slot);
}

while (true) {
    $now = microtime(true);
    reap($S);

    if ($S->deadline > 0 && $now >= $S->deadline && !$S->gotTerm) {
        say("gen {$S->gen} master {$S->pid}: --max-seconds reached");
        $S->gotTerm = true;
    }
    if ($S->gotTerm && ($S->state === 'running' || $S->state === 'handover')) {
        say("gen {$S->gen} master {$S->pid}: stopping");
        stop_workers($S, 'stopping');
    }
    if ($S->gotHup) {
        $S->gotHup = false;
        if ($S->state === 'running' && $S->announcedReady) {
            start_handover($S);
        } else {
            say("gen {$S->gen} master {$S->pid}: SIGHUP ignored while {$S->state}");
        }
    }
    if ($S->state === 'handover') {
        if ($S->readyFrom !== 0 && $S->readyFrom === $S->next['pid']) {
            say("gen {$S->gen} master {$S->pid}: gen {$S->next['gen']} (master {$S->next['pid']}) is ready; stopping gen {$S->gen}");
            /* from here on the new master is on its own: not ours to stop */
            $S->next['handed'] = true;
            stop_workers($S, 'retiring');
        } elseif ($now - $S->stateSince > READY_TIMEOUT) {
            say("gen {$S->gen} master {$S->pid}: gen {$S->next['gen']} not ready after " . READY_TIMEOUT . " s; stopping it, this generation goes on");
            signal_pid($S->next['pid'], SIGKILL);
            $S->state = 'running';
        }
    }
    if ($S->state === 'running' || $S->state === 'handover') {
        foreach ($S->respawnAt as $slot => $at) {
            if ($now >= $at) {
                spawn_worker($S, $slot, 'replacing a dead worker');
            }
        }
    }
    if ($S->state === 'retiring' || $S->state === 'stopping') {
        $handed = $S->next !== null && !empty($S->next['handed']);
        $waitNext = $S->next !== null && !$handed;
        if ($S->workers === [] && !$waitNext) {
            break;
        }
        if ($now - $S->stateSince > STOP_TIMEOUT) {
            foreach (array_keys($S->workers) as $pid) {
                say("gen {$S->gen} master {$S->pid}: worker $pid still busy after " . STOP_TIMEOUT . " s: SIGKILL");
                signal_pid($pid, SIGKILL);
            }
            if ($waitNext) {
                signal_pid($S->next['pid'], SIGKILL);
            }
            $S->stateSince = $now;
        }
    }

    /* "up" from workers: ready once every first worker is accepting */
    $r = [$S->statusRead];
    $w = $e = null;
    $n = @socket_select($r, $w, $e, 0, 200000);   /* a signal cuts the wait short */
    if ($n > 0) {
        while (($msg = @socket_read($S->statusRead, 128)) !== false && $msg !== '') {
            [$word, $pid] = array_pad(explode(' ', $msg), 2, '0');
            if ($word === 'up' && isset($S->workers[(int) $pid])) {
                $S->up[(int) $pid] = true;
            }
        }
    }
    if (!$S->announcedReady && $S->state === 'running' && count($S->up) >= $S->workerCount) {
        $S->announcedReady = true;
        if ($S->notifyPid > 0 && posix_getppid() === $S->notifyPid) {
            signal_pid($S->notifyPid, SIGUSR2);
        }
        say("gen {$S->gen} ready: master {$S->pid} workers " . implode(',', array_keys($S->workers)));
        [$addr, $port] = [null, null];
        if ($S->gen === 1) {
            @socket_getsockname(reset($S->socks), $addr, $port);
            say("try:    curl http://$addr:$port/");
            say("reload: kill -HUP {$S->pid}   (the new master prints its pid; send the next SIGHUP to it)");
            say("stop:   kill -TERM {$S->pid}   (or Ctrl-C)");
        }
        write_status($S);
    }
}

/* The listeners are closed only here: after a handover the new generation holds
 * them, so closing our descriptors closes nothing the kernel queues on. */
foreach ($S->streams as $stream) {
    fclose($stream);
}
$S->streams = [];
$S->socks = [];
if ($S->state === 'stopping' && $S->statusFile !== '') {
    @unlink($S->statusFile);      /* the last generation is gone */
}
say("gen {$S->gen} master {$S->pid} exiting");
exit(0);
