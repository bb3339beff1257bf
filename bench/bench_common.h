/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* What the C clients and servers of bench/ share, as static inline functions
 * (each program is still one file: cc -O2 -Wall -o prog bench/prog.c):
 * - the clock, arguments and the loopback address;
 * - the ping-pong client of select_client.c and iopoll_client.c: K idle
 *   connections, one active connection, untimed then timed round trips;
 * - the ping-pong servers' listener and echo (select_server.c, iopoll_server.c);
 * - the HTTP servers' listeners and prefork main (serve_accept.c, serve_poll.c). */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ----------------------------------------------------------------- common */

static inline double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

/* argv[i] as a number, def when there are fewer arguments */
static inline int arg_int(int argc, char **argv, int i, int def)
{
	return argc > i ? atoi(argv[i]) : def;
}

/* 127.0.0.1:port */
static inline void loopback_addr(struct sockaddr_in *sa, int port)
{
	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	sa->sin_port = htons((unsigned short) port);
	sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

/* ------------------------------------------------------- ping-pong client */

/* CPU time of process pid so far, in nanoseconds (/proc/PID/schedstat);
 * -1 when unknown or pid is not one. */
static inline long long cpu_ns(int pid)
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

static inline int fail(const char *stage, const char *why)
{
	printf("FAIL %s: %s\n", stage, why);
	fflush(stdout);
	return 1;
}

/* A connection to sa, from source address 127.0.0.(1 + src) when src > 0;
 * connect() is bounded by timeout_s (SO_SNDTIMEO bounds it on Linux). */
static inline int open_conn(const struct sockaddr_in *sa, int src, int timeout_s)
{
	struct timeval tv = { timeout_s, 0 };
	struct sockaddr_in from;
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0) {
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (src > 0) {
		memset(&from, 0, sizeof(from));
		from.sin_family = AF_INET;
		from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + (uint32_t) src);
		if (bind(fd, (const struct sockaddr *) &from, sizeof(from)) != 0) {
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
	}
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
static inline int round_trip(int fd, int wait_ms, const char **why)
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

/* One client run: what it is asked, then what it measured. */
struct pingpong {
	int k, n, max_ms, warmup, first_ms; /* the arguments */
	int per_source; /* idle connections per source address; 0: all from 127.0.0.1 */
	int timeout_s;  /* the bound of each connect() */
	int pid;        /* the server, whose CPU time is read (0: none) */
	int active, *idle;
	int rtt;        /* timed round trips done */
	double secs;    /* their wall time */
	long long c0, c1; /* the server's CPU ns before and after them (-1: unknown) */
};

/* Opens K idle connections to sa and the active one, then does WARMUP
 * untimed round trips (the first waits up to FIRST_MS: the reply comes only
 * once the server has accepted every connection before it, the accept queue
 * being FIFO), then up to N timed ones, stopping early after MAX_MS.
 * 0, or 1 after printing a FAIL line. */
static inline int pingpong_run(const struct sockaddr_in *sa, struct pingpong *p)
{
	const char *why = "";
	double t0, t1;
	int i, one = 1;

	p->idle = calloc((size_t) p->k + 1, sizeof(*p->idle));
	for (i = 0; i < p->k; i++) {
		if ((p->idle[i] = open_conn(sa, p->per_source ? i / p->per_source : 0, p->timeout_s)) < 0) {
			char msg[128];
			snprintf(msg, sizeof(msg), "idle connection %d of %d: %s", i + 1, p->k, strerror(errno));
			return fail("connect", msg);
		}
	}
	if ((p->active = open_conn(sa, 0, p->timeout_s)) < 0) {
		return fail("connect", strerror(errno));
	}
	setsockopt(p->active, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

	if (round_trip(p->active, p->first_ms, &why) != 0) {
		return fail("first round trip", why);
	}
	for (i = 1; i < p->warmup; i++) {
		if (round_trip(p->active, 5000, &why) != 0) {
			return fail("warm-up", why);
		}
	}
	p->c0 = cpu_ns(p->pid);
	t0 = now_s();
	t1 = t0;
	for (i = 0; i < p->n; i++) {
		if (round_trip(p->active, 5000, &why) != 0) {
			return fail("timed round trip", why);
		}
		if ((i & 63) == 63) {
			t1 = now_s();
			if ((t1 - t0) * 1000.0 >= p->max_ms) {
				i++;
				break;
			}
		}
	}
	t1 = now_s();
	p->c1 = cpu_ns(p->pid);
	p->rtt = i;
	p->secs = t1 - t0;
	return 0;
}

static inline void pingpong_close(struct pingpong *p)
{
	int i;
	close(p->active);
	for (i = 0; i < p->k; i++) {
		close(p->idle[i]);
	}
	free(p->idle);
}

/* ------------------------------------------------------ ping-pong servers */

/* A listener on 127.0.0.1, ephemeral port (into *port), SO_REUSEADDR; type
 * is SOCK_STREAM with flags. -1 after perror("listen"). */
static inline int listen_loopback(int type, int backlog, int *port)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	int one = 1, l = socket(AF_INET, type, 0);

	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	loopback_addr(&sa, 0);
	if (l < 0 || bind(l, (struct sockaddr *) &sa, sizeof(sa)) != 0 || listen(l, backlog) != 0
		|| getsockname(l, (struct sockaddr *) &sa, &len) != 0) {
		perror("listen");
		return -1;
	}
	*port = ntohs(sa.sin_port);
	return l;
}

/* The port, alone on the first line of standard output. */
static inline void print_port(int port)
{
	printf("%d\n", port);
	fflush(stdout);
}

/* Reads up to 64 bytes from fd and sends them back: 0, or -1 at EOF or an
 * error (of either). */
static inline int echo_back(int fd)
{
	char buf[64];
	ssize_t n = recv(fd, buf, sizeof(buf), 0);
	return n <= 0 || send(fd, buf, (size_t) n, MSG_NOSIGNAL) != n ? -1 : 0;
}

/* ----------------------------------------------------------- HTTP servers */
/* serve_accept.c and serve_poll.c: [WORKERS [MAX_REQ [IDLE_S [PORT]]]] */

/* A TCP socket bound to 127.0.0.1:port, SO_REUSEADDR (and SO_REUSEPORT);
 * exits on failure. */
static inline int make_socket(int port, int reuseport)
{
	int s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	int one = 1;
	struct sockaddr_in a;
	if (s < 0) { perror("socket"); exit(1); }
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (reuseport && setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) { perror("SO_REUSEPORT"); exit(1); }
	loopback_addr(&a, port);
	if (bind(s, (struct sockaddr *) &a, sizeof a) < 0) { perror("bind"); exit(1); }
	return s;
}

static inline int port_of(int s)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	if (getsockname(s, (struct sockaddr *) &a, &len) < 0) { perror("getsockname"); exit(1); }
	return ntohs(a.sin_port);
}

/* The main of both HTTP servers: parses the arguments, opens the listener,
 * prints "port P" and runs serve(listener, MAX_REQ, IDLE_S): in this process
 * (WORKERS=1), or in WORKERS forked children, each with its OWN SO_REUSEPORT
 * listener on the port the parent reserved (bound, not listening); the
 * parent then only waits for them. */
static inline int http_main(int argc, char **argv, void (*serve)(int l, long max_req, int idle_s))
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

#endif
