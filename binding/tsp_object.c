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
	return &sock->std;
}

static zend_function *tsp_socket_get_constructor(zend_object *obj)
{
	zend_throw_error(NULL, "Cannot directly construct Socket, use socket_create() instead");
	return NULL;
}

static HashTable *tsp_socket_get_gc(zend_object *obj, zval **table, int *n)
{
	php_tsp_socket *sock = php_tsp_socket_from_obj(obj);
	*table = Z_ISUNDEF(sock->zstream) ? NULL : &sock->zstream;
	*n = Z_ISUNDEF(sock->zstream) ? 0 : 1;
	return zend_std_get_properties(obj);
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
	if (!Z_ISUNDEF(sock->zstream)) {
		/* the stream owns the descriptor: closing its resource closes both */
		if (Z_RES(sock->zstream)->ptr) {
			zend_list_close(Z_RES(sock->zstream));
		}
		zval_ptr_dtor(&sock->zstream);
		ZVAL_UNDEF(&sock->zstream);
	} else if (sock->fd >= 0) {
		close(sock->fd);
	}
	sock->fd = -1;
	php_tsp_pending_free(sock);
}
