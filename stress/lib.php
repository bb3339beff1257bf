<?php
/* Shared helpers for the stress scripts in this directory.
 * Every script: prints its figures, then one "PASS: ..." or "FAIL: ..." line
 * (possibly several FAIL reasons), and exits 0 on PASS, 1 on FAIL. */

declare(strict_types=1);

error_reporting(E_ALL);
ini_set('display_errors', '1');

const STRESS_HOST = '127.0.0.1';

/** Seconds since the script started (monotonic). */
function st_now(): float
{
    return hrtime(true) / 1e9;
}

function st_out(string $fmt, ...$args): void
{
    echo vsprintf($fmt, $args), "\n";
    @ob_flush();
    flush();
}

/** Which socket extension is loaded: "tsp_sockets", "sockets" or "none". */
function st_ext(): string
{
    if (extension_loaded('tsp_sockets')) {
        return 'tsp_sockets';
    }
    return extension_loaded('sockets') ? 'sockets' : 'none';
}

function st_require(array $exts): void
{
    foreach ($exts as $e) {
        $ok = $e === 'socket' ? function_exists('socket_create') : extension_loaded($e);
        if (!$ok) {
            st_out('FAIL: required extension "%s" is not loaded (run with -d extension=...)', $e);
            exit(1);
        }
    }
}

/** Number of open descriptors of this process (entries of /proc/self/fd, minus
 * the one opendir() itself uses while reading the directory). */
function st_fd_count(): int
{
    $n = 0;
    $d = opendir('/proc/self/fd');
    while (($e = readdir($d)) !== false) {
        if ($e !== '.' && $e !== '..') {
            $n++;
        }
    }
    closedir($d);
    return $n - 1;
}

/** Peak resident set size of this process in KiB (VmHWM), or -1. */
function st_rss_kb(string $field = 'VmRSS'): int
{
    $s = @file_get_contents('/proc/self/status');
    if ($s !== false && preg_match('/^' . $field . ':\s+(\d+)\s+kB/m', $s, $m)) {
        return (int) $m[1];
    }
    return -1;
}

/** A private temporary directory, removed at exit by the process that made it. */
function st_tmpdir(string $tag): string
{
    $dir = sys_get_temp_dir() . '/tsp_stress_' . $tag . '_' . getmypid() . '_' . bin2hex(random_bytes(4));
    mkdir($dir, 0700);
    $owner = getmypid();
    register_shutdown_function(static function () use ($dir, $owner) {
        if (getmypid() !== $owner || !is_dir($dir)) {
            return;
        }
        foreach (scandir($dir) as $f) {
            if ($f !== '.' && $f !== '..') {
                @unlink("$dir/$f");
            }
        }
        @rmdir($dir);
    });
    return $dir;
}

/** Forks; the child runs $fn and exits with its return value (int) or 0;
 * it never returns into the caller's code. Shutdown functions registered by
 * the parent check getmypid() so that a child leaves the parent's things alone. */
function st_fork(callable $fn): int
{
    $pid = pcntl_fork();
    if ($pid < 0) {
        st_out('FAIL: pcntl_fork failed');
        exit(1);
    }
    if ($pid === 0) {
        $rc = 0;
        try {
            $r = $fn();
            $rc = is_int($r) ? $r : 0;
        } catch (Throwable $e) {
            fwrite(STDERR, 'child ' . getmypid() . ': ' . get_class($e) . ': ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine() . "\n");
            $rc = 99;
        }
        st_child_exit($rc);
    }
    return $pid;
}

/** Ends a forked child. */
function st_child_exit(int $rc): never
{
    exit($rc);
}

/** Waits for the children (pid => label) until $deadline (absolute st_now());
 * kills the leftovers with SIGKILL. Returns pid => ['status' => exit code or
 * -signal, 'label' => label, 'killed' => bool]. */
function st_reap(array $pids, float $deadline): array
{
    $res = [];
    while ($pids && st_now() < $deadline) {
        foreach ($pids as $pid => $label) {
            $r = pcntl_waitpid($pid, $status, WNOHANG);
            if ($r === $pid) {
                $res[$pid] = ['label' => $label, 'killed' => false,
                    'status' => pcntl_wifexited($status) ? pcntl_wexitstatus($status)
                        : -pcntl_wtermsig($status)];
                unset($pids[$pid]);
            } elseif ($r < 0) {
                $res[$pid] = ['label' => $label, 'killed' => false, 'status' => -999];
                unset($pids[$pid]);
            }
        }
        if ($pids) {
            usleep(10000);
        }
    }
    foreach ($pids as $pid => $label) {
        if ($pid <= 0) {
            continue;   /* never a process group, or every process */
        }
        posix_kill($pid, SIGKILL);
        pcntl_waitpid($pid, $status);
        $res[$pid] = ['label' => $label, 'killed' => true, 'status' => -SIGKILL];
    }
    return $res;
}

/** Collects failures and prints the verdict. */
final class Verdict
{
    private array $fails = [];

    public function check(bool $ok, string $reason): bool
    {
        if (!$ok) {
            $this->fails[] = $reason;
        }
        return $ok;
    }

    public function fail(string $reason): void
    {
        $this->fails[] = $reason;
    }

    public function failed(): bool
    {
        return (bool) $this->fails;
    }

    public function finish(string $name, string $okText): never
    {
        if ($this->fails) {
            foreach ($this->fails as $f) {
                st_out('FAIL: %s: %s', $name, $f);
            }
            exit(1);
        }
        st_out('PASS: %s: %s', $name, $okText);
        exit(0);
    }
}

/** Captures warnings into $GLOBALS['st_warnings'] (text only) instead of printing. */
function st_capture_warnings(): void
{
    $GLOBALS['st_warnings'] = [];
    set_error_handler(static function (int $no, string $str) {
        $GLOBALS['st_warnings'][] = $str;
        return true;
    });
}

function st_take_warnings(): array
{
    $w = $GLOBALS['st_warnings'] ?? [];
    $GLOBALS['st_warnings'] = [];
    return $w;
}

function st_mb(float $bytes): string
{
    return sprintf('%.1f MiB', $bytes / 1048576);
}
