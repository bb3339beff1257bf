/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Io\Poll\Watcher: one handle registered in one Context, with its events
 * and data; and Io\Poll\Event, the events as enum cases. An active watcher is
 * held by its Context (so wait() can return it even when the caller kept no
 * reference) and linked with the other active watchers of its descriptor,
 * in every Context, so that a close of the descriptor finds them all. */
#include "tsp_iopoll.h"
#include "zend_enum.h"

zend_class_entry *tsp_ce_IoPoll_Watcher, *tsp_ce_IoPoll_Event;
static zend_object_handlers tsp_iopoll_watcher_handlers;

/* The Event cases, in declaration order: case i is bit 1 << i. */
static const char *const tsp_iopoll_event_names[] = {
	"Read", "Write", "Error", "HangUp", "ReadHangUp", "OneShot", "EdgeTriggered"
};
#define TSP_IOPOLL_NEVENTS (sizeof(tsp_iopoll_event_names) / sizeof(tsp_iopoll_event_names[0]))
static zend_string *tsp_iopoll_event_str[TSP_IOPOLL_NEVENTS];

/* The bit of one Event case, or 0 for anything else. */
static uint32_t tsp_iopoll_event_bit(zval *zv)
{
	zend_string *name;
	size_t i;
	if (Z_TYPE_P(zv) != IS_OBJECT || Z_OBJCE_P(zv) != tsp_ce_IoPoll_Event) {
		return 0;
	}
	name = Z_STR_P(zend_enum_fetch_case_name(Z_OBJ_P(zv)));
	for (i = 0; i < TSP_IOPOLL_NEVENTS; i++) {
		if (zend_string_equals(name, tsp_iopoll_event_str[i])) {
			return 1u << i;
		}
	}
	return 0;
}

uint32_t php_tsp_iopoll_events_from(HashTable *events)
{
	uint32_t bits = 0;
	zval *zv;
	/* as PHP 8.6: each element as it is, a reference is not an Event */
	ZEND_HASH_FOREACH_VAL(events, zv) {
		uint32_t b = tsp_iopoll_event_bit(zv);
		if (!b) {
			return 0;
		}
		bits |= b;
	} ZEND_HASH_FOREACH_END();
	return bits;
}

void php_tsp_iopoll_events_to(uint32_t bits, zval *out)
{
	size_t i;
	array_init(out);
	for (i = 0; i < TSP_IOPOLL_NEVENTS; i++) {
		if (bits & (1u << i)) {
			zval c;
			ZVAL_OBJ_COPY(&c, zend_enum_get_case(tsp_ce_IoPoll_Event, tsp_iopoll_event_str[i]));
			zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &c);
		}
	}
}

/* ---- references released once no user code can interfere ---- */

static void tsp_iopoll_release_later(zend_object *obj)
{
	if (TSP_G(iopoll_nrelease) == TSP_G(iopoll_caprelease)) {
		uint32_t cap = TSP_G(iopoll_caprelease) ? TSP_G(iopoll_caprelease) * 2 : 16;
		TSP_G(iopoll_release) = safe_erealloc(TSP_G(iopoll_release), cap, sizeof(zend_object *), 0);
		TSP_G(iopoll_caprelease) = cap;
	}
	TSP_G(iopoll_release)[TSP_G(iopoll_nrelease)++] = obj;
}

void php_tsp_iopoll_release_flush(void)
{
	/* a release may free data whose destructor retires more */
	while (TSP_G(iopoll_nrelease)) {
		zend_object *obj = TSP_G(iopoll_release)[--TSP_G(iopoll_nrelease)];
		OBJ_RELEASE(obj);
	}
	if (TSP_G(iopoll_release) && TSP_G(iopoll_live) == 0) {
		/* no watcher left to retire: nothing outlives the request */
		efree(TSP_G(iopoll_release));
		TSP_G(iopoll_release) = NULL;
		TSP_G(iopoll_caprelease) = 0;
	}
}

/* ---- the active watchers by descriptor ---- */

static void tsp_iopoll_link(php_tsp_iopoll_watcher *w)
{
	uint32_t fd = (uint32_t) w->fd, n = TSP_G(iopoll_nbyfd);
	php_tsp_iopoll_watcher **t;
	if (fd >= n) {
		uint32_t cap = n ? n : 64;
		while (cap <= fd) {
			cap *= 2;
		}
		TSP_G(iopoll_byfd) = safe_erealloc(TSP_G(iopoll_byfd), cap, sizeof(*t), 0);
		memset(TSP_G(iopoll_byfd) + n, 0, (size_t) (cap - n) * sizeof(*t));
		TSP_G(iopoll_nbyfd) = cap;
	}
	t = TSP_G(iopoll_byfd);
	w->fd_prev = NULL;
	w->fd_next = t[fd];
	if (t[fd]) {
		t[fd]->fd_prev = w;
	}
	t[fd] = w;
	TSP_G(iopoll_live)++;
}

static void tsp_iopoll_unlink(php_tsp_iopoll_watcher *w)
{
	if (!TSP_G(iopoll_byfd)) {
		return; /* the request is over: the table is gone */
	}
	if (w->fd_prev) {
		w->fd_prev->fd_next = w->fd_next;
	} else {
		TSP_G(iopoll_byfd)[w->fd] = w->fd_next;
	}
	if (w->fd_next) {
		w->fd_next->fd_prev = w->fd_prev;
	}
	w->fd_prev = w->fd_next = NULL;
	if (--TSP_G(iopoll_live) == 0) {
		efree(TSP_G(iopoll_byfd));
		TSP_G(iopoll_byfd) = NULL;
		TSP_G(iopoll_nbyfd) = 0;
	}
}

void php_tsp_iopoll_rshutdown(void)
{
	php_tsp_iopoll_release_flush();
	if (TSP_G(iopoll_release)) {
		efree(TSP_G(iopoll_release));
		TSP_G(iopoll_release) = NULL;
		TSP_G(iopoll_caprelease) = 0;
	}
	/* Contexts freed after this (in cycles) retire their watchers without it */
	if (TSP_G(iopoll_byfd)) {
		efree(TSP_G(iopoll_byfd));
		TSP_G(iopoll_byfd) = NULL;
	}
	TSP_G(iopoll_nbyfd) = TSP_G(iopoll_live) = 0;
}

/* ---- watchers ---- */

php_tsp_iopoll_watcher *php_tsp_iopoll_watcher_new(zval *out, php_tsp_iopoll_ctx *ctx, uint32_t id, int fd,
	uint32_t events, zend_object *handle, zval *data)
{
	php_tsp_iopoll_watcher *w;

	object_init_ex(out, tsp_ce_IoPoll_Watcher);
	w = php_tsp_iopoll_watcher_from(Z_OBJ_P(out));
	w->ctx = ctx;
	w->id = id;
	w->fd = fd;
	w->watched = events;
	w->state = TSP_WATCHER_ACTIVE;
	GC_ADDREF(handle);
	w->handle = handle;
	if (data) {
		ZVAL_COPY(&w->data, data);
	}
	GC_ADDREF(&w->std); /* the Context's */
	ctx->byid[id] = w;
	tsp_iopoll_link(w);
	return w;
}

void php_tsp_iopoll_retire(php_tsp_iopoll_watcher *w, int state, int how)
{
	php_tsp_iopoll_ctx *ctx = w->ctx;

	if (w->state != TSP_WATCHER_ACTIVE) {
		return;
	}
	if (ctx && ctx->set) {
		if (how == TSP_RETIRE_REMOVE) {
			tsp_watch_remove(ctx->set, w->id); /* the entry goes whatever the kernel says */
		} else if (how == TSP_RETIRE_FORGET) {
			tsp_watch_forget(ctx->set, w->id);
		}
		ctx->byid[w->id] = NULL;
	}
	tsp_iopoll_unlink(w);
	w->ctx = NULL;
	w->state = state;
	tsp_iopoll_release_later(&w->std);
}

bool php_tsp_iopoll_watcher_check(php_tsp_iopoll_watcher *w)
{
	if (w->state != TSP_WATCHER_ACTIVE) {
		return false;
	}
	if (!php_tsp_iopoll_handle_alive(php_tsp_iopoll_handle_from(w->handle), w->fd)) {
		php_tsp_iopoll_retire(w, TSP_WATCHER_CLOSED, TSP_RETIRE_FORGET);
		return false;
	}
	return true;
}

static zend_object *tsp_iopoll_watcher_create(zend_class_entry *ce)
{
	php_tsp_iopoll_watcher *w = zend_object_alloc(sizeof(php_tsp_iopoll_watcher), ce);

	zend_object_std_init(&w->std, ce);
	object_properties_init(&w->std, ce);
	w->std.handlers = &tsp_iopoll_watcher_handlers;
	w->ctx = NULL;
	w->id = TSP_WATCH_NONE;
	w->fd = -1;
	w->watched = w->triggered = 0;
	w->state = TSP_WATCHER_REMOVED;
	w->handle = NULL;
	ZVAL_NULL(&w->data);
	w->fd_prev = w->fd_next = NULL;
	return &w->std;
}

static void tsp_iopoll_watcher_free(zend_object *obj)
{
	php_tsp_iopoll_watcher *w = php_tsp_iopoll_watcher_from(obj);

	/* an active watcher is held by its Context: here it is not active */
	zval_ptr_dtor(&w->data);
	ZVAL_NULL(&w->data);
	if (w->handle) {
		OBJ_RELEASE(w->handle);
		w->handle = NULL;
	}
	zend_object_std_dtor(obj);
}

static HashTable *tsp_iopoll_watcher_get_gc(zend_object *obj, zval **table, int *n)
{
	php_tsp_iopoll_watcher *w = php_tsp_iopoll_watcher_from(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &w->data);
	if (w->handle) {
		zend_get_gc_buffer_add_obj(buf, w->handle);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return NULL;
}

#define TSP_WATCHER_THIS php_tsp_iopoll_watcher_from(Z_OBJ_P(ZEND_THIS))

/* {{{ Io\Poll\Watcher::__construct() - private: watchers come from Context::add() */
ZEND_METHOD(Io_Poll_Watcher, __construct)
{
	php_tsp_iopoll_error(TSP_IOPOLL_ERR_WATCHER_NEW);
}
/* }}} */

/* {{{ Io\Poll\Watcher::getHandle(): Io\Poll\Handle */
ZEND_METHOD(Io_Poll_Watcher, getHandle)
{
	php_tsp_iopoll_watcher *w = TSP_WATCHER_THIS;

	ZEND_PARSE_PARAMETERS_NONE();

	if (!w->handle) {
		RETURN_NULL();
	}
	RETURN_OBJ_COPY(w->handle);
}
/* }}} */

/* {{{ Io\Poll\Watcher::getWatchedEvents(): array */
ZEND_METHOD(Io_Poll_Watcher, getWatchedEvents)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_tsp_iopoll_events_to(TSP_WATCHER_THIS->watched, return_value);
}
/* }}} */

/* {{{ Io\Poll\Watcher::getTriggeredEvents(): array - those of its last report, kept until the next */
ZEND_METHOD(Io_Poll_Watcher, getTriggeredEvents)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_tsp_iopoll_events_to(TSP_WATCHER_THIS->triggered, return_value);
}
/* }}} */

/* {{{ Io\Poll\Watcher::getData(): mixed */
ZEND_METHOD(Io_Poll_Watcher, getData)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_COPY(&TSP_WATCHER_THIS->data);
}
/* }}} */

/* {{{ Io\Poll\Watcher::hasTriggered(Io\Poll\Event $event): bool */
ZEND_METHOD(Io_Poll_Watcher, hasTriggered)
{
	zval *ev;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(ev, tsp_ce_IoPoll_Event)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL((TSP_WATCHER_THIS->triggered & tsp_iopoll_event_bit(ev)) != 0);
}
/* }}} */

/* {{{ Io\Poll\Watcher::isActive(): bool */
ZEND_METHOD(Io_Poll_Watcher, isActive)
{
	bool active;

	ZEND_PARSE_PARAMETERS_NONE();

	active = php_tsp_iopoll_watcher_check(TSP_WATCHER_THIS);
	php_tsp_iopoll_release_flush();
	RETURN_BOOL(active);
}
/* }}} */

/* Watches w for events instead; false after the exception. */
static bool tsp_iopoll_watcher_modify(php_tsp_iopoll_watcher *w, uint32_t events)
{
	int err;

	if (!php_tsp_iopoll_watcher_check(w)) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_InactiveWatcher, TSP_IOPOLL_CANNOT_MODIFY, 0);
		return false;
	}
	if (!php_tsp_iopoll_ctx_owned(w->ctx, &err)) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedWatcherModification, TSP_IOPOLL_MODIFY_FAILED,
			tsp_watch_error_code(err));
		return false;
	}
	if (w->state != TSP_WATCHER_ACTIVE) {
		/* the child's new kernel object found its descriptor gone */
		php_tsp_iopoll_throw(tsp_ce_IoPoll_InactiveWatcher, TSP_IOPOLL_CANNOT_MODIFY, 0);
		return false;
	}
	if ((err = tsp_watch_modify(w->ctx->set, w->id, events)) != 0) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedWatcherModification, TSP_IOPOLL_MODIFY_FAILED,
			tsp_watch_error_code(err));
		return false;
	}
	w->watched = events;
	return true;
}

/* The events of argument #1, or 0 after the TypeError. */
static uint32_t tsp_iopoll_events_arg(HashTable *events)
{
	uint32_t bits = php_tsp_iopoll_events_from(events);
	if (!bits) {
		php_tsp_iopoll_throw_events(1);
	}
	return bits;
}

/* {{{ Io\Poll\Watcher::modify(array $events, mixed $data = null): void - data only when given */
ZEND_METHOD(Io_Poll_Watcher, modify)
{
	php_tsp_iopoll_watcher *w = TSP_WATCHER_THIS;
	HashTable *events;
	zval *data = NULL;
	uint32_t bits;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(events)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if ((bits = tsp_iopoll_events_arg(events)) != 0 && tsp_iopoll_watcher_modify(w, bits) && data) {
		zval old;
		ZVAL_COPY_VALUE(&old, &w->data);
		ZVAL_COPY(&w->data, data);
		zval_ptr_dtor(&old);
	}
	php_tsp_iopoll_release_flush();
}
/* }}} */

/* {{{ Io\Poll\Watcher::modifyEvents(array $events): void */
ZEND_METHOD(Io_Poll_Watcher, modifyEvents)
{
	HashTable *events;
	uint32_t bits;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(events)
	ZEND_PARSE_PARAMETERS_END();

	if ((bits = tsp_iopoll_events_arg(events)) != 0) {
		tsp_iopoll_watcher_modify(TSP_WATCHER_THIS, bits);
	}
	php_tsp_iopoll_release_flush();
}
/* }}} */

/* {{{ Io\Poll\Watcher::modifyData(mixed $data): void */
ZEND_METHOD(Io_Poll_Watcher, modifyData)
{
	php_tsp_iopoll_watcher *w = TSP_WATCHER_THIS;
	zval *data, old;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_tsp_iopoll_watcher_check(w)) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_InactiveWatcher, TSP_IOPOLL_CANNOT_MODIFY, 0);
	} else {
		ZVAL_COPY_VALUE(&old, &w->data);
		ZVAL_COPY(&w->data, data);
		zval_ptr_dtor(&old);
	}
	php_tsp_iopoll_release_flush();
}
/* }}} */

/* {{{ Io\Poll\Watcher::remove(): void - nothing to do once its stream or Socket closed, as PHP 8.6 */
ZEND_METHOD(Io_Poll_Watcher, remove)
{
	php_tsp_iopoll_watcher *w = TSP_WATCHER_THIS;
	int err;

	ZEND_PARSE_PARAMETERS_NONE();

	if (php_tsp_iopoll_watcher_check(w)) {
		/* in a forked child, a kernel object of its own first: removing from
		 * the parent's would remove it there too; without one, no system call */
		bool owned = php_tsp_iopoll_ctx_owned(w->ctx, &err);
		php_tsp_iopoll_retire(w, TSP_WATCHER_REMOVED, owned ? TSP_RETIRE_REMOVE : TSP_RETIRE_FORGET);
	} else if (w->state != TSP_WATCHER_CLOSED) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_InactiveWatcher, TSP_IOPOLL_CANNOT_REMOVE, 0);
	}
	php_tsp_iopoll_release_flush();
}
/* }}} */

void php_tsp_iopoll_watchers_init(void)
{
	size_t i;
	for (i = 0; i < TSP_IOPOLL_NEVENTS; i++) {
		tsp_iopoll_event_str[i] = zend_string_init_interned(tsp_iopoll_event_names[i],
			strlen(tsp_iopoll_event_names[i]), 1);
	}
	tsp_ce_IoPoll_Watcher->create_object = tsp_iopoll_watcher_create;
	memcpy(&tsp_iopoll_watcher_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_iopoll_watcher_handlers.offset = XtOffsetOf(php_tsp_iopoll_watcher, std);
	tsp_iopoll_watcher_handlers.free_obj = tsp_iopoll_watcher_free;
	tsp_iopoll_watcher_handlers.get_gc = tsp_iopoll_watcher_get_gc;
	tsp_iopoll_watcher_handlers.clone_obj = NULL;
}
