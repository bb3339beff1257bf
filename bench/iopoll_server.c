/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The C reference server for bench/iopoll.sh, same shape as
 * bench/iopoll_server.php: a listener on 127.0.0.1 (ephemeral port, printed
 * on the first line of stdout) and every accepted connection in one epoll
 * set, level-triggered, asked for reading; each wakeup accepts what the
 * listener has (it is non-blocking) and echoes what a ready connection sends
 * (recv up to 64 bytes, send it back). It ends at the first EOF or error on
 * a connection (the client closes its active connection first), or at the
 * deadline.
 *
 *   iopoll_server [DEADLINE_S=120]
 * Prints "served waits=W echoes=E conns=C" on stderr at the end. */
#include "bench_common.h"
#include <sys/epoll.h>

int main(int argc, char **argv)
{
	double deadline = now_s() + (argc > 1 ? atof(argv[1]) : 120.0);
	struct epoll_event ev, evs[256];
	long waits = 0, echoes = 0, conns = 0;
	int l, ep, port, done = 0, i;

	if ((l = listen_loopback(SOCK_STREAM | SOCK_NONBLOCK, 65535, &port)) < 0) {
		return 1;
	}
	ep = epoll_create1(EPOLL_CLOEXEC);
	ev.events = EPOLLIN;
	ev.data.fd = l;
	if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) != 0) {
		perror("epoll");
		return 1;
	}
	print_port(port);

	while (!done) {
		int n = epoll_wait(ep, evs, 256, 1000);
		waits++;
		if (n < 0 && errno != EINTR) {
			fprintf(stderr, "SELECT_FAILED: epoll_wait: %s\n", strerror(errno));
			return 3;
		}
		if ((waits & 255) == 0 && now_s() > deadline) {
			fprintf(stderr, "deadline\n");
			break;
		}
		for (i = 0; i < n && !done; i++) {
			int fd = evs[i].data.fd;
			if (fd == l) {
				int c;
				while ((c = accept4(l, NULL, NULL, SOCK_CLOEXEC)) >= 0) {
					ev.events = EPOLLIN;
					ev.data.fd = c;
					epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
					conns++;
				}
				continue;
			}
			if (echo_back(fd) != 0) {
				done = 1;
				break;
			}
			echoes++;
		}
	}
	fprintf(stderr, "served waits=%ld echoes=%ld conns=%ld\n", waits, echoes, conns);
	return 0;
}
