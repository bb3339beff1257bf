/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#include "tsp_poll.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#define TSP_SLOT_EMPTY ((size_t) -1)

/* About 31,700 years: what a longer timeout is cut to. */
#define TSP_POLL_SEC_MAX 1000000000000LL

/* Which poll() bits make a descriptor ready in each select() set: the masks
 * the kernel itself uses to answer select(). */
#define TSP_IN_SET  (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)
#define TSP_OUT_SET (POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR)
#define TSP_EX_SET  (POLLPRI)

void tsp_pollset_init(tsp_pollset *set, struct pollfd *fds, unsigned *want, size_t cap,
	size_t *slots, size_t nslots)
{
	size_t i;
	set->fds = fds;
	set->want = want;
	set->n = 0;
	set->cap = cap;
	set->slots = slots;
	set->nslots = nslots;
	for (i = 0; i < nslots; i++) {
		slots[i] = TSP_SLOT_EMPTY;
	}
}

static size_t tsp_hash(int fd, size_t nslots)
{
	uint32_t h = (uint32_t) fd * 2654435761u;
	return (size_t) h & (nslots - 1);
}

size_t tsp_pollset_add(tsp_pollset *set, int fd, unsigned bits)
{
	size_t s = tsp_hash(fd, set->nslots), i;

	for (;;) {
		i = set->slots[s];
		if (i == TSP_SLOT_EMPTY) {
			break;
		}
		if (set->fds[i].fd == fd) {
			set->want[i] |= bits;
			return i;
		}
		s = (s + 1) & (set->nslots - 1);
	}
	if (set->n == set->cap) {
		return (size_t) -1;
	}
	i = set->n++;
	set->slots[s] = i;
	set->fds[i].fd = fd;
	set->fds[i].events = 0;
	set->fds[i].revents = 0;
	set->want[i] = bits;
	return i;
}

unsigned tsp_pollset_ready(const tsp_pollset *set, size_t i)
{
	short r = set->fds[i].revents;
	unsigned got = 0;

	if ((set->want[i] & TSP_POLL_READ) && (r & TSP_IN_SET)) {
		got |= TSP_POLL_READ;
	}
	if ((set->want[i] & TSP_POLL_WRITE) && (r & TSP_OUT_SET)) {
		got |= TSP_POLL_WRITE;
	}
	if ((set->want[i] & TSP_POLL_EXCEPT) && (r & TSP_EX_SET)) {
		got |= TSP_POLL_EXCEPT;
	}
	return got;
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

	for (i = 0; i < set->n; i++) {
		short ev = 0;
		if (set->want[i] & TSP_POLL_READ) {
			ev |= POLLIN;
		}
		if (set->want[i] & TSP_POLL_WRITE) {
			ev |= POLLOUT;
		}
		if (set->want[i] & TSP_POLL_EXCEPT) {
			ev |= POLLPRI;
		}
		set->fds[i].events = ev;
		set->fds[i].revents = 0;
	}
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
		if (set->fds[i].revents & POLLNVAL) {
			*err = EBADF; /* select() refuses a set with a closed descriptor */
			return -1;
		}
		got = tsp_pollset_ready(set, i);
		count += (got & 1u) + ((got >> 1) & 1u) + ((got >> 2) & 1u);
	}
	return count;
}
