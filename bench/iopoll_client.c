/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Client for bench/iopoll.sh (bench/select_client.c's, for more connections).
 * Opens K idle TCP connections to 127.0.0.1:PORT, spread over the source
 * addresses 127.0.0.1, 127.0.0.2, ... (20,000 each: one address has fewer
 * ephemeral ports than that), which stay open and never send; then one
 * active connection doing WARMUP untimed round trips (the first also waits
 * until the server has accepted everything before it: the accept queue is
 * FIFO), then up to N timed round trips of 1 byte out, 1 byte back, stopping
 * early after MAX_MS. The CPU time the server process PID spent during the
 * timed round trips comes from /proc/PID/schedstat (nanoseconds).
 *
 *   iopoll_client PORT K PID [N=20000] [MAX_MS=3000] [WARMUP=200] [FIRST_MS=60000]
 *
 * Prints one line, "ok rtt=N secs=S rate=R cpu_us=C" (C: server CPU
 * microseconds per round trip), or "FAIL <stage>: <reason>" with exit code 1.
 * Every wait is bounded. */
#include "bench_common.h"

#define PER_SOURCE 20000

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	struct pingpong p = { .per_source = PER_SOURCE, .timeout_s = 10 };
	int port;

	if (argc < 4) {
		fprintf(stderr, "usage: %s PORT K PID [N] [MAX_MS] [WARMUP] [FIRST_MS]\n", argv[0]);
		return 2;
	}
	port = atoi(argv[1]);
	p.k = atoi(argv[2]);
	p.pid = atoi(argv[3]);
	p.n = arg_int(argc, argv, 4, 20000);
	p.max_ms = arg_int(argc, argv, 5, 3000);
	p.warmup = arg_int(argc, argv, 6, 200);
	p.first_ms = arg_int(argc, argv, 7, 60000);
	if (p.k < 0 || p.k > 1000000 || p.pid < 1 || p.n < 1 || p.n > 10000000 || p.max_ms < 1 || p.max_ms > 60000
		|| p.warmup < 1 || p.warmup > 100000 || p.first_ms < 1 || p.first_ms > 600000) {
		fprintf(stderr, "argument out of range\n");
		return 2;
	}
	loopback_addr(&sa, port);
	if (pingpong_run(&sa, &p) != 0) {
		return 1;
	}
	printf("ok rtt=%d secs=%.3f rate=%.0f cpu_us=%.2f\n", p.rtt, p.secs, p.rtt / p.secs,
		p.c0 >= 0 && p.c1 >= p.c0 ? (double) (p.c1 - p.c0) / 1000.0 / p.rtt : -1.0);
	fflush(stdout);
	pingpong_close(&p);
	return 0;
}
