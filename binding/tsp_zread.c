/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* socket_read(), socket_recv() and socket_recvfrom(), and the pending bytes
 * of a socket: what a line read took from the kernel and has not returned.
 *
 * A PHP_NORMAL_READ line read never takes a byte past the line end from a
 * stream (src/core/tsp_io.c peeks first), so bytes are pending only when
 *  - a non-blocking socket ran dry in the middle of a line (or SO_RCVTIMEO
 *    expired, or a signal came): the read returns false with SOCKET_EAGAIN
 *    (or the error) and keeps the part of the line it has;
 *  - a datagram (or record) held more than the line: the kernel hands out a
 *    datagram whole, and the rest waits here.
 * Every read of the socket returns the pending bytes first, so no byte is
 * lost or returned twice whatever the modes; socket_select() counts a socket
 * whose pending bytes hold a whole line as readable. */
#include "tsp_binding.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_io.h"

#include <errno.h>
#include <sys/socket.h>
#include <netinet/in.h>

#ifndef MSG_ERRQUEUE
# define MSG_ERRQUEUE 0
#endif
#ifndef MSG_TRUNC
# define MSG_TRUNC 0
#endif

struct php_tsp_pending {
	size_t off, len;  /* the bytes not returned yet are data[off, len) */
	tsp_addr from;    /* the sender of the datagram they came from; len 0 for a stream */
	char data[1];
};

/* Where a datagram's first peek looks; a longer one is peeked at again whole. */
#define TSP_MESSAGE_FIRST_PEEK 2048

/* Blocking end of stream, repeated: how many empty reads a line read takes
 * before it gives up with ECONNRESET, as PHP's line reads always have. */
#define TSP_EMPTY_READS_MAX 200

static php_tsp_pending *tsp_pending_alloc(size_t cap)
{
	php_tsp_pending *p = safe_emalloc(cap, 1, XtOffsetOf(php_tsp_pending, data));
	p->off = p->len = 0;
	memset(&p->from, 0, sizeof(p->from));
	p->from.len = 0;
	return p;
}

static size_t tsp_pending_avail(const php_tsp_socket *sock)
{
	return sock->pending ? sock->pending->len - sock->pending->off : 0;
}

void php_tsp_pending_drop(php_tsp_socket *sock)
{
	efree(sock->pending);
	sock->pending = NULL;
}

bool php_tsp_pending_has_line(const php_tsp_socket *sock)
{
	size_t n = tsp_pending_avail(sock);
	const char *d;
	if (n == 0) {
		return false;
	}
	d = sock->pending->data + sock->pending->off;
	return tsp_io_line_len(d, n) < n || d[n - 1] == '\n' || d[n - 1] == '\r';
}

size_t php_tsp_pending_take(php_tsp_socket *sock, char *buf, size_t want, zend_long flags)
{
	php_tsp_pending *p = sock->pending;
	size_t k = tsp_pending_avail(sock);

	if (k == 0) {
		return 0;
	}
	if (k > want) {
		k = want;
	}
	if (buf) {
		memcpy(buf, p->data + p->off, k);
	}
	if (!(flags & MSG_PEEK)) {
		p->off += k;
		if (p->off == p->len) {
			php_tsp_pending_free(sock);
		}
	}
	return k;
}

/* Puts len bytes back in front of what is pending (a line read that could
 * not finish keeps what it had). */
static void tsp_pending_put_front(php_tsp_socket *sock, const char *bytes, size_t len)
{
	size_t rest = tsp_pending_avail(sock);
	php_tsp_pending *p;

	if (len == 0) {
		return;
	}
	p = tsp_pending_alloc(zend_safe_address_guarded(1, len, rest));
	memcpy(p->data, bytes, len);
	if (rest) {
		memcpy(p->data + len, sock->pending->data + sock->pending->off, rest);
		p->from = sock->pending->from;
	}
	p->len = len + rest;
	php_tsp_pending_free(sock);
	sock->pending = p;
}

/* The sender of the pending bytes (len 0 for a stream), or NULL when none are pending. */
const tsp_addr *php_tsp_pending_from(const php_tsp_socket *sock)
{
	return sock->pending && tsp_pending_avail(sock) > 0 ? &sock->pending->from : NULL;
}

/* What the socket is, asked of the kernel once (it never changes). */
int php_tsp_socket_kind(php_tsp_socket *sock)
{
	int type = 0;
	socklen_t len = sizeof(type);

	if (sock->kind != TSP_KIND_UNKNOWN) {
		return sock->kind;
	}
	if (getsockopt(sock->fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) {
		return TSP_KIND_STREAM; /* not cached: a byte stream is the safe guess */
	}
	if (type != SOCK_STREAM) {
		sock->kind = TSP_KIND_MESSAGE;
	} else if (sock->family == AF_INET || sock->family == AF_INET6) {
		int proto = IPPROTO_TCP;
#ifdef SO_PROTOCOL
		len = sizeof(proto);
		if (getsockopt(sock->fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) != 0) {
			proto = IPPROTO_TCP;
		}
#endif
		sock->kind = proto == IPPROTO_TCP
#ifdef IPPROTO_MPTCP
			|| proto == IPPROTO_MPTCP
#endif
			? TSP_KIND_TCP : TSP_KIND_STREAM;
	} else {
		sock->kind = TSP_KIND_STREAM;
	}
	return sock->kind;
}

/* Takes the next datagram whole into the pending bytes (which are empty).
 * Returns 0, TSP_IO_EOF for an empty datagram (or the end of a record
 * stream), or an errno. */
static int tsp_pending_fill_message(php_tsp_socket *sock)
{
	size_t cap = TSP_MESSAGE_FIRST_PEEK;
	php_tsp_pending *p;
	ssize_t n;
	int err = 0;

	for (;;) {
		p = tsp_pending_alloc(cap);
		n = tsp_io_peek_message(sock->fd, p->data, cap, &err);
		if (n < 0) {
			efree(p);
			return err;
		}
		if ((size_t) n < cap) {
			break; /* all of it seen: it fits */
		}
		efree(p);
		cap = (size_t) n >= cap * 2 ? zend_safe_address_guarded(1, (size_t) n, 1) : cap * 2;
	}
	p->from.len = sizeof(p->from.u);
	n = recvfrom(sock->fd, p->data, cap, 0, &p->from.u.sa, &p->from.len);
	if (n <= 0) {
		err = n < 0 ? errno : TSP_IO_EOF;
		efree(p);
		return err;
	}
	p->len = (size_t) n;
	php_tsp_pending_free(sock);
	sock->pending = p;
	return 0;
}

/* Makes buf (whose length is its capacity) hold more than total bytes,
 * never more than length. */
static zend_string *tsp_buf_grow(zend_string *buf, size_t total, size_t length)
{
	size_t cap = ZSTR_LEN(buf);
	if (total < cap) {
		return buf;
	}
	cap = cap > length / 2 ? length : cap * 2;
	return zend_string_extend(buf, cap, 0);
}

/* Moves pending bytes of the line into buf at *total. Returns whether the
 * line is complete: a line end taken, or length bytes in all. */
static bool tsp_line_from_pending(php_tsp_socket *sock, zend_string **buf, size_t *total, size_t length)
{
	size_t k = tsp_pending_avail(sock);
	const char *d;

	if (k == 0) {
		return *total == length;
	}
	d = sock->pending->data + sock->pending->off;
	k = tsp_io_line_len(d, k < length - *total ? k : length - *total);
	if (ZSTR_LEN(*buf) < *total + k) {
		*buf = zend_string_extend(*buf, *total + k, 0);
	}
	php_tsp_pending_take(sock, ZSTR_VAL(*buf) + *total, k, 0); /* may free what d points into */
	*total += k;
	d = ZSTR_VAL(*buf) + *total - 1;
	return *total == length || *d == '\n' || *d == '\r';
}

/* One step of a line read from the kernel: a round of the stream line
 * reader, or one datagram. Returns 0 when the line is complete, -2 to go
 * on, TSP_IO_EOF or an errno. */
static int tsp_line_step(php_tsp_socket *sock, zend_string **buf, size_t *total, size_t length)
{
	size_t got;
	int rc;

	if (php_tsp_socket_kind(sock) == TSP_KIND_MESSAGE) {
		rc = tsp_pending_fill_message(sock);
		if (rc != 0) {
			return rc;
		}
		return tsp_line_from_pending(sock, buf, total, length) ? 0 : -2;
	}
	*buf = tsp_buf_grow(*buf, *total, length);
	rc = tsp_io_read_line(sock->fd, ZSTR_VAL(*buf) + *total, ZSTR_LEN(*buf) - *total, &got);
	*total += got;
	if (rc != 0) {
		return rc;
	}
	return *total == length || ZSTR_VAL(*buf)[*total - 1] == '\n' || ZSTR_VAL(*buf)[*total - 1] == '\r' ? 0 : -2;
}

/* PHP_NORMAL_READ: a line of at most length bytes, in a buffer that grows
 * as the line does. NULL with *err when there is no line to return: what
 * was read of it is then pending, except at a blocking end of stream, where
 * the line is dropped and the answer is ECONNRESET, as PHP has always said. */
static zend_string *tsp_read_line(php_tsp_socket *sock, size_t length, int *err)
{
	zend_string *buf = zend_string_alloc(length < 4096 ? length : 4096, 0);
	size_t total = 0;
	int rc, empty = 0;

	if (!tsp_line_from_pending(sock, &buf, &total, length)) {
		while ((rc = tsp_line_step(sock, &buf, &total, length)) != 0) {
			if (rc == -2) {
				continue;
			}
			if (rc == TSP_IO_EOF) {
				int nb = tsp_io_nonblocking(sock->fd, err);
				if (nb > 0) {
					break; /* a non-blocking socket returns what there is */
				}
				if (nb == 0 && php_tsp_socket_kind(sock) == TSP_KIND_MESSAGE && ++empty <= TSP_EMPTY_READS_MAX) {
					continue; /* an empty datagram */
				}
				if (nb == 0) {
					*err = ECONNRESET;
					zend_string_efree(buf);
					return NULL;
				}
			} else {
				*err = rc;
			}
			tsp_pending_put_front(sock, ZSTR_VAL(buf), total);
			zend_string_efree(buf);
			return NULL;
		}
	}
	if (total < ZSTR_LEN(buf)) {
		buf = zend_string_truncate(buf, total, 0);
	}
	ZSTR_VAL(buf)[total] = '\0';
	return buf;
}

/* PHP_BINARY_READ: one recv(), or the pending bytes when there are some. */
static zend_string *tsp_read_chunk(php_tsp_socket *sock, size_t length, int *err)
{
	zend_string *buf;
	ssize_t n;

	if (length > TSP_READ_CHUNK_MAX) {
		length = TSP_READ_CHUNK_MAX;
	}
	if (sock->pending) {
		size_t k = tsp_pending_avail(sock);
		buf = zend_string_alloc(k < length ? k : length, 0);
		php_tsp_pending_take(sock, ZSTR_VAL(buf), ZSTR_LEN(buf), 0);
		ZSTR_VAL(buf)[ZSTR_LEN(buf)] = '\0';
		return buf;
	}
	buf = zend_string_alloc(length, 0);
	n = recv(sock->fd, ZSTR_VAL(buf), length, 0);
	if (n < 0) {
		*err = errno;
		zend_string_efree(buf);
		return NULL;
	}
	if ((size_t) n < length) {
		buf = zend_string_truncate(buf, (size_t) n, 0);
	}
	ZSTR_VAL(buf)[n] = '\0';
	return buf;
}

void php_tsp_read(php_tsp_socket *sock, zend_long length, zend_long mode, zval *return_value)
{
	zend_string *buf;
	int err = 0;

	if (length < 1 || (TSP_RULE_READ_MAX_FALSE && length == ZEND_LONG_MAX)) {
		RETURN_FALSE;
	}
	buf = mode == TSP_NORMAL_READ ? tsp_read_line(sock, (size_t) length, &err) : tsp_read_chunk(sock, (size_t) length, &err);
	if (!buf) {
		php_tsp_fail(sock, TSP_WARN_READ, err);
		RETURN_FALSE;
	}
	if (ZSTR_LEN(buf) == 0) {
		zend_string_efree(buf);
		RETURN_EMPTY_STRING();
	}
	RETURN_NEW_STR(buf);
}

/* recv()/recvfrom() with the pending bytes first (unless the flags ask for
 * what the stream does not carry: urgent data, the error queue). Returns
 * the count recv() would (with MSG_TRUNC, what the kernel had), or -1 with
 * *err; *stored is how many bytes of buf hold data. from may be NULL. */
static ssize_t tsp_recv_into(php_tsp_socket *sock, char *buf, size_t want, zend_long flags,
	tsp_addr *from, size_t *stored, int *err)
{
	/* MSG_TRUNC makes TCP discard the bytes without writing the buffer */
	bool discard = (flags & MSG_TRUNC) && php_tsp_socket_kind(sock) == TSP_KIND_TCP;
	size_t k = 0;
	ssize_t n;

	if (sock->pending && !(flags & (MSG_OOB | MSG_ERRQUEUE))) {
		if (from && sock->pending->from.len) {
			*from = sock->pending->from;
		}
		k = php_tsp_pending_take(sock, discard ? NULL : buf, want, flags);
		if (k == want || !(flags & MSG_WAITALL)) {
			*stored = discard ? 0 : k;
			return (ssize_t) k;
		}
	}
	if (from && k == 0) {
		n = recvfrom(sock->fd, buf, want, (int) flags, &from->u.sa, &from->len);
	} else {
		n = recv(sock->fd, buf + k, want - k, (int) flags);
	}
	if (n < 0) {
		if (k > 0) {
			*stored = discard ? 0 : k; /* what there was before the failure, as recv() counts */
			return (ssize_t) k;
		}
		*err = errno;
		return -1;
	}
	/* with MSG_TRUNC a datagram's whole length comes back: the buffer holds what fit */
	*stored = discard ? 0 : k + ((size_t) n < want - k ? (size_t) n : want - k);
	return (ssize_t) k + n;
}

/* A MSG_WAITALL receive up to this length gets its whole buffer at once, as
 * ext/sockets allocates it; a longer one starts at TSP_READ_CHUNK_MAX. */
#define TSP_WAITALL_AT_ONCE_MAX ((size_t) 512 * 1024 * 1024)

/* Receives up to length bytes into a new buffer. One receive fills at most
 * TSP_READ_CHUNK_MAX bytes (it may return less than asked anyway); with
 * MSG_WAITALL the buffer holds all of length, or, past
 * TSP_WAITALL_AT_ONCE_MAX, grows as the bytes arrive, so that a huge length
 * costs only what comes (one MSG_WAITALL receive per chunk returns early
 * exactly where a single one would: end of stream, a signal, an error, a
 * non-blocking socket). Returns the buffer with *n the count recv() gives
 * and *stored the bytes it holds, or NULL with *n < 0 and *err. */
static zend_string *tsp_recv_buffer(php_tsp_socket *sock, size_t length, zend_long flags, tsp_addr *from,
	ssize_t *n, size_t *stored, int *err)
{
	bool grow = (flags & MSG_WAITALL) && !(flags & (MSG_PEEK | MSG_TRUNC));
	size_t first = length;
	zend_string *buf;
	if (first > TSP_READ_CHUNK_MAX && (!grow || first > TSP_WAITALL_AT_ONCE_MAX)) {
		first = (size_t) TSP_READ_CHUNK_MAX;
	}
	buf = zend_string_alloc(first, 0);
	size_t room, got_stored;
	ssize_t got;

	*n = 0;
	*stored = 0;
	for (;;) {
		room = ZSTR_LEN(buf) - *stored;
		got_stored = 0;
		got = tsp_recv_into(sock, ZSTR_VAL(buf) + *stored, room, flags, *stored ? NULL : from, &got_stored, err);
		if (got < 0) {
			if (*n > 0) {
				break; /* what came before the failure, as recv() counts it */
			}
			zend_string_efree(buf);
			*n = -1;
			return NULL;
		}
		*n += got;
		*stored += got_stored;
		if (!grow || (size_t) got < room || *stored == length) {
			return buf;
		}
		buf = zend_string_extend(buf, ZSTR_LEN(buf) > length / 2 ? length : ZSTR_LEN(buf) * 2, 0);
	}
	return buf;
}

static zend_string *tsp_buf_finish(zend_string *buf, size_t stored)
{
	if (stored < ZSTR_LEN(buf)) {
		buf = zend_string_truncate(buf, stored, 0);
	}
	ZSTR_VAL(buf)[stored] = '\0';
	return buf;
}

void php_tsp_recv(php_tsp_socket *sock, zval *zdata, zend_long length, zend_long flags, zval *return_value)
{
	zend_string *buf;
	size_t stored = 0;
	ssize_t n;
	int err = 0;

	if (length < 1) {
		RETURN_FALSE;
	}
	buf = tsp_recv_buffer(sock, (size_t) length, flags, NULL, &n, &stored, &err);
	if (n < 1) {
		if (buf) {
			zend_string_efree(buf);
		}
		ZEND_TRY_ASSIGN_REF_NULL(zdata);
		if (n < 0) {
			php_tsp_fail(sock, TSP_WARN_RECV, err);
			RETURN_FALSE;
		}
		RETURN_LONG(0);
	}
	ZEND_TRY_ASSIGN_REF_NEW_STR(zdata, tsp_buf_finish(buf, stored));
	RETURN_LONG((zend_long) n);
}

void php_tsp_recvfrom(php_tsp_socket *sock, zval *zdata, zend_long length, zend_long flags,
	zval *zaddr, zval *zport, zval *return_value)
{
	zend_string *buf;
	tsp_addr from;
	char text[TSP_ADDR_TEXT_MAX];
	long port = 0;
	size_t stored = 0;
	ssize_t n;
	int err = 0;

	/* ext/sockets' first check, before the family and the port */
	if (length < 1 || length > ZEND_LONG_MAX - 1) {
		RETURN_FALSE;
	}
	if (sock->family != AF_UNIX && sock->family != AF_INET && sock->family != AF_INET6) {
		php_tsp_throw_family(1);
		RETURN_THROWS();
	}
	if (sock->family != AF_UNIX && zport == NULL) {
		zend_wrong_param_count();
		RETURN_THROWS();
	}
	memset(&from, 0, sizeof(from));
	from.len = sizeof(from.u);
	buf = tsp_recv_buffer(sock, (size_t) length, flags, &from, &n, &stored, &err);
	if (n < 0) {
		php_tsp_fail(sock, sock->family == AF_INET6 ? TSP_WARN_RECVFROM_INET6 : TSP_WARN_RECVFROM, err);
		RETURN_FALSE;
	}
	/* the sender's address, as the socket's family reads it */
	from.u.sa.sa_family = (sa_family_t) sock->family;
	tsp_addr_format(&from, text, sizeof(text), &port);
	ZEND_TRY_ASSIGN_REF_NEW_STR(zdata, tsp_buf_finish(buf, stored));
	ZEND_TRY_ASSIGN_REF_STRING(zaddr, text);
	if (sock->family != AF_UNIX) {
		ZEND_TRY_ASSIGN_REF_LONG(zport, port);
	}
	RETURN_LONG((zend_long) n);
}
