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
#include "tsp_time.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
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

void tsp_pollset_fds_grown(tsp_pollset *set, struct pollfd *fds, size_t cap)
{
	if (cap >= set->n) {
		set->fds = fds;
		set->cap = cap;
	}
}

int tsp_poll_timeout(long long sec, long long usec, struct timespec *out)
{
	if (usec > 999999) {
		long long carry = usec / 1000000;
		usec %= 1000000;
		if (sec > LLONG_MAX - carry) {
			return -1; /* select() sees the sum wrap to a negative time: EINVAL */
		}
		sec += carry;
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

/* One poll() round. Returns the (descriptor, set) pairs ready, or -1 with
 * *err; *quiet counts the entries poll() woke for that no set asked about
 * (a hang-up or an error on a descriptor only in the except set). */
static int tsp_pollset_wait_once(tsp_pollset *set, const struct timespec *timeout, int *err, size_t *quiet)
{
	size_t i;
	int rc, count = 0;

	*quiet = 0;
	rc = ppoll(set->fds, (nfds_t) set->n, timeout, NULL);
	if (rc < 0) {
		*err = errno;
		return -1;
	}
	for (i = 0; rc > 0 && i < set->n; i++) {
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
		*quiet += got == 0;
	}
	return count;
}

int tsp_pollset_wait(tsp_pollset *set, const struct timespec *timeout, int *err)
{
	struct timespec deadline, left;
	size_t i, quiet;
	bool hidden = false;
	int count;

	if (timeout) {
		tsp_deadline_set(&deadline, timeout);
		left = *timeout;
	}
	for (;;) {
		count = tsp_pollset_wait_once(set, timeout ? &left : NULL, err, &quiet);
		if (count != 0 || quiet == 0) {
			break; /* ready, failed, or the time is up */
		}
		/* poll() reports a hang-up or an error whether asked or not; select()
		 * counts neither in the except set and sleeps on. So does this wait,
		 * without those entries (poll() skips a negative descriptor): what
		 * they could still become ready for would have come with the hang-up. */
		for (i = 0; i < set->n; i++) {
			if (set->fds[i].fd >= 0 && set->fds[i].revents && !tsp_pollset_ready(set, i)) {
				set->fds[i].fd = ~set->fds[i].fd;
				hidden = true;
			}
		}
		if (timeout && !tsp_deadline_left(&deadline, &left)) {
			break;
		}
	}
	for (i = 0; hidden && i < set->n; i++) {
		if (set->fds[i].fd < 0) {
			set->fds[i].fd = ~set->fds[i].fd;
			set->fds[i].revents = 0;
		}
	}
	return count;
}

static void tsp_pollset_swap(tsp_pollset *set, size_t a, size_t b)
{
	struct pollfd t = set->fds[a];
	set->fds[a] = set->fds[b];
	set->fds[b] = t;
}

/* Moves the entries of hot's descriptors to the front of set->fds; the entry
 * now at j came from moved[j]. Returns how many moved. The descriptor table
 * is not told: an entry it places where a swap put another is skipped. */
static size_t tsp_pollset_front(tsp_pollset *set, const tsp_pollhot *hot, size_t *moved)
{
	size_t j, i, k = 0;

	for (j = 0; j < hot->n && j < TSP_POLL_HOT; j++) {
		i = tsp_pollset_find(set, hot->fd[j]);
		if (i == (size_t) -1 || i < k || set->fds[i].fd != hot->fd[j]) {
			continue;
		}
		tsp_pollset_swap(set, k, i);
		moved[k++] = i;
	}
	return k;
}

/* Keeps in hot the first ready descriptors of the set, in its present order. */
static void tsp_pollset_note_hot(const tsp_pollset *set, int count, tsp_pollhot *hot)
{
	size_t i;
	unsigned n = 0;
	int seen = 0;

	for (i = 0; i < set->n && n < TSP_POLL_HOT && seen < count; i++) {
		unsigned got = tsp_pollset_ready(set, i);
		if (got) {
			hot->fd[n++] = set->fds[i].fd;
			seen += (int) ((got & 1u) + ((got >> 1) & 1u) + ((got >> 2) & 1u));
		}
	}
	hot->n = n;
}

int tsp_pollset_wait_hot(tsp_pollset *set, const struct timespec *timeout, int *err, tsp_pollhot *hot)
{
	size_t moved[TSP_POLL_HOT], k = 0;
	int count;

	if (hot) {
		k = tsp_pollset_front(set, hot, moved);
	}
	count = tsp_pollset_wait(set, timeout, err);
	if (hot && count > 0) {
		tsp_pollset_note_hot(set, count, hot);
	}
	while (k-- > 0) {
		tsp_pollset_swap(set, k, moved[k]); /* back in the order they were added */
	}
	return count;
}
