<?php
/* gigabyte: 1 GiB from a child process to the parent, three times:
 *   tcp     socket_write / socket_read over 127.0.0.1 (socket_listen/connect/accept)
 *   unix    socket_write / socket_read over socket_create_pair(AF_UNIX, SOCK_STREAM)
 *   stream  fwrite / fread over stream_socket_server + stream_socket_client (tcp)
 * The sender sends 1,024 chunks of 1 MiB: one random 1 MiB block with the
 * chunk number written into its first 8 bytes (so that a lost, repeated or
 * reordered chunk changes the checksum). Both ends hash what they send and
 * what they receive with xxh3 (incremental): the digests and byte counts must
 * be equal. The reader cycles through read sizes (1 MiB, 64 KiB, 128 KiB - 1,
 * 8 KiB) so that reads end at varying places. Reports MB/s (MiB/s).
 * Budget: 120 s (STRESS_BUDGET); size: STRESS_GIB_MB MiB (default 1024). */
declare(strict_types=1);
require __DIR__ . '/lib.php';
st_require(['socket', 'posix', 'pcntl', 'hash']);

$MB = (int) (getenv('STRESS_GIB_MB') ?: 1024);
$budget = (float) (getenv('STRESS_BUDGET') ?: 120);
$t0 = st_now();
$deadline = $t0 + $budget - 5;
$v = new Verdict();
$tmp = st_tmpdir('gib');
$block = random_bytes(1 << 20);
const READ_SIZES = [1 << 20, 65536, 131071, 8192];

function chunk(string $block, int $i): string
{
    return substr_replace($block, pack('J', $i), 0, 8);
}

/** Sender: $write(string) returns bytes written or false. */
function send_all(callable $write, string $block, int $mb, float $deadline, string $file): int
{
    $h = hash_init('xxh3');
    $bytes = 0;
    $err = '';
    for ($i = 0; $i < $mb && st_now() < $deadline; $i++) {
        $c = chunk($block, $i);
        hash_update($h, $c);
        $len = strlen($c);
        $off = 0;
        while ($off < $len) {
            $n = $write($off === 0 ? $c : substr($c, $off));
            if ($n === false || $n === 0) {
                $err = "write returned " . var_export($n, true) . " at byte " . ($bytes + $off);
                break 2;
            }
            $off += $n;
        }
        $bytes += $len;
    }
    file_put_contents($file, json_encode(['bytes' => $bytes, 'hash' => hash_final($h), 'error' => $err]));
    return 0;
}

/** Reader: $read(int) returns a string ('' at EOF) or false. */
function recv_all(callable $read, float $deadline): array
{
    $h = hash_init('xxh3');
    $bytes = 0;
    $calls = 0;
    $err = '';
    $k = 0;
    $t = st_now();
    while (st_now() < $deadline) {
        $d = $read(READ_SIZES[$k++ & 3]);
        $calls++;
        if ($d === false) {
            $err = 'read returned false: ' . (error_get_last()['message'] ?? '');
            break;
        }
        if ($d === '') {
            break;
        }
        hash_update($h, $d);
        $bytes += strlen($d);
    }
    if (st_now() >= $deadline) {
        $err = 'time budget exhausted';
    }
    return ['bytes' => $bytes, 'hash' => hash_final($h), 'error' => $err, 'calls' => $calls, 'secs' => st_now() - $t];
}

function report(string $name, array $rx, string $file, array $reap, int $mb, Verdict $v): void
{
    $tx = json_decode((string) @file_get_contents($file), true) ?: ['bytes' => -1, 'hash' => '?', 'error' => 'no report from the sender'];
    $r = reset($reap);
    st_out('%-6s sent %d bytes xxh3=%s | received %d bytes xxh3=%s in %d reads, %.2f s, %.0f MiB/s%s%s',
        $name, $tx['bytes'], $tx['hash'], $rx['bytes'], $rx['hash'], $rx['calls'], $rx['secs'],
        $rx['bytes'] / 1048576 / max($rx['secs'], 1e-9),
        $tx['error'] !== '' ? ' | sender: ' . $tx['error'] : '', $rx['error'] !== '' ? ' | receiver: ' . $rx['error'] : '');
    $want = $mb << 20;
    $v->check($tx['bytes'] === $want, "$name: sender sent {$tx['bytes']} of $want bytes");
    $v->check($rx['bytes'] === $want, "$name: receiver got {$rx['bytes']} of $want bytes");
    $v->check($tx['hash'] === $rx['hash'], "$name: checksums differ (sent {$tx['hash']}, received {$rx['hash']})");
    $v->check($tx['error'] === '' && $rx['error'] === '', "$name: I/O error");
    $v->check($r['status'] === 0 && !$r['killed'], "$name: sender process status {$r['status']}" . ($r['killed'] ? ' (killed)' : ''));
}

$share = ($budget - 10) / 3;

/* ---------- tcp ---------- */
$ls = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($ls, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($ls, STRESS_HOST, 0);
socket_listen($ls, 8);
socket_getsockname($ls, $addr, $port);
$dl = min($deadline, st_now() + $share);
$pid = st_fork(function () use ($port, $block, $MB, $dl, $tmp, $ls) {
    socket_close($ls);
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!socket_connect($s, STRESS_HOST, $port)) {
        return 2;
    }
    send_all(static fn (string $d) => socket_write($s, $d), $block, $MB, $dl, "$tmp/tcp.json");
    socket_close($s);
    return 0;
});
socket_set_option($ls, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 10, 'usec' => 0]);
$c = socket_accept($ls);
socket_close($ls);
if ($c === false) {
    $v->fail('tcp: accept failed');
    $rx = ['bytes' => 0, 'hash' => '', 'error' => 'no connection', 'calls' => 0, 'secs' => 0];
} else {
    socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 10, 'usec' => 0]);
    $rx = recv_all(static fn (int $n) => socket_read($c, $n), $dl);
    socket_close($c);
}
report('tcp', $rx, "$tmp/tcp.json", st_reap([$pid => 'tcp sender'], st_now() + 10), $MB, $v);

/* ---------- unix socket pair ---------- */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
unset($pair);
$dl = min($deadline, st_now() + $share);
$pid = st_fork(function () use ($a, $b, $block, $MB, $dl, $tmp) {
    socket_close($a);
    send_all(static fn (string $d) => socket_write($b, $d), $block, $MB, $dl, "$tmp/unix.json");
    socket_close($b);
    return 0;
});
socket_close($b);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 10, 'usec' => 0]);
$rx = recv_all(static fn (int $n) => socket_read($a, $n), $dl);
socket_close($a);
report('unix', $rx, "$tmp/unix.json", st_reap([$pid => 'unix sender'], st_now() + 10), $MB, $v);

/* ---------- stream_socket_server ---------- */
$srv = stream_socket_server('tcp://' . STRESS_HOST . ':0', $errno, $errstr);
if (!$srv) {
    $v->fail("stream: stream_socket_server failed: [$errno] $errstr");
} else {
    $sport = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
    $dl = min($deadline, st_now() + $share);
    $pid = st_fork(function () use ($srv, $sport, $block, $MB, $dl, $tmp) {
        fclose($srv);
        $c = stream_socket_client('tcp://' . STRESS_HOST . ":$sport", $en, $es, 10);
        if (!$c) {
            return 2;
        }
        stream_set_timeout($c, 10);
        send_all(static fn (string $d) => fwrite($c, $d), $block, $MB, $dl, "$tmp/stream.json");
        fclose($c);
        return 0;
    });
    $c = stream_socket_accept($srv, 10);
    fclose($srv);
    if ($c === false) {
        $v->fail('stream: stream_socket_accept failed');
        $rx = ['bytes' => 0, 'hash' => '', 'error' => 'no connection', 'calls' => 0, 'secs' => 0];
    } else {
        stream_set_timeout($c, 10);
        $rx = recv_all(static function (int $n) use ($c) {
            $d = fread($c, $n);
            if ($d === '' && !feof($c)) {
                return false; // a blocking fread returns nothing only at a timeout
            }
            return $d;
        }, $dl);
        fclose($c);
    }
    report('stream', $rx, "$tmp/stream.json", st_reap([$pid => 'stream sender'], st_now() + 10), $MB, $v);
}
st_out('total %.2f s, peak RSS %d KiB', st_now() - $t0, st_rss_kb('VmHWM'));
$v->finish('gigabyte', "$MB MiB x 3 transports, checksums equal");
