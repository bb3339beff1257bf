/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* A watch set: descriptors registered once with the events they are watched
 * for, and a wait that answers only with those ready, as epoll() does - so a
 * wait costs what is ready, not what is watched. Two backends behind one
 * interface: epoll (Linux) and poll() (everywhere, the reference). Plain C,
 * no PHP; memory comes from the allocator the caller gives.
 *
 * Each registration has an id (a small number, reused after removal) that
 * the wait reports; a registration the kernel may still report after its
 * descriptor was closed elsewhere carries a generation with its id, so a
 * report for a gone registration is never mistaken for its successor. */
#ifndef TSP_WATCH_H
#define TSP_WATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* What a registration watches for, and what a wait reports. READ, WRITE and
 * RDHUP are asked for; ERROR and HUP are reported whether asked or not;
 * ONESHOT and EDGE change how it is reported and are never reported. */
#define TSP_WATCH_READ    0x01u
#define TSP_WATCH_WRITE   0x02u
#define TSP_WATCH_ERROR   0x04u
#define TSP_WATCH_HUP     0x08u
#define TSP_WATCH_RDHUP   0x10u  /* the peer shut down its writing side (epoll only) */
#define TSP_WATCH_ONESHOT 0x20u  /* reported once, then disarmed until modified */
#define TSP_WATCH_EDGE    0x40u  /* reported when it becomes ready, not while it is (epoll only) */
#define TSP_WATCH_EVENTS  0x7fu  /* every bit above */
/* Reported alone: the descriptor is not open (poll's POLLNVAL). The entry
 * is disarmed; the caller removes it with tsp_watch_forget(). */
#define TSP_WATCH_INVALID 0x100u

typedef enum tsp_watch_backend {
	TSP_WATCH_POLL = 0,
	TSP_WATCH_EPOLL = 1
} tsp_watch_backend;

/* Whether this build has the backend, and whether it can report edges. */
bool tsp_watch_backend_available(tsp_watch_backend backend);
bool tsp_watch_backend_edge(tsp_watch_backend backend);

/* Where the set's memory comes from: resize(opaque, NULL, n) allocates,
 * resize(opaque, p, n) grows p (realloc's contract: NULL on failure, p
 * untouched), release(opaque, p) frees. */
typedef struct tsp_watch_alloc {
	void *(*resize)(void *opaque, void *ptr, size_t size);
	void (*release)(void *opaque, void *ptr);
	void *opaque;
} tsp_watch_alloc;

typedef struct tsp_watch tsp_watch;

/* No registration (what tsp_watch_find() answers for an unknown descriptor). */
#define TSP_WATCH_NONE UINT32_MAX

/* One report of a wait: the registration and what it is ready for. */
typedef struct tsp_watch_event {
	uint32_t id;
	uint32_t events;
} tsp_watch_event;

/* Makes an empty set (*out) with the backend's kernel object (for epoll a
 * close-on-exec descriptor). The allocator is copied. Returns 0, or an errno
 * (ENOSYS: backend not in this build; ENOMEM; epoll_create1()'s errors). */
int tsp_watch_create(tsp_watch **out, tsp_watch_backend backend, const tsp_watch_alloc *alloc);

/* Frees the set and closes its kernel object. It makes no system call on
 * the registered descriptors: they may be closed, or reused, by now. */
void tsp_watch_destroy(tsp_watch *set);

tsp_watch_backend tsp_watch_get_backend(const tsp_watch *set);

/* Registers fd (open, >= 0) for events (TSP_WATCH_EVENTS bits; may be 0:
 * then only ERROR and HUP are reported) and sets *id. Returns 0, or an errno
 * and registers nothing, in this order: EBADF (fd < 0), EEXIST (fd is
 * registered already), EOPNOTSUPP (EDGE on a backend without edges), ENOMEM, or what the kernel
 * says (epoll_ctl(): EPERM for a file epoll cannot watch, EBADF, ENOSPC). */
int tsp_watch_add(tsp_watch *set, int fd, uint32_t events, uint32_t *id);

/* Watches id for events instead, armed again (a one-shot registration that
 * fired is reported again). Returns 0, or an errno and changes nothing:
 * ENOENT (no such registration), EOPNOTSUPP, or what the kernel says. */
int tsp_watch_modify(tsp_watch *set, uint32_t id, uint32_t events);

/* Deregisters id, whose descriptor is still open (epoll: EPOLL_CTL_DEL, so
 * that a copy of the descriptor elsewhere no longer reports it). The entry is
 * gone whatever the answer: 0, ENOENT (no such registration), or the kernel's
 * errno. */
int tsp_watch_remove(tsp_watch *set, uint32_t id);

/* Drops id without a system call: its descriptor is closed, and its number
 * may belong to another file already. Should the kernel report the old
 * registration still (a copy of the descriptor lives on elsewhere), the
 * report is recognised as stale and the kernel object is made again without
 * it (see tsp_watch_wait()). Unknown ids are ignored. */
void tsp_watch_forget(tsp_watch *set, uint32_t id);

/* Waits until a registration is ready, at most *timeout (NULL: without
 * end; {0, 0}: only a look). Fills out[0, n) and returns n <= max (0: the
 * time ran out), or -1 with *err (EINTR: a signal came; the backend's other
 * errors). A one-shot registration it reports is disarmed; one not reported
 * (max was reached) stays armed. Reports of stale registrations (see
 * tsp_watch_forget()) are not counted: when a round brings only those, the
 * kernel object is made again without them and the wait goes on for what
 * is left of the time. */
int tsp_watch_wait(tsp_watch *set, tsp_watch_event *out, size_t max, const struct timespec *timeout, int *err);

/* The registration of fd, or TSP_WATCH_NONE. */
uint32_t tsp_watch_find(const tsp_watch *set, int fd);

/* The descriptor of id, or -1 when id is not registered. */
int tsp_watch_fd(const tsp_watch *set, uint32_t id);

/* What id watches for, or 0 when id is not registered. */
uint32_t tsp_watch_events(const tsp_watch *set, uint32_t id);

/* Whether id is a one-shot registration that fired and waits to be modified. */
bool tsp_watch_disarmed(const tsp_watch *set, uint32_t id);

/* How many registrations there are. */
size_t tsp_watch_count(const tsp_watch *set);

/* The kernel object's descriptor (epoll), or -1 (poll). */
int tsp_watch_kernel_fd(const tsp_watch *set);

/* Asked, each time the kernel object is made again (tsp_watch_rebuild(),
 * and a wait that met stale reports), whether a registration's descriptor is
 * still the one registered: a closed descriptor's number may name another
 * file by then, and registering that would watch the wrong file. alive may
 * be NULL (all are). A registration found gone, or one the kernel refuses
 * now, is dropped without a system call on it and then passed to dropped
 * (may be NULL). Neither may call into the set. */
typedef struct tsp_watch_hooks {
	bool (*alive)(void *opaque, uint32_t id, int fd);
	void (*dropped)(void *opaque, uint32_t id);
	void *opaque;
} tsp_watch_hooks;
void tsp_watch_set_hooks(tsp_watch *set, const tsp_watch_hooks *hooks);

/* Makes the kernel object again, with every armed registration: for a child
 * after fork(), whose epoll descriptor still names the parent's object (a
 * change there would change the parent's), and for dropping stale
 * registrations. The old descriptor is closed. Returns 0 (nothing to do for
 * poll), or an errno from epoll_create1(): the set is unchanged then. */
int tsp_watch_rebuild(tsp_watch *set);

/* The code PHP's polling API gives an errno in its exceptions (the
 * TSP_WATCH_ERR_* values, FailedPollOperationException's ERROR_* constants). */
#define TSP_WATCH_ERR_NONE        0
#define TSP_WATCH_ERR_SYSTEM      1
#define TSP_WATCH_ERR_NOMEM       2
#define TSP_WATCH_ERR_INVALID     3
#define TSP_WATCH_ERR_EXISTS      4
#define TSP_WATCH_ERR_NOTFOUND    5
#define TSP_WATCH_ERR_TIMEOUT     6
#define TSP_WATCH_ERR_INTERRUPTED 7
#define TSP_WATCH_ERR_PERMISSION  8
#define TSP_WATCH_ERR_TOOBIG      9
#define TSP_WATCH_ERR_AGAIN       10
#define TSP_WATCH_ERR_NOSUPPORT   11
int tsp_watch_error_code(int err);

#endif
