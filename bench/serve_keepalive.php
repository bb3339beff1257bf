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
$workers = max(1, min(64, (int) ($argv[1] ?? 1)));
$max_req = (int) ($argv[2] ?? 0);
$idle_s = (int) ($argv[3] ?? 10);
$port = (int) ($argv[4] ?? 0);
if ($max_req <= 0) $max_req = 50000000;
if ($idle_s <= 0) $idle_s = 10;

function make_socket(int $port, bool $reuseport): Socket
{
	$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
	if ($s === false) { fwrite(STDERR, "socket_create failed\n"); exit(1); }
	socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
	if ($reuseport && !socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, 1)) { fwrite(STDERR, "SO_REUSEPORT failed\n"); exit(1); }
	if (!socket_bind($s, '127.0.0.1', $port)) { fwrite(STDERR, "socket_bind failed\n"); exit(1); }
	return $s;
}

function port_of(Socket $s): int
{
	if (!socket_getsockname($s, $addr, $port)) { fwrite(STDERR, "socket_getsockname failed\n"); exit(1); }
	return $port;
}

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

if ($workers === 1) {
	$l = make_socket($port, false);
	if (!socket_listen($l, 511)) { fwrite(STDERR, "socket_listen failed\n"); exit(1); }
	echo "port ", port_of($l), "\n";
	serve($l, $max_req, $idle_s);
	exit(0);
}
$l = make_socket($port, true);
$port = port_of($l);
echo "port $port\n";
for ($i = 0; $i < $workers; $i++) {
	$p = pcntl_fork();
	if ($p < 0) { fwrite(STDERR, "pcntl_fork failed\n"); exit(1); }
	if ($p === 0) {
		$w = make_socket($port, true);
		if (!socket_listen($w, 511)) { fwrite(STDERR, "socket_listen failed\n"); exit(1); }
		socket_close($l);
		serve($w, $max_req, $idle_s);
		exit(0);
	}
}
socket_close($l);
for ($i = 0; $i < $workers; $i++) {
	if (pcntl_wait($status) < 0) break;
}
