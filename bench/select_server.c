/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The C reference server for bench/select.sh, same shape as
 * bench/select_server.php: a listener on 127.0.0.1 (ephemeral port, printed
 * on the first line of stdout) and every accepted connection in one poll()
 * set; each iteration polls all of them for readability, accepts one
 * connection when the listener is ready, and echoes what a ready connection
 * sends (recv up to 64 bytes, send it back). It ends at the first EOF or
 * error on a connection (the client closes its active connection first), at
 * the deadline, or after MAX_ITER iterations.
 *
 *   select_server [DEADLINE_S=60] [MAX_CONN=16000]
 * Prints "served iterations=I echoes=E conns=C" on stderr at the end. */
#include "bench_common.h"

#define MAX_ITER 50000000L

int main(int argc, char **argv)
{
	double deadline = now_s() + (argc > 1 ? atof(argv[1]) : 60.0);
	int max_conn = arg_int(argc, argv, 2, 16000), l, port, done = 0;
	long iter, echoes = 0;
	nfds_t nfds = 1, i;
	struct pollfd *pfd;

	if (max_conn < 1 || max_conn > 100000) {
		fprintf(stderr, "MAX_CONN out of range\n");
		return 2;
	}
	pfd = calloc((size_t) max_conn + 1, sizeof(*pfd));
	if ((l = listen_loopback(SOCK_STREAM, 4096, &port)) < 0) {
		return 1;
	}
	print_port(port);
	pfd[0].fd = l;
	pfd[0].events = POLLIN;

	for (iter = 0; iter < MAX_ITER && !done; iter++) {
		int rc = poll(pfd, nfds, 1000);
		if (rc < 0) {
			if (errno == EINTR) {
				continue;
			}
			fprintf(stderr, "SELECT_FAILED: poll: %s\n", strerror(errno));
			return 3;
		}
		if ((iter & 255) == 0 && now_s() > deadline) {
			fprintf(stderr, "deadline\n");
			break;
		}
		for (i = 0; i < nfds && rc > 0; i++) {
			if (!pfd[i].revents) {
				continue;
			}
			rc--;
			if (i == 0) {
				int c = accept(l, NULL, NULL);
				if (c < 0) {
					continue;
				}
				if ((int) nfds > max_conn) {
					close(c);
					continue;
				}
				pfd[nfds].fd = c;
				pfd[nfds].events = POLLIN;
				pfd[nfds].revents = 0;
				nfds++;
				continue;
			}
			if (echo_back(pfd[i].fd) != 0) {
				done = 1;
				break;
			}
			echoes++;
		}
	}
	fprintf(stderr, "served iterations=%ld echoes=%ld conns=%lu\n", iter, echoes, (unsigned long) nfds - 1);
	for (i = 0; i < nfds; i++) {
		close(pfd[i].fd);
	}
	free(pfd);
	return 0;
}
