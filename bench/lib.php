<?php
/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 *
 * What the PHP servers of bench/ share (require __DIR__ . '/lib.php'): set-up
 * only; each server's loop stays in its own file, so that what a benchmark
 * measures is that loop and nothing in between.
 */

/* A listening Socket on 127.0.0.1, ephemeral port, SO_REUSEADDR, non-blocking;
 * prints its port alone on the first line. Exits with 1 when it cannot. */
function listen_loopback(int $backlog): Socket
{
	$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
	socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
	if (!$l || !socket_bind($l, '127.0.0.1', 0) || !socket_listen($l, $backlog) || !socket_getsockname($l, $addr, $port)) {
		fwrite(STDERR, "listen failed\n");
		exit(1);
	}
	socket_set_nonblock($l);
	echo $port, "\n";
	return $l;
}

/* ---- the HTTP servers (serve_accept.php, serve_keepalive.php) ---- */

/* A TCP Socket bound to 127.0.0.1:$port, SO_REUSEADDR (and SO_REUSEPORT);
 * exits on failure. */
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

/* The main of both HTTP servers, arguments [WORKERS [MAX_REQ [IDLE_S [PORT]]]]:
 * opens the listener, prints "port P" and runs $serve(listener, MAX_REQ,
 * IDLE_S), in this process (WORKERS=1) or in WORKERS children of
 * pcntl_fork, each with its OWN SO_REUSEPORT listener on the port the parent
 * reserved (bound, not listening); the parent then only waits for them. */
function http_main(array $argv, callable $serve): void
{
	$workers = max(1, min(64, (int) ($argv[1] ?? 1)));
	$max_req = (int) ($argv[2] ?? 0);
	$idle_s = (int) ($argv[3] ?? 10);
	$port = (int) ($argv[4] ?? 0);
	if ($max_req <= 0) $max_req = 50000000;
	if ($idle_s <= 0) $idle_s = 10;

	if ($workers === 1) {
		$l = make_socket($port, false);
		if (!socket_listen($l, 511)) { fwrite(STDERR, "socket_listen failed\n"); exit(1); }
		echo "port ", port_of($l), "\n";
		$serve($l, $max_req, $idle_s);
		exit(0);
	}
	// prefork: reserve the port, each worker its own SO_REUSEPORT listener
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
			$serve($w, $max_req, $idle_s);
			exit(0);
		}
	}
	socket_close($l);
	for ($i = 0; $i < $workers; $i++) {
		if (pcntl_wait($status) < 0) break;
	}
}
