/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Deadlines on the monotonic clock, for the waits that go round more than
 * once (a select() answer poll() must wait on for, epoll_wait()'s limit of
 * INT_MAX ms). Plain C, no PHP. */
#ifndef TSP_TIME_H
#define TSP_TIME_H

#include <stdbool.h>
#include <time.h>

#define TSP_NSEC_PER_SEC 1000000000L

/* The moment a wait of timeout (a normalised timespec) that starts now ends. */
static inline void tsp_deadline_set(struct timespec *deadline, const struct timespec *timeout)
{
	clock_gettime(CLOCK_MONOTONIC, deadline);
	deadline->tv_sec += timeout->tv_sec;
	deadline->tv_nsec += timeout->tv_nsec;
	if (deadline->tv_nsec >= TSP_NSEC_PER_SEC) {
		deadline->tv_nsec -= TSP_NSEC_PER_SEC;
		deadline->tv_sec++;
	}
}

/* What is left until deadline, in *left; false once it has passed (then
 * *left is zero or negative). */
static inline bool tsp_deadline_left(const struct timespec *deadline, struct timespec *left)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	left->tv_sec = deadline->tv_sec - now.tv_sec;
	left->tv_nsec = deadline->tv_nsec - now.tv_nsec;
	if (left->tv_nsec < 0) {
		left->tv_nsec += TSP_NSEC_PER_SEC;
		left->tv_sec--;
	}
	return left->tv_sec > 0 || (left->tv_sec == 0 && left->tv_nsec > 0);
}

#endif
