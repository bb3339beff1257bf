/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Opens N TCP connections to 127.0.0.1:PORT at once (non-blocking connect),
 * waits with poll() until each completes, fails or times out, and prints
 * connect-time percentiles. Loopback only; bounded by N and by a deadline.
 *
 *   burst_client PORT [N=2000] [TIMEOUT_MS=15000]
 * Prints one line: "n=N ok=K failed=F p50_ms=.. p99_ms=.. max_ms=.. over_1s=.." */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int port, n, timeout_ms, i, ok = 0, failed = 0, pending, over1s = 0;
	struct sockaddr_in sa;
	struct pollfd *pfd;
	double *start, *took, t0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s PORT [N] [TIMEOUT_MS]\n", argv[0]);
		return 2;
	}
	port = atoi(argv[1]);
	n = argc > 2 ? atoi(argv[2]) : 2000;
	timeout_ms = argc > 3 ? atoi(argv[3]) : 15000;
	if (n < 1 || n > 20000) {
		fprintf(stderr, "N must be 1..20000\n");
		return 2;
	}
	pfd = calloc((size_t) n, sizeof(*pfd));
	start = calloc((size_t) n, sizeof(*start));
	took = calloc((size_t) n, sizeof(*took));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short) port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

	for (i = 0; i < n; i++) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		if (fd < 0) {
			perror("socket");
			return 1;
		}
		start[i] = now_ms();
		if (connect(fd, (struct sockaddr *) &sa, sizeof(sa)) == 0) {
			took[i] = now_ms() - start[i];
			close(fd);
			pfd[i].fd = -1;
			ok++;
			continue;
		}
		if (errno != EINPROGRESS) {
			took[i] = -1;
			close(fd);
			pfd[i].fd = -1;
			failed++;
			continue;
		}
		pfd[i].fd = fd;
		pfd[i].events = POLLOUT;
	}
	t0 = now_ms();
	pending = n - ok - failed;
	while (pending > 0 && now_ms() - t0 < timeout_ms) {
		int r = poll(pfd, (nfds_t) n, 100);
		if (r <= 0) {
			continue;
		}
		for (i = 0; i < n; i++) {
			int err = 0;
			socklen_t len = sizeof(err);
			if (pfd[i].fd < 0 || !pfd[i].revents) {
				continue;
			}
			getsockopt(pfd[i].fd, SOL_SOCKET, SO_ERROR, &err, &len);
			if (err == 0) {
				took[i] = now_ms() - start[i];
				ok++;
			} else {
				took[i] = -1;
				failed++;
			}
			close(pfd[i].fd);
			pfd[i].fd = -1;
			pending--;
		}
	}
	for (i = 0; i < n; i++) {
		if (pfd[i].fd >= 0) { /* timed out */
			close(pfd[i].fd);
			took[i] = -1;
			failed++;
		}
	}
	{
		double *ms = calloc((size_t) n, sizeof(*ms));
		int k = 0;
		for (i = 0; i < n; i++) {
			if (took[i] >= 0) {
				ms[k++] = took[i];
				if (took[i] >= 1000) {
					over1s++;
				}
			}
		}
		qsort(ms, (size_t) k, sizeof(*ms), cmp);
		printf("n=%d ok=%d failed=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f over_1s=%d\n", n, ok, failed,
			k ? ms[k / 2] : -1.0, k ? ms[(int) (k * 0.99) < k ? (int) (k * 0.99) : k - 1] : -1.0,
			k ? ms[k - 1] : -1.0, over1s);
		free(ms);
	}
	free(pfd);
	free(start);
	free(took);
	return 0;
}
