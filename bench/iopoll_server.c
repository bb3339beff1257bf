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
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	double deadline = now_s() + (argc > 1 ? atof(argv[1]) : 120.0);
	struct epoll_event ev, evs[256];
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	long waits = 0, echoes = 0, conns = 0;
	int l, ep, one = 1, done = 0, i;
	char buf[64];

	l = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (l < 0 || bind(l, (struct sockaddr *) &sa, sizeof(sa)) != 0 || listen(l, 65535) != 0
		|| getsockname(l, (struct sockaddr *) &sa, &len) != 0) {
		perror("listen");
		return 1;
	}
	ep = epoll_create1(EPOLL_CLOEXEC);
	ev.events = EPOLLIN;
	ev.data.fd = l;
	if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) != 0) {
		perror("epoll");
		return 1;
	}
	printf("%d\n", ntohs(sa.sin_port));
	fflush(stdout);

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
			ssize_t r = recv(fd, buf, sizeof(buf), 0);
			if (r <= 0 || send(fd, buf, (size_t) r, MSG_NOSIGNAL) != r) {
				done = 1;
				break;
			}
			echoes++;
		}
	}
	fprintf(stderr, "served waits=%ld echoes=%ld conns=%ld\n", waits, echoes, conns);
	return 0;
}
