/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_poll.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <string.h>

/* About 31,700 years: what a longer timeout is cut to. */
#define TSP_POLL_SEC_MAX 1000000000000LL

void tsp_pollset_init(tsp_pollset *set, struct pollfd *fds, size_t cap, int32_t *pos, size_t npos)
{
	set->fds = fds;
	set->n = 0;
	set->cap = cap;
	set->pos = pos;
	set->npos = pos ? npos : 0;
	if (pos) {
		memset(pos, 0xff, npos * sizeof(*pos)); /* every entry -1 */
	}
}

void tsp_pollset_pos_grown(tsp_pollset *set, int32_t *pos, size_t npos)
{
	if (npos > set->npos) {
		memset(pos + set->npos, 0xff, (npos - set->npos) * sizeof(*pos));
	}
	set->pos = pos;
	set->npos = npos;
}

int tsp_poll_timeout(long long sec, long long usec, struct timespec *out)
{
	if (usec > 999999) {
		long long carry = usec / 1000000;
		usec %= 1000000;
		sec = sec > LLONG_MAX - carry ? LLONG_MAX : sec + carry;
	}
	if (sec < 0 || usec < 0) {
		return -1;
	}
	if (sec > TSP_POLL_SEC_MAX) {
		sec = TSP_POLL_SEC_MAX; /* beyond any wait: for ever, in effect */
	}
	out->tv_sec = (time_t) sec;
	out->tv_nsec = (long) usec * 1000;
	return 0;
}

int tsp_pollset_wait(tsp_pollset *set, const struct timespec *timeout, int *err)
{
	size_t i;
	int rc, count = 0;

	rc = ppoll(set->fds, (nfds_t) set->n, timeout, NULL);
	if (rc < 0) {
		*err = errno;
		return -1;
	}
	if (rc == 0) {
		return 0;
	}
	for (i = 0; i < set->n; i++) {
		unsigned got;
		if (!set->fds[i].revents) {
			continue;
		}
		if (set->fds[i].revents & POLLNVAL) {
			*err = EBADF; /* select() refuses a set with a closed descriptor */
			return -1;
		}
		got = tsp_pollset_ready(set, i);
		count += (int) ((got & 1u) + ((got >> 1) & 1u) + ((got >> 2) & 1u));
	}
	return count;
}
