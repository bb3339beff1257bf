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
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of process pid so far, in nanoseconds; -1 when unknown. */
static long long cpu_ns(int pid)
{
	char path[64];
	long long ns = -1;
	FILE *f;

	if (pid <= 0) {
		return -1;
	}
	snprintf(path, sizeof(path), "/proc/%d/schedstat", pid);
	f = fopen(path, "r");
	if (f) {
		if (fscanf(f, "%lld", &ns) != 1) {
			ns = -1;
		}
		fclose(f);
	}
	return ns;
}

static int fail(const char *stage, const char *why)
{
	printf("FAIL %s: %s\n", stage, why);
	fflush(stdout);
	return 1;
}

static int open_conn(const struct sockaddr_in *sa)
{
	struct timeval tv = { 5, 0 }; /* bounds connect() too on Linux */
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0) {
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (connect(fd, (const struct sockaddr *) sa, sizeof(*sa)) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* One round trip: 1 byte out, wait at most wait_ms for 1 byte back.
 * 0 ok, -1 with *why set. */
static int round_trip(int fd, int wait_ms, const char **why)
{
	char c = 'x';
	struct pollfd p = { fd, POLLIN, 0 };
	ssize_t n;

	if (send(fd, &c, 1, MSG_NOSIGNAL) != 1) {
		*why = strerror(errno);
		return -1;
	}
	for (;;) {
		n = recv(fd, &c, 1, MSG_DONTWAIT);
		if (n == 1) {
			return 0;
		}
		if (n == 0) {
			*why = "server closed the connection";
			return -1;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
			*why = strerror(errno);
			return -1;
		}
		n = poll(&p, 1, wait_ms);
		if (n == 0) {
			*why = "no reply in time";
			return -1;
		}
		if (n < 0 && errno != EINTR) {
			*why = strerror(errno);
			return -1;
		}
	}
}

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	int port, k, n, max_ms, warmup, first_ms, i, one = 1, active, *idle, srv;
	long long c0, c1;
	const char *why = "";
	double t0, t1;

	if (argc < 3) {
		fprintf(stderr, "usage: %s PORT K [N] [MAX_MS] [WARMUP] [FIRST_MS]\n", argv[0]);
		return 2;
	}
	port = atoi(argv[1]);
	k = atoi(argv[2]);
	n = argc > 3 ? atoi(argv[3]) : 20000;
	max_ms = argc > 4 ? atoi(argv[4]) : 3000;
	warmup = argc > 5 ? atoi(argv[5]) : 200;
	first_ms = argc > 6 ? atoi(argv[6]) : 20000;
	srv = argc > 7 ? atoi(argv[7]) : 0;
	if (k < 0 || k > 16000 || n < 1 || n > 10000000 || max_ms < 1 || max_ms > 60000
		|| warmup < 1 || warmup > 100000 || first_ms < 1 || first_ms > 120000) {
		fprintf(stderr, "argument out of range\n");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short) port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

	idle = calloc((size_t) k + 1, sizeof(*idle));
	for (i = 0; i < k; i++) {
		if ((idle[i] = open_conn(&sa)) < 0) {
			char msg[128];
			snprintf(msg, sizeof(msg), "idle connection %d of %d: %s", i + 1, k, strerror(errno));
			return fail("connect", msg);
		}
	}
	if ((active = open_conn(&sa)) < 0) {
		return fail("connect", strerror(errno));
	}
	setsockopt(active, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

	/* The first reply comes only once the server has accepted all K idle
	 * connections, hence the longer wait. */
	if (round_trip(active, first_ms, &why) != 0) {
		return fail("first round trip", why);
	}
	for (i = 1; i < warmup; i++) {
		if (round_trip(active, 5000, &why) != 0) {
			return fail("warm-up", why);
		}
	}
	c0 = cpu_ns(srv);
	t0 = now_s();
	t1 = t0;
	for (i = 0; i < n; i++) {
		if (round_trip(active, 5000, &why) != 0) {
			return fail("timed round trip", why);
		}
		if ((i & 63) == 63) {
			t1 = now_s();
			if ((t1 - t0) * 1000.0 >= max_ms) {
				i++;
				break;
			}
		}
	}
	t1 = now_s();
	c1 = cpu_ns(srv);
	if (c0 >= 0 && c1 >= c0) {
		printf("ok rtt=%d secs=%.3f rate=%.0f srv_ns=%lld\n", i, t1 - t0, i / (t1 - t0), c1 - c0);
	} else {
		printf("ok rtt=%d secs=%.3f rate=%.0f\n", i, t1 - t0, i / (t1 - t0));
	}
	fflush(stdout);
	close(active);
	for (i = 0; i < k; i++) {
		close(idle[i]);
	}
	free(idle);
	return 0;
}
