/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Beyond ext/sockets: what the listen queue really is (socket_listen_info),
 * and listeners inherited from a service manager (socket_listen_fds,
 * socket_import_fd). */
#include "tsp_binding.h"
#include "src/core/tsp_activation.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_io.h"
#include "php_network.h"
#include "ext/standard/file.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

/* The requested backlogs of this request's listening stream servers, by
 * resource handle (socket_listen_info() reports them). Handles are never
 * reused within a request, and a closed stream's resource leaves the list:
 * an entry whose handle is no longer a stream there is stale. Stale entries
 * are dropped whenever the table has doubled since the last sweep, so it
 * never holds more than twice the servers open at once (plus a few). */
#define TSP_BACKLOG_SWEEP_MIN 16

static HashTable *tsp_stream_backlogs(bool create)
{
	if (!TSP_G(stream_backlogs) && create) {
		ALLOC_HASHTABLE(TSP_G(stream_backlogs));
		zend_hash_init(TSP_G(stream_backlogs), 8, NULL, NULL, 0);
		TSP_G(stream_backlogs_sweep_at) = TSP_BACKLOG_SWEEP_MIN;
	}
	return TSP_G(stream_backlogs);
}

static bool tsp_handle_is_stream(zend_ulong handle)
{
	zend_resource *res = zend_hash_index_find_ptr(&EG(regular_list), handle);
	return res && (res->type == php_file_le_stream() || res->type == php_file_le_pstream());
}

static void tsp_stream_backlogs_sweep(HashTable *ht)
{
	zend_ulong handle;

	ZEND_HASH_FOREACH_NUM_KEY(ht, handle) {
		if (!tsp_handle_is_stream(handle)) {
			zend_hash_index_del(ht, handle);
		}
	} ZEND_HASH_FOREACH_END();
	TSP_G(stream_backlogs_sweep_at) = MAX(TSP_BACKLOG_SWEEP_MIN, 2 * zend_hash_num_elements(ht));
}

void php_tsp_remember_stream_backlog(zend_resource *res, int backlog)
{
	HashTable *ht = tsp_stream_backlogs(true);
	zval v;

	if (zend_hash_num_elements(ht) >= TSP_G(stream_backlogs_sweep_at)) {
		tsp_stream_backlogs_sweep(ht);
	}
	ZVAL_LONG(&v, backlog);
	zend_hash_index_update(ht, (zend_ulong) res->handle, &v);
}

void php_tsp_listen_rshutdown(void)
{
	if (TSP_G(stream_backlogs)) {
		zend_hash_destroy(TSP_G(stream_backlogs));
		FREE_HASHTABLE(TSP_G(stream_backlogs));
		TSP_G(stream_backlogs) = NULL;
	}
}

static bool tsp_stream_backlog(zend_resource *res, zend_long *out)
{
	HashTable *ht = tsp_stream_backlogs(false);
	zval *v = ht ? zend_hash_index_find(ht, (zend_ulong) res->handle) : NULL;
	if (v) {
		*out = Z_LVAL_P(v);
	}
	return v != NULL;
}

/* socket_listen_info()'s "backlog", "queued" and "somaxconn" for a listening fd. */
static void tsp_listen_info_queue(int fd, bool tcp, zval *return_value)
{
	int cap = tsp_somaxconn();
#ifdef TCP_INFO
	struct tcp_info ti;
	socklen_t len = sizeof(ti);

	memset(&ti, 0, sizeof(ti));
	if (tcp && getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &len) == 0 && len >= offsetof(struct tcp_info, tcpi_sacked) + sizeof(ti.tcpi_sacked)) {
		/* on a listening socket Linux reports the accept queue here:
		 * its length in tcpi_unacked, its limit in tcpi_sacked */
		add_assoc_long(return_value, "backlog", (zend_long) ti.tcpi_sacked);
		add_assoc_long(return_value, "queued", (zend_long) ti.tcpi_unacked);
	} else
#else
	(void) fd;
	(void) tcp;
#endif
	{
		add_assoc_null(return_value, "backlog");
		add_assoc_null(return_value, "queued");
	}
	if (cap >= 0) {
		add_assoc_long(return_value, "somaxconn", cap);
	} else {
		add_assoc_null(return_value, "somaxconn");
	}
}

/* What socket_listen_info() is asked about. */
typedef struct tsp_listen_target {
	int fd;
	php_tsp_socket *sock;      /* or NULL for a stream */
	zend_long requested;       /* the backlog asked of it, when have_requested */
	bool have_requested;
} tsp_listen_target;

/* The target of arg; false after the exception, or after the stream
 * layer's warning for a stream without a socket. */
static bool tsp_listen_target_of(zval *arg, tsp_listen_target *t, zval *return_value)
{
	t->have_requested = false;
	switch (php_tsp_fd_of(arg, PHP_STREAM_AS_SOCKETD, &t->sock, &t->fd)) {
		case PHP_TSP_FD_OK:
		case PHP_TSP_FD_ORPHANED: /* fd -1: the usual EBADF warning follows */
			break;
		case PHP_TSP_FD_CLOSED:
			php_tsp_throw_closed(1);
			return false;
		case PHP_TSP_FD_NOT_STREAM:
			php_tsp_throw_not_stream();
			return false;
		case PHP_TSP_FD_NO_FD:
			RETVAL_FALSE;
			return false;
		default:
			php_tsp_throw_socket_or_resource(1, arg);
			return false;
	}
	if (!t->sock) {
		t->have_requested = tsp_stream_backlog(Z_RES_P(arg), &t->requested);
	} else if (t->sock->listen_backlog_set) {
		t->requested = t->sock->listen_backlog;
		t->have_requested = true;
	} else if (!Z_ISUNDEF(t->sock->zstream)) {
		t->have_requested = tsp_stream_backlog(Z_RES(t->sock->zstream), &t->requested);
	}
	return true;
}

/* {{{ socket_listen_info(Socket|resource $socket): array|false */
void php_tsp_listen_info(zval *arg, zval *return_value)
{
	tsp_listen_target t;
	int family, type, accepting = 0;
	socklen_t len = sizeof(accepting);

	if (!tsp_listen_target_of(arg, &t, return_value)) {
		return;
	}
	if (getsockopt(t.fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) != 0) {
		php_tsp_fail(t.sock, TSP_WARN_LISTEN_INFO, errno);
		RETURN_FALSE;
	}
	if (!accepting) {
		php_tsp_record(t.sock, EINVAL);
		php_tsp_warn_not_listening();
		RETURN_FALSE;
	}
	tsp_fd_family(t.fd, &family, &type);
	array_init_size(return_value, 7);
	add_assoc_bool(return_value, "listening", 1);
	add_assoc_long(return_value, "family", family);
	if (t.have_requested) {
		add_assoc_long(return_value, "backlog_requested", t.requested);
	} else {
		add_assoc_null(return_value, "backlog_requested");
	}
	tsp_listen_info_queue(t.fd, (family == AF_INET || family == AF_INET6) && type == SOCK_STREAM, return_value);
}
/* }}} */

/* Whether stream's descriptor is fd (casting asks nothing of the system). */
static bool tsp_stream_has_fd(php_stream *stream, int fd)
{
	php_socket_t sfd;
	return php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &sfd, 0) == SUCCESS
		&& (int) sfd == fd;
}

static bool tsp_resources_hold_fd(HashTable *list, int fd)
{
	zend_resource *res;

	ZEND_HASH_FOREACH_PTR(list, res) {
		if (res && res->ptr && (res->type == php_file_le_stream() || res->type == php_file_le_pstream())
			&& tsp_stream_has_fd((php_stream *) res->ptr, fd)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

php_tsp_fd_owner php_tsp_fd_owner_of(int fd)
{
	uint32_t i;

	if (EG(objects_store).object_buckets) {
		for (i = 1; i < EG(objects_store).top; i++) {
			zend_object *obj = EG(objects_store).object_buckets[i];
			if (IS_OBJ_VALID(obj) && obj->ce == tsp_ce_Socket) {
				php_tsp_socket *sock = php_tsp_socket_from_obj(obj);
				/* the descriptor of a Socket made from a stream, or exported as
				 * one, is the stream's (found below; none when fclose() closed it) */
				if (sock->fd == fd && Z_ISUNDEF(sock->zstream)) {
					return TSP_FD_OWNER_SOCKET;
				}
			}
		}
	}
	if (tsp_resources_hold_fd(&EG(regular_list), fd) || tsp_resources_hold_fd(&EG(persistent_list), fd)) {
		return TSP_FD_OWNER_STREAM;
	}
	return TSP_FD_OWNER_NONE;
}

/* A descriptor this process holds, as a Socket that owns it from then on
 * (close-on-exec); NULL after a warning when it is not an open socket or
 * already has an owner in PHP. */
static php_tsp_socket *tsp_adopt_fd(int fd, zval *out)
{
	int family, err;
	php_tsp_fd_owner owner;
	php_tsp_socket *sock;

	if ((err = tsp_fd_is_socket(fd)) != 0) {
		php_tsp_fail(NULL, TSP_WARN_IMPORT_FD, err);
		return NULL;
	}
	if ((owner = php_tsp_fd_owner_of(fd)) != TSP_FD_OWNER_NONE) {
		php_tsp_record(NULL, EBUSY);
		php_tsp_warn_fd_owned(fd, owner);
		return NULL;
	}
	if ((err = tsp_fd_family(fd, &family, NULL)) != 0) {
		php_tsp_fail(NULL, TSP_WARN_IMPORT_FD, err);
		return NULL;
	}
	/* ours now: not for the programs a child execs */
	tsp_fd_set_cloexec(fd);
	sock = php_tsp_socket_new(out, fd, family);
	sock->blocking = tsp_io_nonblocking(fd, &err) == 0;
	return sock;
}

/* {{{ socket_import_fd(int $fd): Socket|false */
void php_tsp_import_fd(zend_long fd, zval *return_value)
{
	if (fd < 0 || fd > INT_MAX) {
		php_tsp_throw_fd_range(1);
		return;
	}
	if (!tsp_adopt_fd((int) fd, return_value)) {
		RETURN_FALSE;
	}
}
/* }}} */

/* Adds a Socket to socket_listen_fds()'s array without replacing another:
 * under its name when it has one no earlier descriptor took, else under its
 * position, else (a numeric name took that) under the next free integer. */
static void tsp_listen_fds_add(HashTable *ht, const char *name, size_t name_len, zend_ulong pos, zval *zs)
{
	if (name && !zend_symtable_str_exists(ht, name, name_len)) {
		zend_symtable_str_update(ht, name, name_len, zs);
	} else if (!zend_hash_index_exists(ht, pos)) {
		zend_hash_index_add_new(ht, pos, zs);
	} else {
		zend_hash_next_index_insert_new(ht, zs);
	}
}

/* {{{ socket_listen_fds(bool $unset_environment = true): array */
void php_tsp_listen_fds(bool unset_env, zval *return_value)
{
	const char *names = getenv("LISTEN_FDNAMES");
	int n = tsp_activation_count(getenv("LISTEN_PID"), getenv("LISTEN_FDS"), (long) getpid()), i;

	if (n < 0) {
		php_tsp_warn_activation();
		n = 0;
	}
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		const char *name = NULL;
		size_t name_len = 0;
		zval zs;
		if (!tsp_adopt_fd(TSP_ACTIVATION_FD_START + i, &zs)) {
			continue;
		}
		if (!tsp_activation_name(names, i, &name, &name_len)) {
			name = NULL;
		}
		tsp_listen_fds_add(Z_ARRVAL_P(return_value), name, name_len, (zend_ulong) i, &zs);
	}
	if (unset_env) {
		unsetenv("LISTEN_PID");
		unsetenv("LISTEN_FDS");
		unsetenv("LISTEN_FDNAMES");
	}
}
/* }}} */
