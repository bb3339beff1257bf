/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The polling API of PHP 8.6 (Io\Poll, Time\Duration, StreamPollHandle) and
 * SocketPollHandle, for PHP versions without it: what the binding's
 * tsp_iopoll*.c files share. The kernel side is src/core/tsp_watch.h. */
#ifndef TSP_IOPOLL_H
#define TSP_IOPOLL_H

#include "tsp_binding.h"
#include "src/core/tsp_watch.h"

#include <sys/types.h>

extern zend_class_entry *tsp_ce_IoPoll_Backend, *tsp_ce_IoPoll_Event, *tsp_ce_IoPoll_Handle;
extern zend_class_entry *tsp_ce_IoPoll_Watcher, *tsp_ce_IoPoll_Context;
extern zend_class_entry *tsp_ce_StreamPollHandle, *tsp_ce_SocketPollHandle;
extern zend_class_entry *tsp_ce_Time_Duration, *tsp_ce_Time_TimeException;
extern zend_class_entry *tsp_ce_IoPoll_FailedContextInit, *tsp_ce_IoPoll_FailedHandleAdd;
extern zend_class_entry *tsp_ce_IoPoll_FailedWatcherModification, *tsp_ce_IoPoll_FailedPollWait;
extern zend_class_entry *tsp_ce_IoPoll_BackendUnavailable, *tsp_ce_IoPoll_InactiveWatcher;
extern zend_class_entry *tsp_ce_IoPoll_HandleAlreadyWatched, *tsp_ce_IoPoll_InvalidHandle;

/* A StreamPollHandle or a SocketPollHandle. */
typedef struct php_tsp_iopoll_handle {
	zval target;       /* the stream's resource or the Socket; UNDEF until __construct() */
	bool is_socket;
	zend_object std;
} php_tsp_iopoll_handle;

static zend_always_inline php_tsp_iopoll_handle *php_tsp_iopoll_handle_from(zend_object *obj)
{
	return (php_tsp_iopoll_handle *) ((char *) obj - XtOffsetOf(php_tsp_iopoll_handle, std));
}

typedef struct php_tsp_iopoll_ctx php_tsp_iopoll_ctx;

#define TSP_WATCHER_ACTIVE  1 /* registered in its Context */
#define TSP_WATCHER_REMOVED 2 /* removed, or its Context is gone */
#define TSP_WATCHER_CLOSED  3 /* its stream or Socket was closed */

typedef struct php_tsp_iopoll_watcher {
	php_tsp_iopoll_ctx *ctx;   /* while active */
	uint32_t id;               /* its registration in ctx->set */
	int fd;                    /* the descriptor registered */
	uint32_t watched;          /* TSP_WATCH_* bits asked for */
	uint32_t triggered;        /* TSP_WATCH_* bits of its last report */
	int state;
	zend_object *handle;       /* a php_tsp_iopoll_handle, held */
	zval data;
	/* the active watchers of the same descriptor, in every Context: what a
	 * close of that descriptor retires */
	struct php_tsp_iopoll_watcher *fd_prev, *fd_next;
	zend_object std;
} php_tsp_iopoll_watcher;

static zend_always_inline php_tsp_iopoll_watcher *php_tsp_iopoll_watcher_from(zend_object *obj)
{
	return (php_tsp_iopoll_watcher *) ((char *) obj - XtOffsetOf(php_tsp_iopoll_watcher, std));
}

struct php_tsp_iopoll_ctx {
	tsp_watch *set;            /* NULL until __construct() */
	php_tsp_iopoll_watcher **byid; /* registration id -> its watcher, held while active */
	uint32_t nbyid;
	pid_t pid;                 /* the process the kernel object belongs to (epoll) */
	tsp_watch_event *evbuf;
	size_t evcap;
	zend_object std;
};

static zend_always_inline php_tsp_iopoll_ctx *php_tsp_iopoll_ctx_from(zend_object *obj)
{
	return (php_tsp_iopoll_ctx *) ((char *) obj - XtOffsetOf(php_tsp_iopoll_ctx, std));
}

/* tsp_iopoll_handle.c */
void php_tsp_iopoll_handles_init(void);
/* The descriptor to register for a handle, or -1 (closed, or a stream that
 * has none: then a warning names its type when report is true). */
int php_tsp_iopoll_handle_fd(php_tsp_iopoll_handle *h, bool report);
/* Whether the handle's stream or Socket is still open with descriptor fd. */
bool php_tsp_iopoll_handle_alive(const php_tsp_iopoll_handle *h, int fd);
/* Replaces fclose() and pclose() with versions that retire the watchers of
 * the descriptor before it closes; and back. */
void php_tsp_iopoll_hook_closers(void);
void php_tsp_iopoll_unhook_closers(void);

/* tsp_iopoll_watcher.c */
void php_tsp_iopoll_watchers_init(void);
/* Events from an array of Io\Poll\Event cases; 0 when it is empty or holds
 * anything else (the caller throws). */
uint32_t php_tsp_iopoll_events_from(HashTable *events);
/* The Event cases of bits, as an array in the enum's order. */
void php_tsp_iopoll_events_to(uint32_t bits, zval *out);
/* A new active watcher (in out) of handle h's descriptor fd, registration id of ctx. */
php_tsp_iopoll_watcher *php_tsp_iopoll_watcher_new(zval *out, php_tsp_iopoll_ctx *ctx, uint32_t id, int fd,
	uint32_t events, zend_object *handle, zval *data);
/* How a retiring watcher leaves the kernel's registrations. */
#define TSP_RETIRE_REMOVE 0 /* deregistered: its descriptor is still open */
#define TSP_RETIRE_FORGET 1 /* forgotten, no system call: its descriptor is closed */
#define TSP_RETIRE_GONE   2 /* the set has dropped it already */
/* Takes an active watcher out of its Context with state (REMOVED or CLOSED);
 * the Context's reference is released later (php_tsp_iopoll_release_flush()),
 * so that no user code runs meanwhile. */
void php_tsp_iopoll_retire(php_tsp_iopoll_watcher *w, int state, int how);
/* Retires w (CLOSED, no system call) when its handle is no longer open; returns whether it is active. */
bool php_tsp_iopoll_watcher_check(php_tsp_iopoll_watcher *w);
/* Releases the references retirements left (may run user code). */
void php_tsp_iopoll_release_flush(void);

/* tsp_iopoll.c */
/* Before a kernel call of ctx in a forked child: its own kernel object. Returns false with errno in *err. */
bool php_tsp_iopoll_ctx_owned(php_tsp_iopoll_ctx *ctx, int *err);

/* tsp_iopoll_duration.c */
/* Finds the properties of duration (tsp_sockets' class when ours, else PHP's). */
void php_tsp_iopoll_duration_init(zend_class_entry *duration, bool ours);
/* The timeout a Time\Duration object stands for; false after the ValueError of a negative one. */
bool php_tsp_iopoll_duration_timespec(zend_object *obj, struct timespec *out);

#endif
