/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket option values between PHP and the kernel, driven by core's option
 * table (src/core/tsp_opt.c): each kind of value has one reader and one writer. */
#include "tsp_binding.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_msg.h"
#include "src/core/tsp_opt.h"

#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#ifdef HAVE_LINUX_FILTER_H
# include <linux/filter.h>
#endif

static const char tsp_key_onoff[] = "l_onoff";
static const char tsp_key_linger[] = "l_linger";
static const char tsp_key_sec[] = "sec";
static const char tsp_key_usec[] = "usec";

static const tsp_struct *tsp_opt_struct(const tsp_opt_row *row)
{
	switch ((tsp_opt_struct_id) row->struct_id) {
#ifdef IPV6_PKTINFO
		case TSP_OPT_STRUCT_IN6_PKTINFO: return &tsp_struct_in6_pktinfo;
#endif
		default: return NULL;
	}
}

/* The row for (level, name) as PHP passed them. ext/sockets compares the
 * whole numbers, except where it hands the option to its IPv4 multicast
 * setter or its IPv6 multicast and RFC 3542 code, which take the option as
 * an int: there the option cut to an int picks the special case. A level
 * beyond the int range matches nothing; the kernel gets both cut to ints. */
static const tsp_opt_row *tsp_opt_row_of(zend_long level, zend_long name, bool set)
{
	if (ZEND_LONG_INT_OVFL(level) || ZEND_LONG_INT_UDFL(level)) {
		return NULL;
	}
	if ((ZEND_LONG_INT_OVFL(name) || ZEND_LONG_INT_UDFL(name))
			&& !(level == IPPROTO_IPV6 || (set && level == IPPROTO_IP))) {
		return NULL;
	}
	return tsp_opt_find((int) level, (int) name);
}

void php_tsp_getopt(php_tsp_socket *sock, zend_long zlevel, zend_long zname, zval *return_value)
{
	union {
		struct linger lv;
		struct timeval tv;
		int iv;
		struct in_addr in;
		char name[TSP_OPT_CONGESTION_MAX];
		uint32_t mem[32];
		unsigned char raw[256];
	} val;
	const tsp_opt_row *row = tsp_opt_row_of(zlevel, zname, false);
	tsp_opt_kind kind = row ? (tsp_opt_kind) row->kind : TSP_OPT_INT;
	int level = (int) zlevel, name = (int) zname;
	const tsp_struct *st = NULL;
	socklen_t len;

	memset(&val, 0, sizeof(val));
	switch (kind) {
		case TSP_OPT_LINGER:     len = sizeof(val.lv); break;
		case TSP_OPT_TIMEVAL:    len = sizeof(val.tv); break;
		case TSP_OPT_CONGESTION: len = sizeof(val.name); break;
		case TSP_OPT_MEMINFO:    len = (socklen_t) (tsp_opt_meminfo_count * sizeof(uint32_t)); break;
		case TSP_OPT_MCAST_IF4:  len = sizeof(val.in); break;
		case TSP_OPT_STRUCT:
			st = tsp_opt_struct(row);
			len = st ? (socklen_t) st->size : sizeof(val.iv);
			break;
		default:                 len = sizeof(val.iv); break;
	}
	if (getsockopt(sock->fd, level, name, &val, &len) != 0) {
		php_tsp_fail(sock, st ? TSP_MSG_GETOPT_RFC : TSP_MSG_GETOPT, errno);
		RETURN_FALSE;
	}
	switch (kind) {
		case TSP_OPT_LINGER:
			array_init_size(return_value, 2);
			add_assoc_long_ex(return_value, tsp_key_onoff, sizeof(tsp_key_onoff) - 1, val.lv.l_onoff);
			add_assoc_long_ex(return_value, tsp_key_linger, sizeof(tsp_key_linger) - 1, val.lv.l_linger);
			return;
		case TSP_OPT_TIMEVAL:
			array_init_size(return_value, 2);
			add_assoc_long_ex(return_value, tsp_key_sec, sizeof(tsp_key_sec) - 1, val.tv.tv_sec);
			add_assoc_long_ex(return_value, tsp_key_usec, sizeof(tsp_key_usec) - 1, val.tv.tv_usec);
			return;
		case TSP_OPT_CONGESTION:
			array_init_size(return_value, 1);
			add_assoc_stringl_ex(return_value, "name", sizeof("name") - 1, val.name, strnlen(val.name, len));
			return;
		case TSP_OPT_MEMINFO: {
			size_t i;
			array_init_size(return_value, (uint32_t) tsp_opt_meminfo_count);
			for (i = 0; i < tsp_opt_meminfo_count; i++) {
				add_assoc_long(return_value, tsp_opt_meminfo_names[i], val.mem[i]);
			}
			return;
		}
		case TSP_OPT_MCAST_IF4: {
			unsigned idx = 0;
			int err = 0;
			tsp_opt_if_status st4 = tsp_opt_if_ipv4_to_index(sock->fd, &val.in, &idx, &err);
			if (st4 != TSP_OPT_IF_OK) {
				php_tsp_warn_if_lookup(st4, 0, &val.in, err);
				RETURN_FALSE;
			}
			RETURN_LONG((zend_long) idx);
		}
		case TSP_OPT_STRUCT:
			if (st) {
				php_tsp_struct_to_zval(st, &val, len, return_value);
				return;
			}
			ZEND_FALLTHROUGH;
		default:
			if (len == 1) {
				RETURN_LONG(val.raw[0]);
			}
			RETURN_LONG(val.iv);
	}
}

/* The array an array-shaped option value is read from: value converted the
 * way a by-value array parameter would be, without touching the caller's.
 * The result is ours alone (user code that changes the caller's array or
 * object gets a copy of its own), so pointers into it stay valid while user
 * code runs; what references in it point to may change, and is read at the
 * moment it is used, as ext/sockets reads it. */
static void tsp_value_as_array(zval *value, zval *arr, bool props)
{
#if PHP_VERSION_ID >= 80400
	/* PHP 8.4 reads an object's own properties */
	if (props && Z_TYPE_P(value) == IS_OBJECT) {
		ZVAL_ARR(arr, zend_array_dup(Z_OBJPROP_P(value)));
		return;
	}
#else
	(void) props;
#endif
	ZVAL_COPY(arr, value);
	convert_to_array(arr);
}

/* An int from an element of such an array, through a copy of what it holds
 * now (the conversion may warn, and a warning may run user code). */
static zend_long tsp_elem_long(zval *el)
{
	zval tmp;
	zend_long v;
	ZVAL_COPY_DEREF(&tmp, el);
	v = zval_get_long(&tmp);
	zval_ptr_dtor(&tmp);
	return v;
}

/* The same for a string (__toString() is user code). */
static zend_string *tsp_elem_string(zval *el)
{
	zval tmp;
	zend_string *s;
	ZVAL_COPY_DEREF(&tmp, el);
	s = zval_get_string(&tmp);
	zval_ptr_dtor(&tmp);
	return s;
}

/* Reads two keys of an array-shaped option value as ints, in ext/sockets'
 * order: both keys must be there, then the first is converted, then the
 * second (after whatever the first one's conversion ran). */
static zend_result tsp_pair_from_zval(zval *value, const char *k1, size_t l1,
	const char *k2, size_t l2, zend_long *v1, zend_long *v2)
{
	zval arr, *z1, *z2;
	zend_result rc = FAILURE;

	tsp_value_as_array(value, &arr, true);
	if ((z1 = zend_hash_str_find(Z_ARRVAL(arr), k1, l1)) == NULL) {
		php_tsp_throw_missing_key(4, k1);
	} else if ((z2 = zend_hash_str_find(Z_ARRVAL(arr), k2, l2)) == NULL) {
		php_tsp_throw_missing_key(4, k2);
	} else {
		*v1 = tsp_elem_long(z1);
		*v2 = tsp_elem_long(z2);
		rc = EG(exception) ? FAILURE : SUCCESS;
	}
	zval_ptr_dtor(&arr);
	return rc;
}

/* An interface by index (0..UINT_MAX) or by name. Only an int itself is an
 * index: anything else, a reference to an int included, is read as a name,
 * as ext/sockets reads it. */
static zend_result tsp_iface_from_zval(zval *zv, unsigned *out)
{
	zend_string *s;

	if (Z_TYPE_P(zv) == IS_LONG) {
		if (Z_LVAL_P(zv) < 0 || (zend_ulong) Z_LVAL_P(zv) > UINT_MAX) {
			zend_value_error("Index must be between 0 and %u", UINT_MAX);
			return FAILURE;
		}
		*out = (unsigned) Z_LVAL_P(zv);
		return SUCCESS;
	}
	s = tsp_elem_string(zv);
	if (EG(exception)) {
		zend_string_release(s);
		return FAILURE;
	}
	*out = if_nametoindex(ZSTR_VAL(s));
	if (*out == 0) {
		php_tsp_warn_no_interface(ZSTR_VAL(s));
	}
	zend_string_release(s);
	return *out ? SUCCESS : FAILURE;
}

/* One address key of a multicast request: there (else a ValueError), a
 * string, and an address of the socket's family. */
static zend_result tsp_mcast_addr(php_tsp_socket *sock, zval *arr, const char *key, size_t klen, tsp_addr *out)
{
	zval *z = zend_hash_str_find(Z_ARRVAL_P(arr), key, klen);
	zend_string *host;
	zend_result ok;

	if (!z) {
		zend_value_error("No key \"%s\" passed in optval", key);
		return FAILURE;
	}
	host = tsp_elem_string(z);
	if (EG(exception)) {
		zend_string_release(host);
		return FAILURE;
	}
	if (sock->family != AF_INET && sock->family != AF_INET6) {
		php_tsp_warn_mcast_family();
		ok = FAILURE;
	} else {
		ok = php_tsp_resolve_host(sock, sock->family, ZSTR_VAL(host), out);
	}
	zend_string_release(host);
	return ok;
}

/* A multicast group request, read in ext/sockets' order: "group", then
 * "source", then "interface" (0 when absent), each checked as it is read. */
static zend_result tsp_mcast_from_zval(php_tsp_socket *sock, zval *value, bool with_source,
	void *req, socklen_t *len)
{
	zval arr, *zi;
	unsigned ifindex = 0;
	tsp_addr group, source;
	zend_result rc = FAILURE;

	tsp_value_as_array(value, &arr, false);
	if (tsp_mcast_addr(sock, &arr, "group", sizeof("group") - 1, &group) == FAILURE
			|| (with_source && tsp_mcast_addr(sock, &arr, "source", sizeof("source") - 1, &source) == FAILURE)) {
		goto done;
	}
	if ((zi = zend_hash_str_find(Z_ARRVAL(arr), "interface", sizeof("interface") - 1)) != NULL
			&& tsp_iface_from_zval(zi, &ifindex) == FAILURE) {
		goto done;
	}
	if (with_source) {
		struct group_source_req *r = req;
		memset(r, 0, sizeof(*r));
		r->gsr_interface = ifindex;
		memcpy(&r->gsr_group, &group.u, group.len);
		memcpy(&r->gsr_source, &source.u, source.len);
		*len = sizeof(*r);
	} else {
		struct group_req *r = req;
		memset(r, 0, sizeof(*r));
		r->gr_interface = ifindex;
		memcpy(&r->gr_group, &group.u, group.len);
		*len = sizeof(*r);
	}
	rc = SUCCESS;
done:
	zval_ptr_dtor(&arr);
	return rc;
}

/* The value types PHP 8.5 insists on (TSP_RULE_OPTION_TYPES): a string for
 * the string options, an array or an object for the multicast requests.
 * false after the TypeError. */
static bool tsp_opt_type_ok(const tsp_opt_row *row, tsp_opt_kind kind, zval *value)
{
	switch (kind) {
		case TSP_OPT_IFNAME:
		case TSP_OPT_CONGESTION:
			if (Z_TYPE_P(value) != IS_STRING) {
				php_tsp_throw_option_string(4, row->label, value);
				return false;
			}
			return true;
		case TSP_OPT_MCAST:
		case TSP_OPT_MCAST_SRC:
			if (Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
				/* PHP 8.5 names the leave option for joins and leaves alike */
				php_tsp_throw_option_array(4, kind == TSP_OPT_MCAST ? "MCAST_LEAVE_GROUP" : "MCAST_LEAVE_SOURCE_GROUP",
					value);
				return false;
			}
			return true;
		default:
			return true;
	}
}

void php_tsp_setopt(php_tsp_socket *sock, zend_long zlevel, zend_long zname, zval *value, zval *return_value)
{
	union {
		struct linger lv;
		struct timeval tv;
		int iv;
		unsigned char bv;
		struct in_addr in;
		struct group_req gr;
		struct group_source_req gsr;
		unsigned char raw[256];
#ifdef SO_ATTACH_REUSEPORT_CBPF
		struct sock_fprog prog;
#endif
	} val;
#ifdef SO_ATTACH_REUSEPORT_CBPF
	struct sock_filter code[TSP_OPT_CBPF_LEN];
#endif
	const tsp_opt_row *row = tsp_opt_row_of(zlevel, zname, true);
	tsp_opt_kind kind = row ? (tsp_opt_kind) row->kind : TSP_OPT_INT;
	int level = (int) zlevel, name = (int) zname;
	const void *ptr = &val;
	socklen_t len;
	zend_long a, b;

	memset(&val, 0, sizeof(val));
	if (TSP_RULE_OPTION_TYPES && !tsp_opt_type_ok(row, kind, value)) {
		RETURN_THROWS();
	}
#if PHP_VERSION_ID >= 80400
	/* PHP 8.4 wants an array for the array-shaped options */
	if ((kind == TSP_OPT_LINGER || kind == TSP_OPT_TIMEVAL) && Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
		php_tsp_throw_option_array(4, row->label, value);
		RETURN_THROWS();
	}
#endif
	switch (kind) {
		case TSP_OPT_LINGER:
			if (tsp_pair_from_zval(value, tsp_key_onoff, sizeof(tsp_key_onoff) - 1,
					tsp_key_linger, sizeof(tsp_key_linger) - 1, &a, &b) == FAILURE) {
				RETURN_THROWS();
			}
#if PHP_VERSION_ID >= 80400
			/* and keeps both values within what struct linger held in PHP's hands */
			if (a < 0 || a > USHRT_MAX) {
				php_tsp_throw_key_range(4, tsp_key_onoff, USHRT_MAX);
				RETURN_THROWS();
			}
			if (b < 0 || b > USHRT_MAX) {
				php_tsp_throw_key_range(4, tsp_key_linger, USHRT_MAX);
				RETURN_THROWS();
			}
#endif
			val.lv.l_onoff = (unsigned short) a;
			val.lv.l_linger = (unsigned short) b;
			len = sizeof(val.lv);
			break;
		case TSP_OPT_TIMEVAL:
			if (tsp_pair_from_zval(value, tsp_key_sec, sizeof(tsp_key_sec) - 1,
					tsp_key_usec, sizeof(tsp_key_usec) - 1, &a, &b) == FAILURE) {
				RETURN_THROWS();
			}
			val.tv.tv_sec = (time_t) a;
			val.tv.tv_usec = (suseconds_t) b;
			len = sizeof(val.tv);
			break;
		case TSP_OPT_IFNAME:
		case TSP_OPT_CONGESTION:
			if (Z_TYPE_P(value) == IS_STRING) {
				ptr = Z_STRVAL_P(value);
				len = (socklen_t) Z_STRLEN_P(value);
			} else {
				ptr = "";
				len = 0;
			}
			break;
		case TSP_OPT_STRUCT: {
			const tsp_struct *st = tsp_opt_struct(row);
			if (!st || php_tsp_struct_from_zval(sock, value, st, &val, st->name) == FAILURE) {
				if (EG(exception)) {
					RETURN_THROWS();
				}
				RETURN_FALSE;
			}
			len = (socklen_t) st->size;
			break;
		}
		case TSP_OPT_MCAST:
		case TSP_OPT_MCAST_SRC:
			if (tsp_mcast_from_zval(sock, value, kind == TSP_OPT_MCAST_SRC, &val, &len) == FAILURE) {
				if (EG(exception)) {
					RETURN_THROWS();
				}
				RETURN_FALSE;
			}
			break;
		case TSP_OPT_MCAST_IF4:
		case TSP_OPT_IFINDEX: {
			unsigned idx;
			if (tsp_iface_from_zval(value, &idx) == FAILURE) {
				if (EG(exception)) {
					RETURN_THROWS();
				}
				RETURN_FALSE;
			}
			if (kind == TSP_OPT_IFINDEX) {
				val.iv = (int) idx;
				len = sizeof(val.iv);
			} else {
				int err = 0;
				tsp_opt_if_status st4 = tsp_opt_if_index_to_ipv4(sock->fd, idx, &val.in, &err);
				if (st4 != TSP_OPT_IF_OK) {
					php_tsp_warn_if_lookup(st4, idx, NULL, err);
					RETURN_FALSE;
				}
				len = sizeof(val.in);
			}
			break;
		}
#ifdef SO_ATTACH_REUSEPORT_CBPF
		case TSP_OPT_CBPF: {
			zend_long k = zval_get_long(value);
			if (k == 0) {
				/* 0 takes the program away again */
				name = SO_DETACH_BPF;
				val.iv = 1;
				len = sizeof(val.iv);
				break;
			}
			if ((val.prog.len = (unsigned short) tsp_opt_cbpf((long long) k, code)) == 0) {
				php_tsp_warn_cbpf();
				RETURN_FALSE;
			}
			val.prog.filter = code;
			len = sizeof(val.prog);
			break;
		}
#endif
		case TSP_OPT_BOOL:
			val.iv = zend_is_true(value);
			goto sized;
		case TSP_OPT_U16:
			/* PHP 8.5 checks the value cut to an int; before it, a plain int */
			val.iv = (int) zval_get_long(value);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			if (TSP_RULE_OPTION_TYPES && (val.iv < 0 || val.iv > USHRT_MAX)) {
				php_tsp_throw_option_u16(4);
				RETURN_THROWS();
			}
			goto sized;
		case TSP_OPT_RANGED:
			a = zval_get_long(value);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			if (a < row->min || a > row->max) {
				zend_argument_value_error(4, "must be between %d and %d", (int) row->min, (int) row->max);
				RETURN_THROWS();
			}
			val.iv = (int) a;
			goto sized;
		default:
			val.iv = (int) zval_get_long(value);
			if (EG(exception)) {
				RETURN_THROWS();
			}
sized:
			if (row && row->size == 1) {
				unsigned char c = (unsigned char) val.iv;
				val.bv = c;
				len = 1;
			} else {
				len = sizeof(val.iv);
			}
			break;
	}
	if (setsockopt(sock->fd, level, name, ptr, len) != 0) {
		php_tsp_fail(sock, TSP_MSG_SETOPT, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
