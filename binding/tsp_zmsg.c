/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* socket_sendmsg(), socket_recvmsg() and socket_cmsg_space(): PHP message
 * arrays to struct msghdr and back, by walking the tables of src/core/tsp_msg.c.
 * Every conversion error names where it happened, as ext/sockets does:
 * "error converting user data (path: msghdr > control > element #0 > data): ...". */
#include "tsp_binding.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_msg.h"
#include "php_network.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <arpa/inet.h>

/* Where a conversion is, and what it must give back at the end. */
typedef struct tsp_conv {
	php_tsp_socket *sock;   /* host lookups record their errors here */
	char path[512];
	size_t path_len;
	bool failed;
	zend_string **keep;     /* strings the iovecs point into */
	size_t nkeep, capkeep;
} tsp_conv;

static void tsp_conv_push(tsp_conv *c, const char *fmt, ...)
{
	va_list ap;
	int n;
	if (c->path_len >= sizeof(c->path) - 1) {
		return;
	}
	va_start(ap, fmt);
	n = vsnprintf(c->path + c->path_len, sizeof(c->path) - c->path_len, fmt, ap);
	va_end(ap);
	if (n > 0) {
		c->path_len += (size_t) n < sizeof(c->path) - c->path_len ? (size_t) n : sizeof(c->path) - c->path_len - 1;
	}
}

#define TSP_PUSH(c, seg) size_t tsp_saved_##seg = (c)->path_len
#define TSP_POP(c, seg) do { (c)->path_len = tsp_saved_##seg; (c)->path[(c)->path_len] = '\0'; } while (0)

static void tsp_conv_error(tsp_conv *c, const char *fmt, ...)
{
	va_list ap;
	char msg[512];
	if (c->failed) {
		return;
	}
	c->failed = true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	php_tsp_warn_conversion(c->path, msg);
}

static void tsp_conv_keep(tsp_conv *c, zend_string *s)
{
	if (c->nkeep == c->capkeep) {
		c->capkeep = c->capkeep ? c->capkeep * 2 : 8;
		c->keep = safe_erealloc(c->keep, c->capkeep, sizeof(*c->keep), 0);
	}
	c->keep[c->nkeep++] = s;
}

static void tsp_conv_done(tsp_conv *c)
{
	size_t i;
	for (i = 0; i < c->nkeep; i++) {
		zend_string_release(c->keep[i]);
	}
	if (c->keep) {
		efree(c->keep);
	}
}

/* ---- PHP values to C ---------------------------------------------------- */

/* An integer as ext/sockets reads one: ints, floats, numeric strings (and
 * objects through their string form). */
static bool tsp_read_long(tsp_conv *c, zval *zv, zend_long *out)
{
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
		case IS_LONG:
			*out = Z_LVAL_P(zv);
			return true;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(Z_DVAL_P(zv));
			return true;
		case IS_STRING:
		case IS_OBJECT: {
			zend_string *s = zval_try_get_string(zv);
			zend_long l;
			double d;
			zend_uchar t;
			if (!s) {
				c->failed = true; /* the exception says why */
				return false;
			}
			t = is_numeric_string(ZSTR_VAL(s), ZSTR_LEN(s), &l, &d, 0);
			if (t == IS_LONG) {
				*out = l;
			} else if (t == IS_DOUBLE) {
				*out = zend_dval_to_lval(d);
			} else {
				tsp_conv_error(c, "expected an integer, but got a non numeric string (possibly from a converted object): '%s'", ZSTR_VAL(s));
				zend_string_release(s);
				return false;
			}
			zend_string_release(s);
			return true;
		}
		default:
			tsp_conv_error(c, "expected an integer, either of a PHP integer type or of a convertible type");
			return false;
	}
}

static bool tsp_read_ranged(tsp_conv *c, zval *zv, zend_long min, zend_long max, const char *what, zend_long *out)
{
	if (!tsp_read_long(c, zv, out)) {
		return false;
	}
	if (*out < min || *out > max) {
		tsp_conv_error(c, "given PHP integer is out of bounds for %s", what);
		return false;
	}
	return true;
}

static bool tsp_read_host(tsp_conv *c, zval *zv, int family, void *out)
{
	zend_string *s = zval_get_string(zv);
	tsp_addr a;
	bool ok = php_tsp_resolve_host(c->sock, family, ZSTR_VAL(s), &a) == SUCCESS;
	if (ok) {
		if (family == AF_INET) {
			memcpy(out, &a.u.in4.sin_addr, sizeof(struct in_addr));
		} else {
			memcpy(out, &a.u.in6.sin6_addr, sizeof(struct in6_addr));
		}
	} else {
#if PHP_VERSION_ID >= 80400
		tsp_conv_error(c, "could not resolve address '%s' to get an %s address", ZSTR_VAL(s),
			family == AF_INET ? "AF_INET" : "AF_INET6");
#else
		/* the text shown is the value as given: a non-string shows as '' (as in ext/sockets 8.2) */
		ZVAL_DEREF(zv);
		tsp_conv_error(c, "could not resolve address '%s' to get an %s address",
			Z_TYPE_P(zv) == IS_STRING ? Z_STRVAL_P(zv) : "", family == AF_INET ? "AF_INET" : "AF_INET6");
#endif
	}
	zend_string_release(s);
	return ok;
}

/* Writes one field; *extra gets the length of a unix path. */
static bool tsp_read_field(tsp_conv *c, const tsp_field *f, zval *zv, char *base, size_t *extra)
{
	zend_long l;
	void *at = base + f->offset;

	switch ((tsp_field_kind) f->kind) {
		case TSP_F_INT:
			if (!tsp_read_ranged(c, zv, INT_MIN, INT_MAX, "a native int", &l)) return false;
			*(int *) at = (int) l;
			return true;
		case TSP_F_UINT16_NET:
			if (!tsp_read_ranged(c, zv, 0, 0xFFFF, "an unsigned 16-bit integer", &l)) return false;
			*(uint16_t *) at = htons((uint16_t) l);
			return true;
		case TSP_F_UINT32:
			if (!tsp_read_ranged(c, zv, 0, 0xFFFFFFFFL, "an unsigned 32-bit integer", &l)) return false;
			*(uint32_t *) at = (uint32_t) l;
			return true;
		case TSP_F_PID:
			if (!tsp_read_ranged(c, zv, INT32_MIN, INT32_MAX, "a pid_t value", &l)) return false;
			*(pid_t *) at = (pid_t) l;
			return true;
		case TSP_F_UID:
			if (!tsp_read_ranged(c, zv, 0, 0xFFFFFFFFL, "a uid_t value", &l)) return false;
			*(uid_t *) at = (uid_t) l;
			return true;
		case TSP_F_FAMILY:
			if (!tsp_read_ranged(c, zv, 0, 0xFFFF, "an unsigned 16-bit integer", &l)) return false;
			*(sa_family_t *) at = (sa_family_t) l;
			return true;
		case TSP_F_IN_ADDR:
			return tsp_read_host(c, zv, AF_INET, at);
		case TSP_F_IN6_ADDR:
			return tsp_read_host(c, zv, AF_INET6, at);
		case TSP_F_UNIX_PATH: {
			zend_string *s = zval_get_string(zv);
			bool ok = false;
			if (ZSTR_LEN(s) == 0) {
#if PHP_VERSION_ID >= 80400
				tsp_conv_error(c, "the path is must not be empty");
#else
				tsp_conv_error(c, "the path is cannot be empty");
#endif
			} else if (ZSTR_LEN(s) > TSP_ADDR_UNIX_MAX) {
				tsp_conv_error(c, "the path is too long, the maximum permitted length is %zu", (size_t) TSP_ADDR_UNIX_MAX);
			} else {
				memcpy(at, ZSTR_VAL(s), ZSTR_LEN(s));
				*extra = ZSTR_LEN(s);
				ok = true;
			}
			zend_string_release(s);
			return ok;
		}
		case TSP_F_IFINDEX: {
			ZVAL_DEREF(zv);
			if (Z_TYPE_P(zv) == IS_LONG) {
				if (Z_LVAL_P(zv) < 0 || (zend_ulong) Z_LVAL_P(zv) > UINT_MAX) {
					tsp_conv_error(c, "the interface index cannot be negative or larger than %u; given " ZEND_LONG_FMT,
						UINT_MAX, Z_LVAL_P(zv));
					return false;
				}
				*(unsigned *) at = (unsigned) Z_LVAL_P(zv);
				return true;
			} else {
				zend_string *s = zval_get_string(zv);
				unsigned idx = if_nametoindex(ZSTR_VAL(s));
				if (idx == 0) {
					tsp_conv_error(c, "no interface with name \"%s\" could be found", ZSTR_VAL(s));
				}
				zend_string_release(s);
				*(unsigned *) at = idx;
				return idx != 0;
			}
		}
	}
	return false;
}

/* Reads an array into the structure st describes. */
static bool tsp_read_struct(tsp_conv *c, zval *zv, const tsp_struct *st, void *out, size_t *extra)
{
	const tsp_field *f;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		tsp_conv_error(c, "expected an array here");
		return false;
	}
	for (f = st->fields; f->key; f++) {
		zval *v = zend_hash_str_find(Z_ARRVAL_P(zv), f->key, strlen(f->key));
		if (!v) {
			if (f->required) {
				tsp_conv_error(c, "The key '%s' is required", f->key);
				return false;
			}
			continue;
		}
		TSP_PUSH(c, field);
		tsp_conv_push(c, " > %s", f->key);
		if (!tsp_read_field(c, f, v, out, extra)) {
			return false;
		}
		TSP_POP(c, field);
	}
	return true;
}

/* "name": a sockaddr for the socket's family, or the one its "family" key names. */
static bool tsp_read_name(tsp_conv *c, zval *zv, struct sockaddr_storage *ss, socklen_t *len)
{
	int family = c->sock->family;
	const tsp_struct *st;
	zval *zf;
	size_t pathlen = 0;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		tsp_conv_error(c, "expected an array here");
		return false;
	}
	if ((zf = zend_hash_str_find(Z_ARRVAL_P(zv), "family", sizeof("family") - 1)) != NULL) {
		zend_long l;
		TSP_PUSH(c, fam);
		tsp_conv_push(c, " > family");
		if (!tsp_read_ranged(c, zf, 0, 0xFFFF, "an unsigned 16-bit integer", &l)) {
			return false;
		}
		TSP_POP(c, fam);
		if (l != AF_INET && l != AF_INET6 && l != AF_UNIX) {
			tsp_conv_error(c, "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
			return false;
		}
		if (!(l == family || (l == AF_INET && family == AF_INET6))) {
			tsp_conv_error(c, "the specified family (number " ZEND_LONG_FMT ") is not supported on this socket", l);
			return false;
		}
		family = (int) l;
	}
	st = tsp_msg_sockaddr(family);
	if (!st) {
		tsp_conv_error(c, "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
		return false;
	}
	memset(ss, 0, sizeof(*ss));
	if (!tsp_read_struct(c, zv, st, ss, &pathlen)) {
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

static bool tsp_read_iov(tsp_conv *c, zval *zv, struct msghdr *mh)
{
	zval *el;
	size_t i = 0;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		tsp_conv_error(c, "expected an array here");
		return false;
	}
	mh->msg_iovlen = zend_hash_num_elements(Z_ARRVAL_P(zv));
	mh->msg_iov = mh->msg_iovlen ? safe_emalloc(mh->msg_iovlen, sizeof(struct iovec), 0) : NULL;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zv), el) {
		zend_string *s = zval_get_string(el);
		tsp_conv_keep(c, s);
		mh->msg_iov[i].iov_base = ZSTR_VAL(s);
		mh->msg_iov[i].iov_len = ZSTR_LEN(s);
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The descriptor a Socket or a stream stands for. */
static bool tsp_read_fd(tsp_conv *c, zval *zv, int *fd)
{
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) == IS_OBJECT && Z_OBJCE_P(zv) == tsp_ce_Socket) {
		php_tsp_socket *s = Z_TSP_SOCKET_P(zv);
		if (s->fd < 0 || php_tsp_socket_stream_closed(s)) {
			tsp_conv_error(c, "socket is already closed");
			return false;
		}
		*fd = s->fd;
		return true;
	}
	if (Z_TYPE_P(zv) == IS_RESOURCE) {
		php_stream *stream = (php_stream *) zend_fetch_resource2_ex(zv, NULL, php_file_le_stream(), php_file_le_pstream());
		if (stream) {
			php_socket_t sfd;
			if (php_stream_cast(stream, PHP_STREAM_AS_FD, (void **) &sfd, REPORT_ERRORS) == SUCCESS) {
				*fd = (int) sfd;
				return true;
			}
			tsp_conv_error(c, "cast stream to file descriptor failed");
			return false;
		}
	}
	tsp_conv_error(c, "expected a Socket object or a stream resource");
	return false;
}

/* One control message, written at *cm (which has room for it). */
static bool tsp_read_cmsg_data(tsp_conv *c, const tsp_cmsg_type *t, zval *data, unsigned char *out, size_t *len)
{
	switch ((tsp_cmsg_data) t->data) {
		case TSP_CMSG_INT: {
			zend_long l;
			if (!tsp_read_ranged(c, data, INT_MIN, INT_MAX, "a native int", &l)) return false;
			{
				int v = (int) l;
				memcpy(out, &v, sizeof(v));
			}
			*len = sizeof(int);
			return true;
		}
		case TSP_CMSG_STRUCT: {
			size_t extra = 0;
			memset(out, 0, t->size);
			*len = t->size;
			return tsp_read_struct(c, data, t->layout, out, &extra);
		}
		case TSP_CMSG_FDS: {
			zval *el;
			size_t i = 0;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), el) {
				int fd;
				TSP_PUSH(c, el);
				tsp_conv_push(c, " > element #%zu", i + 1);
				if (!tsp_read_fd(c, el, &fd)) {
					return false;
				}
				TSP_POP(c, el);
				memcpy(out + i * sizeof(int), &fd, sizeof(int));
				i++;
			} ZEND_HASH_FOREACH_END();
			*len = i * sizeof(int);
			return true;
		}
	}
	return false;
}

/* The size of the data a control element will take, checking its shape. */
static bool tsp_cmsg_plan(tsp_conv *c, zval *el, const tsp_cmsg_type **type, zval **data, size_t *space)
{
	zval *zl, *zt;
	zend_long level, ctype;
	size_t n = 0;

	ZVAL_DEREF(el);
	if (Z_TYPE_P(el) != IS_ARRAY) {
		tsp_conv_error(c, "expected an array here");
		return false;
	}
	if ((zl = zend_hash_str_find(Z_ARRVAL_P(el), "level", sizeof("level") - 1)) == NULL) {
		tsp_conv_error(c, "The key '%s' is required", "level");
		return false;
	}
	{
		TSP_PUSH(c, lv);
		tsp_conv_push(c, " > level");
		if (!tsp_read_ranged(c, zl, INT_MIN, INT_MAX, "a native int", &level)) return false;
		TSP_POP(c, lv);
	}
	if ((zt = zend_hash_str_find(Z_ARRVAL_P(el), "type", sizeof("type") - 1)) == NULL) {
		tsp_conv_error(c, "The key '%s' is required", "type");
		return false;
	}
	{
		TSP_PUSH(c, ty);
		tsp_conv_push(c, " > type");
		if (!tsp_read_ranged(c, zt, INT_MIN, INT_MAX, "a native int", &ctype)) return false;
		TSP_POP(c, ty);
	}
	*type = tsp_cmsg_find((int) level, (int) ctype);
	if (!*type) {
		tsp_conv_error(c, "cmsghdr with level %d and type %d not supported", (int) level, (int) ctype);
		return false;
	}
	if ((*data = zend_hash_str_find(Z_ARRVAL_P(el), "data", sizeof("data") - 1)) == NULL) {
		tsp_conv_error(c, "The key '%s' is required", "data");
		return false;
	}
	ZVAL_DEREF(*data);
	if ((*type)->data == TSP_CMSG_FDS) {
		if (Z_TYPE_P(*data) != IS_ARRAY) {
			tsp_conv_error(c, "expected an array here");
			return false;
		}
		n = zend_hash_num_elements(Z_ARRVAL_P(*data));
		if (n == 0) {
			tsp_conv_error(c, "expected at least one element in this array");
			return false;
		}
	}
	*space = tsp_cmsg_space(*type, n, INT_MAX);
	if (*space == 0) {
		tsp_conv_error(c, "too many elements");
		return false;
	}
	return true;
}

static bool tsp_read_control(tsp_conv *c, zval *zv, struct msghdr *mh)
{
	zval *el;
	size_t total = 0, i = 0;
	unsigned char *buf;
	struct cmsghdr *cm;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		tsp_conv_error(c, "expected an array here");
		return false;
	}
	/* first the sizes, so the buffer is allocated once */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zv), el) {
		const tsp_cmsg_type *t;
		zval *data;
		size_t space;
		TSP_PUSH(c, pl);
		tsp_conv_push(c, " > element #%zu", i++);
		if (!tsp_cmsg_plan(c, el, &t, &data, &space)) {
			return false;
		}
		TSP_POP(c, pl);
		total += space;
	} ZEND_HASH_FOREACH_END();
	if (total == 0) {
		return true;
	}
	buf = ecalloc(1, total);
	mh->msg_control = buf;
	mh->msg_controllen = total;
	cm = CMSG_FIRSTHDR(mh);
	i = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zv), el) {
		const tsp_cmsg_type *t;
		zval *data;
		size_t space, len = 0;
		TSP_PUSH(c, el);
		tsp_conv_push(c, " > element #%zu", i++);
		tsp_cmsg_plan(c, el, &t, &data, &space);
		tsp_conv_push(c, " > data");
		if (!tsp_read_cmsg_data(c, t, data, CMSG_DATA(cm), &len)) {
			return false;
		}
		TSP_POP(c, el);
		cm->cmsg_level = t->level;
		cm->cmsg_type = t->type;
		cm->cmsg_len = CMSG_LEN(len);
		cm = CMSG_NXTHDR(mh, cm);
		if (!cm) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

void php_tsp_sendmsg(php_tsp_socket *sock, HashTable *msg, zend_long flags, zval *return_value)
{
	tsp_conv c;
	struct msghdr mh;
	struct sockaddr_storage ss;
	socklen_t sslen = 0;
	zval *v;
	ssize_t n;

	memset(&c, 0, sizeof(c));
	memset(&mh, 0, sizeof(mh));
	c.sock = sock;
	tsp_conv_push(&c, "msghdr");
	if ((v = zend_hash_str_find(msg, "name", sizeof("name") - 1)) != NULL) {
		TSP_PUSH(&c, nm);
		tsp_conv_push(&c, " > name");
		if (tsp_read_name(&c, v, &ss, &sslen)) {
			mh.msg_name = &ss;
			mh.msg_namelen = sslen;
		}
		TSP_POP(&c, nm);
	}
	if (!c.failed && (v = zend_hash_str_find(msg, "iov", sizeof("iov") - 1)) != NULL) {
		TSP_PUSH(&c, io);
		tsp_conv_push(&c, " > iov");
		tsp_read_iov(&c, v, &mh);
		TSP_POP(&c, io);
	}
	if (!c.failed && (v = zend_hash_str_find(msg, "control", sizeof("control") - 1)) != NULL) {
		TSP_PUSH(&c, ct);
		tsp_conv_push(&c, " > control");
		tsp_read_control(&c, v, &mh);
		TSP_POP(&c, ct);
	}
	if (c.failed || EG(exception)) {
		RETVAL_FALSE;
		goto done;
	}
	n = sendmsg(sock->fd, &mh, (int) flags);
	if (n < 0) {
		php_tsp_fail_msg(sock, "Error in sendmsg", errno);
		RETVAL_FALSE;
	} else {
		RETVAL_LONG((zend_long) n);
	}
done:
	if (mh.msg_iov) {
		efree(mh.msg_iov);
	}
	if (mh.msg_control) {
		efree(mh.msg_control);
	}
	tsp_conv_done(&c);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

/* ---- C to PHP values ---------------------------------------------------- */

static void tsp_write_field(const tsp_field *f, const char *base, size_t avail, zval *arr)
{
	const void *at = base + f->offset;
	char text[INET6_ADDRSTRLEN];

	switch ((tsp_field_kind) f->kind) {
		case TSP_F_INT: add_assoc_long(arr, f->key, *(const int *) at); break;
		case TSP_F_UINT16_NET: add_assoc_long(arr, f->key, ntohs(*(const uint16_t *) at)); break;
		case TSP_F_UINT32: add_assoc_long(arr, f->key, (zend_long) *(const uint32_t *) at); break;
		case TSP_F_PID: add_assoc_long(arr, f->key, *(const pid_t *) at); break;
		case TSP_F_UID: add_assoc_long(arr, f->key, (zend_long) *(const uid_t *) at); break;
		case TSP_F_FAMILY: add_assoc_long(arr, f->key, *(const sa_family_t *) at); break;
		case TSP_F_IFINDEX: add_assoc_long(arr, f->key, (zend_long) *(const unsigned *) at); break;
		case TSP_F_IN_ADDR:
			add_assoc_string(arr, f->key, inet_ntop(AF_INET, at, text, sizeof(text)) ? text : "");
			break;
		case TSP_F_IN6_ADDR:
			add_assoc_string(arr, f->key, inet_ntop(AF_INET6, at, text, sizeof(text)) ? text : "");
			break;
		case TSP_F_UNIX_PATH: {
			size_t n = avail > f->offset ? avail - f->offset : 0;
			add_assoc_stringl(arr, f->key, (const char *) at, strnlen((const char *) at, n));
			break;
		}
	}
}

static void tsp_write_struct(const tsp_struct *st, const void *data, size_t avail, zval *out)
{
	const tsp_field *f;
	array_init(out);
	for (f = st->fields; f->key; f++) {
		tsp_write_field(f, data, avail, out);
	}
}

/* A received descriptor: a Socket when it is a socket, else a stream. */
static void tsp_write_fd(int fd, zval *out)
{
	struct stat st;

	if (fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode)) {
		int family = 0, fl;
		socklen_t len = sizeof(family);
#ifdef SO_DOMAIN
		if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) != 0)
#endif
		{
			struct sockaddr_storage ss;
			socklen_t sl = sizeof(ss);
			family = getsockname(fd, (struct sockaddr *) &ss, &sl) == 0 ? ss.ss_family : AF_UNSPEC;
		}
		fl = fcntl(fd, F_GETFL);
		php_tsp_socket_new(out, fd, family)->blocking = fl >= 0 && !(fl & O_NONBLOCK);
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

static void tsp_write_control(struct msghdr *mh, zval *out)
{
	struct cmsghdr *cm;

	array_init(out);
	for (cm = CMSG_FIRSTHDR(mh); cm; cm = CMSG_NXTHDR(mh, cm)) {
		const tsp_cmsg_type *t = tsp_cmsg_find(cm->cmsg_level, cm->cmsg_type);
		size_t dlen = cm->cmsg_len > CMSG_LEN(0) ? cm->cmsg_len - CMSG_LEN(0) : 0;
		zval el, data;

		array_init(&el);
		add_assoc_long(&el, "level", cm->cmsg_level);
		add_assoc_long(&el, "type", cm->cmsg_type);
		if (!t) {
			/* a type without a row: its bytes, rather than losing it */
			ZVAL_STRINGL(&data, (const char *) CMSG_DATA(cm), dlen);
		} else if (t->data == TSP_CMSG_INT) {
			int v = 0;
			memcpy(&v, CMSG_DATA(cm), dlen < sizeof(v) ? dlen : sizeof(v));
			ZVAL_LONG(&data, v);
		} else if (t->data == TSP_CMSG_STRUCT) {
			unsigned char tmp[256];
			memset(tmp, 0, sizeof(tmp));
			memcpy(tmp, CMSG_DATA(cm), dlen < sizeof(tmp) ? dlen : sizeof(tmp));
			tsp_write_struct(t->layout, tmp, t->size, &data);
		} else {
			size_t i, n = dlen / sizeof(int);
			array_init_size(&data, (uint32_t) n);
			for (i = 0; i < n; i++) {
				int fd;
				zval z;
				memcpy(&fd, CMSG_DATA(cm) + i * sizeof(int), sizeof(int));
				tsp_write_fd(fd, &z);
				add_next_index_zval(&data, &z);
			}
		}
		add_assoc_zval(&el, "data", &data);
		add_next_index_zval(out, &el);
	}
}

void php_tsp_recvmsg(php_tsp_socket *sock, zval *zmsg, zend_long flags, zval *return_value)
{
	tsp_conv c;
	struct msghdr mh;
	struct sockaddr_storage ss;
	struct iovec iov;
	zend_long bufsize = TSP_MSG_BUFFER_DEFAULT, ctl = 0;
	bool want_name = false;
	zval *v, out, name;
	zend_string *buf;
	ssize_t n;

	memset(&c, 0, sizeof(c));
	memset(&mh, 0, sizeof(mh));
	c.sock = sock;
	tsp_conv_push(&c, "msghdr");
	if ((v = zend_hash_str_find(Z_ARRVAL_P(zmsg), "name", sizeof("name") - 1)) != NULL) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_ARRAY) {
			tsp_conv_push(&c, " > name");
			tsp_conv_error(&c, "expected an array here");
			RETURN_FALSE;
		}
		want_name = true;
	}
	if ((v = zend_hash_str_find(Z_ARRVAL_P(zmsg), "buffer_size", sizeof("buffer_size") - 1)) != NULL) {
		TSP_PUSH(&c, bs);
		tsp_conv_push(&c, " > buffer_size");
		if (!tsp_read_long(&c, v, &bufsize)) {
			RETURN_FALSE;
		}
		if (bufsize < 1 || bufsize > TSP_MSG_BUFFER_MAX) {
			tsp_conv_error(&c, "the buffer size must be between 1 and %d; given " ZEND_LONG_FMT, TSP_MSG_BUFFER_MAX, bufsize);
			RETURN_FALSE;
		}
		TSP_POP(&c, bs);
	}
	if ((v = zend_hash_str_find(Z_ARRVAL_P(zmsg), "controllen", sizeof("controllen") - 1)) == NULL) {
		tsp_conv_error(&c, "The key '%s' is required", "controllen");
		RETURN_FALSE;
	}
	tsp_conv_push(&c, " > controllen");
	if (!tsp_read_ranged(&c, v, 0, 0xFFFFFFFFL, "an unsigned 32-bit integer", &ctl)) {
		RETURN_FALSE;
	}
	if (ctl == 0) {
		tsp_conv_error(&c, "controllen cannot be 0");
		RETURN_FALSE;
	}

	buf = zend_string_alloc((size_t) bufsize, 0);
	iov.iov_base = ZSTR_VAL(buf);
	iov.iov_len = (size_t) bufsize;
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	if (want_name) {
		memset(&ss, 0, sizeof(ss));
		mh.msg_name = &ss;
		mh.msg_namelen = sizeof(ss);
	}
	mh.msg_control = ecalloc(1, (size_t) ctl);
	mh.msg_controllen = (size_t) ctl;

	n = recvmsg(sock->fd, &mh, (int) flags);
	if (n < 0) {
		php_tsp_fail_msg(sock, "Error in recvmsg", errno);
		zend_string_efree(buf);
		efree(mh.msg_control);
		RETURN_FALSE;
	}

	array_init(&out);
	if (want_name && mh.msg_namelen > 0) {
		const tsp_struct *st = tsp_msg_sockaddr(ss.ss_family);
		if (st) {
			tsp_write_struct(st, &ss, mh.msg_namelen, &name);
		} else {
			ZVAL_NULL(&name);
		}
	} else {
		ZVAL_NULL(&name);
	}
	add_assoc_zval(&out, "name", &name);
	{
		zval ctlz;
		tsp_write_control(&mh, &ctlz);
		add_assoc_zval(&out, "control", &ctlz);
	}
	{
		zval iovz;
		size_t got = (size_t) n < (size_t) bufsize ? (size_t) n : (size_t) bufsize;
		buf = zend_string_truncate(buf, got, 0);
		ZSTR_VAL(buf)[got] = '\0';
		array_init_size(&iovz, 1);
		add_next_index_str(&iovz, buf);
		add_assoc_zval(&out, "iov", &iovz);
	}
	add_assoc_long(&out, "flags", mh.msg_flags);
	efree(mh.msg_control);

	zval_ptr_dtor(zmsg);
	ZVAL_COPY_VALUE(zmsg, &out);
	RETURN_LONG((zend_long) n);
}

/* ---- structures as option values ---------------------------------------- */

zend_result php_tsp_struct_from_zval(php_tsp_socket *sock, zval *zv, const tsp_struct *st, void *out, const char *root)
{
	tsp_conv c;
	size_t extra = 0;
	bool ok;

	memset(&c, 0, sizeof(c));
	c.sock = sock;
	tsp_conv_push(&c, "%s", root);
	memset(out, 0, st->size);
	ok = tsp_read_struct(&c, zv, st, out, &extra) && !c.failed;
	tsp_conv_done(&c);
	return ok && !EG(exception) ? SUCCESS : FAILURE;
}

void php_tsp_struct_to_zval(const tsp_struct *st, const void *data, size_t avail, zval *out)
{
	tsp_write_struct(st, data, avail, out);
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
		zend_value_error("Pair level %d and/or type %d is not supported", (int) level, (int) type);
		return;
	}
	space = tsp_cmsg_space(t, (size_t) n, ZEND_LONG_MAX);
	if (space == 0) {
		zend_argument_value_error(3, "is too big");
		return;
	}
	RETURN_LONG((zend_long) space);
}
