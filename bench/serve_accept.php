<?php
/*
 * Accept-loop HTTP/1.0 server, same shape as bench/serve_accept.c (same
 * arguments and output). Used by bench/serve.sh.
 *
 *   php -n -d extension=sockets|.../tsp_sockets.so bench/serve_accept.php [WORKERS [MAX_REQ [IDLE_S [PORT]]]]
 *
 * Listens on 127.0.0.1:PORT (0: ephemeral) and prints "port P". Each worker
 * then prints "ready" and loops: socket_accept, socket_read (up to 1 KiB),
 * socket_write of a fixed HTTP/1.0 reply, socket_close.
 *
 * WORKERS=1: one process, one listener, no fork.
 * WORKERS>1: prefork with pcntl_fork. The parent binds a SO_REUSEPORT socket
 * (not listening) to reserve the port, forks WORKERS children, each of which
 * opens its OWN SO_REUSEPORT listener on that port (the kernel spreads
 * connections over them by 4-tuple hash); the parent only waits.
 *
 * Bounded: a worker exits after MAX_REQ answered requests (0: 50,000,000), or
 * when no connection arrives for IDLE_S seconds (SO_RCVTIMEO on the
 * listener), or on SIGTERM. At exit it prints "served N" on stderr.
 */
require __DIR__ . '/lib.php';

function serve(Socket $l, int $max_req, int $idle_s): void
{
	$reply = "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";
	socket_set_option($l, SOL_SOCKET, SO_RCVTIMEO, ['sec' => $idle_s, 'usec' => 0]);
	echo "ready\n";
	$served = 0;
	$max_acc = $max_req + intdiv($max_req, 10) + 100;
	for ($i = 0; $served < $max_req && $i < $max_acc; $i++) {
		$c = socket_accept($l);
		if ($c === false) {
			// the error is recorded globally, not on $l (as in ext/sockets);
			// EINTR: e.g. strace attaching (SO_RCVTIMEO makes accept not restart)
			if (socket_last_error() === SOCKET_EINTR) { socket_clear_error(); continue; }
			break; // idle timeout (EAGAIN) or error
		}
		$req = socket_read($c, 1024);
		if ($req !== false && $req !== '') {
			socket_write($c, $reply);
			$served++;
		}
		socket_close($c);
	}
	fwrite(STDERR, "served $served\n");
}

http_main($argv, 'serve');
