<?php
/*
 * Ping-pong server for bench/select.sh, same shape as bench/select_server.c:
 * a listener on 127.0.0.1 (ephemeral port, printed on the first line of
 * stdout) and every accepted connection in one read set; each iteration
 * selects on ALL of them for readability, accepts the pending connections
 * (up to 64) when the listener is ready, and echoes what a ready connection
 * sends (read up to 64 bytes, write it back). It ends at the first EOF or error on a connection
 * (the client closes its active connection first), at the deadline, or after
 * MAX_ITER iterations.
 *
 *   php -n [-d extension=sockets | -d extension=tsp_sockets.so] bench/select_server.php sockets [DEADLINE_S]
 *   php -n bench/select_server.php streams [DEADLINE_S]
 *
 * "sockets": socket_create/bind/listen, socket_select, socket_accept,
 *            socket_read, socket_write (whichever extension provides them).
 * "streams": core streams: stream_socket_server, stream_select,
 *            stream_socket_accept, fread, fwrite (accepted streams set
 *            non-blocking, so fread() does not poll() before its recv()).
 *
 * If the select call returns false, prints "SELECT_FAILED: <last error>" on
 * stderr and exits with 3. At the end prints "served iterations=I echoes=E
 * conns=C" on stderr.
 */
require __DIR__ . '/lib.php';

const MAX_ITER = 50000000;
const ACCEPT_BURST = 64;

$mode = $argv[1] ?? 'sockets';
$deadline = hrtime(true) + (int) (((float) ($argv[2] ?? 60)) * 1e9);

function select_failed(): never
{
    $e = error_get_last();
    fwrite(STDERR, 'SELECT_FAILED: ' . ($e ? $e['message'] : 'returned false') . "\n");
    exit(3);
}

$iter = 0;
$echoes = 0;
$done = false;

if ($mode === 'sockets') {
    $l = listen_loopback(4096);
    $all = [$l];
    for (; $iter < MAX_ITER && !$done; $iter++) {
        $r = $all;
        $w = $e = null;
        $n = socket_select($r, $w, $e, 1);
        if ($n === false) {
            select_failed();
        }
        if (($iter & 255) === 0 && hrtime(true) > $deadline) {
            fwrite(STDERR, "deadline\n");
            break;
        }
        foreach ($r as $s) {
            if ($s === $l) {
                /* up to ACCEPT_BURST at once (the listener is non-blocking): setting up
                 * K connections then takes K / ACCEPT_BURST select calls, not K */
                for ($k = 0; $k < ACCEPT_BURST && ($c = @socket_accept($l)) !== false; $k++) {
                    $all[] = $c;
                }
                continue;
            }
            $d = socket_read($s, 64);
            if ($d === false || $d === '' || socket_write($s, $d) !== strlen($d)) {
                $done = true;
                break;
            }
            $echoes++;
        }
    }
} elseif ($mode === 'streams') {
    $ctx = stream_context_create(['socket' => ['backlog' => 4096]]);
    $l = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
    if (!$l) {
        fwrite(STDERR, "listen failed: $errstr\n");
        exit(1);
    }
    echo substr(strrchr(stream_socket_get_name($l, false), ':'), 1), "\n";
    $all = [$l];
    for (; $iter < MAX_ITER && !$done; $iter++) {
        $r = $all;
        $w = $e = null;
        $n = stream_select($r, $w, $e, 1);
        if ($n === false) {
            select_failed();
        }
        if (($iter & 255) === 0 && hrtime(true) > $deadline) {
            fwrite(STDERR, "deadline\n");
            break;
        }
        foreach ($r as $s) {
            if ($s === $l) {
                for ($k = 0; $k < ACCEPT_BURST && ($c = @stream_socket_accept($l, 0)) !== false; $k++) {
                    stream_set_blocking($c, false);
                    $all[] = $c;
                }
                continue;
            }
            $d = fread($s, 64);
            if ($d === false || $d === '' || fwrite($s, $d) !== strlen($d)) {
                $done = true;
                break;
            }
            $echoes++;
        }
    }
} else {
    fwrite(STDERR, "mode must be sockets or streams\n");
    exit(2);
}
fwrite(STDERR, "served iterations=$iter echoes=$echoes conns=" . (count($all) - 1) . "\n");
