/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Client for bench/select.sh. Opens K idle TCP connections to 127.0.0.1:PORT
 * (they stay open and never send), then one active connection that does
 * WARMUP untimed round trips (which also waits until the server has accepted
 * everything before it: the accept queue is FIFO), then up to N timed round
 * trips of 1 byte out, 1 byte back, stopping early after MAX_MS.
 *
 *   select_client PORT K [N=20000] [MAX_MS=3000] [WARMUP=200] [FIRST_MS=20000] [SERVER_PID]
 *
 * Prints one line, "ok rtt=N secs=S rate=R" (round trips per second), or
 * "FAIL <stage>: <reason>" with exit code 1. Every wait is bounded. With
 * SERVER_PID, the line ends with " srv_ns=T": the CPU time that process
 * spent over the timed round trips (/proc/PID/schedstat), in nanoseconds. */
#include "bench_common.h"

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	struct pingpong p = { .per_source = 0, .timeout_s = 5 };
	int port;

	if (argc < 3) {
		fprintf(stderr, "usage: %s PORT K [N] [MAX_MS] [WARMUP] [FIRST_MS]\n", argv[0]);
		return 2;
	}
	port = atoi(argv[1]);
	p.k = atoi(argv[2]);
	p.n = arg_int(argc, argv, 3, 20000);
	p.max_ms = arg_int(argc, argv, 4, 3000);
	p.warmup = arg_int(argc, argv, 5, 200);
	p.first_ms = arg_int(argc, argv, 6, 20000);
	p.pid = arg_int(argc, argv, 7, 0);
	if (p.k < 0 || p.k > 16000 || p.n < 1 || p.n > 10000000 || p.max_ms < 1 || p.max_ms > 60000
		|| p.warmup < 1 || p.warmup > 100000 || p.first_ms < 1 || p.first_ms > 120000) {
		fprintf(stderr, "argument out of range\n");
		return 2;
	}
	loopback_addr(&sa, port);
	if (pingpong_run(&sa, &p) != 0) {
		return 1;
	}
	if (p.c0 >= 0 && p.c1 >= p.c0) {
		printf("ok rtt=%d secs=%.3f rate=%.0f srv_ns=%lld\n", p.rtt, p.secs, p.rtt / p.secs, p.c1 - p.c0);
	} else {
		printf("ok rtt=%d secs=%.3f rate=%.0f\n", p.rtt, p.secs, p.rtt / p.secs);
	}
	fflush(stdout);
	pingpong_close(&p);
	return 0;
}
