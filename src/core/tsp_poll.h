/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* select() semantics on top of poll(): the same answers for the read, write
 * and except sets, with no FD_SETSIZE ceiling. Plain C, no PHP; the caller
 * provides all memory, so a small set needs no allocation at all. */
#ifndef TSP_POLL_H
#define TSP_POLL_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* The three sets of select(). */
#define TSP_POLL_READ   1u
#define TSP_POLL_WRITE  2u
#define TSP_POLL_EXCEPT 4u

/* Which poll() bits make a descriptor ready in each select() set: the masks
 * the kernel itself uses to answer select(). */
#define TSP_POLL_IN_SET  (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)
#define TSP_POLL_OUT_SET (POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR)
#define TSP_POLL_EX_SET  (POLLPRI)

/* A set of distinct descriptors with what is asked of each (in .events). */
typedef struct tsp_pollset {
	struct pollfd *fds;  /* caller's array of cap entries; fds[0..n) in use */
	size_t n, cap;
	int32_t *pos;        /* caller's array of npos entries: pos[fd] = index in fds, or -1;
	                      * NULL for a small set, searched instead */
	size_t npos;         /* one more than the highest descriptor that may be added */
} tsp_pollset;

/* Up to this many entries a set can do without the descriptor table. */
#define TSP_POLL_SMALL 8

/* Prepares set over the caller's arrays (pos is cleared here; pos may be
 * NULL when cap <= TSP_POLL_SMALL, and then any descriptor may be added). */
void tsp_pollset_init(tsp_pollset *set, struct pollfd *fds, size_t cap, int32_t *pos, size_t npos);

/* The caller has moved pos to a larger array of npos entries whose first
 * set->npos entries it copied: clears the rest and takes it. */
void tsp_pollset_pos_grown(tsp_pollset *set, int32_t *pos, size_t npos);

/* The set stops using its descriptor table (the caller keeps the array):
 * from then on it is searched, what it holds so far included, and any
 * descriptor may be added. */
static inline void tsp_pollset_pos_drop(tsp_pollset *set)
{
	set->pos = NULL;
	set->npos = 0;
}

/* The caller has moved fds to a larger array of cap entries whose first
 * set->n entries it copied: takes it (the entries in use stay as they were). */
void tsp_pollset_fds_grown(tsp_pollset *set, struct pollfd *fds, size_t cap);

/* The poll() events that answer the TSP_POLL_* sets in bits (a table: this
 * runs once per descriptor of every select call). */
static inline short tsp_poll_events(unsigned bits)
{
	static const short events[8] = {
		0, POLLIN, POLLOUT, POLLIN | POLLOUT,
		POLLPRI, POLLIN | POLLPRI, POLLOUT | POLLPRI, POLLIN | POLLOUT | POLLPRI,
	};
	return events[bits & 7u];
}

/* Adds fd (0 <= fd < npos) to the sets in bits (TSP_POLL_*); an fd already
 * there gets the bits added. Returns its index in set->fds, or (size_t) -1
 * when the set is full or fd is out of range. */
static inline size_t tsp_pollset_add(tsp_pollset *set, int fd, unsigned bits)
{
	int32_t p;
	if (fd < 0) {
		return (size_t) -1;
	}
	if (!set->pos) {
		size_t i;
		for (i = 0; i < set->n; i++) {
			if (set->fds[i].fd == fd) {
				set->fds[i].events |= tsp_poll_events(bits);
				return i;
			}
		}
		p = -1;
	} else if ((size_t) fd >= set->npos) {
		return (size_t) -1;
	} else {
		p = set->pos[fd];
	}
	if (p >= 0) {
		set->fds[p].events |= tsp_poll_events(bits);
		return (size_t) p;
	}
	if (set->n == set->cap) {
		return (size_t) -1;
	}
	if (set->pos) {
		set->pos[fd] = (int32_t) set->n;
	}
	set->fds[set->n].fd = fd;
	set->fds[set->n].events = tsp_poll_events(bits);
	set->fds[set->n].revents = 0;
	return set->n++;
}

/* What select() would say of entry i after the wait: the TSP_POLL_* bits of
 * the sets it was asked for and is ready in. */
static inline unsigned tsp_pollset_ready(const tsp_pollset *set, size_t i)
{
	short r = set->fds[i].revents, w = set->fds[i].events;
	unsigned got = 0;
	if (!r) {
		return 0;
	}
	if ((w & POLLIN) && (r & TSP_POLL_IN_SET)) {
		got |= TSP_POLL_READ;
	}
	if ((w & POLLOUT) && (r & TSP_POLL_OUT_SET)) {
		got |= TSP_POLL_WRITE;
	}
	if ((w & POLLPRI) && (r & TSP_POLL_EX_SET)) {
		got |= TSP_POLL_EXCEPT;
	}
	return got;
}

/* The index of fd in set->fds, or (size_t) -1 when it was not added. */
static inline size_t tsp_pollset_find(const tsp_pollset *set, int fd)
{
	if (!set->pos) {
		size_t i;
		for (i = 0; i < set->n; i++) {
			if (set->fds[i].fd == fd) {
				return i;
			}
		}
		return (size_t) -1;
	}
	if (fd < 0 || (size_t) fd >= set->npos || set->pos[fd] < 0) {
		return (size_t) -1;
	}
	return (size_t) set->pos[fd];
}

/* The same for a descriptor that was added. */
static inline unsigned tsp_pollset_ready_fd(const tsp_pollset *set, int fd)
{
	size_t i = tsp_pollset_find(set, fd);
	return i == (size_t) -1 ? 0 : tsp_pollset_ready(set, i);
}

/* Converts select()'s timeout (seconds, microseconds) to a timespec. Values
 * of 1,000,000 microseconds or more carry into the seconds. Returns 0, or -1
 * (select()'s EINVAL) when either part is negative or when the carry takes
 * the seconds past LLONG_MAX (where select()'s own sum turns negative).
 * Seconds beyond any real wait are cut to about 31,700 years. */
int tsp_poll_timeout(long long sec, long long usec, struct timespec *out);

/* Waits on the set (timeout NULL: for ever). Returns the number of
 * (descriptor, set) pairs ready, as select() counts them, or -1 with *err
 * (EBADF when a descriptor is not open, as select() says; EINTR on a signal).
 * A wake-up that counts nothing (a hang-up or an error on a descriptor asked
 * only for the except set: select() ignores both there) waits again for what
 * is left of the timeout, without those descriptors. On return set->fds holds
 * the descriptors as added, and their revents for tsp_pollset_ready(). */
int tsp_pollset_wait(tsp_pollset *set, const struct timespec *timeout, int *err);

/* Descriptors that earlier waits found ready, as a hint for the next one.
 * poll() stops registering for wake-ups at the first ready entry its pass
 * meets, and a server's ready descriptors are mostly the same few; so a wait
 * with a hint puts those entries first (and the set back in its order
 * before it returns). A stale or unknown descriptor is only a weaker hint. */
#define TSP_POLL_HOT 4
typedef struct tsp_pollhot {
	int fd[TSP_POLL_HOT];
	unsigned n;
} tsp_pollhot;

/* tsp_pollset_wait() with hot as the hint (NULL: none); after a wait that
 * found something ready, hot holds the first ready descriptors. The answers
 * and set->fds on return are those tsp_pollset_wait() gives. */
int tsp_pollset_wait_hot(tsp_pollset *set, const struct timespec *timeout, int *err, tsp_pollhot *hot);

#endif
