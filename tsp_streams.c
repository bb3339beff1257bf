/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* stream_socket_server() for tcp://, udp://, unix:// and udg://.
 *
 * At startup the handler of core's stream_socket_server() is swapped for
 * ours (and put back at shutdown). Ours creates, binds and listens with its
 * own calls, then gives the descriptor to the transport's own stream, so
 * the result is the same stream core would make: accept, select, meta data,
 * crypto and socket_import_stream() all work on it unchanged. What differs:
 * errno/errstr carry the real error of a failed socket(), bind() or listen(),
 * and the listen backlog defaults to tsp_sockets.default_backlog (the
 * system's somaxconn) instead of 32. Every other transport goes to core. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "binding/tsp_binding.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_url.h"
#include "php_network.h"
#include "ext/standard/file.h"

#include <errno.h>
#include <netdb.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

/* Room for the addresses of a lookup before the heap is needed. */
#define TSP_ADDRS_ON_STACK 16

static zif_handler tsp_core_handler;   /* core's stream_socket_server(), while ours is in place */
static zend_function *tsp_core_func;
static bool tsp_have_ipv6;             /* probed once at startup, as the stream layer does */
static int tsp_system_backlog;         /* net.core.somaxconn at startup */

int php_tsp_streams_system_backlog(void)
{
	return tsp_system_backlog;
}

bool php_tsp_streams_active(void)
{
	return tsp_core_handler != NULL;
}

/* The stream types whose private data starts with php_netstream_data_t. */
static bool tsp_stream_is_known(php_stream *stream)
{
	static const char *const labels[] = {
		"tcp_socket", "tcp_socket/ssl", "udp_socket", "unix_socket", "udg_socket", NULL
	};
	const char *const *l;
	for (l = labels; *l; l++) {
		if (stream->ops->label && strcmp(stream->ops->label, *l) == 0) {
			return true;
		}
	}
	return false;
}

static zval *tsp_ctx_opt(php_stream *stream, const char *name)
{
	php_stream_context *ctx = PHP_STREAM_CONTEXT(stream);
	return ctx ? php_stream_context_get_option(ctx, "socket", name) : NULL;
}

/* The outcome of a bind: a descriptor, or an error code and text for the user. */
typedef struct tsp_bind_result {
	int fd;
	int err;            /* errno of the failing call, or 0 before any socket() */
	zend_string *text;  /* errstr; NULL means "Unknown error" */
} tsp_bind_result;

static void tsp_result_errno(tsp_bind_result *r, int err)
{
	char buf[TSP_ERR_MSG_MAX];
	r->err = err;
	tsp_err_message(err, buf, sizeof(buf));
	r->text = zend_string_init(buf, strlen(buf), 0);
}

static void tsp_bind_unix(php_stream *stream, bool dgram, const char *name, size_t len, tsp_bind_result *r)
{
	tsp_addr addr;

	r->fd = socket(AF_UNIX, dgram ? SOCK_DGRAM : SOCK_STREAM, 0);
	if (r->fd < 0) {
		char buf[TSP_ERR_MSG_MAX];
		r->err = errno;
		r->text = strpprintf(0, "Failed to create unix%s socket %s", dgram ? "datagram" : "",
			tsp_err_message(r->err, buf, sizeof(buf)));
		return;
	}
	if (len > tsp_addr_unix_limit(name, len)) {
		len = tsp_addr_unix_limit(name, len);
		php_error_docref(NULL, E_NOTICE,
			"socket path exceeded the maximum allowed length of %zu bytes and was truncated", len);
	}
	tsp_addr_unix(&addr, name, len);
	if (bind(r->fd, &addr.u.sa, addr.len) != 0) {
		int err = errno;
		close(r->fd);
		r->fd = -1;
		tsp_result_errno(r, err);
	}
}

/* Every address host resolves to, as core's stream layer tries them: into
 * stack (room for TSP_ADDRS_ON_STACK) or, for a longer answer, into an
 * emalloc'ed array (*heap, for the caller to free). Returns how many, or 0
 * with *gai_err set. */
static size_t tsp_resolve_all(const char *host, bool dgram, uint16_t port, tsp_addr *stack,
	tsp_addr **out, tsp_addr **heap, int *gai_err)
{
	size_t cap = TSP_ADDRS_ON_STACK, n;
	tsp_addr *addrs = stack;

	*heap = NULL;
	for (;;) {
		n = tsp_addr_resolve(host, dgram ? SOCK_DGRAM : SOCK_STREAM, tsp_have_ipv6, port, addrs, cap, gai_err);
		if (n < cap) {
			break;
		}
		/* a full array may have left addresses out: ask again with twice the room */
		cap *= 2;
		*heap = safe_erealloc(*heap, cap, sizeof(tsp_addr), 0);
		addrs = *heap;
	}
	*out = addrs;
	return n;
}

/* A socket bound to addr with the context's options, or -1 with *err set. */
static int tsp_bind_one(const tsp_addr *addr, bool dgram, int v6only, bool reuseport, bool broadcast, int *err)
{
	int one = 1;
	int fd = socket(addr->u.sa.sa_family, dgram ? SOCK_DGRAM : SOCK_STREAM, 0);

	if (fd < 0) {
		*err = errno;
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (v6only >= 0) {
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only));
	}
#ifdef SO_REUSEPORT
	if (reuseport) {
		setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
	}
#else
	(void) reuseport;
#endif
	if (broadcast) {
		setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof(one));
	}
	if (bind(fd, &addr->u.sa, addr->len) != 0) {
		*err = errno;
		close(fd);
		return -1;
	}
	return fd;
}

static void tsp_bind_inet(php_stream *stream, bool dgram, const char *name, size_t len, tsp_bind_result *r)
{
	const char *hostp;
	size_t host_len, i, n;
	long port;
	char *host;
	tsp_addr stack[TSP_ADDRS_ON_STACK], *addrs, *heap;
	int gai_err = 0, v6only = -1, err = 0;
	bool reuseport = false, broadcast = false;
	zval *opt;

	/* as core: a NUL anywhere in the target, before anything else is looked at */
	if (memchr(name, '\0', len)) {
		r->text = php_tsp_nul_in_target_text();
		return;
	}
	switch (tsp_url_hostport(name, len, &hostp, &host_len, &port)) {
		case TSP_HOSTPORT_E_IPV6:
			r->text = strpprintf(0, "Failed to parse IPv6 address \"%s\"", name);
			return;
		case TSP_HOSTPORT_E_ADDRESS:
			r->text = strpprintf(0, "Failed to parse address \"%s\"", name);
			return;
		case TSP_HOSTPORT_OK:
			break;
	}
	if ((opt = tsp_ctx_opt(stream, "ipv6_v6only")) != NULL && Z_TYPE_P(opt) != IS_NULL) {
		v6only = zend_is_true(opt);
	}
	reuseport = (opt = tsp_ctx_opt(stream, "so_reuseport")) != NULL && zend_is_true(opt);
	broadcast = dgram && (opt = tsp_ctx_opt(stream, "so_broadcast")) != NULL && zend_is_true(opt);

	host = estrndup(hostp, host_len);
	n = tsp_resolve_all(host, dgram, (uint16_t) port, stack, &addrs, &heap, &gai_err);
	if (n == 0 && gai_err != 0) {
		r->text = strpprintf(0, "php_network_getaddresses: getaddrinfo for %s failed: %s", host, gai_strerror(gai_err));
		php_error_docref(NULL, E_WARNING, "%s", ZSTR_VAL(r->text));
	}
	efree(host);
	for (i = 0; i < n && r->fd < 0; i++) {
		r->fd = tsp_bind_one(&addrs[i], dgram, v6only, reuseport, broadcast, &err);
	}
	if (heap) {
		efree(heap);
	}
	if (r->fd < 0 && err) {
		tsp_result_errno(r, err);
	}
}

/* fd://N: a stream for a socket descriptor the process holds (inherited from
 * a service manager or a parent), with the transport its family and type call
 * for. The stream owns the descriptor from then on. */
static php_stream *tsp_fd_stream(const char *rest, size_t len, php_stream_context *context, tsp_bind_result *r)
{
	int fd;
	int family = 0, type = 0, accepting = 0;
	socklen_t sl;
	const char *xport;
	php_stream *stream;
	zend_string *errstr = NULL;
	int err = 0;
	php_tsp_fd_owner owner;

	if (tsp_url_fd(rest, len, &fd) != 0) {
		r->text = strpprintf(0, "Failed to parse address \"%s\"", rest);
		return NULL;
	}
	if ((err = tsp_fd_is_socket(fd)) != 0) {
		tsp_result_errno(r, err);
		return NULL;
	}
	if ((owner = php_tsp_fd_owner_of(fd)) != TSP_FD_OWNER_NONE) {
		r->err = EBUSY;
		r->text = php_tsp_fd_owned_text(fd, owner);
		return NULL;
	}
	tsp_fd_family(fd, &family, &type);
	if (family == AF_UNIX) {
		xport = type == SOCK_DGRAM ? "udg://" : "unix://";
	} else if (family == AF_INET || family == AF_INET6) {
		xport = type == SOCK_DGRAM ? "udp://" : "tcp://";
	} else {
		tsp_result_errno(r, EAFNOSUPPORT);
		return NULL;
	}
	stream = php_stream_xport_create(xport, strlen(xport), REPORT_ERRORS, STREAM_XPORT_SERVER,
		NULL, NULL, context, &errstr, &err);
	if (!stream) {
		r->text = errstr;
		return NULL;
	}
	if (errstr) {
		zend_string_release(errstr);
	}
	((php_netstream_data_t *) stream->abstract)->socket = (php_socket_t) fd;
	sl = sizeof(accepting);
	if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &sl) == 0 && accepting) {
		stream->flags |= PHP_STREAM_FLAG_NO_IO;
	}
	return stream;
}

static int tsp_backlog(php_stream *stream)
{
	zval *opt = tsp_ctx_opt(stream, "backlog");
	if (opt) {
		return (int) zval_get_long(opt);
	}
	if (TSP_G(default_backlog) > 0) {
		return TSP_G(default_backlog) > INT_MAX ? INT_MAX : (int) TSP_G(default_backlog);
	}
	return tsp_system_backlog;
}

/* {{{ stream_socket_server(string $address, &$error_code = null, &$error_message = null,
 *        int $flags = STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context = null): resource|false */
static ZEND_FUNCTION(tsp_stream_socket_server)
{
	zend_string *target;
	zval *zerrno = NULL, *zerrstr = NULL, *zcontext = NULL, *arg;
	zend_long flags = STREAM_XPORT_BIND | STREAM_XPORT_LISTEN;
	php_stream_context *context;
	php_stream *stream;
	zend_string *errstr = NULL;
	int err = 0;
	tsp_url url;
	tsp_xport xport;
	tsp_bind_result r = { -1, 0, NULL };
	int backlog = -1;

	/* Anything but a string naming one of our transports is core's to handle,
	 * including every argument error. */
	if (ZEND_CALL_NUM_ARGS(execute_data) < 1) {
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	arg = ZEND_CALL_ARG(execute_data, 1);
	ZVAL_DEREF(arg);
	if (Z_TYPE_P(arg) != IS_STRING) {
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	tsp_url_split(Z_STRVAL_P(arg), Z_STRLEN_P(arg), &url);
	xport = tsp_url_xport(url.transport, url.transport_len);
	if (xport == TSP_XPORT_OTHER) {
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}

	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_STR(target)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zerrno)
		Z_PARAM_ZVAL(zerrstr)
		Z_PARAM_LONG(flags)
		Z_PARAM_RESOURCE_OR_NULL(zcontext)
	ZEND_PARSE_PARAMETERS_END();

	/* the stream takes its own reference to the context */
	context = php_stream_context_from_zval(zcontext, flags & PHP_FILE_NO_DEFAULT_CONTEXT);
	if (zerrno) {
		ZEND_TRY_ASSIGN_REF_LONG(zerrno, 0);
	}
	if (zerrstr) {
		ZEND_TRY_ASSIGN_REF_EMPTY_STRING(zerrstr);
	}

	if (xport == TSP_XPORT_FD) {
		stream = tsp_fd_stream(url.rest, url.rest_len, context, &r);
		if (!stream) {
			errstr = r.text;
			err = r.err;
		}
		goto made;
	}

	/* The transport's own factory makes the stream, with no socket yet. */
	stream = php_stream_xport_create(ZSTR_VAL(target), ZSTR_LEN(target), REPORT_ERRORS,
		STREAM_XPORT_SERVER, NULL, NULL, context, &errstr, &err);
	if (stream && !tsp_stream_is_known(stream)) {
		/* another extension's transport under a standard name: core knows how */
		php_stream_close(stream);
		if (errstr) {
			zend_string_release(errstr);
		}
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}

	if (stream && (flags & STREAM_XPORT_BIND)) {
		php_netstream_data_t *sock = (php_netstream_data_t *) stream->abstract;
		bool dgram = (xport == TSP_XPORT_UDP || xport == TSP_XPORT_UDG);

		if (xport == TSP_XPORT_UNIX || xport == TSP_XPORT_UDG) {
			tsp_bind_unix(stream, dgram, url.rest, url.rest_len, &r);
		} else {
			tsp_bind_inet(stream, dgram, url.rest, url.rest_len, &r);
		}
		if (r.fd >= 0 && (flags & STREAM_XPORT_LISTEN)) {
			backlog = tsp_backlog(stream);
			if (listen(r.fd, backlog) != 0) {
				int lerr = errno;
				close(r.fd);
				r.fd = -1;
				backlog = -1;
				tsp_result_errno(&r, lerr);
			}
		}
		if (r.fd >= 0) {
			sock->socket = r.fd;
			stream->flags |= PHP_STREAM_FLAG_NO_IO;
		} else {
			php_stream_close(stream);
			stream = NULL;
			errstr = r.text;
			err = r.err;
		}
	}

made:
	if (stream == NULL) {
		php_error_docref(NULL, E_WARNING, "Unable to connect to %s (%s)", ZSTR_VAL(target),
			errstr == NULL ? "Unknown error" : ZSTR_VAL(errstr));
		if (zerrno) {
			ZEND_TRY_ASSIGN_REF_LONG(zerrno, err);
		}
		if (zerrstr && errstr) {
			ZEND_TRY_ASSIGN_REF_STR(zerrstr, errstr);
		} else if (errstr) {
			zend_string_release(errstr);
		}
		RETURN_FALSE;
	}
	if (errstr) {
		zend_string_release(errstr);
	}
	php_stream_to_zval(stream, return_value);
	if (backlog >= 0) {
		/* for socket_listen_info(): what was asked for */
		php_tsp_remember_stream_backlog(stream->res, backlog);
	}
}
/* }}} */

zend_result php_tsp_streams_minit(bool enable)
{
	int probe;

	tsp_system_backlog = tsp_somaxconn();
	if (tsp_system_backlog <= 0) {
		tsp_system_backlog = SOMAXCONN;
	}
	probe = socket(AF_INET6, SOCK_DGRAM, 0);
	tsp_have_ipv6 = probe >= 0;
	if (probe >= 0) {
		close(probe);
	}
	if (!enable) {
		return SUCCESS;
	}
	tsp_core_func = zend_hash_str_find_ptr(CG(function_table), "stream_socket_server", sizeof("stream_socket_server") - 1);
	if (!tsp_core_func || tsp_core_func->type != ZEND_INTERNAL_FUNCTION) {
		return SUCCESS; /* nothing to replace: core's stays */
	}
	tsp_core_handler = tsp_core_func->internal_function.handler;
	tsp_core_func->internal_function.handler = ZEND_FN(tsp_stream_socket_server);
	return SUCCESS;
}

void php_tsp_streams_mshutdown(void)
{
	if (tsp_core_handler && tsp_core_func) {
		tsp_core_func->internal_function.handler = tsp_core_handler;
	}
	tsp_core_handler = NULL;
	tsp_core_func = NULL;
}
