<?php
/*
 * socket_select() keep-alive HTTP/1.1 server, same shape as bench/serve_poll.c
 * (same arguments and output; PHP has no poll() in the sockets API, so
 * socket_select() stands in for poll()). Used by bench/serve.sh.
 *
 *   php -n -d extension=sockets|.../tsp_sockets.so bench/serve_keepalive.php [WORKERS [MAX_REQ [IDLE_S [PORT]]]]
 *
 * Listens on 127.0.0.1:PORT (0: ephemeral), prints "port P"; each worker
 * prints "ready" and loops: socket_select() over the non-blocking listener
 * and every open connection; when the listener is readable, socket_accept()
 * one connection; for each readable connection socket_read() up to 4 KiB and,
 * if data came, socket_write() a fixed HTTP/1.1 keep-alive reply (one request
 * per read); on EOF or error socket_close() it.
 *
 * WORKERS>1: prefork with pcntl_fork, each worker its OWN SO_REUSEPORT
 * listener on the same port (see serve_accept.php).
 *
 * Bounded: at most MAX_CONN connections per worker (ext/sockets' select()
 * cannot go past FD_SETSIZE = 1024), exits after MAX_REQ answered requests
 * (0: 50,000,000), after IDLE_S seconds without any event, after 100,000,000
 * loop iterations, or on SIGTERM. At exit it prints "served N" on stderr.
 */
const MAX_CONN = 1000;
require __DIR__ . '/lib.php';

function serve(Socket $l, int $max_req, int $idle_s): void
{
	$reply = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok";
	socket_set_nonblock($l);
	echo "ready\n";
	$conns = [];   // spl_object_id => Socket
	$served = 0;
	for ($iter = 0; $served < $max_req && $iter < 100000000; $iter++) {
		$r = $conns;
		$r[] = $l;
		$w = $e = null;
		$n = socket_select($r, $w, $e, $idle_s);
		if ($n === 0) break; // idle
		if ($n === false) {
			if (socket_last_error() === SOCKET_EINTR) continue;
			fwrite(STDERR, "socket_select failed: " . socket_strerror(socket_last_error()) . "\n");
			break;
		}
		$accept = false;
		foreach ($r as $s) {
			if ($s === $l) { $accept = true; continue; }
			$d = socket_read($s, 4096);
			if ($d !== false && $d !== '') {
				if (socket_write($s, $reply) !== false) $served++;
				continue;
			}
			if ($d === false && socket_last_error($s) === SOCKET_EAGAIN) continue;
			unset($conns[spl_object_id($s)]);
			socket_close($s);
		}
		if ($accept && count($conns) < MAX_CONN) {
			$c = socket_accept($l);
			if ($c !== false) $conns[spl_object_id($c)] = $c;
		}
	}
	fwrite(STDERR, "served $served\n");
}

http_main($argv, 'serve');
