/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* PHP arrays to the C structures of src/core/tsp_msg.h and back, by walking
 * their field tables (see tsp_zstruct.h for the rules a conversion keeps). */
#include "tsp_zstruct.h"
#include "src/core/tsp_addr.h"

#include <limits.h>
#include <net/if.h>
#include <stdint.h>
#include <arpa/inet.h>

void php_tsp_conv_push(php_tsp_conv *c, const char *fmt, ...)
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

void php_tsp_conv_init(php_tsp_conv *c, php_tsp_socket *sock, const char *root)
{
	memset(c, 0, sizeof(*c));
	c->sock = sock;
	php_tsp_conv_push(c, "%s", root);
}

/* The first error is the one reported; the conversion stops there. */
void php_tsp_conv_error(php_tsp_conv *c, php_tsp_conv_msg id, ...)
{
	va_list ap;
	if (c->failed) {
		return;
	}
	c->failed = true;
	va_start(ap, id);
	php_tsp_warn_conv(c->path, id, ap);
	va_end(ap);
}

/* False once the conversion failed or user code threw. */
bool php_tsp_conv_ok(php_tsp_conv *c)
{
	if (EG(exception)) {
		c->failed = true;
	}
	return !c->failed;
}

void *php_tsp_grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap) {
		return p;
	}
	*cap = *cap ? *cap * 2 : 8;
	return safe_erealloc(p, *cap, size, 0);
}

void php_tsp_conv_keep_array(php_tsp_conv *c, HashTable *ht)
{
	c->arrays = php_tsp_grow(c->arrays, &c->caparrays, c->narrays, sizeof(*c->arrays));
	GC_TRY_ADDREF(ht);
	c->arrays[c->narrays++] = ht;
}

/* The array zv is, kept until the conversion ends; anything else, a reference
 * included, is "expected an array here" (as in ext/sockets). */
HashTable *php_tsp_conv_array(php_tsp_conv *c, zval *zv)
{
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		php_tsp_conv_error(c, TSP_CONV_NOT_ARRAY);
		return NULL;
	}
	php_tsp_conv_keep_array(c, Z_ARRVAL_P(zv));
	return Z_ARRVAL_P(zv);
}

/* The string form of zv (through a reference), converted from a copy of the
 * value so that the object whose __toString() runs lives whatever it does.
 * NULL, the conversion failed, when the conversion threw. */
zend_string *php_tsp_conv_string(php_tsp_conv *c, zval *zv)
{
	zval tmp;
	zend_string *s;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) == IS_STRING) {
		return zend_string_copy(Z_STR_P(zv));
	}
	ZVAL_COPY(&tmp, zv);
	s = zval_try_get_string(&tmp);
	zval_ptr_dtor(&tmp);
	if (s && EG(exception)) {
		zend_string_release(s);
		s = NULL;
	}
	if (!s) {
		c->failed = true;
	}
	return s;
}

/* Lets go of the arrays the conversion kept; releasing one can run
 * destructors, so nothing is read after this. */
void php_tsp_conv_done(php_tsp_conv *c)
{
	size_t i;
	for (i = 0; i < c->narrays; i++) {
		zend_array_release(c->arrays[i]);
	}
	if (c->arrays) efree(c->arrays);
	memset(c, 0, sizeof(*c));
}

/* ---- PHP values to C ---------------------------------------------------- */

/* An integer as ext/sockets reads one: ints, floats, numeric strings and
 * objects through their string form; not references. */
bool php_tsp_read_long(php_tsp_conv *c, zval *zv, zend_long *out)
{
	switch (Z_TYPE_P(zv)) {
		case IS_LONG:
			*out = Z_LVAL_P(zv);
			return true;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(Z_DVAL_P(zv));
			return true;
		case IS_STRING:
		case IS_OBJECT: {
			zend_string *s = php_tsp_conv_string(c, zv);
			zend_long l;
			double d;
			zend_uchar t;
			if (!s) {
				return false; /* the exception says why */
			}
			t = is_numeric_string(ZSTR_VAL(s), ZSTR_LEN(s), &l, &d, 0);
			if (t == IS_LONG) {
				*out = l;
			} else if (t == IS_DOUBLE) {
				*out = zend_dval_to_lval(d);
			} else {
				php_tsp_conv_error(c, TSP_CONV_NOT_NUMERIC, ZSTR_VAL(s));
			}
			zend_string_release(s);
			return t == IS_LONG || t == IS_DOUBLE;
		}
		default:
			php_tsp_conv_error(c, TSP_CONV_NOT_INTEGER);
			return false;
	}
}

/* The bounds of each php_tsp_range. */
static const struct {
	zend_long min, max;
} tsp_ranges[TSP_RANGE__COUNT] = {
	[TSP_RANGE_INT] = { INT_MIN, INT_MAX },
	[TSP_RANGE_U16] = { 0, 0xFFFF },
	[TSP_RANGE_U32] = { 0, 0xFFFFFFFFL },
	[TSP_RANGE_PID] = { INT32_MIN, INT32_MAX },
	[TSP_RANGE_UID] = { 0, 0xFFFFFFFFL },
};

bool php_tsp_read_ranged(php_tsp_conv *c, zval *zv, php_tsp_range range, zend_long *out)
{
	if (!php_tsp_read_long(c, zv, out) || !php_tsp_conv_ok(c)) {
		return false;
	}
	if (*out < tsp_ranges[range].min || *out > tsp_ranges[range].max) {
		php_tsp_conv_error(c, TSP_CONV_OUT_OF_BOUNDS, php_tsp_range_name(range));
		return false;
	}
	return true;
}

/* The integer under key (required) of a kept array, with its path. */
bool php_tsp_read_key_int(php_tsp_conv *c, HashTable *ht, const char *key, zend_long *out)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	bool ok;
	if (!v) {
		php_tsp_conv_error(c, TSP_CONV_KEY_REQUIRED, key);
		return false;
	}
	TSP_PUSH(c, k);
	php_tsp_conv_push(c, " > %s", key);
	ok = php_tsp_read_ranged(c, v, TSP_RANGE_INT, out);
	TSP_POP(c, k);
	return ok;
}

static bool tsp_read_host(php_tsp_conv *c, zval *zv, int family, void *out)
{
	zend_string *s = php_tsp_conv_string(c, zv);
	tsp_addr a;
	bool ok;

	if (!s) {
		return false;
	}
	ok = php_tsp_resolve_host(c->sock, family, ZSTR_VAL(s), &a) == SUCCESS;
	if (ok) {
		if (family == AF_INET) {
			memcpy(out, &a.u.in4.sin_addr, sizeof(struct in_addr));
		} else {
			memcpy(out, &a.u.in6.sin6_addr, sizeof(struct in6_addr));
		}
	} else if (!EG(exception)) {
		const char *shown = ZSTR_VAL(s);
#if PHP_VERSION_ID < 80400
		/* ext/sockets 8.2 shows an IPv6 value that is not a string as '' */
		if (family == AF_INET6 && Z_TYPE_P(zv) != IS_STRING) {
			shown = "";
		}
#endif
		php_tsp_conv_error(c, TSP_CONV_RESOLVE, shown, family == AF_INET ? "AF_INET" : "AF_INET6");
	}
	zend_string_release(s);
	return ok;
}

static bool tsp_read_unix_path(php_tsp_conv *c, zval *zv, char *at, size_t room, size_t *extra)
{
	zend_string *s = php_tsp_conv_string(c, zv);
	bool ok = false;

	if (!s) {
		return false;
	}
	if (ZSTR_LEN(s) == 0) {
		php_tsp_conv_error(c, TSP_CONV_PATH_EMPTY);
	} else if (ZSTR_LEN(s) > TSP_ADDR_UNIX_MAX || ZSTR_LEN(s) >= room) {
		php_tsp_conv_error(c, TSP_CONV_PATH_LONG, (size_t) TSP_ADDR_UNIX_MAX);
	} else {
		memcpy(at, ZSTR_VAL(s), ZSTR_LEN(s));
		*extra = ZSTR_LEN(s);
		ok = true;
	}
	zend_string_release(s);
	return ok;
}

/* An interface by index (an int, not a reference) or by name (anything else). */
static bool tsp_read_ifindex(php_tsp_conv *c, zval *zv, unsigned *out)
{
	zend_string *s;

	if (Z_TYPE_P(zv) == IS_LONG) {
		if (Z_LVAL_P(zv) < 0 || (zend_ulong) Z_LVAL_P(zv) > UINT_MAX) {
			php_tsp_conv_error(c, TSP_CONV_IFINDEX_RANGE, UINT_MAX, Z_LVAL_P(zv));
			return false;
		}
		*out = (unsigned) Z_LVAL_P(zv);
		return true;
	}
	if ((s = php_tsp_conv_string(c, zv)) == NULL) {
		return false;
	}
	*out = if_nametoindex(ZSTR_VAL(s));
	if (*out == 0) {
		php_tsp_conv_error(c, TSP_CONV_IFNAME, ZSTR_VAL(s));
	}
	zend_string_release(s);
	return *out != 0;
}

/* The range each integer field is read within, and its store. */
static const php_tsp_range tsp_field_ranges[] = {
	[TSP_F_INT]        = TSP_RANGE_INT,
	[TSP_F_UINT16_NET] = TSP_RANGE_U16,
	[TSP_F_UINT32]     = TSP_RANGE_U32,
	[TSP_F_PID]        = TSP_RANGE_PID,
	[TSP_F_UID]        = TSP_RANGE_UID,
	[TSP_F_FAMILY]     = TSP_RANGE_U16,
};

static void tsp_store_int(tsp_field_kind kind, void *at, zend_long l)
{
	switch (kind) {
		case TSP_F_INT:        *(int *) at = (int) l; break;
		case TSP_F_UINT16_NET: *(uint16_t *) at = htons((uint16_t) l); break;
		case TSP_F_UINT32:     *(uint32_t *) at = (uint32_t) l; break;
		case TSP_F_PID:        *(pid_t *) at = (pid_t) l; break;
		case TSP_F_UID:        *(uid_t *) at = (uid_t) l; break;
		case TSP_F_FAMILY:     *(sa_family_t *) at = (sa_family_t) l; break;
		default:               break;
	}
}

/* Writes one field of a structure of size bytes at base; *extra gets the
 * length of a unix path. */
static bool tsp_read_field(php_tsp_conv *c, const tsp_field *f, zval *zv, char *base, size_t size, size_t *extra)
{
	zend_long l;
	void *at = base + f->offset;

	switch ((tsp_field_kind) f->kind) {
		case TSP_F_INT:
		case TSP_F_UINT16_NET:
		case TSP_F_UINT32:
		case TSP_F_PID:
		case TSP_F_UID:
		case TSP_F_FAMILY:
			if (!php_tsp_read_ranged(c, zv, tsp_field_ranges[f->kind], &l)) {
				return false;
			}
			tsp_store_int((tsp_field_kind) f->kind, at, l);
			return true;
		case TSP_F_IN_ADDR:
			return tsp_read_host(c, zv, AF_INET, at);
		case TSP_F_IN6_ADDR:
			return tsp_read_host(c, zv, AF_INET6, at);
		case TSP_F_UNIX_PATH:
			return tsp_read_unix_path(c, zv, at, size - f->offset, extra);
		case TSP_F_IFINDEX:
			return tsp_read_ifindex(c, zv, (unsigned *) at);
	}
	return false;
}

/* Reads a kept array into the structure st describes (out has st->size
 * bytes). A family field is the caller's business: tsp_read_name() reads it
 * once and sets it. */
bool php_tsp_read_struct_ht(php_tsp_conv *c, HashTable *ht, const tsp_struct *st, void *out, size_t *extra)
{
	const tsp_field *f;

	for (f = st->fields; f->key; f++) {
		zval *v;
		bool ok;
		if (f->kind == TSP_F_FAMILY) {
			continue;
		}
		if ((v = zend_hash_str_find(ht, f->key, strlen(f->key))) == NULL) {
			if (f->required) {
				php_tsp_conv_error(c, TSP_CONV_KEY_REQUIRED, f->key);
				return false;
			}
			continue;
		}
		TSP_PUSH(c, field);
		php_tsp_conv_push(c, " > %s", f->key);
		ok = tsp_read_field(c, f, v, out, st->size, extra) && php_tsp_conv_ok(c);
		TSP_POP(c, field);
		if (!ok) {
			return false;
		}
	}
	return true;
}

bool php_tsp_read_struct(php_tsp_conv *c, zval *zv, const tsp_struct *st, void *out, size_t *extra)
{
	HashTable *ht = php_tsp_conv_array(c, zv);
	return ht && php_tsp_read_struct_ht(c, ht, st, out, extra);
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

void php_tsp_struct_to_zval(const tsp_struct *st, const void *data, size_t avail, zval *out)
{
	const tsp_field *f;
	array_init(out);
	for (f = st->fields; f->key; f++) {
		tsp_write_field(f, data, avail, out);
	}
}

/* ---- structures as option values ---------------------------------------- */

zend_result php_tsp_struct_from_zval(php_tsp_socket *sock, zval *zv, const tsp_struct *st, void *out, const char *root)
{
	php_tsp_conv c;
	size_t extra = 0;
	bool ok;

	php_tsp_conv_init(&c, sock, root);
	memset(out, 0, st->size);
	ok = php_tsp_read_struct(&c, zv, st, out, &extra) && php_tsp_conv_ok(&c);
	php_tsp_conv_done(&c);
	return ok && !EG(exception) ? SUCCESS : FAILURE;
}
