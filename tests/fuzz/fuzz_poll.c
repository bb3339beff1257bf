/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_poll.c */
/* The poll set with select() semantics, without a single system call: a set
 * with the descriptor table and a small one without (TSP_POLL_SMALL), fed
 * tsp_pollset_add(fd, bits) from the input and checked against a model;
 * then revents from the input, and tsp_pollset_ready/_ready_fd checked
 * against each other and the select() masks of core/tsp_poll.h. Also
 * tsp_poll_timeout against a 128-bit reference. */
#include "src/core/tsp_poll.h"
#include "tests/fuzz/fuzz_common.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FD_RANGE 80   /* descriptors drawn from [-4, FD_RANGE - 4) */
#define CAP_MAX 40
#define NPOS_MAX 64

typedef struct {
	const uint8_t *d;
	size_t n;
} input;

static uint8_t byte(input *in)
{
	uint8_t b = 0;
	if (in->n) {
		b = *in->d++;
		in->n--;
	}
	return b;
}

/* the model: which bits each descriptor was asked for, and its index */
typedef struct {
	unsigned bits[FD_RANGE];
	long idx[FD_RANGE];
	size_t n;
} model;

static unsigned ref_ready(short events, short revents)
{
	unsigned got = 0;
	if ((events & POLLIN) && (revents & (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR))) {
		got |= TSP_POLL_READ;
	}
	if ((events & POLLOUT) && (revents & (POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR))) {
		got |= TSP_POLL_WRITE;
	}
	if ((events & POLLPRI) && (revents & POLLPRI)) {
		got |= TSP_POLL_EXCEPT;
	}
	return got;
}

static void check_set(const tsp_pollset *set, const model *m)
{
	size_t i, j;
	CHECK(set->n <= set->cap);
	CHECK(set->n == m->n);
	for (i = 0; i < set->n; i++) {
		int fd = set->fds[i].fd;
		CHECK(fd >= 0 && fd < FD_RANGE);
		for (j = i + 1; j < set->n; j++) {
			CHECK(set->fds[j].fd != fd); /* each descriptor once */
		}
		CHECK(m->idx[fd] == (long) i);
		CHECK(set->fds[i].events == tsp_poll_events(m->bits[fd]));
		if (set->pos) {
			CHECK((size_t) fd < set->npos);
			CHECK(set->pos[fd] == (int32_t) i);
		}
	}
	if (set->pos) {
		for (i = 0; i < set->npos; i++) {
			CHECK(set->pos[i] == (i < FD_RANGE && m->idx[i] >= 0 ? (int32_t) m->idx[i] : -1));
		}
	}
}

static void run(input *in, int with_pos)
{
	struct pollfd *fds;
	int32_t *pos = NULL, *grown = NULL;
	size_t cap, npos = 0, ops, k;
	tsp_pollset set;
	model m;

	if (with_pos) {
		cap = 1 + byte(in) % CAP_MAX;
		npos = byte(in) % (NPOS_MAX + 1);
		pos = malloc((npos ? npos : 1) * sizeof(*pos));
		CHECK(pos != NULL);
	} else {
		cap = 1 + byte(in) % TSP_POLL_SMALL;
	}
	fds = malloc(cap * sizeof(*fds)); /* exactly cap entries: ASan sees an overrun */
	CHECK(fds != NULL);
	memset(fds, 0xa5, cap * sizeof(*fds));
	tsp_pollset_init(&set, fds, cap, pos, npos);
	CHECK(set.n == 0 && set.cap == cap && set.fds == fds && set.pos == pos);
	CHECK(set.npos == (pos ? npos : 0));

	memset(&m, 0, sizeof(m));
	for (k = 0; k < FD_RANGE; k++) {
		m.idx[k] = -1;
	}
	check_set(&set, &m);

	ops = byte(in) % 64;
	for (k = 0; k < ops && in->n; k++) {
		uint8_t a = byte(in), b = byte(in);
		int fd = (int) (a % FD_RANGE) - 4;
		unsigned bits = b & 7u;
		size_t r;

		if (with_pos && (b & 0x80) && set.npos < NPOS_MAX) {
			/* the caller grows the table: copy, then hand it over */
			size_t nn = set.npos + 1 + (b >> 3) % 16;
			if (nn > NPOS_MAX) {
				nn = NPOS_MAX;
			}
			grown = malloc(nn * sizeof(*grown));
			CHECK(grown != NULL);
			memset(grown, 0x3c, nn * sizeof(*grown));
			if (set.npos) {
				memcpy(grown, set.pos, set.npos * sizeof(*grown));
			}
			tsp_pollset_pos_grown(&set, grown, nn);
			free(pos);
			pos = grown;
			npos = nn;
			CHECK(set.pos == pos && set.npos == npos);
			check_set(&set, &m);
		}

		r = tsp_pollset_add(&set, fd, bits);
		if (fd < 0 || (with_pos && (size_t) fd >= set.npos)) {
			CHECK(r == (size_t) -1);
		} else if (m.idx[fd] >= 0) {
			CHECK(r == (size_t) m.idx[fd]);
			m.bits[fd] |= bits;
		} else if (m.n == cap) {
			CHECK(r == (size_t) -1); /* full */
		} else {
			CHECK(r == m.n);
			m.idx[fd] = (long) m.n++;
			m.bits[fd] = bits;
		}
		check_set(&set, &m);
	}

	/* what poll() might answer, then what select() would say */
	for (k = 0; k < set.n; k++) {
		uint8_t lo = byte(in), hi = byte(in);
		set.fds[k].revents = (short) (lo | (hi << 8));
	}
	for (k = 0; k < set.n; k++) {
		unsigned got = tsp_pollset_ready(&set, k);
		unsigned want = ref_ready(set.fds[k].events, set.fds[k].revents);
		CHECK(got == want);
		CHECK((got & ~m.bits[set.fds[k].fd]) == 0); /* only sets that were asked */
		CHECK(tsp_pollset_ready_fd(&set, set.fds[k].fd) == got);
		if (!set.fds[k].revents) {
			CHECK(got == 0);
		}
	}
	for (k = 0; k < FD_RANGE + 8; k++) {
		int fd = (int) k - 4;
		if (fd < 0 || fd >= FD_RANGE || m.idx[fd] < 0) {
			CHECK(tsp_pollset_ready_fd(&set, fd) == 0);
		}
	}
	CHECK(tsp_pollset_ready_fd(&set, INT_MAX) == 0);
	CHECK(tsp_pollset_ready_fd(&set, INT_MIN) == 0);

	free(fds);
	free(pos);
}

static void check_timeout(long long sec, long long usec)
{
	struct timespec ts = { -1, -1 };
	__int128 s = sec, u = usec;
	int rc = tsp_poll_timeout(sec, usec, &ts);

	if (u > 999999) {
		s += u / 1000000;
		u %= 1000000;
		if (s > LLONG_MAX) {
			CHECK(rc == -1); /* select()'s own sum would wrap negative */
			return;
		}
	}
	if (s < 0 || u < 0) {
		CHECK(rc == -1);
		return;
	}
	CHECK(rc == 0);
	if (s > 1000000000000LL) {
		s = 1000000000000LL;
	}
	CHECK(ts.tv_sec == (time_t) s);
	CHECK(ts.tv_nsec == (long) (u * 1000));
	CHECK(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000L);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = { data, size };
	uint8_t mode = byte(&in);

	if (mode & 1) {
		run(&in, 1);
	} else {
		run(&in, 0);
	}
	if (in.n >= 16) {
		long long sec, usec;
		memcpy(&sec, in.d, 8);
		memcpy(&usec, in.d + 8, 8);
		if (mode & 2) {
			sec %= 100;
			usec %= 5000000;
		}
		check_timeout(sec, usec);
	}
	return 0;
}
