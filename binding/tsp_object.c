/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The Socket class: an object that owns one descriptor. */
#include "tsp_binding.h"
#include "php_network.h"

#include <unistd.h>

zend_class_entry *tsp_ce_Socket;
static zend_object_handlers tsp_socket_handlers;

static zend_object *tsp_socket_create(zend_class_entry *ce)
{
	php_tsp_socket *sock = zend_object_alloc(sizeof(php_tsp_socket), ce);

	zend_object_std_init(&sock->std, ce);
	object_properties_init(&sock->std, ce);
	sock->std.handlers = &tsp_socket_handlers;
	sock->fd = -1;
	sock->family = 0;
	sock->error = 0;
	sock->blocking = 1;
	sock->listen_backlog = 0;
	sock->listen_backlog_set = false;
	ZVAL_UNDEF(&sock->zstream);
	sock->pending = NULL;
	sock->kind = TSP_KIND_UNKNOWN;
	sock->gc_run = 0;
	sock->gc_ctx = NULL;
	return &sock->std;
}

static zend_function *tsp_socket_get_constructor(zend_object *obj)
{
	php_tsp_throw_construct("Socket", "socket_create");
	return NULL;
}

/* The context of the stream sock holds, when the stream and its context are
 * reachable only through sock: nothing else holds the stream's resource, and
 * nothing but the stream holds the context's. Only then may the context's
 * options be reported as sock's own, which lets the collector free a Socket
 * stored in the options of its own stream (a cycle it cannot see otherwise:
 * it does not look into resources). Decided once per collector run, at the
 * first look, which comes while the collector is still marking: a resource
 * it has already counted down is grey by then, so "black with one reference"
 * can only mean one real reference. Later looks in the same run must give
 * the same answer even though the collector has changed the counts since. */
static zend_resource *tsp_socket_gc_context(php_tsp_socket *sock)
{
	zend_gc_status st;
	zend_resource *res;
	php_stream *stream;

	zend_gc_get_status(&st);
	if (sock->gc_run != st.runs) {
		sock->gc_run = st.runs;
		sock->gc_ctx = NULL;
		res = Z_RES(sock->zstream);
		stream = res->ptr;
		if (stream && GC_REFCOUNT(res) == 1 && GC_INFO(res) == 0 && stream->ctx
			&& GC_REFCOUNT(stream->ctx) == 1 && GC_INFO(stream->ctx) == 0) {
			sock->gc_ctx = stream->ctx;
		}
	}
	/* a destructor run by the collector may have closed the stream since */
	res = Z_RES(sock->zstream);
	stream = res->ptr;
	return stream && stream->ctx == sock->gc_ctx ? sock->gc_ctx : NULL;
}

static HashTable *tsp_socket_get_gc(zend_object *obj, zval **table, int *n)
{
	php_tsp_socket *sock = php_tsp_socket_from_obj(obj);
	zend_resource *ctx;

	*table = NULL;
	*n = 0;
	if (!Z_ISUNDEF(sock->zstream) && (ctx = tsp_socket_gc_context(sock)) != NULL && ctx->ptr) {
		*table = &((php_stream_context *) ctx->ptr)->options;
		*n = 1;
	}
	return NULL; /* a Socket has no properties */
}

static void tsp_socket_free(zend_object *obj)
{
	php_tsp_socket *sock = php_tsp_socket_from_obj(obj);

	if (Z_ISUNDEF(sock->zstream)) {
		if (sock->fd >= 0) {
			close(sock->fd);
		}
	} else {
		/* the stream owns the descriptor */
		zval_ptr_dtor(&sock->zstream);
	}
	sock->fd = -1;
	php_tsp_pending_free(sock);
	zend_object_std_dtor(obj);
}

void php_tsp_socket_class_init(zend_class_entry *ce)
{
	tsp_ce_Socket = ce;
	ce->create_object = tsp_socket_create;

	memcpy(&tsp_socket_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_socket_handlers.offset = XtOffsetOf(php_tsp_socket, std);
	tsp_socket_handlers.free_obj = tsp_socket_free;
	tsp_socket_handlers.get_constructor = tsp_socket_get_constructor;
	tsp_socket_handlers.clone_obj = NULL;
	tsp_socket_handlers.get_gc = tsp_socket_get_gc;
	tsp_socket_handlers.compare = zend_objects_not_comparable;
}

php_tsp_socket *php_tsp_socket_new(zval *zv, int fd, int family)
{
	php_tsp_socket *sock;

	object_init_ex(zv, tsp_ce_Socket);
	sock = Z_TSP_SOCKET_P(zv);
	sock->fd = fd;
	sock->family = family;
	return sock;
}

void php_tsp_socket_close(php_tsp_socket *sock)
{
	if (sock->fd >= 0) {
		php_tsp_iopoll_fd_closing(sock->fd); /* its Io\Poll watchers go first, while it is open */
	}
	if (!Z_ISUNDEF(sock->zstream)) {
		/* The stream owns the descriptor: closing it, as fclose() does (a
		 * persistent one too), closes both. One already closed with fclose()
		 * raises ext/sockets' TypeError, and the Socket is closed all the same. */
		php_stream *stream = Z_RES(sock->zstream)->ptr;
		if (stream) {
			php_stream_free(stream, PHP_STREAM_FREE_KEEP_RSRC
				| (stream->is_persistent ? PHP_STREAM_FREE_CLOSE_PERSISTENT : PHP_STREAM_FREE_CLOSE));
		} else {
			php_tsp_throw_stream_closed();
		}
		zval_ptr_dtor(&sock->zstream);
		ZVAL_UNDEF(&sock->zstream);
	} else if (sock->fd >= 0) {
		close(sock->fd);
	}
	sock->fd = -1;
	php_tsp_pending_free(sock);
}
