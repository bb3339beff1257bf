/*
 * Accept-loop HTTP/1.0 server in C, the reference for bench/serve_accept.php
 * (same shape, same arguments, same output). Used by bench/serve.sh.
 *
 *   cc -O2 -o serve_accept bench/serve_accept.c
 *   serve_accept [WORKERS [MAX_REQ [IDLE_S [PORT]]]]
 *
 * Listens on 127.0.0.1:PORT (0: ephemeral) and prints "port P". Each worker
 * then prints "ready" and loops: accept(), read() the request (up to 1 KiB),
 * write() a fixed HTTP/1.0 reply, close().
 *
 * WORKERS=1: one process, one listener, no fork.
 * WORKERS>1: prefork. The parent binds a SO_REUSEPORT socket (not listening)
 * to reserve the port, forks WORKERS children, each of which opens its OWN
 * SO_REUSEPORT listener on that port (the kernel spreads connections over
 * them by 4-tuple hash); the parent then only waits for the children.
 *
 * Bounded: a worker exits after MAX_REQ answered requests (0: 50,000,000), or
 * when no connection arrives for IDLE_S seconds (SO_RCVTIMEO on the
 * listener), or on SIGTERM. At exit it prints "served N" on stderr.
 */
#include "bench_common.h"

static const char reply[] = "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";

static void serve(int l, long max_req, int idle_s)
{
	struct timeval tv = { idle_s, 0 };
	char buf[1024];
	long served = 0, i, max_acc = max_req + max_req / 10 + 100;
	setsockopt(l, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	printf("ready\n");
	fflush(stdout);
	for (i = 0; served < max_req && i < max_acc; i++) {
		int c = accept(l, NULL, NULL);
		ssize_t n;
		if (c < 0) {
			if (errno == EINTR) continue;
			if (errno != EAGAIN) perror("accept");
			break;
		}
		n = read(c, buf, sizeof buf);
		if (n > 0) {
			if (write(c, reply, sizeof reply - 1) < 0) { /* peer gone */ }
			served++;
		}
		close(c);
	}
	fprintf(stderr, "served %ld\n", served);
}

int main(int argc, char **argv)
{
	return http_main(argc, argv, serve);
}
