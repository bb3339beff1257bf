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
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static const char reply[] = "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";

static int make_socket(int port, int reuseport)
{
	int s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	int one = 1;
	struct sockaddr_in a;
	if (s < 0) { perror("socket"); exit(1); }
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (reuseport && setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) { perror("SO_REUSEPORT"); exit(1); }
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short) port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *) &a, sizeof a) < 0) { perror("bind"); exit(1); }
	return s;
}

static int port_of(int s)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	if (getsockname(s, (struct sockaddr *) &a, &len) < 0) { perror("getsockname"); exit(1); }
	return ntohs(a.sin_port);
}

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
	int workers = argc > 1 ? atoi(argv[1]) : 1;
	long max_req = argc > 2 ? atol(argv[2]) : 0;
	int idle_s = argc > 3 ? atoi(argv[3]) : 10;
	int port = argc > 4 ? atoi(argv[4]) : 0;
	int i, l;
	if (workers < 1 || workers > 64) workers = 1;
	if (max_req <= 0) max_req = 50000000;
	if (idle_s <= 0) idle_s = 10;

	if (workers == 1) {
		l = make_socket(port, 0);
		if (listen(l, 511) < 0) { perror("listen"); return 1; }
		printf("port %d\n", port_of(l));
		serve(l, max_req, idle_s);
		return 0;
	}
	/* prefork: reserve the port, each worker its own SO_REUSEPORT listener */
	l = make_socket(port, 1);
	port = port_of(l);
	printf("port %d\n", port);
	fflush(stdout);
	for (i = 0; i < workers; i++) {
		pid_t p = fork();
		if (p < 0) { perror("fork"); return 1; }
		if (p == 0) {
			int w = make_socket(port, 1);
			if (listen(w, 511) < 0) { perror("listen"); _exit(1); }
			close(l);
			serve(w, max_req, idle_s);
			_exit(0);
		}
	}
	close(l);
	for (i = 0; i < workers; i++) {
		if (wait(NULL) < 0 && errno != EINTR) break;
	}
	return 0;
}
