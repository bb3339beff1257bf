/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* select() semantics on top of poll(): the same answers for the read, write
 * and except sets, with no FD_SETSIZE ceiling. Plain C, no PHP; the caller
 * provides all memory. */
#ifndef TSP_POLL_H
#define TSP_POLL_H

#include <poll.h>
#include <stddef.h>
#include <time.h>

/* The three sets of select(). */
#define TSP_POLL_READ   1u
#define TSP_POLL_WRITE  2u
#define TSP_POLL_EXCEPT 4u

/* A set of distinct descriptors with what is asked of each. */
typedef struct tsp_pollset {
	struct pollfd *fds;  /* caller's array of cap entries; fds[0..n) in use */
	unsigned *want;      /* caller's array of cap entries: TSP_POLL_* bits per entry */
	size_t n, cap;
	size_t *slots;       /* caller's hash table: nslots entries, a power of two >= 2 * cap */
	size_t nslots;
} tsp_pollset;

/* Prepares set over the caller's arrays. nslots must be a power of two of
 * at least 2 * cap. */
void tsp_pollset_init(tsp_pollset *set, struct pollfd *fds, unsigned *want, size_t cap,
	size_t *slots, size_t nslots);

/* Adds fd to the sets in bits (TSP_POLL_*); an fd already there gets the
 * bits added. Returns its index in set->fds, or (size_t) -1 when full. */
size_t tsp_pollset_add(tsp_pollset *set, int fd, unsigned bits);

/* What select() would say of entry i after the wait: the TSP_POLL_* bits of
 * the sets it was asked for and is ready in. */
unsigned tsp_pollset_ready(const tsp_pollset *set, size_t i);

/* Converts select()'s timeout (seconds, microseconds) to a timespec. Values
 * of 1,000,000 microseconds or more carry into the seconds; sums that do not
 * fit saturate. Returns 0, or -1 when either part is negative (select()'s
 * EINVAL). */
int tsp_poll_timeout(long long sec, long long usec, struct timespec *out);

/* Waits on the set (timeout NULL: for ever). Returns the number of
 * (descriptor, set) pairs ready, as select() counts them, or -1 with *err
 * (EBADF when a descriptor is not open, as select() says). */
int tsp_pollset_wait(tsp_pollset *set, const struct timespec *timeout, int *err);

#endif
