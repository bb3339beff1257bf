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
#include "src/core/tsp_fd.h"
#include "src/core/tsp_url.h"
#include "php_network.h"
#include "ext/standard/file.h"

#include <errno.h>
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
		"tcp_socket/ssl", "tcp_socket", "udp_socket", "unix_socket", "udg_socket", NULL
	};
	const char *const *l;
	if (stream->ops == &php_stream_socket_ops) {
		return true; /* tcp_socket, without comparing its label */
	}
	for (l = labels; *l; l++) {
		if (stream->ops->label && strcmp(stream->ops->label, *l) == 0) {
			return true;
		}
	}
	return false;
}

/* The "socket" options of the stream's context, or NULL: looked up once
 * for all the options a server reads. */
static HashTable *tsp_ctx_socket_opts(php_stream *stream)
{
	php_stream_context *ctx = PHP_STREAM_CONTEXT(stream);
	zval *opts = ctx ? zend_hash_str_find(Z_ARRVAL(ctx->options), "socket", sizeof("socket") - 1) : NULL;
	return opts && Z_TYPE_P(opts) == IS_ARRAY ? Z_ARRVAL_P(opts) : NULL;
}

/* A server's context options, looked up at the first need (a target that
 * does not parse never needs them). */
typedef struct tsp_opts {
	php_stream *stream;
	HashTable *ht;
	bool read;
} tsp_opts;

static HashTable *tsp_opts_get(tsp_opts *o)
{
	if (!o->read) {
		o->ht = tsp_ctx_socket_opts(o->stream);
		o->read = true;
	}
	return o->ht;
}

/* One of the options, or NULL. */
static zval *tsp_opt_find(HashTable *ht, const char *name, size_t len)
{
	return ht ? zend_hash_str_find(ht, name, len) : NULL;
}
#define TSP_CTX_OPT(opts, name) tsp_opt_find(tsp_opts_get(opts), (name), sizeof(name) - 1)

/* The outcome of a bind: a descriptor, or an error code and text for the user. */
typedef struct tsp_bind_result {
	int fd;
	int err;            /* errno of the failing call, or 0 before any socket() */
	zend_string *text;  /* errstr; NULL means "Unknown error" */
} tsp_bind_result;

static void tsp_result_errno(tsp_bind_result *r, int err)
{
	r->err = err;
	r->text = php_tsp_strerror(err);
}

static void tsp_bind_unix(bool dgram, const char *name, size_t len, tsp_bind_result *r)
{
	tsp_addr addr;

	r->fd = socket(AF_UNIX, dgram ? SOCK_DGRAM : SOCK_STREAM, 0);
	if (r->fd < 0) {
		r->err = errno;
		r->text = php_tsp_server_text_unix_socket(dgram, r->err);
		return;
	}
	if (len > tsp_addr_unix_limit(name, len)) {
		len = tsp_addr_unix_limit(name, len);
		php_tsp_notice_path_cut(len);
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

static void tsp_bind_inet(tsp_opts *opts, bool dgram, const char *name, size_t len, tsp_bind_result *r)
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
			r->text = php_tsp_server_text_parse(name, true);
			return;
		case TSP_HOSTPORT_E_ADDRESS:
			r->text = php_tsp_server_text_parse(name, false);
			return;
		case TSP_HOSTPORT_OK:
			break;
	}
	if ((opt = TSP_CTX_OPT(opts, "ipv6_v6only")) != NULL && Z_TYPE_P(opt) != IS_NULL) {
		v6only = zend_is_true(opt);
	}
	reuseport = (opt = TSP_CTX_OPT(opts, "so_reuseport")) != NULL && zend_is_true(opt);
	broadcast = dgram && (opt = TSP_CTX_OPT(opts, "so_broadcast")) != NULL && zend_is_true(opt);

	host = estrndup(hostp, host_len);
	n = tsp_resolve_all(host, dgram, (uint16_t) port, stack, &addrs, &heap, &gai_err);
	if (n == 0 && gai_err != 0) {
		r->text = php_tsp_warn_server_lookup(host, gai_err);
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

/* The transport whose stream fits a socket of this family and type, as
 * "name://", or NULL. */
static const char *tsp_fd_transport(int family, int type)
{
	if (family == AF_UNIX) {
		return type == SOCK_DGRAM ? "udg://" : "unix://";
	}
	if (family == AF_INET || family == AF_INET6) {
		return type == SOCK_DGRAM ? "udp://" : "tcp://";
	}
	return NULL;
}

/* The descriptor of fd://N when the process may take it: an open socket
 * that no Socket or stream of this process owns yet; else -1 with r set. */
static int tsp_fd_take(const char *rest, size_t len, tsp_bind_result *r)
{
	php_tsp_fd_owner owner;
	int fd, err;

	if (tsp_url_fd(rest, len, &fd) != 0) {
		r->text = php_tsp_server_text_parse(rest, false);
		return -1;
	}
	if ((err = tsp_fd_is_socket(fd)) != 0) {
		tsp_result_errno(r, err);
		return -1;
	}
	if ((owner = php_tsp_fd_owner_of(fd)) != TSP_FD_OWNER_NONE) {
		r->err = EBUSY;
		r->text = php_tsp_fd_owned_text(fd, owner);
		return -1;
	}
	return fd;
}

/* fd://N: a stream for a socket descriptor the process holds (inherited from
 * a service manager or a parent), with the transport its family and type call
 * for. The stream owns the descriptor from then on. */
static php_stream *tsp_fd_stream(const char *rest, size_t len, php_stream_context *context, tsp_bind_result *r)
{
	int fd = tsp_fd_take(rest, len, r), family, type, accepting = 0, err = 0;
	socklen_t sl = sizeof(accepting);
	const char *xport;
	php_stream *stream;
	zend_string *errstr = NULL;

	if (fd < 0) {
		return NULL;
	}
	tsp_fd_family(fd, &family, &type);
	if ((xport = tsp_fd_transport(family, type)) == NULL) {
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
	if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &sl) == 0 && accepting) {
		stream->flags |= PHP_STREAM_FLAG_NO_IO;
	}
	return stream;
}

static int tsp_backlog(tsp_opts *opts)
{
	zval *opt = TSP_CTX_OPT(opts, "backlog");
	if (opt) {
		return (int) zval_get_long(opt);
	}
	if (TSP_G(default_backlog) > 0) {
		return TSP_G(default_backlog) > INT_MAX ? INT_MAX : (int) TSP_G(default_backlog);
	}
	return tsp_system_backlog;
}

/* One call of stream_socket_server() that is ours. */
typedef struct tsp_server_call {
	zend_string *target;
	tsp_url url;               /* points into target */
	tsp_xport xport;
	zend_long flags;           /* STREAM_SERVER_BIND, STREAM_SERVER_LISTEN */
	php_stream_context *context;
	int backlog;               /* what listen() was asked for, or -1 */
	bool to_core;              /* the transport is another extension's: core's handler takes the call */
	tsp_bind_result r;         /* the descriptor, or the error for $error_code and $error_message */
} tsp_server_call;

/* Whether a call of stream_socket_server() is ours: its first argument a
 * string naming tcp, udp, unix, udg or fd. Everything else, every argument
 * error included, is core's to handle. */
static bool tsp_server_is_ours(zend_execute_data *execute_data, tsp_server_call *call)
{
	zval *arg;

	if (ZEND_CALL_NUM_ARGS(execute_data) < 1) {
		return false;
	}
	arg = ZEND_CALL_ARG(execute_data, 1);
	ZVAL_DEREF(arg);
	if (Z_TYPE_P(arg) != IS_STRING) {
		return false;
	}
	tsp_url_split(Z_STRVAL_P(arg), Z_STRLEN_P(arg), &call->url);
	call->xport = call->url.xport;
	return call->xport != TSP_XPORT_OTHER;
}

/* Binds (and listens, when asked) the descriptor of a transport's stream:
 * false with call->r's error after closing what it made. */
static bool tsp_server_bind(tsp_server_call *call, php_stream *stream)
{
	bool dgram = call->xport == TSP_XPORT_UDP || call->xport == TSP_XPORT_UDG;
	tsp_opts opts = { stream, NULL, false };

	if (call->xport == TSP_XPORT_UNIX || call->xport == TSP_XPORT_UDG) {
		tsp_bind_unix(dgram, call->url.rest, call->url.rest_len, &call->r);
	} else {
		tsp_bind_inet(&opts, dgram, call->url.rest, call->url.rest_len, &call->r);
	}
	if (call->r.fd >= 0 && (call->flags & STREAM_XPORT_LISTEN)) {
		call->backlog = tsp_backlog(&opts);
		if (listen(call->r.fd, call->backlog) != 0) {
			int err = errno;
			close(call->r.fd);
			call->r.fd = -1;
			call->backlog = -1;
			tsp_result_errno(&call->r, err);
		}
	}
	if (call->r.fd < 0) {
		return false;
	}
	((php_netstream_data_t *) stream->abstract)->socket = call->r.fd;
	stream->flags |= PHP_STREAM_FLAG_NO_IO;
	return true;
}

/* The server: the transport's own stream (its factory makes it with no
 * socket yet), given the descriptor we open. NULL with call->r's error, or
 * with call->to_core set. */
static php_stream *tsp_server_open(tsp_server_call *call)
{
	zend_string *errstr = NULL;
	php_stream *stream = php_stream_xport_create(ZSTR_VAL(call->target), ZSTR_LEN(call->target), REPORT_ERRORS,
		STREAM_XPORT_SERVER, NULL, NULL, call->context, &errstr, &call->r.err);

	if (!stream) {
		call->r.text = errstr;
		return NULL;
	}
	if (errstr) {
		zend_string_release(errstr);
	}
	if (!tsp_stream_is_known(stream)) {
		/* another extension's transport under a standard name: core knows how */
		php_stream_close(stream);
		call->to_core = true;
		return NULL;
	}
	if ((call->flags & STREAM_XPORT_BIND) && !tsp_server_bind(call, stream)) {
		php_stream_close(stream);
		return NULL;
	}
	return stream;
}

/* The failure: core's warning, and the error for $error_code and $error_message. */
static void tsp_server_fail(tsp_server_call *call, zval *zerrno, zval *zerrstr)
{
	php_tsp_warn_server_failed(call->target, call->r.text);
	if (zerrno) {
		ZEND_TRY_ASSIGN_REF_LONG(zerrno, call->r.err);
	}
	if (zerrstr && call->r.text) {
		ZEND_TRY_ASSIGN_REF_STR(zerrstr, call->r.text);
	} else if (call->r.text) {
		zend_string_release(call->r.text);
	}
}

/* {{{ stream_socket_server(string $address, &$error_code = null, &$error_message = null,
 *        int $flags = STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context = null): resource|false */
static ZEND_FUNCTION(tsp_stream_socket_server)
{
	tsp_server_call call;
	zval *zerrno = NULL, *zerrstr = NULL, *zcontext = NULL;
	php_stream *stream;

	call.flags = STREAM_XPORT_BIND | STREAM_XPORT_LISTEN;
	call.backlog = -1;
	call.to_core = false;
	call.r.fd = -1;
	call.r.err = 0;
	call.r.text = NULL;
	if (!tsp_server_is_ours(execute_data, &call)) {
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_STR(call.target)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zerrno)
		Z_PARAM_ZVAL(zerrstr)
		Z_PARAM_LONG(call.flags)
		Z_PARAM_RESOURCE_OR_NULL(zcontext)
	ZEND_PARSE_PARAMETERS_END();

	/* the stream takes its own reference to the context */
	call.context = php_stream_context_from_zval(zcontext, call.flags & PHP_FILE_NO_DEFAULT_CONTEXT);
	if (zerrno) {
		ZEND_TRY_ASSIGN_REF_LONG(zerrno, 0);
	}
	if (zerrstr) {
		ZEND_TRY_ASSIGN_REF_EMPTY_STRING(zerrstr);
	}
	stream = call.xport == TSP_XPORT_FD ? tsp_fd_stream(call.url.rest, call.url.rest_len, call.context, &call.r)
		: tsp_server_open(&call);
	if (call.to_core) {
		tsp_core_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	if (!stream) {
		tsp_server_fail(&call, zerrno, zerrstr);
		RETURN_FALSE;
	}
	php_stream_to_zval(stream, return_value);
	if (call.backlog >= 0) {
		/* for socket_listen_info(): what was asked for */
		php_tsp_remember_stream_backlog(stream->res, call.backlog);
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
