/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* PHP 8.6's polling API for PHP 8.2 to 8.5: Io\Poll\Context (a watch set of
 * src/core/tsp_watch.h) and Io\Poll\Backend, the registration of every class
 * of tsp_poll.stub.php, and the stand-down where PHP has its own Io\Poll. */
#include "tsp_iopoll.h"
#include "zend_enum.h"
#include "zend_exceptions.h"
#include "ext/standard/info.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

#include "tsp_poll_arginfo.h"

zend_class_entry *tsp_ce_IoPoll_Backend, *tsp_ce_IoPoll_Handle, *tsp_ce_IoPoll_Context;
zend_class_entry *tsp_ce_Time_Duration, *tsp_ce_Time_TimeException;
zend_class_entry *tsp_ce_IoPoll_FailedContextInit, *tsp_ce_IoPoll_FailedHandleAdd;
zend_class_entry *tsp_ce_IoPoll_FailedWatcherModification, *tsp_ce_IoPoll_FailedPollWait;
zend_class_entry *tsp_ce_IoPoll_BackendUnavailable, *tsp_ce_IoPoll_InactiveWatcher;
zend_class_entry *tsp_ce_IoPoll_HandleAlreadyWatched, *tsp_ce_IoPoll_InvalidHandle;
static zend_object_handlers tsp_iopoll_ctx_handlers;

/* What this PHP got from tsp_sockets (MINIT). */
static bool tsp_iopoll_provided, tsp_iopoll_duration_provided;

/* ---- the set's memory: the request's heap ---- */

static void *tsp_iopoll_resize(void *opaque, void *p, size_t n)
{
	return erealloc(p, n);
}

static void tsp_iopoll_release(void *opaque, void *p)
{
	if (p) {
		efree(p);
	}
}

static const tsp_watch_alloc tsp_iopoll_alloc = { tsp_iopoll_resize, tsp_iopoll_release, NULL };

/* ---- the set's hooks: a new kernel object asks which registrations are still real ---- */

static bool tsp_iopoll_hook_alive(void *opaque, uint32_t id, int fd)
{
	php_tsp_iopoll_ctx *ctx = opaque;
	php_tsp_iopoll_watcher *w = id < ctx->nbyid ? ctx->byid[id] : NULL;
	return w && php_tsp_iopoll_handle_alive(php_tsp_iopoll_handle_from(w->handle), fd);
}

static void tsp_iopoll_hook_dropped(void *opaque, uint32_t id)
{
	php_tsp_iopoll_ctx *ctx = opaque;
	php_tsp_iopoll_watcher *w = id < ctx->nbyid ? ctx->byid[id] : NULL;
	if (w) {
		php_tsp_iopoll_retire(w, TSP_WATCHER_CLOSED, TSP_RETIRE_GONE);
	}
}

/* Forks seen by the handler pthread_atfork() runs in each child: a Context
 * made before the last fork has the parent's kernel object. The handler is
 * registered only when tsp_sockets stays loaded for the life of the process
 * (a handler cannot be unregistered, and dl() unloads its modules); else
 * getpid() tells, a system call per call. */
static bool tsp_iopoll_atfork;
static atomic_uint tsp_iopoll_forks;

static void tsp_iopoll_forked(void)
{
	atomic_fetch_add_explicit(&tsp_iopoll_forks, 1, memory_order_relaxed);
}

/* Which process a kernel object belongs to: the fork count, or the pid. */
static pid_t tsp_iopoll_owner(void)
{
	return tsp_iopoll_atfork ? (pid_t) atomic_load_explicit(&tsp_iopoll_forks, memory_order_relaxed) : getpid();
}

bool php_tsp_iopoll_ctx_owned(php_tsp_iopoll_ctx *ctx, int *err)
{
	pid_t pid;
	*err = 0;
	if (!ctx || tsp_watch_get_backend(ctx->set) != TSP_WATCH_EPOLL) {
		return true; /* poll() keeps no state in the kernel */
	}
	pid = tsp_iopoll_owner();
	if (EXPECTED(ctx->pid == pid)) {
		return true;
	}
	/* a forked child: its epoll descriptor still names the parent's object */
	*err = tsp_watch_rebuild(ctx->set);
	if (*err) {
		return false;
	}
	ctx->pid = pid;
	return true;
}

/* ---- Io\Poll\Context objects ---- */

static zend_object *tsp_iopoll_ctx_create(zend_class_entry *ce)
{
	php_tsp_iopoll_ctx *ctx = zend_object_alloc(sizeof(php_tsp_iopoll_ctx), ce);

	zend_object_std_init(&ctx->std, ce);
	object_properties_init(&ctx->std, ce);
	ctx->std.handlers = &tsp_iopoll_ctx_handlers;
	ctx->set = NULL;
	ctx->byid = NULL;
	ctx->nbyid = 0;
	ctx->pid = 0;
	ctx->evbuf = NULL;
	ctx->evcap = 0;
	return &ctx->std;
}

static void tsp_iopoll_ctx_free(zend_object *obj)
{
	php_tsp_iopoll_ctx *ctx = php_tsp_iopoll_ctx_from(obj);
	php_tsp_iopoll_watcher **byid = ctx->byid;
	uint32_t i, n = ctx->nbyid;

	/* every watcher inactive first, then the kernel object (no call on the
	 * descriptors: they may be closed by now), then the references */
	ctx->byid = NULL;
	ctx->nbyid = 0;
	for (i = 0; i < n; i++) {
		if (byid[i]) {
			byid[i]->ctx = NULL;
			php_tsp_iopoll_retire(byid[i], TSP_WATCHER_REMOVED, TSP_RETIRE_GONE);
		}
	}
	tsp_watch_destroy(ctx->set);
	ctx->set = NULL;
	if (byid) {
		efree(byid);
	}
	if (ctx->evbuf) {
		efree(ctx->evbuf);
	}
	zend_object_std_dtor(obj);
	php_tsp_iopoll_release_flush();
}

static HashTable *tsp_iopoll_ctx_get_gc(zend_object *obj, zval **table, int *n)
{
	php_tsp_iopoll_ctx *ctx = php_tsp_iopoll_ctx_from(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	uint32_t i;

	for (i = 0; i < ctx->nbyid; i++) {
		if (ctx->byid[i]) {
			zend_get_gc_buffer_add_obj(buf, &ctx->byid[i]->std);
		}
	}
	zend_get_gc_buffer_use(buf, table, n);
	return NULL;
}

#define TSP_CTX_THIS php_tsp_iopoll_ctx_from(Z_OBJ_P(ZEND_THIS))

/* The Context of ZEND_THIS, or NULL after the Error of one never constructed. */
static php_tsp_iopoll_ctx *tsp_iopoll_ctx_this(zval *this_zv)
{
	php_tsp_iopoll_ctx *ctx = php_tsp_iopoll_ctx_from(Z_OBJ_P(this_zv));
	if (UNEXPECTED(!ctx->set)) {
		php_tsp_iopoll_error(TSP_IOPOLL_ERR_CONTEXT_NONE);
		return NULL;
	}
	return ctx;
}

/* The name of a Backend case. */
static const char *tsp_iopoll_backend_name(zend_object *c)
{
	return Z_STRVAL_P(zend_enum_fetch_case_name(c));
}

/* What a Backend case stands for here: 0 and the backend, or -1 when this
 * build has none of that kind. Auto is epoll where there is one. */
static int tsp_iopoll_backend_of(zend_object *c, tsp_watch_backend *out)
{
	const char *name = tsp_iopoll_backend_name(c);
	if (strcmp(name, "Auto") == 0) {
		*out = tsp_watch_backend_available(TSP_WATCH_EPOLL) ? TSP_WATCH_EPOLL : TSP_WATCH_POLL;
	} else if (strcmp(name, "Epoll") == 0) {
		*out = TSP_WATCH_EPOLL;
	} else if (strcmp(name, "Poll") == 0) {
		*out = TSP_WATCH_POLL;
	} else {
		return -1; /* Kqueue, EventPorts, WSAPoll */
	}
	return tsp_watch_backend_available(*out) ? 0 : -1;
}

/* {{{ Io\Poll\Context::__construct(Io\Poll\Backend $backend = Io\Poll\Backend::Auto) */
ZEND_METHOD(Io_Poll_Context, __construct)
{
	php_tsp_iopoll_ctx *ctx = TSP_CTX_THIS;
	zend_object *backend = NULL;
	tsp_watch_backend b = TSP_WATCH_EPOLL;
	tsp_watch_hooks hooks;
	int err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS(backend, tsp_ce_IoPoll_Backend)
	ZEND_PARSE_PARAMETERS_END();

	if (ctx->set) {
		php_tsp_iopoll_error(TSP_IOPOLL_ERR_CONTEXT_TWICE);
		RETURN_THROWS();
	}
	if (!backend) {
		backend = zend_enum_get_case_cstr(tsp_ce_IoPoll_Backend, "Auto");
	}
	if (tsp_iopoll_backend_of(backend, &b) != 0) {
		php_tsp_iopoll_throw_backend(tsp_ce_IoPoll_BackendUnavailable, tsp_iopoll_backend_name(backend));
		RETURN_THROWS();
	}
	err = tsp_watch_create(&ctx->set, b, &tsp_iopoll_alloc);
	if (err) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedContextInit, TSP_IOPOLL_INIT_FAILED, tsp_watch_error_code(err));
		RETURN_THROWS();
	}
	hooks.alive = tsp_iopoll_hook_alive;
	hooks.dropped = tsp_iopoll_hook_dropped;
	hooks.opaque = ctx;
	tsp_watch_set_hooks(ctx->set, &hooks);
	ctx->pid = tsp_iopoll_owner();
}
/* }}} */

/* Room in ctx->byid for registration id. */
static void tsp_iopoll_ctx_room(php_tsp_iopoll_ctx *ctx, uint32_t id)
{
	if (id >= ctx->nbyid) {
		uint32_t n = ctx->nbyid ? ctx->nbyid : 16;
		while (n <= id) {
			n *= 2;
		}
		ctx->byid = safe_erealloc(ctx->byid, n, sizeof(*ctx->byid), 0);
		memset(ctx->byid + ctx->nbyid, 0, (size_t) (n - ctx->nbyid) * sizeof(*ctx->byid));
		ctx->nbyid = n;
	}
}

/* The descriptor of a handle for add(), or -1 after the exception. */
static int tsp_iopoll_add_fd(php_tsp_iopoll_ctx *ctx, zend_object *handle)
{
	int fd = -1;
	uint32_t id;

	if (handle->ce == tsp_ce_StreamPollHandle || handle->ce == tsp_ce_SocketPollHandle) {
		fd = php_tsp_iopoll_handle_fd(php_tsp_iopoll_handle_from(handle), true);
	}
	if (fd < 0) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_InvalidHandle, TSP_IOPOLL_INVALID_HANDLE, 0);
		return -1;
	}
	id = tsp_watch_find(ctx->set, fd);
	if (id != TSP_WATCH_NONE && id < ctx->nbyid && ctx->byid[id]) {
		/* the same descriptor: refused, unless the watcher's stream or Socket
		 * is closed and the number names a new file now */
		if (php_tsp_iopoll_watcher_check(ctx->byid[id])) {
			php_tsp_iopoll_throw(tsp_ce_IoPoll_HandleAlreadyWatched, TSP_IOPOLL_HANDLE_ADDED, 0);
			return -1;
		}
	}
	return fd;
}

/* {{{ Io\Poll\Context::add(Io\Poll\Handle $handle, array $events, mixed $data = null): Io\Poll\Watcher */
ZEND_METHOD(Io_Poll_Context, add)
{
	php_tsp_iopoll_ctx *ctx;
	zend_object *handle;
	HashTable *events;
	zval *data = NULL;
	uint32_t bits, id;
	int fd, err;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJ_OF_CLASS(handle, tsp_ce_IoPoll_Handle)
		Z_PARAM_ARRAY_HT(events)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if ((ctx = tsp_iopoll_ctx_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	/* as PHP 8.6 checks them: the events first */
	bits = php_tsp_iopoll_events_from(events);
	if (!bits) {
		php_tsp_iopoll_throw_events(2);
		RETURN_THROWS();
	}
	fd = tsp_iopoll_add_fd(ctx, handle);
	if (fd >= 0 && !php_tsp_iopoll_ctx_owned(ctx, &err)) {
		php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedHandleAdd, TSP_IOPOLL_ADD_FAILED, tsp_watch_error_code(err));
		fd = -1;
	}
	if (fd >= 0 && (err = tsp_watch_add(ctx->set, fd, bits, &id)) != 0) {
		if (err == EEXIST) {
			php_tsp_iopoll_throw(tsp_ce_IoPoll_HandleAlreadyWatched, TSP_IOPOLL_HANDLE_ADDED, 0);
		} else {
			php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedHandleAdd, TSP_IOPOLL_ADD_FAILED, tsp_watch_error_code(err));
		}
		fd = -1;
	}
	if (fd >= 0) {
		tsp_iopoll_ctx_room(ctx, id);
		php_tsp_iopoll_watcher_new(return_value, ctx, id, fd, bits, handle, data);
	}
	php_tsp_iopoll_release_flush();
	if (fd < 0) {
		RETURN_THROWS();
	}
}
/* }}} */

/* wait()'s maxEvents: how many reports at most, or 0 after the ValueError. */
static size_t tsp_iopoll_max_events(php_tsp_iopoll_ctx *ctx, zend_long max, bool max_null)
{
	size_t n = tsp_watch_count(ctx->set);
	if (max_null) {
		return n ? n : 1;
	}
	if (max <= 0 || max > INT_MAX) {
		php_tsp_iopoll_throw_max_events(2, max > INT_MAX);
		return 0;
	}
	/* each registration is reported at most once per wait */
	return (size_t) max < n ? (size_t) max : (n ? n : 1);
}

/* The watchers of the reports in ctx->evbuf[0, n), as an array. */
static void tsp_iopoll_results(php_tsp_iopoll_ctx *ctx, int n, zval *return_value)
{
	int i;
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		tsp_watch_event *ev = &ctx->evbuf[i];
		php_tsp_iopoll_watcher *w = ev->id < ctx->nbyid ? ctx->byid[ev->id] : NULL;
		zval zw;
		if (!w) {
			continue;
		}
		if (ev->events == TSP_WATCH_INVALID) {
			/* poll() says the descriptor is closed: by a close that went unseen */
			php_tsp_iopoll_retire(w, TSP_WATCHER_CLOSED, TSP_RETIRE_FORGET);
			continue;
		}
		if (!php_tsp_iopoll_watcher_check(w)) {
			continue;
		}
		w->triggered = ev->events;
		ZVAL_OBJ_COPY(&zw, &w->std);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &zw);
	}
}

/* A signal ended the wait. PHP code that handles it (pcntl_signal() with
 * async signals) runs now, before the exception, as on PHP 8.6: left to the
 * engine, it would run with the exception pending, and PHP skips a callback
 * then. Returns whether it threw. */
static bool tsp_iopoll_signal_handlers(zend_execute_data *execute_data)
{
	if (zend_interrupt_function && zend_atomic_bool_load_ex(&EG(vm_interrupt))
			&& !zend_atomic_bool_load_ex(&EG(timed_out))) {
		zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
		zend_interrupt_function(execute_data);
	}
	return EG(exception) != NULL;
}

/* {{{ Io\Poll\Context::wait(?Time\Duration $timeout = null, ?int $maxEvents = null): array */
ZEND_METHOD(Io_Poll_Context, wait)
{
	php_tsp_iopoll_ctx *ctx;
	zend_object *timeout = NULL;
	zend_long max_events = 0;
	bool max_null = true;
	struct timespec ts;
	size_t max;
	int n, err = 0;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(timeout, tsp_ce_Time_Duration)
		Z_PARAM_LONG_OR_NULL(max_events, max_null)
	ZEND_PARSE_PARAMETERS_END();

	if ((ctx = tsp_iopoll_ctx_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (timeout && !php_tsp_iopoll_duration_timespec(timeout, &ts)) {
		RETURN_THROWS();
	}
	if ((max = tsp_iopoll_max_events(ctx, max_events, max_null)) == 0) {
		RETURN_THROWS();
	}
	if (max > ctx->evcap) {
		ctx->evbuf = safe_erealloc(ctx->evbuf, max, sizeof(*ctx->evbuf), 0);
		ctx->evcap = max;
	}
	if (!php_tsp_iopoll_ctx_owned(ctx, &err)) {
		n = -1;
	} else {
		n = tsp_watch_wait(ctx->set, ctx->evbuf, max, timeout ? &ts : NULL, &err);
	}
	if (n < 0) {
		php_tsp_iopoll_release_flush();
		if (err != EINTR || !tsp_iopoll_signal_handlers(execute_data)) {
			php_tsp_iopoll_throw(tsp_ce_IoPoll_FailedPollWait, TSP_IOPOLL_WAIT_FAILED, tsp_watch_error_code(err));
		}
		RETURN_THROWS();
	}
	tsp_iopoll_results(ctx, n, return_value);
	php_tsp_iopoll_release_flush();
}
/* }}} */

/* {{{ Io\Poll\Context::getBackend(): Io\Poll\Backend */
ZEND_METHOD(Io_Poll_Context, getBackend)
{
	php_tsp_iopoll_ctx *ctx;

	ZEND_PARSE_PARAMETERS_NONE();

	if ((ctx = tsp_iopoll_ctx_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(zend_enum_get_case_cstr(tsp_ce_IoPoll_Backend,
		tsp_watch_get_backend(ctx->set) == TSP_WATCH_EPOLL ? "Epoll" : "Poll"));
}
/* }}} */

/* ---- Io\Poll\Backend ---- */

/* {{{ Io\Poll\Backend::getAvailableBackends(): array - in the enum's order, Auto left out */
ZEND_METHOD(Io_Poll_Backend, getAvailableBackends)
{
	static const char *const names[] = { "Poll", "Epoll", "Kqueue", "EventPorts", "WSAPoll" };
	size_t i;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		zend_object *c = zend_enum_get_case_cstr(tsp_ce_IoPoll_Backend, names[i]);
		tsp_watch_backend b;
		if (tsp_iopoll_backend_of(c, &b) == 0) {
			zval zc;
			ZVAL_OBJ_COPY(&zc, c);
			zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &zc);
		}
	}
}
/* }}} */

/* {{{ Io\Poll\Backend::isAvailable(): bool */
ZEND_METHOD(Io_Poll_Backend, isAvailable)
{
	tsp_watch_backend b;

	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_BOOL(tsp_iopoll_backend_of(Z_OBJ_P(ZEND_THIS), &b) == 0);
}
/* }}} */

/* {{{ Io\Poll\Backend::supportsEdgeTriggering(): bool */
ZEND_METHOD(Io_Poll_Backend, supportsEdgeTriggering)
{
	tsp_watch_backend b;

	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_BOOL(tsp_iopoll_backend_of(Z_OBJ_P(ZEND_THIS), &b) == 0 && tsp_watch_backend_edge(b));
}
/* }}} */

/* ---- registration ---- */

static bool tsp_iopoll_class_exists(const char *lcname)
{
	return zend_hash_str_exists(CG(class_table), lcname, strlen(lcname));
}

/* FailedPollOperationException's ERROR_* constants are ints, typed from PHP 8.3 on. */
static void tsp_iopoll_type_constants(zend_class_entry *ce)
{
#if PHP_VERSION_ID >= 80300
	zend_class_constant *c;
	ZEND_HASH_FOREACH_PTR(&ce->constants_table, c) {
		c->type = (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG);
	} ZEND_HASH_FOREACH_END();
#else
	(void) ce;
#endif
}

static void tsp_iopoll_register(void)
{
	zend_class_entry *io, *poll, *failed;

	tsp_ce_IoPoll_Backend = register_class_Io_Poll_Backend();
	tsp_ce_IoPoll_Event = register_class_Io_Poll_Event();
	tsp_ce_IoPoll_Handle = register_class_Io_Poll_Handle();
	tsp_ce_IoPoll_Watcher = register_class_Io_Poll_Watcher();
	tsp_ce_IoPoll_Context = register_class_Io_Poll_Context();
	io = register_class_Io_IoException(zend_ce_exception);
	poll = register_class_Io_Poll_PollException(io);
	failed = register_class_Io_Poll_FailedPollOperationException(poll);
	tsp_iopoll_type_constants(failed);
	tsp_ce_IoPoll_FailedContextInit = register_class_Io_Poll_FailedContextInitializationException(failed);
	tsp_ce_IoPoll_FailedHandleAdd = register_class_Io_Poll_FailedHandleAddException(failed);
	tsp_ce_IoPoll_FailedWatcherModification = register_class_Io_Poll_FailedWatcherModificationException(failed);
	tsp_ce_IoPoll_FailedPollWait = register_class_Io_Poll_FailedPollWaitException(failed);
	tsp_ce_IoPoll_BackendUnavailable = register_class_Io_Poll_BackendUnavailableException(poll);
	tsp_ce_IoPoll_InactiveWatcher = register_class_Io_Poll_InactiveWatcherException(poll);
	tsp_ce_IoPoll_HandleAlreadyWatched = register_class_Io_Poll_HandleAlreadyWatchedException(poll);
	tsp_ce_IoPoll_InvalidHandle = register_class_Io_Poll_InvalidHandleException(poll);
	tsp_ce_StreamPollHandle = register_class_StreamPollHandle(tsp_ce_IoPoll_Handle);
	tsp_ce_SocketPollHandle = register_class_SocketPollHandle(tsp_ce_IoPoll_Handle);
	tsp_ce_IoPoll_Context->create_object = tsp_iopoll_ctx_create;
	memcpy(&tsp_iopoll_ctx_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_iopoll_ctx_handlers.offset = XtOffsetOf(php_tsp_iopoll_ctx, std);
	tsp_iopoll_ctx_handlers.free_obj = tsp_iopoll_ctx_free;
	tsp_iopoll_ctx_handlers.get_gc = tsp_iopoll_ctx_get_gc;
	tsp_iopoll_ctx_handlers.clone_obj = NULL;
	php_tsp_iopoll_watchers_init();
	php_tsp_iopoll_handles_init();
}

void php_tsp_iopoll_minit(int module_number)
{
	(void) module_number;
	/* PHP 8.6 has all of it: tsp_sockets then declares none of it */
	if (tsp_iopoll_class_exists("io\\poll\\context")) {
		tsp_iopoll_provided = false;
		tsp_iopoll_duration_provided = false;
		return;
	}
	if (!tsp_iopoll_class_exists("time\\duration")) {
		tsp_ce_Time_TimeException = register_class_Time_TimeException(zend_ce_exception);
		tsp_ce_Time_Duration = register_class_Time_Duration();
		tsp_iopoll_duration_provided = true;
	} else {
		tsp_ce_Time_Duration = zend_hash_str_find_ptr(CG(class_table), "time\\duration", sizeof("time\\duration") - 1);
	}
	php_tsp_iopoll_duration_init(tsp_ce_Time_Duration, tsp_iopoll_duration_provided);
	tsp_iopoll_register();
	php_tsp_iopoll_hook_closers();
	tsp_iopoll_provided = true;
	if (!tsp_iopoll_atfork && EG(current_module) && EG(current_module)->type == MODULE_PERSISTENT) {
		tsp_iopoll_atfork = pthread_atfork(NULL, NULL, tsp_iopoll_forked) == 0;
	}
}

void php_tsp_iopoll_mshutdown(void)
{
	if (tsp_iopoll_provided) {
		php_tsp_iopoll_unhook_closers();
	}
}

void php_tsp_iopoll_info(void)
{
	php_tsp_iopoll_info_rows(tsp_iopoll_provided, tsp_iopoll_duration_provided, tsp_iopoll_provided);
}
