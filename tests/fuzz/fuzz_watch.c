/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_watch.c */
/* The watch set against a model, on real descriptors: a pool of socket
 * pairs whose first ends are registered, modified, removed, forgotten after
 * a close (with a copy kept open or not, and the number used again by a new
 * pair), read and written, and waited on, in the order the input says, on
 * either backend, with allocations that fail where the input says. The
 * model holds what each registration asks for and whether a one-shot one
 * has fired; what should be reported is what poll() says of each
 * descriptor on its own at that moment. Checked after every step: ids and
 * counts, errors of refused calls (and that they change nothing), every
 * report (the right id, exactly the ready bits), nothing reported that must
 * not be (disarmed, removed, forgotten, a stale copy's old registration),
 * everything reported that must be (within max), one-shots disarmed once
 * reported, and no second edge without a change in between. */
#define _GNU_SOURCE 1
#include "src/core/tsp_watch.h"
#include "tests/fuzz/fuzz_common.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define PAIRS 10

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

/* allocations left before one fails (-1: none fails) */
static long alloc_left = -1;
static void *fz_resize(void *opaque, void *p, size_t n)
{
	(void) opaque;
	if (alloc_left == 0) {
		return NULL;
	}
	if (alloc_left > 0) {
		alloc_left--;
	}
	return realloc(p, n);
}
static void fz_release(void *opaque, void *p)
{
	(void) opaque;
	free(p);
}

typedef struct {
	int a, b;          /* a: watched; b: the peer (-1 once closed) */
	int copy;          /* a copy of an earlier a kept open, or -1 */
	bool reg;          /* registered */
	uint32_t id;
	uint32_t events;
	bool disarmed;     /* a one-shot that fired */
	bool edge_change;  /* an edge registration: something changed since its last report */
	bool edge_must;    /* an edge registration made (again) since its last report */
} pair;

static pair pool[PAIRS];
static bool backend_epoll;

static void nonblock(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

/* A fresh pair for slot k; keep_numbers: at the numbers the old one had. */
static void pair_open(int k, bool keep_numbers)
{
	int sv[2];
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	if (keep_numbers) {
		if (sv[1] == pool[k].a) {
			int t = sv[0]; /* the ends are alike */
			sv[0] = sv[1];
			sv[1] = t;
		}
		if (sv[0] != pool[k].a) {
			CHECK(dup2(sv[0], pool[k].a) == pool[k].a);
			close(sv[0]);
			sv[0] = pool[k].a;
		}
	}
	pool[k].a = sv[0];
	pool[k].b = sv[1];
	nonblock(sv[0]);
	nonblock(sv[1]);
	pool[k].reg = false;
	pool[k].disarmed = false;
	pool[k].edge_change = false;
	pool[k].edge_must = false;
}

/* Something happened that a registration may report afresh. */
static void changed(pair *p, bool registered_again)
{
	p->edge_change = true;
	if (registered_again) {
		p->edge_must = true;
	}
}

/* What poll() says of pair k's watched end for what its registration asks. */
static uint32_t reference(const pair *p)
{
	struct pollfd pf;
	uint32_t got = 0;
	pf.fd = p->a;
	pf.events = (short) (((p->events & TSP_WATCH_READ) ? POLLIN : 0) | ((p->events & TSP_WATCH_WRITE) ? POLLOUT : 0)
		| ((backend_epoll && (p->events & TSP_WATCH_RDHUP)) ? POLLRDHUP : 0));
	pf.revents = 0;
	while (poll(&pf, 1, 0) < 0) {
		CHECK(errno == EINTR); /* libFuzzer's own SIGALRM */
	}
	got |= (pf.revents & POLLIN) ? TSP_WATCH_READ : 0;
	got |= (pf.revents & POLLOUT) ? TSP_WATCH_WRITE : 0;
	got |= (pf.revents & POLLERR) ? TSP_WATCH_ERROR : 0;
	got |= (pf.revents & POLLHUP) ? TSP_WATCH_HUP : 0;
	got |= (pf.revents & POLLRDHUP) ? TSP_WATCH_RDHUP : 0;
	return got;
}

static int pair_of_id(uint32_t id)
{
	int k;
	for (k = 0; k < PAIRS; k++) {
		if (pool[k].reg && pool[k].id == id) {
			return k;
		}
	}
	return -1;
}

static void check_model(tsp_watch *set)
{
	size_t count = 0;
	int k;
	for (k = 0; k < PAIRS; k++) {
		if (pool[k].reg) {
			count++;
			CHECK(tsp_watch_find(set, pool[k].a) == pool[k].id);
			CHECK(tsp_watch_fd(set, pool[k].id) == pool[k].a);
			CHECK(tsp_watch_events(set, pool[k].id) == pool[k].events);
			CHECK(tsp_watch_disarmed(set, pool[k].id) == pool[k].disarmed);
		} else {
			CHECK(tsp_watch_find(set, pool[k].a) == TSP_WATCH_NONE);
		}
	}
	CHECK(tsp_watch_count(set) == count);
}

static uint32_t draw_events(input *in)
{
	uint32_t e = byte(in) & TSP_WATCH_EVENTS;
	if (!backend_epoll && (byte(in) & 1)) {
		e &= ~TSP_WATCH_EDGE; /* mostly what poll takes */
	}
	return e & ~(TSP_WATCH_ERROR | TSP_WATCH_HUP) ? e : e | TSP_WATCH_READ;
}

static void op_wait(tsp_watch *set, input *in)
{
	static const struct timespec now = { 0, 0 };
	tsp_watch_event ev[PAIRS + 1];
	size_t max = 1 + byte(in) % (PAIRS + 2), must = 0, i;
	bool reported[PAIRS], rebuilt;
	int n, err = 0, k, kfd;

	if (max > PAIRS + 1) {
		max = PAIRS + 1;
	}
	for (k = 0; k < PAIRS; k++) {
		pair *p = &pool[k];
		if (p->reg && !p->disarmed && reference(p) && (!(p->events & TSP_WATCH_EDGE) || p->edge_must)) {
			must++;
		}
	}
	kfd = tsp_watch_kernel_fd(set);
	n = tsp_watch_wait(set, ev, max, &now, &err);
	if (getenv("FUZZ_WATCH_TRACE")) {
		fprintf(stderr, "  wait max %zu must %zu: %d reports", max, must, n);
		for (i = 0; n > 0 && i < (size_t) n; i++) {
			fprintf(stderr, " id %u 0x%x", ev[i].id, ev[i].events);
		}
		fprintf(stderr, "\n");
	}
	if (n < 0) {
		CHECK((err == ENOMEM && alloc_left == 0) || err == EINTR); /* EINTR: libFuzzer's own SIGALRM */
		return;
	}
	/* stale reports made the wait build the kernel object again: they may
	 * have taken the room of live ones (those come with the next wait), and
	 * an edge registration may report afresh */
	rebuilt = tsp_watch_kernel_fd(set) != kfd;
	CHECK((size_t) n <= max);
	CHECK(rebuilt || (size_t) n >= (must < max ? must : max));
	memset(reported, 0, sizeof(reported));
	for (i = 0; i < (size_t) n; i++) {
		k = pair_of_id(ev[i].id);
		CHECK(k >= 0);
		CHECK(!reported[k]); /* once per wait */
		reported[k] = true;
		CHECK(!pool[k].disarmed);
		CHECK(ev[i].events == reference(&pool[k]));
		CHECK(ev[i].events != 0);
		if (pool[k].events & TSP_WATCH_EDGE) {
			CHECK(pool[k].edge_change || rebuilt); /* no second edge without a change */
			pool[k].edge_change = false;
			pool[k].edge_must = false;
		}
		if (pool[k].events & TSP_WATCH_ONESHOT) {
			pool[k].disarmed = true;
		}
	}
	if (rebuilt) {
		/* the edges of the new object may have come in this wait already, or
		 * come with the next one */
		for (k = 0; k < PAIRS; k++) {
			changed(&pool[k], false);
			pool[k].edge_must = false;
		}
	}
}

static void op_add(tsp_watch *set, input *in, int k)
{
	uint32_t e = draw_events(in), id = TSP_WATCH_NONE;
	int rc = tsp_watch_add(set, pool[k].a, e, &id);
	if (pool[k].reg) {
		CHECK(rc == EEXIST);
	} else if ((e & TSP_WATCH_EDGE) && !backend_epoll) {
		CHECK(rc == EOPNOTSUPP);
	} else if (rc == ENOMEM) {
		CHECK(alloc_left == 0);
	} else {
		CHECK(rc == 0 && pair_of_id(id) < 0);
		pool[k].reg = true;
		pool[k].id = id;
		pool[k].events = e;
		pool[k].disarmed = false;
		changed(&pool[k], true);
	}
}

static void op_modify(tsp_watch *set, input *in, int k)
{
	uint32_t e = draw_events(in);
	uint32_t id = pool[k].reg ? pool[k].id : (uint32_t) byte(in);
	int rc = tsp_watch_modify(set, id, e), owner = pair_of_id(id);
	if (owner < 0) {
		CHECK(rc == ENOENT);
	} else if ((e & TSP_WATCH_EDGE) && !backend_epoll) {
		CHECK(rc == EOPNOTSUPP);
	} else {
		CHECK(rc == 0);
		pool[owner].events = e;
		pool[owner].disarmed = false;
		changed(&pool[owner], true);
	}
}

/* The watched end goes: forgotten, then a new pair at the same numbers. */
static void op_close_watched(tsp_watch *set, input *in, int k)
{
	uint8_t how = byte(in);
	if (how & 1) {
		if (pool[k].copy >= 0) {
			close(pool[k].copy);
		}
		pool[k].copy = dup(pool[k].a); /* the old file lives on */
	}
	close(pool[k].a);
	if (pool[k].reg) {
		tsp_watch_forget(set, pool[k].id);
	}
	if (pool[k].b >= 0) {
		close(pool[k].b);
	}
	pair_open(k, true);
	if (pool[k].copy >= 0 && (how & 2)) {
		/* the old file becomes ready: its old registration must stay quiet */
		char c = 'x';
		CHECK(send(pool[k].copy, &c, 1, MSG_NOSIGNAL) == 1 || errno == EPIPE || errno == EAGAIN);
	}
}

static void step(tsp_watch *set, input *in)
{
	uint8_t op = byte(in);
	int k = byte(in) % PAIRS;
	pair *p = &pool[k];
	char buf[64];

	if (getenv("FUZZ_WATCH_TRACE")) {
		fprintf(stderr, "step op %d pair %d (reg %d id %u events 0x%x disarmed %d)\n", op % 11, k, p->reg,
			p->id, p->events, p->disarmed);
	}
	switch (op % 11) {
		case 0: op_add(set, in, k); break;
		case 1: op_modify(set, in, k); break;
		case 2: {
			uint32_t id = p->reg ? p->id : (uint32_t) byte(in);
			int rc = tsp_watch_remove(set, id), owner = pair_of_id(id);
			CHECK(owner < 0 ? rc == ENOENT : rc == 0);
			if (owner >= 0) {
				pool[owner].reg = false;
			}
			break;
		}
		case 3:
			if (p->b >= 0) {
				CHECK(send(p->b, "x", 1, MSG_NOSIGNAL) == 1 || errno == EAGAIN || errno == EPIPE);
				changed(p, false);
			}
			break;
		case 4:
			while (read(p->a, buf, sizeof(buf)) > 0) {
			}
			break;
		case 5:
			if (p->b >= 0) {
				shutdown(p->b, SHUT_WR);
				changed(p, false);
			}
			break;
		case 6:
			if (p->b >= 0) {
				close(p->b);
				p->b = -1;
				changed(p, false);
			}
			break;
		case 7: op_close_watched(set, in, k); break;
		case 8:
			CHECK(tsp_watch_rebuild(set) == 0);
			for (k = 0; k < PAIRS; k++) {
				changed(&pool[k], true); /* a new registration may report afresh */
			}
			break;
		case 9:
			alloc_left = byte(in) % 4;
			break;
		default: op_wait(set, in); break;
	}
	if (op % 11 != 9) {
		alloc_left = -1;
	}
	check_model(set);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const tsp_watch_alloc alloc = { fz_resize, fz_release, NULL };
	input in = { data, size };
	tsp_watch *set = NULL;
	size_t steps = 0;
	int k;

	backend_epoll = byte(&in) & 1;
	alloc_left = -1;
	CHECK(tsp_watch_create(&set, backend_epoll ? TSP_WATCH_EPOLL : TSP_WATCH_POLL, &alloc) == 0);
	for (k = 0; k < PAIRS; k++) {
		pool[k].copy = -1;
		pair_open(k, false);
	}
	check_model(set);
	while (in.n && steps++ < 200) {
		step(set, &in);
	}
	alloc_left = -1;
	op_wait(set, &in);
	tsp_watch_destroy(set);
	for (k = 0; k < PAIRS; k++) {
		close(pool[k].a);
		if (pool[k].b >= 0) {
			close(pool[k].b);
		}
		if (pool[k].copy >= 0) {
			close(pool[k].copy);
		}
	}
	return 0;
}
