/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Sockets and PHP streams: socket_import_stream() and socket_export_stream().
 * A Socket made from a stream, or exported as one, keeps a reference to the
 * stream, which owns the descriptor; closing either side closes both. */
#include "tsp_binding.h"
#include "php_network.h"
#include "ext/standard/file.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_io.h"

#include <errno.h>
#include <sys/socket.h>

void php_tsp_import_stream(zval *zstream, zval *return_value)
{
	php_stream *stream;
	php_socket_t fd;
	php_tsp_socket *sock;
	int family, nonblocking, err;

	php_stream_from_zval(stream, zstream);
	if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD, (void **) &fd, REPORT_ERRORS) != SUCCESS) {
		RETURN_FALSE; /* the stream layer has said why */
	}
	if ((err = tsp_fd_family(fd, &family, NULL)) != 0) {
		php_tsp_fail(NULL, TSP_WARN_FAMILY, err);
		RETURN_FALSE;
	}
	if ((nonblocking = tsp_io_nonblocking(fd, &err)) < 0) {
		php_tsp_fail(NULL, TSP_WARN_BLOCKING_STATE, err);
		RETURN_FALSE;
	}
	sock = php_tsp_socket_new(return_value, fd, family);
	sock->blocking = !nonblocking;
	ZVAL_COPY(&sock->zstream, zstream);
	/* reads go to the socket directly: a stream buffer would hide data from it */
	php_stream_set_option(stream, PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE, NULL);
}

/* The transport whose stream type fits the socket, as "name://", or NULL. */
static const char *tsp_export_transport(const php_tsp_socket *sock)
{
	int type, proto = 0;
	socklen_t len;

	if (tsp_fd_family(sock->fd, NULL, &type) != 0) {
		return NULL;
	}
	if (sock->family == AF_INET || sock->family == AF_INET6) {
		if (type == SOCK_DGRAM) {
			return "udp://";
		}
		if (type != SOCK_STREAM) {
			return NULL;
		}
#ifdef SO_PROTOCOL
		len = sizeof(proto);
		if (getsockopt(sock->fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) == 0 && proto != IPPROTO_TCP) {
			return NULL;
		}
#endif
		return "tcp://";
	}
	if (sock->family == AF_UNIX) {
		return type == SOCK_STREAM ? "unix://" : type == SOCK_DGRAM ? "udg://" : NULL;
	}
	(void) proto;
	return NULL;
}

void php_tsp_export_stream(php_tsp_socket *sock, zval *return_value)
{
	const char *xport;
	php_stream *stream = NULL;
	php_netstream_data_t *data;

	if (!Z_ISUNDEF(sock->zstream)) {
		RETURN_COPY(&sock->zstream);
	}
	xport = tsp_export_transport(sock);
	if (xport) {
		/* the transport's own stream, told nothing but its name */
		stream = php_stream_xport_create(xport, strlen(xport), 0, 0, NULL, NULL, NULL, NULL, NULL);
	}
	if (stream == NULL) {
		stream = php_stream_sock_open_from_socket(sock->fd, NULL);
		if (stream == NULL) {
			php_tsp_warn_export();
			RETURN_FALSE;
		}
	}
	data = (php_netstream_data_t *) stream->abstract;
	data->socket = sock->fd;
	data->is_blocked = sock->blocking;
	data->timeout.tv_sec = FG(default_socket_timeout);
	data->timeout.tv_usec = 0;
	php_stream_to_zval(stream, &sock->zstream);
	RETURN_COPY(&sock->zstream);
}

php_tsp_fd_status php_tsp_fd_of(zval *zv, int cast, php_tsp_socket **sock, int *fd)
{
	php_stream *stream;
	php_socket_t sfd;

	*sock = NULL;
	*fd = -1;
	if (Z_TYPE_P(zv) == IS_OBJECT && Z_OBJCE_P(zv) == tsp_ce_Socket) {
		*sock = Z_TSP_SOCKET_P(zv);
		if (php_tsp_socket_stream_closed(*sock)) {
			(*sock)->fd = -1; /* the number may belong to another file by now */
			return PHP_TSP_FD_ORPHANED;
		}
		if ((*sock)->fd < 0) {
			return PHP_TSP_FD_CLOSED;
		}
		*fd = (*sock)->fd;
		return PHP_TSP_FD_OK;
	}
	if (Z_TYPE_P(zv) != IS_RESOURCE) {
		return PHP_TSP_FD_OTHER;
	}
	stream = (php_stream *) zend_fetch_resource2_ex(zv, NULL, php_file_le_stream(), php_file_le_pstream());
	if (!stream) {
		return PHP_TSP_FD_NOT_STREAM;
	}
	if (php_stream_cast(stream, cast, (void **) &sfd, REPORT_ERRORS) != SUCCESS) {
		return PHP_TSP_FD_NO_FD;
	}
	*fd = (int) sfd;
	return PHP_TSP_FD_OK;
}
