/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* What an Io\Poll\Context watches: StreamPollHandle (a PHP stream) and
 * SocketPollHandle (a Socket), and the closes that retire their watchers.
 * PHP 8.6 tells its polling API when a stream closes; older PHP does not, so
 * fclose() and pclose() are replaced by versions that retire the watchers of
 * the descriptor first, while it is still open (a copy of it elsewhere, in a
 * child process say, must not keep its registration alive), and
 * socket_close() does the same (binding/tsp_object.c). A close by any other
 * way is found later: before every use a watcher checks that its stream or
 * Socket is still open, and retires itself without a system call if not. */
#include "tsp_iopoll.h"
#include "php_network.h"
#include "ext/standard/file.h"

zend_class_entry *tsp_ce_StreamPollHandle, *tsp_ce_SocketPollHandle;
static zend_object_handlers tsp_iopoll_handle_handlers;

static zend_object *tsp_iopoll_handle_create(zend_class_entry *ce)
{
	php_tsp_iopoll_handle *h = zend_object_alloc(sizeof(php_tsp_iopoll_handle), ce);

	zend_object_std_init(&h->std, ce);
	object_properties_init(&h->std, ce);
	h->std.handlers = &tsp_iopoll_handle_handlers;
	ZVAL_UNDEF(&h->target);
	h->is_socket = ce == tsp_ce_SocketPollHandle;
	return &h->std;
}

static void tsp_iopoll_handle_free(zend_object *obj)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(obj);
	zval_ptr_dtor(&h->target);
	ZVAL_UNDEF(&h->target);
	zend_object_std_dtor(obj);
}

static HashTable *tsp_iopoll_handle_get_gc(zend_object *obj, zval **table, int *n)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(obj);
	/* a Socket can be part of a cycle; a resource cannot */
	*table = h->is_socket && Z_TYPE(h->target) == IS_OBJECT ? &h->target : NULL;
	*n = *table ? 1 : 0;
	return NULL;
}

/* The open stream behind a StreamPollHandle, or NULL. */
static php_stream *tsp_iopoll_handle_stream(const php_tsp_iopoll_handle *h)
{
	zend_resource *res;
	if (Z_TYPE(h->target) != IS_RESOURCE) {
		return NULL;
	}
	res = Z_RES(h->target);
	if (!res->ptr || (res->type != php_file_le_stream() && res->type != php_file_le_pstream())) {
		return NULL;
	}
	return (php_stream *) res->ptr;
}

/* The descriptor a stream would be polled on, or -1. */
static int tsp_iopoll_stream_fd(php_stream *stream)
{
	php_socket_t fd = -1;
	if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) != SUCCESS) {
		return -1;
	}
	return fd >= 0 ? (int) fd : -1;
}

int php_tsp_iopoll_handle_fd(php_tsp_iopoll_handle *h, bool report)
{
	if (h->is_socket) {
		php_tsp_socket *sock;
		if (Z_TYPE(h->target) != IS_OBJECT) {
			return -1;
		}
		sock = Z_TSP_SOCKET_P(&h->target);
		return php_tsp_socket_usable(sock) ? sock->fd : -1;
	} else {
		php_stream *stream = tsp_iopoll_handle_stream(h);
		int fd;
		if (!stream) {
			return -1;
		}
		fd = tsp_iopoll_stream_fd(stream);
		if (fd < 0 && report) {
			php_tsp_iopoll_warn_cast(stream->ops->label);
		}
		return fd;
	}
}

bool php_tsp_iopoll_handle_alive(const php_tsp_iopoll_handle *h, int fd)
{
	if (h->is_socket) {
		const php_tsp_socket *sock = Z_TSP_SOCKET_P(&h->target);
		return sock->fd == fd && !php_tsp_socket_stream_closed(sock);
	}
	/* an open stream keeps its descriptor */
	return tsp_iopoll_handle_stream(h) != NULL;
}

/* {{{ StreamPollHandle::__construct($stream) */
ZEND_METHOD(StreamPollHandle, __construct)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS));
	zval *zres;
	zend_resource *res;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_RESOURCE(zres)
	ZEND_PARSE_PARAMETERS_END();

	res = Z_RES_P(zres);
	if (!res->ptr || (res->type != php_file_le_stream() && res->type != php_file_le_pstream())) {
		php_tsp_iopoll_throw_not_stream(1);
		RETURN_THROWS();
	}
	if (!Z_ISUNDEF(h->target)) {
		php_tsp_iopoll_error(TSP_IOPOLL_ERR_STREAM_TWICE);
		RETURN_THROWS();
	}
	ZVAL_COPY(&h->target, zres);
}
/* }}} */

/* {{{ StreamPollHandle::getStream(): resource|null - the stream, closed or not */
ZEND_METHOD(StreamPollHandle, getStream)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();

	if (Z_ISUNDEF(h->target)) {
		RETURN_NULL();
	}
	RETURN_COPY(&h->target);
}
/* }}} */

/* {{{ StreamPollHandle::isValid(): bool - open, and not at its end (as PHP 8.6: feof() looks at a socket's peer) */
ZEND_METHOD(StreamPollHandle, isValid)
{
	php_stream *stream;

	ZEND_PARSE_PARAMETERS_NONE();

	stream = tsp_iopoll_handle_stream(php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS)));
	RETURN_BOOL(stream && !php_stream_eof(stream));
}
/* }}} */

/* {{{ SocketPollHandle::__construct(Socket $socket) */
ZEND_METHOD(SocketPollHandle, __construct)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS));
	zval *zsock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_tsp_socket_usable(Z_TSP_SOCKET_P(zsock))) {
		php_tsp_throw_closed(1);
		RETURN_THROWS();
	}
	if (!Z_ISUNDEF(h->target)) {
		php_tsp_iopoll_error(TSP_IOPOLL_ERR_SOCKET_TWICE);
		RETURN_THROWS();
	}
	ZVAL_COPY(&h->target, zsock);
}
/* }}} */

/* {{{ SocketPollHandle::getSocket(): Socket */
ZEND_METHOD(SocketPollHandle, getSocket)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();

	if (Z_ISUNDEF(h->target)) {
		php_tsp_iopoll_error(TSP_IOPOLL_ERR_SOCKET_NONE);
		RETURN_THROWS();
	}
	RETURN_COPY(&h->target);
}
/* }}} */

/* {{{ SocketPollHandle::isValid(): bool - not closed by socket_close(), nor by fclose() of its stream */
ZEND_METHOD(SocketPollHandle, isValid)
{
	php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_BOOL(php_tsp_iopoll_handle_fd(h, false) >= 0);
}
/* }}} */

/* PHP 8.6 lets only internal classes implement Io\Poll\Handle. */
static int tsp_iopoll_handle_implemented(zend_class_entry *iface, zend_class_entry *ce)
{
	if (ce->type == ZEND_USER_CLASS) {
		php_tsp_iopoll_user_handle();
	}
	return SUCCESS;
}

void php_tsp_iopoll_handles_init(void)
{
	tsp_ce_IoPoll_Handle->interface_gets_implemented = tsp_iopoll_handle_implemented;
	tsp_ce_StreamPollHandle->create_object = tsp_iopoll_handle_create;
	tsp_ce_SocketPollHandle->create_object = tsp_iopoll_handle_create;
	memcpy(&tsp_iopoll_handle_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_iopoll_handle_handlers.offset = XtOffsetOf(php_tsp_iopoll_handle, std);
	tsp_iopoll_handle_handlers.free_obj = tsp_iopoll_handle_free;
	tsp_iopoll_handle_handlers.get_gc = tsp_iopoll_handle_get_gc;
	tsp_iopoll_handle_handlers.clone_obj = NULL;
}

/* ---- closes ---- */

void php_tsp_iopoll_fd_closing_watched(int fd)
{
	php_tsp_iopoll_watcher *w;

	if (fd < 0 || (uint32_t) fd >= TSP_G(iopoll_nbyfd)) {
		return;
	}
	/* each retirement unlinks the head (the last one frees the table) */
	while (TSP_G(iopoll_byfd) && (w = TSP_G(iopoll_byfd)[fd]) != NULL) {
		php_tsp_iopoll_handle *h = php_tsp_iopoll_handle_from(w->handle);
		/* one of an earlier close that went unseen names another file */
		int how = php_tsp_iopoll_handle_alive(h, fd) ? TSP_RETIRE_REMOVE : TSP_RETIRE_FORGET, err;
		/* in a forked child, not from the parent's kernel object */
		if (how == TSP_RETIRE_REMOVE && !php_tsp_iopoll_ctx_owned(w->ctx, &err)) {
			how = TSP_RETIRE_FORGET;
		}
		php_tsp_iopoll_retire(w, TSP_WATCHER_CLOSED, how); /* a no-op if the new kernel object found it gone */
	}
}

/* The descriptor of the stream fclose()/pclose() is about to close, or -1. */
static int tsp_iopoll_closing_fd(zend_execute_data *execute_data)
{
	zval *arg;
	php_stream *stream;
	zend_resource *res;

	if (!TSP_G(iopoll_live) || ZEND_NUM_ARGS() < 1) {
		return -1;
	}
	arg = ZEND_CALL_ARG(execute_data, 1);
	ZVAL_DEREF(arg);
	if (Z_TYPE_P(arg) != IS_RESOURCE) {
		return -1;
	}
	res = Z_RES_P(arg);
	if (!res->ptr || (res->type != php_file_le_stream() && res->type != php_file_le_pstream())) {
		return -1;
	}
	stream = res->ptr;
	if (stream->flags & PHP_STREAM_FLAG_NO_FCLOSE) {
		return -1; /* fclose() refuses it */
	}
	return tsp_iopoll_stream_fd(stream);
}

static zif_handler tsp_orig_fclose, tsp_orig_pclose;

static ZEND_NAMED_FUNCTION(tsp_iopoll_fclose)
{
	php_tsp_iopoll_fd_closing(tsp_iopoll_closing_fd(execute_data));
	tsp_orig_fclose(INTERNAL_FUNCTION_PARAM_PASSTHRU);
	php_tsp_iopoll_release_flush();
}

static ZEND_NAMED_FUNCTION(tsp_iopoll_pclose)
{
	php_tsp_iopoll_fd_closing(tsp_iopoll_closing_fd(execute_data));
	tsp_orig_pclose(INTERNAL_FUNCTION_PARAM_PASSTHRU);
	php_tsp_iopoll_release_flush();
}

static zend_internal_function *tsp_iopoll_function(const char *name, size_t len)
{
	zend_function *f = zend_hash_str_find_ptr(CG(function_table), name, len);
	return f && f->type == ZEND_INTERNAL_FUNCTION ? &f->internal_function : NULL;
}

void php_tsp_iopoll_hook_closers(void)
{
	zend_internal_function *f;
	if ((f = tsp_iopoll_function("fclose", sizeof("fclose") - 1)) != NULL && !tsp_orig_fclose) {
		tsp_orig_fclose = f->handler;
		f->handler = tsp_iopoll_fclose;
	}
	if ((f = tsp_iopoll_function("pclose", sizeof("pclose") - 1)) != NULL && !tsp_orig_pclose) {
		tsp_orig_pclose = f->handler;
		f->handler = tsp_iopoll_pclose;
	}
}

void php_tsp_iopoll_unhook_closers(void)
{
	zend_internal_function *f;
	if (tsp_orig_fclose && (f = tsp_iopoll_function("fclose", sizeof("fclose") - 1)) != NULL
			&& f->handler == tsp_iopoll_fclose) {
		f->handler = tsp_orig_fclose;
	}
	if (tsp_orig_pclose && (f = tsp_iopoll_function("pclose", sizeof("pclose") - 1)) != NULL
			&& f->handler == tsp_iopoll_pclose) {
		f->handler = tsp_orig_pclose;
	}
	tsp_orig_fclose = tsp_orig_pclose = NULL;
}
