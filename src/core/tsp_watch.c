/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_watch.h"
#include "tsp_time.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
# define TSP_WATCH_HAVE_EPOLL 1
# include <sys/epoll.h>
# if defined(HAVE_EPOLL_PWAIT2) || (defined(__GLIBC__) && defined(__GLIBC_PREREQ) && __GLIBC_PREREQ(2, 35))
#  define TSP_WATCH_HAVE_PWAIT2 1
# endif
#endif

/* entry flags */
#define ENT_KERNEL   1u /* epoll: registered in the kernel object */
#define ENT_DISARMED 2u /* a one-shot registration that fired */

typedef struct tsp_watch_entry {
	int fd;             /* -1: the entry is free */
	uint32_t events;    /* as asked (TSP_WATCH_EVENTS bits) */
	uint32_t gen;       /* bumped at each registration in this entry (epoll) */
	uint32_t flags;
	uint32_t pos;       /* poll: index in pfds */
	uint32_t next_free; /* the free list, TSP_WATCH_NONE-terminated */
} tsp_watch_entry;

struct tsp_watch {
	tsp_watch_backend backend;
	tsp_watch_alloc alloc;
	tsp_watch_hooks hooks;
	int kfd;                 /* the epoll descriptor, or -1 */
	tsp_watch_entry *ents;
	uint32_t nents, cap_ents, free_head;
	size_t count;
	int32_t *byfd;           /* fd -> id, or -1 */
	size_t nbyfd;
	struct pollfd *pfds;     /* poll: in registration order, holes have fd -1 */
	uint32_t *pids;          /* poll: the id of each pfds entry (TSP_WATCH_NONE for a hole) */
	size_t npfds, cap_pfds, holes;
	void *evbuf;             /* epoll: struct epoll_event[cap_ev] */
	size_t cap_ev;
	bool no_pwait2;          /* the kernel has no epoll_pwait2() */
	size_t forgotten;        /* epoll: forgotten since the kernel object was made (each may linger there) */
};

bool tsp_watch_backend_available(tsp_watch_backend backend)
{
#ifdef TSP_WATCH_HAVE_EPOLL
	if (backend == TSP_WATCH_EPOLL) {
		return true;
	}
#endif
	return backend == TSP_WATCH_POLL;
}

bool tsp_watch_backend_edge(tsp_watch_backend backend)
{
	return backend == TSP_WATCH_EPOLL && tsp_watch_backend_available(backend);
}

/* Grows *p (of *cap elements of size) to at least want elements. */
static int tsp_watch_grow(tsp_watch *set, void **p, size_t *cap, size_t want, size_t size)
{
	size_t n = *cap ? *cap : 8;
	void *q;
	if (want <= *cap) {
		return 0;
	}
	while (n < want) {
		if (n > SIZE_MAX / 2) {
			return ENOMEM;
		}
		n *= 2;
	}
	if (n > SIZE_MAX / size) {
		return ENOMEM;
	}
	q = set->alloc.resize(set->alloc.opaque, *p, n * size);
	if (!q) {
		return ENOMEM;
	}
	*p = q;
	*cap = n;
	return 0;
}

int tsp_watch_create(tsp_watch **out, tsp_watch_backend backend, const tsp_watch_alloc *alloc)
{
	tsp_watch *set;

	*out = NULL;
	if (!tsp_watch_backend_available(backend)) {
		return ENOSYS;
	}
	set = alloc->resize(alloc->opaque, NULL, sizeof(*set));
	if (!set) {
		return ENOMEM;
	}
	memset(set, 0, sizeof(*set));
	set->backend = backend;
	set->alloc = *alloc;
	set->kfd = -1;
	set->free_head = TSP_WATCH_NONE;
#ifdef TSP_WATCH_HAVE_EPOLL
	if (backend == TSP_WATCH_EPOLL) {
		set->kfd = epoll_create1(EPOLL_CLOEXEC);
		if (set->kfd < 0) {
			int err = errno;
			alloc->release(alloc->opaque, set);
			return err;
		}
	}
#endif
	*out = set;
	return 0;
}

void tsp_watch_destroy(tsp_watch *set)
{
	if (!set) {
		return;
	}
	if (set->kfd >= 0) {
		close(set->kfd);
	}
	set->alloc.release(set->alloc.opaque, set->ents);
	set->alloc.release(set->alloc.opaque, set->byfd);
	set->alloc.release(set->alloc.opaque, set->pfds);
	set->alloc.release(set->alloc.opaque, set->pids);
	set->alloc.release(set->alloc.opaque, set->evbuf);
	set->alloc.release(set->alloc.opaque, set);
}

tsp_watch_backend tsp_watch_get_backend(const tsp_watch *set)
{
	return set->backend;
}

void tsp_watch_set_hooks(tsp_watch *set, const tsp_watch_hooks *hooks)
{
	if (hooks) {
		set->hooks = *hooks;
	} else {
		memset(&set->hooks, 0, sizeof(set->hooks));
	}
}

static tsp_watch_entry *tsp_watch_entry_of(const tsp_watch *set, uint32_t id)
{
	if (id >= set->nents || set->ents[id].fd < 0) {
		return NULL;
	}
	return &set->ents[id];
}

uint32_t tsp_watch_find(const tsp_watch *set, int fd)
{
	if (fd < 0 || (size_t) fd >= set->nbyfd || set->byfd[fd] < 0) {
		return TSP_WATCH_NONE;
	}
	return (uint32_t) set->byfd[fd];
}

int tsp_watch_fd(const tsp_watch *set, uint32_t id)
{
	const tsp_watch_entry *e = tsp_watch_entry_of(set, id);
	return e ? e->fd : -1;
}

uint32_t tsp_watch_events(const tsp_watch *set, uint32_t id)
{
	const tsp_watch_entry *e = tsp_watch_entry_of(set, id);
	return e ? e->events : 0;
}

bool tsp_watch_disarmed(const tsp_watch *set, uint32_t id)
{
	const tsp_watch_entry *e = tsp_watch_entry_of(set, id);
	return e && (e->flags & ENT_DISARMED);
}

size_t tsp_watch_count(const tsp_watch *set)
{
	return set->count;
}

int tsp_watch_kernel_fd(const tsp_watch *set)
{
	return set->kfd;
}

static short tsp_watch_to_poll(uint32_t events)
{
	return (short) (((events & TSP_WATCH_READ) ? POLLIN : 0) | ((events & TSP_WATCH_WRITE) ? POLLOUT : 0));
}

static uint32_t tsp_watch_from_poll(short revents)
{
	uint32_t got = 0;
	if (revents & POLLNVAL) {
		return TSP_WATCH_INVALID;
	}
	got |= (revents & POLLIN) ? TSP_WATCH_READ : 0;
	got |= (revents & POLLOUT) ? TSP_WATCH_WRITE : 0;
	got |= (revents & POLLERR) ? TSP_WATCH_ERROR : 0;
	got |= (revents & POLLHUP) ? TSP_WATCH_HUP : 0;
	return got;
}

#ifdef TSP_WATCH_HAVE_EPOLL
static void tsp_watch_to_epoll(const tsp_watch_entry *e, uint32_t id, struct epoll_event *ev)
{
	uint32_t k = 0;
	k |= (e->events & TSP_WATCH_READ) ? EPOLLIN : 0;
	k |= (e->events & TSP_WATCH_WRITE) ? EPOLLOUT : 0;
	k |= (e->events & TSP_WATCH_RDHUP) ? EPOLLRDHUP : 0;
	k |= (e->events & TSP_WATCH_ONESHOT) ? EPOLLONESHOT : 0;
	k |= (e->events & TSP_WATCH_EDGE) ? EPOLLET : 0;
	memset(ev, 0, sizeof(*ev));
	ev->events = k;
	ev->data.u64 = ((uint64_t) e->gen << 32) | id;
}

static uint32_t tsp_watch_from_epoll(uint32_t k)
{
	uint32_t got = 0;
	got |= (k & EPOLLIN) ? TSP_WATCH_READ : 0;
	got |= (k & EPOLLOUT) ? TSP_WATCH_WRITE : 0;
	got |= (k & EPOLLERR) ? TSP_WATCH_ERROR : 0;
	got |= (k & EPOLLHUP) ? TSP_WATCH_HUP : 0;
	got |= (k & EPOLLRDHUP) ? TSP_WATCH_RDHUP : 0;
	return got;
}
#endif

/* A free entry (from the free list, or a new one): its id, or TSP_WATCH_NONE. */
static uint32_t tsp_watch_take_entry(tsp_watch *set)
{
	uint32_t id;
	if (set->free_head != TSP_WATCH_NONE) {
		return set->free_head;
	}
	if (set->nents == UINT32_MAX - 1) {
		return TSP_WATCH_NONE;
	}
	{
		size_t cap = set->cap_ents;
		void *p = set->ents;
		if (tsp_watch_grow(set, &p, &cap, (size_t) set->nents + 1, sizeof(tsp_watch_entry)) != 0) {
			return TSP_WATCH_NONE;
		}
		set->ents = p;
		set->cap_ents = (uint32_t) (cap > UINT32_MAX ? UINT32_MAX : cap);
	}
	id = set->nents++;
	memset(&set->ents[id], 0, sizeof(set->ents[id]));
	set->ents[id].fd = -1;
	set->ents[id].next_free = set->free_head;
	set->free_head = id;
	return id;
}

/* Room for every allocation an add of fd may need, before anything changes. */
static int tsp_watch_reserve(tsp_watch *set, int fd)
{
	if ((size_t) fd >= set->nbyfd) {
		size_t old = set->nbyfd, cap = old;
		void *p = set->byfd;
		int err = tsp_watch_grow(set, &p, &cap, (size_t) fd + 1, sizeof(int32_t));
		if (err) {
			return err;
		}
		set->byfd = p;
		memset(set->byfd + old, 0xff, (cap - old) * sizeof(int32_t)); /* -1 */
		set->nbyfd = cap;
	}
	if (set->backend == TSP_WATCH_POLL) {
		size_t cap = set->cap_pfds;
		void *p = set->pfds, *q = set->pids;
		int err = tsp_watch_grow(set, &p, &cap, set->npfds + 1, sizeof(struct pollfd));
		if (err) {
			return err;
		}
		set->pfds = p;
		cap = set->cap_pfds;
		err = tsp_watch_grow(set, &q, &cap, set->npfds + 1, sizeof(uint32_t));
		if (err) {
			return err;
		}
		set->pids = q;
		set->cap_pfds = cap;
	}
	return tsp_watch_take_entry(set) == TSP_WATCH_NONE ? ENOMEM : 0;
}

int tsp_watch_add(tsp_watch *set, int fd, uint32_t events, uint32_t *id)
{
	tsp_watch_entry *e;
	uint32_t i;
	int err;

	if (fd < 0) {
		return EBADF;
	}
	if (tsp_watch_find(set, fd) != TSP_WATCH_NONE) {
		return EEXIST;
	}
	if ((events & TSP_WATCH_EDGE) && !tsp_watch_backend_edge(set->backend)) {
		return EOPNOTSUPP;
	}
	err = tsp_watch_reserve(set, fd);
	if (err) {
		return err;
	}
	i = set->free_head;
	e = &set->ents[i];
	e->fd = fd;
	e->events = events & TSP_WATCH_EVENTS;
	e->flags = 0;
	e->gen++;
#ifdef TSP_WATCH_HAVE_EPOLL
	if (set->backend == TSP_WATCH_EPOLL) {
		struct epoll_event ev;
		tsp_watch_to_epoll(e, i, &ev);
		if (epoll_ctl(set->kfd, EPOLL_CTL_ADD, fd, &ev) != 0) {
			e->fd = -1;
			return errno;
		}
		e->flags = ENT_KERNEL;
	}
#endif
	set->free_head = e->next_free;
	if (set->backend == TSP_WATCH_POLL) {
		e->pos = (uint32_t) set->npfds;
		set->pfds[set->npfds].fd = fd;
		set->pfds[set->npfds].events = tsp_watch_to_poll(e->events);
		set->pfds[set->npfds].revents = 0;
		set->pids[set->npfds++] = i;
	}
	set->byfd[fd] = (int32_t) i;
	set->count++;
	*id = i;
	return 0;
}

int tsp_watch_modify(tsp_watch *set, uint32_t id, uint32_t events)
{
	tsp_watch_entry *e = tsp_watch_entry_of(set, id);

	if (!e) {
		return ENOENT;
	}
	if ((events & TSP_WATCH_EDGE) && !tsp_watch_backend_edge(set->backend)) {
		return EOPNOTSUPP;
	}
#ifdef TSP_WATCH_HAVE_EPOLL
	if (set->backend == TSP_WATCH_EPOLL) {
		tsp_watch_entry next = *e;
		struct epoll_event ev;
		next.events = events & TSP_WATCH_EVENTS;
		tsp_watch_to_epoll(&next, id, &ev);
		if (epoll_ctl(set->kfd, (e->flags & ENT_KERNEL) ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, e->fd, &ev) != 0) {
			return errno;
		}
		e->flags |= ENT_KERNEL;
	}
#endif
	e->events = events & TSP_WATCH_EVENTS;
	e->flags &= ~ENT_DISARMED;
	if (set->backend == TSP_WATCH_POLL) {
		set->pfds[e->pos].fd = e->fd;
		set->pfds[e->pos].events = tsp_watch_to_poll(e->events);
	}
	return 0;
}

/* poll: closes the holes, keeping the registration order. */
static void tsp_watch_compact(tsp_watch *set)
{
	size_t i, j = 0;
	for (i = 0; i < set->npfds; i++) {
		if (set->pids[i] == TSP_WATCH_NONE) {
			continue;
		}
		set->pfds[j] = set->pfds[i];
		set->pids[j] = set->pids[i];
		set->ents[set->pids[j]].pos = (uint32_t) j;
		j++;
	}
	set->npfds = j;
	set->holes = 0;
}

/* Takes the entry out of the set's tables (no system call). */
static void tsp_watch_drop(tsp_watch *set, uint32_t id)
{
	tsp_watch_entry *e = &set->ents[id];
	if (set->backend == TSP_WATCH_POLL) {
		set->pfds[e->pos].fd = -1;
		set->pfds[e->pos].events = 0;
		set->pids[e->pos] = TSP_WATCH_NONE;
		if (e->pos + 1 == set->npfds) {
			set->npfds--;
		} else if (++set->holes > 32 && set->holes > set->npfds / 2) {
			tsp_watch_compact(set);
		}
	}
	set->byfd[e->fd] = -1;
	e->fd = -1;
	e->flags = 0;
	e->next_free = set->free_head;
	set->free_head = id;
	set->count--;
}

int tsp_watch_remove(tsp_watch *set, uint32_t id)
{
	tsp_watch_entry *e = tsp_watch_entry_of(set, id);
	int rc = 0;

	if (!e) {
		return ENOENT;
	}
#ifdef TSP_WATCH_HAVE_EPOLL
	if (set->backend == TSP_WATCH_EPOLL && (e->flags & ENT_KERNEL)) {
		struct epoll_event ev; /* ignored, but kernels before 2.6.9 wanted one */
		memset(&ev, 0, sizeof(ev));
		if (epoll_ctl(set->kfd, EPOLL_CTL_DEL, e->fd, &ev) != 0) {
			rc = errno;
		}
	}
#endif
	tsp_watch_drop(set, id);
	return rc;
}

void tsp_watch_forget(tsp_watch *set, uint32_t id)
{
	tsp_watch_entry *e = tsp_watch_entry_of(set, id);
	if (e) {
		if (e->flags & ENT_KERNEL) {
			set->forgotten++;
		}
		tsp_watch_drop(set, id);
	}
}

int tsp_watch_rebuild(tsp_watch *set)
{
#ifdef TSP_WATCH_HAVE_EPOLL
	uint32_t id;
	int kfd;

	if (set->backend != TSP_WATCH_EPOLL) {
		return 0;
	}
	kfd = epoll_create1(EPOLL_CLOEXEC);
	if (kfd < 0) {
		return errno;
	}
	for (id = 0; id < set->nents; id++) {
		tsp_watch_entry *e = &set->ents[id];
		struct epoll_event ev;
		if (e->fd < 0) {
			continue;
		}
		e->flags &= ~ENT_KERNEL;
		if (set->hooks.alive && !set->hooks.alive(set->hooks.opaque, id, e->fd)) {
			tsp_watch_drop(set, id);
		} else if (e->flags & ENT_DISARMED) {
			continue; /* registered again by the modify that re-arms it */
		} else {
			tsp_watch_to_epoll(e, id, &ev);
			if (epoll_ctl(kfd, EPOLL_CTL_ADD, e->fd, &ev) == 0) {
				e->flags |= ENT_KERNEL;
				continue;
			}
			tsp_watch_drop(set, id);
		}
		if (set->hooks.dropped) {
			set->hooks.dropped(set->hooks.opaque, id);
		}
	}
	close(set->kfd);
	set->kfd = kfd;
	set->forgotten = 0;
#else
	(void) set;
#endif
	return 0;
}

/* poll: one round. Returns the reports written, or -1 with *err. */
static int tsp_watch_poll_once(tsp_watch *set, tsp_watch_event *out, size_t max, const struct timespec *timeout, int *err)
{
	size_t i, n = 0;
	int rc = ppoll(set->pfds, (nfds_t) set->npfds, timeout, NULL);

	if (rc < 0) {
		*err = errno;
		return -1;
	}
	for (i = 0; rc > 0 && n < max && i < set->npfds; i++) {
		tsp_watch_entry *e;
		uint32_t got;
		if (set->pfds[i].fd < 0 || !set->pfds[i].revents) {
			continue;
		}
		rc--;
		e = &set->ents[set->pids[i]];
		got = tsp_watch_from_poll(set->pfds[i].revents);
		if (got == TSP_WATCH_INVALID || (e->events & TSP_WATCH_ONESHOT)) {
			set->pfds[i].fd = -1; /* disarmed: poll() skips a negative descriptor */
			e->flags |= ENT_DISARMED;
		}
		out[n].id = set->pids[i];
		out[n++].events = got;
	}
	return (int) n;
}

#ifdef TSP_WATCH_HAVE_EPOLL
/* epoll_wait() with a timespec: in milliseconds (at most INT_MAX: the
 * caller's deadline loop waits again for the rest), or, for a timeout finer
 * than that, epoll_pwait2() where the kernel has it (else rounded up). */
static int tsp_watch_epoll_call(tsp_watch *set, struct epoll_event *evs, int cap, const struct timespec *timeout)
{
	long long ms;
# ifdef TSP_WATCH_HAVE_PWAIT2
	if (timeout && timeout->tv_nsec % 1000000 != 0 && !set->no_pwait2) {
		int rc = epoll_pwait2(set->kfd, evs, cap, timeout, NULL);
		if (rc >= 0 || errno != ENOSYS) {
			return rc;
		}
		set->no_pwait2 = true;
	}
# endif
	if (!timeout) {
		return epoll_wait(set->kfd, evs, cap, -1);
	}
	if (timeout->tv_sec >= INT_MAX / 1000) {
		ms = INT_MAX;
	} else {
		ms = (long long) timeout->tv_sec * 1000 + (timeout->tv_nsec + 999999) / 1000000;
	}
	return epoll_wait(set->kfd, evs, cap, (int) (ms > INT_MAX ? INT_MAX : ms));
}

/* epoll: one round. Returns the reports written, or -1 with *err; *stale
 * counts the reports of registrations that are gone. */
static int tsp_watch_epoll_once(tsp_watch *set, tsp_watch_event *out, size_t max, const struct timespec *timeout,
	int *err, size_t *stale)
{
	struct epoll_event *evs;
	size_t room = set->count + set->forgotten, want = max < room ? max : room, i, n = 0;
	int rc;

	if (want == 0) {
		want = 1;
	}
	if (want > INT_MAX) {
		want = INT_MAX;
	}
	*err = tsp_watch_grow(set, &set->evbuf, &set->cap_ev, want, sizeof(struct epoll_event));
	if (*err) {
		return -1;
	}
	evs = set->evbuf;
	rc = tsp_watch_epoll_call(set, evs, (int) want, timeout);
	if (rc < 0) {
		*err = errno;
		return -1;
	}
	*stale = 0;
	for (i = 0; i < (size_t) rc; i++) {
		uint32_t id = (uint32_t) evs[i].data.u64, gen = (uint32_t) (evs[i].data.u64 >> 32);
		tsp_watch_entry *e = tsp_watch_entry_of(set, id);
		if (!e || e->gen != gen || !(e->flags & ENT_KERNEL)) {
			(*stale)++;
			continue;
		}
		if (e->events & TSP_WATCH_ONESHOT) {
			e->flags |= ENT_DISARMED;
		}
		out[n].id = id;
		out[n++].events = tsp_watch_from_epoll(evs[i].events);
	}
	return (int) n;
}
#endif

int tsp_watch_wait(tsp_watch *set, tsp_watch_event *out, size_t max, const struct timespec *timeout, int *err)
{
	struct timespec deadline, left;
	int n;

	if (timeout) {
		tsp_deadline_set(&deadline, timeout);
		left = *timeout;
	}
	if (max == 0) {
		max = 1;
	}
	for (;;) {
		size_t stale = 0;
#ifdef TSP_WATCH_HAVE_EPOLL
		if (set->backend == TSP_WATCH_EPOLL) {
			n = tsp_watch_epoll_once(set, out, max, timeout ? &left : NULL, err, &stale);
		} else
#endif
		{
			n = tsp_watch_poll_once(set, out, max, timeout ? &left : NULL, err);
		}
		if (stale) {
			/* a closed descriptor's copy lives on elsewhere and the kernel
			 * still reports it: a new kernel object goes without it */
			if (tsp_watch_rebuild(set) != 0) {
				if (n == 0) {
					return 0; /* none can be made now: answer empty rather than spin */
				}
			} else if (n == 0) {
				/* the stale reports may have taken the room of live ones: once
				 * more, at once if the time is up */
				if (timeout && !tsp_deadline_left(&deadline, &left)) {
					left.tv_sec = 0;
					left.tv_nsec = 0;
				}
				continue;
			}
		}
		if (n != 0) {
			return n;
		}
		if (timeout && !tsp_deadline_left(&deadline, &left)) {
			return 0;
		}
		/* epoll_wait()'s INT_MAX ms ran out before the deadline: wait again */
	}
}

int tsp_watch_error_code(int err)
{
	switch (err) {
		case 0:
			return TSP_WATCH_ERR_NONE;
		case ENOMEM:
			return TSP_WATCH_ERR_NOMEM;
		case EINVAL:
		case EBADF:
			return TSP_WATCH_ERR_INVALID;
		case EEXIST:
			return TSP_WATCH_ERR_EXISTS;
		case ENOENT:
			return TSP_WATCH_ERR_NOTFOUND;
		case ETIMEDOUT:
#ifdef ETIME
		case ETIME:
#endif
			return TSP_WATCH_ERR_TIMEOUT;
		case EINTR:
			return TSP_WATCH_ERR_INTERRUPTED;
		case EACCES:
			return TSP_WATCH_ERR_PERMISSION;
		case EMFILE:
		case ENFILE:
		case ENOSPC: /* epoll: fs.epoll.max_user_watches reached */
			return TSP_WATCH_ERR_TOOBIG;
		case EAGAIN:
			return TSP_WATCH_ERR_AGAIN;
		case EPERM: /* epoll_ctl(): a file epoll cannot watch (a regular file, /dev/null) */
		case ENOSYS:
		case EOPNOTSUPP:
#if defined(ENOTSUP) && ENOTSUP != EOPNOTSUPP
		case ENOTSUP:
#endif
			return TSP_WATCH_ERR_NOSUPPORT;
		default:
			return TSP_WATCH_ERR_SYSTEM;
	}
}
