/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* socket_sendmsg(), socket_recvmsg() and socket_cmsg_space(): PHP message
 * arrays to struct msghdr and back, by walking the tables of src/core/tsp_msg.c.
 * Every conversion error names where it happened, as ext/sockets does:
 * "error converting user data (path: msghdr > control > element #0 > data): ...".
 *
 * User code can run in the middle of a conversion: the __toString() of a value
 * read as an integer or a string, an error handler called by a warning, the
 * cast of a user-space stream. Whatever it does, the converters stay safe
 * because they keep three rules:
 *  - Every array they walk is kept (its refcount raised, php_tsp_conv_array())
 *    until the conversion ends. A kept array cannot change or go away: a write
 *    by user code separates it first. References are refused where an array
 *    or an integer is read, as ext/sockets refuses them; strings follow them,
 *    on a copy of the value (php_tsp_conv_string()).
 *  - Every value is read once. What a later step needs from it (the cmsg row,
 *    the element count, the family) comes from that one read, and every write
 *    into a C buffer is bounded by the room made from it: the control buffer
 *    is built in one pass, message by message (tsp_cmsg_append()).
 *  - Each SCM_RIGHTS descriptor is duplicated as it is read, so a Socket or a
 *    stream closed later in the conversion cannot make the call pass another
 *    file that took its number. */
#include "tsp_zstruct.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_io.h"
#include "src/core/tsp_msg.h"
#include "php_network.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <stdint.h>
#include <sys/un.h>
#include <unistd.h>
#include <arpa/inet.h>

/* The most control data socket_sendmsg() builds. */
#define TSP_MSG_CONTROL_MAX ((size_t) INT_MAX)

/* A message conversion: the generic part, and what the message's C form
 * holds until the call is made. */
typedef struct tsp_msg_conv {
	php_tsp_conv z;           /* path, errors, the arrays kept */
	zend_string **strings;    /* the iovecs point into these */
	size_t nstrings, capstrings;
	int *fds;                 /* our duplicates of the SCM_RIGHTS descriptors */
	size_t nfds, capfds;
	unsigned char *ctl;       /* the control messages built so far */
	size_t ctl_len, ctl_cap;
	struct iovec *iov;
} tsp_msg_conv;

/* Closes our descriptor duplicates (also when the request bails out). */
static void tsp_msg_close_fds(tsp_msg_conv *m)
{
	size_t i;
	for (i = 0; i < m->nfds; i++) {
		close(m->fds[i]);
	}
	m->nfds = 0;
}

/* Frees what the conversion made, then lets go of what it kept (which can
 * run destructors: nothing is read after this). */
static void tsp_msg_done(tsp_msg_conv *m)
{
	size_t i;
	tsp_msg_close_fds(m);
	for (i = 0; i < m->nstrings; i++) {
		zend_string_release(m->strings[i]);
	}
	if (m->strings) efree(m->strings);
	if (m->fds) efree(m->fds);
	if (m->ctl) efree(m->ctl);
	if (m->iov) efree(m->iov);
	php_tsp_conv_done(&m->z);
	memset(m, 0, sizeof(*m));
}

/* ---- PHP values to C ---------------------------------------------------- */

/* The "family" key of a name, read once: the family to use, or -1. */
static int tsp_read_family(php_tsp_conv *c, HashTable *ht)
{
	int family = c->sock->family;
	zval *zf = zend_hash_str_find(ht, "family", sizeof("family") - 1);
	zend_long l;
	char buf[32];

	if (zf) {
		TSP_PUSH(c, fam);
		php_tsp_conv_push(c, " > family");
		if (!php_tsp_read_ranged(c, zf, TSP_RANGE_INT, &l)) {
			return -1;
		}
		TSP_POP(c, fam);
		if (l != AF_INET && l != AF_INET6 && l != AF_UNIX) {
			php_tsp_conv_error(c, TSP_CONV_FAMILIES);
			return -1;
		}
		if (!(l == family || (l == AF_INET && family == AF_INET6))) {
			php_tsp_conv_error(c, TSP_CONV_FAMILY_SOCKET, php_tsp_conv_family_name((int) l, buf, sizeof(buf)));
			return -1;
		}
		family = (int) l;
	}
	return family;
}

/* "name": a sockaddr for the socket's family, or the one its "family" key names. */
static bool tsp_read_name(php_tsp_conv *c, zval *zv, struct sockaddr_storage *ss, socklen_t *len)
{
	HashTable *ht = php_tsp_conv_array(c, zv);
	const tsp_struct *st;
	size_t pathlen = 0;
	int family;

	if (!ht || (family = tsp_read_family(c, ht)) < 0) {
		return false;
	}
	if ((st = tsp_msg_sockaddr(family)) == NULL) {
		php_tsp_conv_error(c, TSP_CONV_FAMILIES);
		return false;
	}
	ZEND_ASSERT(st->size <= sizeof(*ss));
	memset(ss, 0, sizeof(*ss));
	if (!php_tsp_read_struct_ht(c, ht, st, ss, &pathlen)) {
		return false;
	}
	((struct sockaddr *) ss)->sa_family = (sa_family_t) family;
	if (family == AF_UNIX) {
		*len = pathlen ? (socklen_t) (offsetof(struct sockaddr_un, sun_path) + pathlen) : (socklen_t) sizeof(struct sockaddr_un);
	} else {
		*len = (socklen_t) st->size;
	}
	return true;
}

static bool tsp_read_iov(tsp_msg_conv *m, zval *zv, struct msghdr *mh)
{
	php_tsp_conv *c = &m->z;
	HashTable *ht = php_tsp_conv_array(c, zv);
	size_t n, i = 0;
	zval *el;

	if (!ht) {
		return false;
	}
	n = zend_hash_num_elements(ht);
	m->iov = n ? safe_emalloc(n, sizeof(struct iovec), 0) : NULL;
	ZEND_HASH_FOREACH_VAL(ht, el) {
		zend_string *s;
		if (i == n) {
			break; /* cannot happen: the array is kept as it was counted */
		}
		if ((s = php_tsp_conv_string(c, el)) == NULL) {
			return false;
		}
		m->strings = php_tsp_grow(m->strings, &m->capstrings, m->nstrings, sizeof(*m->strings));
		m->strings[m->nstrings++] = s;
		m->iov[i].iov_base = ZSTR_VAL(s);
		m->iov[i].iov_len = ZSTR_LEN(s);
		i++;
	} ZEND_HASH_FOREACH_END();
	mh->msg_iov = m->iov;
	mh->msg_iovlen = i;
	return php_tsp_conv_ok(c);
}

/* The descriptor a Socket or a stream stands for, as our own duplicate. */
static bool tsp_read_fd(tsp_msg_conv *m, zval *zv, int *out)
{
	php_tsp_conv *c = &m->z;
	char buf[TSP_ERR_MSG_MAX];
	php_tsp_socket *s;
	int fd;

	/* a user-space stream runs code here */
	switch (php_tsp_fd_of(zv, PHP_STREAM_AS_FD, &s, &fd)) {
		case PHP_TSP_FD_OK:
			if (!php_tsp_conv_ok(c)) {
				return false;
			}
			break;
		case PHP_TSP_FD_CLOSED:
		case PHP_TSP_FD_ORPHANED:
			php_tsp_conv_error(c, TSP_CONV_SOCKET_CLOSED);
			return false;
		case PHP_TSP_FD_NOT_STREAM:
			php_tsp_conv_error(c, TSP_CONV_NOT_STREAM);
			return false;
		case PHP_TSP_FD_NO_FD:
			if (php_tsp_conv_ok(c)) {
				php_tsp_conv_error(c, TSP_CONV_CAST_FAILED);
			}
			return false;
		default:
			php_tsp_conv_error(c, TSP_CONV_NOT_FD);
			return false;
	}
	m->fds = php_tsp_grow(m->fds, &m->capfds, m->nfds, sizeof(*m->fds));
	if ((fd = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0) {
		php_tsp_conv_error(c, TSP_CONV_DUP_FAILED, tsp_err_message(errno, buf, sizeof(buf)));
		return false;
	}
	m->fds[m->nfds++] = fd;
	*out = fd;
	return true;
}

/* SCM_RIGHTS data: the descriptors of a kept array, into room bytes. */
static bool tsp_read_fds(tsp_msg_conv *m, HashTable *ht, unsigned char *out, size_t room)
{
	php_tsp_conv *c = &m->z;
	size_t i = 0;
	zval *el;

	ZEND_HASH_FOREACH_VAL(ht, el) {
		int fd;
		bool ok;
		if ((i + 1) * sizeof(int) > room) {
			/* cannot happen: the array is kept as it was counted */
			php_tsp_conv_error(c, TSP_CONV_TOO_MANY);
			return false;
		}
		TSP_PUSH(c, el);
		php_tsp_conv_push(c, " > element #%zu", i + 1);
		ok = tsp_read_fd(m, el, &fd) && php_tsp_conv_ok(c);
		TSP_POP(c, el);
		if (!ok) {
			return false;
		}
		memcpy(out + i * sizeof(int), &fd, sizeof(int));
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Room for one more control message of type t carrying n elements: its data,
 * of *dlen bytes, in c->ctl. Valid until the next call. */
static unsigned char *tsp_msg_cmsg_room(tsp_msg_conv *m, const tsp_cmsg_type *t, size_t n, size_t *dlen)
{
	php_tsp_conv *c = &m->z;
	size_t space;
	unsigned char *out;

	if (!tsp_cmsg_size(t, n, TSP_MSG_CONTROL_MAX - m->ctl_len, dlen, &space)) {
		php_tsp_conv_error(c, TSP_CONV_TOO_MANY);
		return NULL;
	}
	if (space > m->ctl_cap - m->ctl_len) {
		size_t cap = m->ctl_cap * 2 > m->ctl_len + space ? m->ctl_cap * 2 : m->ctl_len + space;
		m->ctl = erealloc(m->ctl, cap);
		m->ctl_cap = cap;
	}
	out = tsp_cmsg_append(m->ctl, m->ctl_cap, &m->ctl_len, t->level, t->type, *dlen);
	if (!out) {
		php_tsp_conv_error(c, TSP_CONV_TOO_MANY);
	}
	return out;
}

/* The data of one control message, into the room made for its type. */
static bool tsp_read_cmsg_data(tsp_msg_conv *m, const tsp_cmsg_type *t, zval *data, HashTable *fds, unsigned char *out, size_t room)
{
	php_tsp_conv *c = &m->z;
	zend_long l;
	int v;
	size_t extra = 0;

	switch ((tsp_cmsg_data) t->data) {
		case TSP_CMSG_INT:
			if (room < sizeof(int)) {
				php_tsp_conv_error(c, TSP_CONV_TOO_MANY);
				return false;
			}
			if (!php_tsp_read_ranged(c, data, TSP_RANGE_INT, &l)) {
				return false;
			}
			v = (int) l;
			memcpy(out, &v, sizeof(v));
			return true;
		case TSP_CMSG_STRUCT:
			if (room < t->layout->size) {
				php_tsp_conv_error(c, TSP_CONV_TOO_MANY);
				return false;
			}
			return php_tsp_read_struct(c, data, t->layout, out, &extra);
		case TSP_CMSG_FDS:
			return tsp_read_fds(m, fds, out, room);
	}
	return false;
}

/* One element of "control": level and type read once, the room for the data
 * made from them, the data written within it. */
static bool tsp_read_cmsg(tsp_msg_conv *m, zval *el)
{
	php_tsp_conv *c = &m->z;
	HashTable *ht = php_tsp_conv_array(c, el), *fds = NULL;
	const tsp_cmsg_type *t;
	zend_long level, type;
	size_t n = 0, dlen;
	unsigned char *out;
	zval *data;
	bool ok;

	if (!ht || !php_tsp_read_key_int(c, ht, "level", &level) || !php_tsp_read_key_int(c, ht, "type", &type)) {
		return false;
	}
	if ((t = tsp_cmsg_find((int) level, (int) type)) == NULL) {
		php_tsp_conv_error(c, TSP_CONV_CMSG_TYPE, (int) level, (int) type);
		return false;
	}
	if ((data = zend_hash_str_find(ht, "data", sizeof("data") - 1)) == NULL) {
		php_tsp_conv_error(c, TSP_CONV_CMSG_NO_DATA);
		return false;
	}
	if (t->data == TSP_CMSG_FDS) {
		if ((fds = php_tsp_conv_array(c, data)) == NULL) {
			return false;
		}
		if ((n = zend_hash_num_elements(fds)) == 0) {
			php_tsp_conv_error(c, TSP_CONV_EMPTY_ARRAY);
			return false;
		}
	}
	if ((out = tsp_msg_cmsg_room(m, t, n, &dlen)) == NULL) {
		return false;
	}
	TSP_PUSH(c, data);
	php_tsp_conv_push(c, " > data");
	ok = tsp_read_cmsg_data(m, t, data, fds, out, dlen) && php_tsp_conv_ok(c);
	TSP_POP(c, data);
	return ok;
}

static bool tsp_read_control(tsp_msg_conv *m, zval *zv, struct msghdr *mh)
{
	php_tsp_conv *c = &m->z;
	HashTable *ht = php_tsp_conv_array(c, zv);
	size_t i = 0;
	zval *el;

	if (!ht) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(ht, el) {
		bool ok;
		TSP_PUSH(c, el);
		php_tsp_conv_push(c, " > element #%zu", i++);
		ok = tsp_read_cmsg(m, el);
		TSP_POP(c, el);
		if (!ok) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (m->ctl_len) {
		mh->msg_control = m->ctl;
		mh->msg_controllen = m->ctl_len;
	}
	return true;
}

/* socket_sendmsg()'s message, in ext/sockets' order: name, iov, control. */
static bool tsp_read_sendmsg(tsp_msg_conv *m, HashTable *msg, struct msghdr *mh, struct sockaddr_storage *ss)
{
	php_tsp_conv *c = &m->z;
	zval *v;
	bool ok = true;

	if ((v = zend_hash_str_find(msg, "name", sizeof("name") - 1)) != NULL) {
		socklen_t len = 0;
		TSP_PUSH(c, nm);
		php_tsp_conv_push(c, " > name");
		ok = tsp_read_name(c, v, ss, &len);
		TSP_POP(c, nm);
		mh->msg_name = ss;
		mh->msg_namelen = len;
	}
	if (ok && (v = zend_hash_str_find(msg, "iov", sizeof("iov") - 1)) != NULL) {
		TSP_PUSH(c, io);
		php_tsp_conv_push(c, " > iov");
		ok = tsp_read_iov(m, v, mh);
		TSP_POP(c, io);
	}
	if (ok && (v = zend_hash_str_find(msg, "control", sizeof("control") - 1)) != NULL) {
		TSP_PUSH(c, ct);
		php_tsp_conv_push(c, " > control");
		ok = tsp_read_control(m, v, mh);
		TSP_POP(c, ct);
	}
	return ok && php_tsp_conv_ok(c);
}

/* The descriptor to call with once user code has run: -1 (EBADF, as
 * ext/sockets gives) when the socket or its stream was closed meanwhile. */
static int tsp_msg_sock_fd(const php_tsp_socket *sock)
{
	return php_tsp_socket_stream_closed(sock) ? -1 : sock->fd;
}

/* With an exception pending the return value is undefined. */
static void tsp_msg_return(zval *return_value)
{
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

void php_tsp_sendmsg(php_tsp_socket *sock, HashTable *msg, zend_long flags, zval *return_value)
{
	tsp_msg_conv m;
	struct msghdr mh;
	struct sockaddr_storage ss;
	bool ok = false;
	ssize_t n;

	memset(&m, 0, sizeof(m));
	php_tsp_conv_init(&m.z, sock, "msghdr");
	memset(&mh, 0, sizeof(mh));
	php_tsp_conv_keep_array(&m.z, msg);
	/* a fatal error in user code must not leave our duplicates open */
	zend_try {
		ok = tsp_read_sendmsg(&m, msg, &mh, &ss);
	} zend_catch {
		tsp_msg_close_fds(&m);
		zend_bailout();
	} zend_end_try();
	if (!ok) {
		RETVAL_FALSE;
	} else if ((n = sendmsg(tsp_msg_sock_fd(sock), &mh, (int) flags)) < 0) {
		php_tsp_fail_sendmsg(sock, errno);
		RETVAL_FALSE;
	} else {
		RETVAL_LONG((zend_long) n);
	}
	tsp_msg_done(&m);
	tsp_msg_return(return_value);
}

/* ---- C to PHP values ---------------------------------------------------- */

/* A received descriptor: a Socket when it is a socket, else a stream. */
static void tsp_write_fd(int fd, zval *out)
{
	if (tsp_fd_is_socket(fd) == 0) {
		int family, err;
		tsp_fd_family(fd, &family, NULL); /* AF_UNSPEC when the system will not say */
		php_tsp_socket_new(out, fd, family)->blocking = tsp_io_nonblocking(fd, &err) == 0;
		return;
	}
	{
		php_stream *stream = php_stream_fopen_from_fd(fd, "rw", NULL);
		if (stream) {
			php_stream_to_zval(stream, out);
		} else {
			close(fd);
			ZVAL_NULL(out);
		}
	}
}

static void tsp_write_cmsg_data(const tsp_cmsg_view *v, zval *data)
{
	const tsp_cmsg_type *t = tsp_cmsg_find(v->level, v->type);

	if (!t) {
		/* a type without a row: its bytes, rather than losing it */
		ZVAL_STRINGL(data, (const char *) v->data, v->len);
	} else if (t->data == TSP_CMSG_INT) {
		int i = 0;
		memcpy(&i, v->data, v->len < sizeof(i) ? v->len : sizeof(i));
		ZVAL_LONG(data, i);
	} else if (t->data == TSP_CMSG_STRUCT) {
		unsigned char tmp[256];
		ZEND_ASSERT(t->size <= sizeof(tmp));
		memset(tmp, 0, sizeof(tmp));
		memcpy(tmp, v->data, v->len < sizeof(tmp) ? v->len : sizeof(tmp));
		php_tsp_struct_to_zval(t->layout, tmp, t->size, data);
	} else {
		size_t i, n = v->len / sizeof(int);
		array_init_size(data, (uint32_t) n);
		for (i = 0; i < n; i++) {
			int fd;
			zval z;
			memcpy(&fd, v->data + i * sizeof(int), sizeof(int));
			tsp_write_fd(fd, &z);
			add_next_index_zval(data, &z);
		}
	}
}

/* The received control messages, or false with ext/sockets' warning when one
 * is shorter than its type's data: its fields were never received. */
static bool tsp_write_control(const struct msghdr *mh, zval *out)
{
	tsp_cmsg_view v;
	size_t off = 0;
	uint32_t i = 0;

	array_init(out);
	if (!mh->msg_control) {
		return true;
	}
	while (tsp_cmsg_next(mh->msg_control, mh->msg_controllen, &off, &v)) {
		const tsp_cmsg_type *t = tsp_cmsg_find(v.level, v.type);
		zval el, data;
		i++;
		if (t && v.len < t->size) {
			php_tsp_warn_native_cmsg(i, TSP_CONV_CMSG_SMALL, (long) CMSG_LEN(t->size), (long) CMSG_LEN(v.len));
			zval_ptr_dtor(out);
			return false;
		}
		array_init(&el);
		add_assoc_long(&el, "level", v.level);
		add_assoc_long(&el, "type", v.type);
		tsp_write_cmsg_data(&v, &data);
		add_assoc_zval(&el, "data", &data);
		add_next_index_zval(out, &el);
	}
	return true;
}

/* What socket_recvmsg() reads from its message. */
typedef struct tsp_recv_ask {
	zend_long buffer_size, controllen;
	bool want_name;
} tsp_recv_ask;

/* In ext/sockets' order: name (an array, its contents unused), buffer_size,
 * controllen. buffer_size 0 is accepted, as ext/sockets accepts it. */
static bool tsp_read_recvmsg(php_tsp_conv *c, HashTable *msg, tsp_recv_ask *ask)
{
	zval *v;

	ask->buffer_size = TSP_MSG_BUFFER_DEFAULT;
	ask->want_name = false;
	if ((v = zend_hash_str_find(msg, "name", sizeof("name") - 1)) != NULL) {
		if (Z_TYPE_P(v) != IS_ARRAY) {
			php_tsp_conv_push(c, " > name");
			php_tsp_conv_error(c, TSP_CONV_NOT_ARRAY);
			return false;
		}
		/* a name is received only for the families a message can carry */
		if (tsp_msg_sockaddr(c->sock->family) == NULL) {
			php_tsp_conv_push(c, " > name");
			php_tsp_conv_error(c, TSP_CONV_FAMILIES);
			return false;
		}
		ask->want_name = true;
	}
	if ((v = zend_hash_str_find(msg, "buffer_size", sizeof("buffer_size") - 1)) != NULL) {
		TSP_PUSH(c, bs);
		php_tsp_conv_push(c, " > buffer_size");
		if (!php_tsp_read_long(c, v, &ask->buffer_size) || !php_tsp_conv_ok(c)) {
			return false;
		}
		if (ask->buffer_size < 0 || ask->buffer_size > TSP_MSG_BUFFER_MAX) {
			php_tsp_conv_error(c, TSP_CONV_BUFFER_SIZE, TSP_MSG_BUFFER_MAX, ask->buffer_size);
			return false;
		}
		TSP_POP(c, bs);
	}
	if ((v = zend_hash_str_find(msg, "controllen", sizeof("controllen") - 1)) == NULL) {
		php_tsp_conv_error(c, TSP_CONV_KEY_REQUIRED, "controllen");
		return false;
	}
	php_tsp_conv_push(c, " > controllen");
	if (!php_tsp_read_ranged(c, v, TSP_RANGE_U32, &ask->controllen)) {
		return false;
	}
	if (ask->controllen == 0) {
		php_tsp_conv_error(c, TSP_CONV_CONTROLLEN_0);
		return false;
	}
	return php_tsp_conv_ok(c);
}

/* The message socket_recvmsg() gives back: name, control, iov, flags. The
 * iov holds what was received, and nothing when nothing was (ext/sockets). */
static void tsp_write_recvmsg(const struct msghdr *mh, ssize_t n, size_t got, zend_string *buf, bool want_name,
	zval *out)
{
	zval name, ctl, iov;
	const tsp_struct *st;

	ZVAL_NULL(&name);
	if (want_name && mh->msg_namelen > 0
		&& (st = tsp_msg_sockaddr(((const struct sockaddr *) mh->msg_name)->sa_family)) != NULL) {
		php_tsp_struct_to_zval(st, mh->msg_name, mh->msg_namelen, &name);
	}
	if (!tsp_write_control(mh, &ctl)) {
		zval_ptr_dtor(&name);
		zend_string_efree(buf);
		ZVAL_FALSE(out);
		return;
	}
	array_init(out);
	add_assoc_zval(out, "name", &name);
	add_assoc_zval(out, "control", &ctl);
	if (n > 0) {
		buf = zend_string_truncate(buf, got, 0);
		ZSTR_VAL(buf)[got] = '\0';
		array_init_size(&iov, 1);
		add_next_index_str(&iov, buf);
	} else {
		zend_string_efree(buf);
		array_init(&iov);
	}
	add_assoc_zval(out, "iov", &iov);
	add_assoc_long(out, "flags", mh->msg_flags);
}

/* The receive itself, into buf (the buffer_size asked for) and m->ctl: the
 * bytes a line read kept come first, as for every read. Returns what
 * recvmsg() returns. */
static ssize_t tsp_recvmsg_into(php_tsp_socket *sock, tsp_msg_conv *m, const tsp_recv_ask *ask, zend_string *buf,
	struct msghdr *mh, struct sockaddr_storage *ss, struct iovec *iov, zend_long flags)
{
	const tsp_addr *from;

	memset(mh, 0, sizeof(*mh));
	iov->iov_base = ZSTR_VAL(buf);
	iov->iov_len = ZSTR_LEN(buf);
	mh->msg_iov = iov;
	mh->msg_iovlen = 1;
	if (ask->want_name) {
		memset(ss, 0, sizeof(*ss));
		mh->msg_name = ss;
		mh->msg_namelen = sizeof(*ss);
	}
	m->ctl = ecalloc(1, (size_t) ask->controllen);
	mh->msg_control = m->ctl;
	mh->msg_controllen = (size_t) ask->controllen;
	if ((from = php_tsp_pending_from(sock)) != NULL && !(flags & (MSG_OOB | MSG_ERRQUEUE))) {
		mh->msg_namelen = ask->want_name ? from->len : 0;
		if (mh->msg_namelen) {
			memcpy(ss, &from->u, from->len);
		}
		mh->msg_controllen = 0;
		return (ssize_t) php_tsp_pending_take(sock, ZSTR_VAL(buf), ZSTR_LEN(buf), flags);
	}
	return recvmsg(tsp_msg_sock_fd(sock), mh, (int) flags);
}

void php_tsp_recvmsg(php_tsp_socket *sock, zval *zmsg, zend_long flags, zval *return_value)
{
	tsp_msg_conv m;
	tsp_recv_ask ask;
	struct msghdr mh;
	struct sockaddr_storage ss;
	struct iovec iov;
	zend_string *buf;
	HashTable *msg = Z_ARRVAL_P(zmsg);
	zval out, old;
	ssize_t n;
	size_t stored;
	int err;

	/* kept: user code that replaces $message cannot free what is read */
	memset(&m, 0, sizeof(m));
	php_tsp_conv_init(&m.z, sock, "msghdr");
	php_tsp_conv_keep_array(&m.z, msg);
	if (!tsp_read_recvmsg(&m.z, msg, &ask)) {
		RETVAL_FALSE;
		goto done;
	}
	buf = zend_string_alloc((size_t) ask.buffer_size, 0);
	if ((n = tsp_recvmsg_into(sock, &m, &ask, buf, &mh, &ss, &iov, flags)) < 0) {
		err = errno;
		zend_string_efree(buf);
		php_tsp_fail_recvmsg(err);
		RETVAL_FALSE;
		goto done;
	}
	/* MSG_TRUNC makes TCP discard the bytes without writing the buffer */
	stored = (flags & MSG_TRUNC) && php_tsp_socket_kind(sock) == TSP_KIND_TCP ? 0
		: (size_t) n < ZSTR_LEN(buf) ? (size_t) n : ZSTR_LEN(buf);
	tsp_write_recvmsg(&mh, n, stored, buf, ask.want_name, &out);
	/* zmsg lives in the reference the caller passed, whatever user code did */
	ZVAL_COPY_VALUE(&old, zmsg);
	ZVAL_COPY_VALUE(zmsg, &out);
	zval_ptr_dtor(&old);
	RETVAL_LONG((zend_long) n);
done:
	tsp_msg_done(&m);
	tsp_msg_return(return_value);
}

/* ---- socket_cmsg_space() ------------------------------------------------ */

void php_tsp_cmsg_space(zend_long level, zend_long type, zend_long n, zval *return_value)
{
	const tsp_cmsg_type *t;
	size_t space;

	if (ZEND_LONG_INT_OVFL(level) || ZEND_LONG_INT_UDFL(level)) {
		php_tsp_throw_int_range(1);
		return;
	}
	if (ZEND_LONG_INT_OVFL(type) || ZEND_LONG_INT_UDFL(type)) {
		php_tsp_throw_int_range(2);
		return;
	}
	if (ZEND_LONG_INT_OVFL(n) || ZEND_LONG_INT_UDFL(n)) {
		php_tsp_throw_int_range(3);
		return;
	}
	if (n < 0) {
		php_tsp_throw_not_negative(3);
		return;
	}
	t = tsp_cmsg_find((int) level, (int) type);
	if (!t) {
		php_tsp_throw_cmsg_pair((int) level, (int) type);
		return;
	}
	space = tsp_cmsg_space(t, (size_t) n, ZEND_LONG_MAX);
	if (space == 0) {
		php_tsp_throw_too_big(3);
		return;
	}
	RETURN_LONG((zend_long) space);
}
