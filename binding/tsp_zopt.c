/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket option values between PHP and the kernel, driven by core's option
 * table (src/core/tsp_opt.c): each kind of value (tsp_opt_kind) has one getter,
 * the kernel's bytes to a PHP value, and one setter, a PHP value to the
 * kernel's bytes, found in the table at the end by the kind of the option's
 * row. */
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

/* ---- getters: the kernel's bytes to a PHP value, one per kind ------------- */

#define TSP_OPT_GETTER(fn) static void fn(php_tsp_socket *sock, const tsp_opt_row *row, int level, int name, \
	zval *return_value)
typedef void (*tsp_opt_getter)(php_tsp_socket *sock, const tsp_opt_row *row, int level, int name, zval *return_value);

/* getsockopt() into buf (*len bytes): false after the warning of msg. */
static bool tsp_opt_ask(php_tsp_socket *sock, int level, int name, void *buf, socklen_t *len, php_tsp_warn msg)
{
	if (getsockopt(sock->fd, level, name, buf, len) != 0) {
		php_tsp_fail(sock, msg, errno);
		return false;
	}
	return true;
}

/* An int; a byte when the kernel answers with one. */
TSP_OPT_GETTER(tsp_opt_get_int)
{
	union {
		int iv;
		unsigned char raw[sizeof(int)];
	} v;
	socklen_t len = sizeof(v);

	v.iv = 0;
	if (!tsp_opt_ask(sock, level, name, &v, &len, TSP_WARN_GETOPT)) {
		RETURN_FALSE;
	}
	if (len == 1) {
		RETURN_LONG(v.raw[0]);
	}
	RETURN_LONG(v.iv);
}

/* struct linger and struct timeval: two numbers, under their two keys. */
TSP_OPT_GETTER(tsp_opt_get_pair)
{
	union {
		struct linger lv;
		struct timeval tv;
	} v;
	bool linger = row->kind == TSP_OPT_LINGER;
	socklen_t len = linger ? sizeof(v.lv) : sizeof(v.tv);

	memset(&v, 0, sizeof(v));
	if (!tsp_opt_ask(sock, level, name, &v, &len, TSP_WARN_GETOPT)) {
		RETURN_FALSE;
	}
	array_init_size(return_value, 2);
	if (linger) {
		add_assoc_long_ex(return_value, tsp_key_onoff, sizeof(tsp_key_onoff) - 1, v.lv.l_onoff);
		add_assoc_long_ex(return_value, tsp_key_linger, sizeof(tsp_key_linger) - 1, v.lv.l_linger);
	} else {
		add_assoc_long_ex(return_value, tsp_key_sec, sizeof(tsp_key_sec) - 1, v.tv.tv_sec);
		add_assoc_long_ex(return_value, tsp_key_usec, sizeof(tsp_key_usec) - 1, v.tv.tv_usec);
	}
}

TSP_OPT_GETTER(tsp_opt_get_congestion)
{
	char text[TSP_OPT_CONGESTION_MAX];
	socklen_t len = sizeof(text);

	memset(text, 0, sizeof(text));
	if (!tsp_opt_ask(sock, level, name, text, &len, TSP_WARN_GETOPT)) {
		RETURN_FALSE;
	}
	array_init_size(return_value, 1);
	add_assoc_stringl_ex(return_value, "name", sizeof("name") - 1, text, strnlen(text, len));
}

TSP_OPT_GETTER(tsp_opt_get_meminfo)
{
	uint32_t mem[32];
	socklen_t len = (socklen_t) (tsp_opt_meminfo_count * sizeof(uint32_t));
	size_t i;

	ZEND_ASSERT(tsp_opt_meminfo_count <= sizeof(mem) / sizeof(mem[0]));
	memset(mem, 0, sizeof(mem));
	if (!tsp_opt_ask(sock, level, name, mem, &len, TSP_WARN_GETOPT)) {
		RETURN_FALSE;
	}
	array_init_size(return_value, (uint32_t) tsp_opt_meminfo_count);
	for (i = 0; i < tsp_opt_meminfo_count; i++) {
		add_assoc_long(return_value, tsp_opt_meminfo_names[i], mem[i]);
	}
}

/* IP_MULTICAST_IF: the kernel's IPv4 address back to an interface index. */
TSP_OPT_GETTER(tsp_opt_get_mcast_if4)
{
	struct in_addr in;
	socklen_t len = sizeof(in);
	tsp_opt_if_status st;
	unsigned idx = 0;
	int err = 0;

	memset(&in, 0, sizeof(in));
	if (!tsp_opt_ask(sock, level, name, &in, &len, TSP_WARN_GETOPT)) {
		RETURN_FALSE;
	}
	if ((st = tsp_opt_if_ipv4_to_index(sock->fd, &in, &idx, &err)) != TSP_OPT_IF_OK) {
		php_tsp_warn_if_lookup(st, 0, &in, err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) idx);
}

/* A structure of src/core/tsp_msg.h, as an array (ext/sockets' RFC 3542 wording on failure). */
TSP_OPT_GETTER(tsp_opt_get_struct)
{
	const tsp_struct *st = tsp_opt_struct(row);
	union {
		uint64_t align;
		unsigned char raw[256];
	} buf;
	socklen_t len;

	if (!st) {
		tsp_opt_get_int(sock, row, level, name, return_value);
		return;
	}
	ZEND_ASSERT(st->size <= sizeof(buf));
	len = (socklen_t) st->size;
	memset(&buf, 0, sizeof(buf));
	if (!tsp_opt_ask(sock, level, name, &buf, &len, TSP_WARN_GETOPT_STRUCT)) {
		RETURN_FALSE;
	}
	php_tsp_struct_to_zval(st, &buf, len, return_value);
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
			php_tsp_throw_ifindex_range();
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
		php_tsp_throw_mcast_key(key);
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


/* ---- setters: a PHP value to the kernel's bytes, one per kind -------------- */

#define TSP_OPT_SETTER(fn) static void fn(php_tsp_socket *sock, const tsp_opt_row *row, int level, int name, \
	zval *value, zval *return_value)
typedef void (*tsp_opt_setter)(php_tsp_socket *sock, const tsp_opt_row *row, int level, int name, zval *value,
	zval *return_value);

/* setsockopt() of the bytes a setter made: true, or false after the warning. */
static void tsp_opt_apply(php_tsp_socket *sock, int level, int name, const void *ptr, socklen_t len, zval *return_value)
{
	if (setsockopt(sock->fd, level, name, ptr, len) != 0) {
		php_tsp_fail(sock, TSP_WARN_SETOPT, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* A value a setter could not read: the exception stands, or false after the warning. */
static void tsp_opt_refused(zval *return_value)
{
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

/* An int-like value: an int, or a byte for the rows of size 1. */
static void tsp_opt_apply_sized(php_tsp_socket *sock, const tsp_opt_row *row, int level, int name, int v,
	zval *return_value)
{
	unsigned char b;

	if (row && row->size == 1) {
		b = (unsigned char) v;
		tsp_opt_apply(sock, level, name, &b, 1, return_value);
		return;
	}
	tsp_opt_apply(sock, level, name, &v, sizeof(v), return_value);
}

/* Options without a row, and the get-only ones: an int. */
TSP_OPT_SETTER(tsp_opt_set_int)
{
	int v = (int) zval_get_long(value);

	if (EG(exception)) {
		RETURN_THROWS();
	}
	tsp_opt_apply_sized(sock, row, level, name, v, return_value);
}

TSP_OPT_SETTER(tsp_opt_set_bool)
{
	tsp_opt_apply_sized(sock, row, level, name, zend_is_true(value), return_value);
}

TSP_OPT_SETTER(tsp_opt_set_ranged)
{
	zend_long v = zval_get_long(value);

	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (v < row->min || v > row->max) {
		php_tsp_throw_option_range(4, (int) row->min, (int) row->max);
		RETURN_THROWS();
	}
	tsp_opt_apply_sized(sock, row, level, name, (int) v, return_value);
}

/* PHP 8.5 checks the value cut to an int; before it, a plain int. */
TSP_OPT_SETTER(tsp_opt_set_u16)
{
	int v = (int) zval_get_long(value);

	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (TSP_RULE_OPTION_TYPES && (v < 0 || v > USHRT_MAX)) {
		php_tsp_throw_option_u16(4);
		RETURN_THROWS();
	}
	tsp_opt_apply_sized(sock, row, level, name, v, return_value);
}

/* PHP 8.4 wants an array (or an object) for the array-shaped options: false after the TypeError. */
static bool tsp_opt_array_ok(const tsp_opt_row *row, zval *value)
{
#if PHP_VERSION_ID >= 80400
	if (Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
		php_tsp_throw_option_array(4, row->label, value);
		return false;
	}
#endif
	return true;
}

/* struct linger and struct timeval from their two keys, read in ext/sockets' order. */
TSP_OPT_SETTER(tsp_opt_set_pair)
{
	union {
		struct linger lv;
		struct timeval tv;
	} v;
	bool linger = row->kind == TSP_OPT_LINGER;
	const char *k1 = linger ? tsp_key_onoff : tsp_key_sec, *k2 = linger ? tsp_key_linger : tsp_key_usec;
	size_t l1 = linger ? sizeof(tsp_key_onoff) - 1 : sizeof(tsp_key_sec) - 1;
	size_t l2 = linger ? sizeof(tsp_key_linger) - 1 : sizeof(tsp_key_usec) - 1;
	zend_long a, b;

	if (!tsp_opt_array_ok(row, value) || tsp_pair_from_zval(value, k1, l1, k2, l2, &a, &b) == FAILURE) {
		RETURN_THROWS();
	}
	memset(&v, 0, sizeof(v));
	if (!linger) {
		v.tv.tv_sec = (time_t) a;
		v.tv.tv_usec = (suseconds_t) b;
		tsp_opt_apply(sock, level, name, &v.tv, sizeof(v.tv), return_value);
		return;
	}
#if PHP_VERSION_ID >= 80400
	/* PHP 8.4 keeps both values within what struct linger held in PHP's hands */
	if (a < 0 || a > USHRT_MAX || b < 0 || b > USHRT_MAX) {
		php_tsp_throw_key_range(4, a < 0 || a > USHRT_MAX ? k1 : k2, USHRT_MAX);
		RETURN_THROWS();
	}
#endif
	v.lv.l_onoff = (unsigned short) a;
	v.lv.l_linger = (unsigned short) b;
	tsp_opt_apply(sock, level, name, &v.lv, sizeof(v.lv), return_value);
}

/* A name: a string's bytes; before PHP 8.5 anything else sends "". */
TSP_OPT_SETTER(tsp_opt_set_string)
{
	if (Z_TYPE_P(value) == IS_STRING) {
		tsp_opt_apply(sock, level, name, Z_STRVAL_P(value), (socklen_t) Z_STRLEN_P(value), return_value);
		return;
	}
	if (TSP_RULE_OPTION_TYPES) {
		php_tsp_throw_option_string(4, row->label, value);
		RETURN_THROWS();
	}
	tsp_opt_apply(sock, level, name, "", 0, return_value);
}

TSP_OPT_SETTER(tsp_opt_set_struct)
{
	const tsp_struct *st = tsp_opt_struct(row);
	union {
		uint64_t align;
		unsigned char raw[256];
	} buf;

	if (!st || php_tsp_struct_from_zval(sock, value, st, &buf, st->name) == FAILURE) {
		tsp_opt_refused(return_value);
		return;
	}
	tsp_opt_apply(sock, level, name, &buf, (socklen_t) st->size, return_value);
}

/* A multicast group request; PHP 8.5 wants an array or an object, and names
 * the leave option for joins and leaves alike. */
TSP_OPT_SETTER(tsp_opt_set_mcast)
{
	bool with_source = row->kind == TSP_OPT_MCAST_SRC;
	union {
		struct group_req gr;
		struct group_source_req gsr;
	} req;
	socklen_t len;

	if (TSP_RULE_OPTION_TYPES && Z_TYPE_P(value) != IS_ARRAY && Z_TYPE_P(value) != IS_OBJECT) {
		php_tsp_throw_option_array(4, with_source ? "MCAST_LEAVE_SOURCE_GROUP" : "MCAST_LEAVE_GROUP", value);
		RETURN_THROWS();
	}
	if (tsp_mcast_from_zval(sock, value, with_source, &req, &len) == FAILURE) {
		tsp_opt_refused(return_value);
		return;
	}
	tsp_opt_apply(sock, level, name, &req, len, return_value);
}

/* IP_MULTICAST_IF: an interface index (or name) to its IPv4 address. */
TSP_OPT_SETTER(tsp_opt_set_mcast_if4)
{
	struct in_addr in;
	tsp_opt_if_status st;
	unsigned idx;
	int err = 0;

	if (tsp_iface_from_zval(value, &idx) == FAILURE) {
		tsp_opt_refused(return_value);
		return;
	}
	memset(&in, 0, sizeof(in));
	if ((st = tsp_opt_if_index_to_ipv4(sock->fd, idx, &in, &err)) != TSP_OPT_IF_OK) {
		php_tsp_warn_if_lookup(st, idx, NULL, err);
		RETURN_FALSE;
	}
	tsp_opt_apply(sock, level, name, &in, sizeof(in), return_value);
}

TSP_OPT_SETTER(tsp_opt_set_ifindex)
{
	unsigned idx;
	int v;

	if (tsp_iface_from_zval(value, &idx) == FAILURE) {
		tsp_opt_refused(return_value);
		return;
	}
	v = (int) idx;
	tsp_opt_apply(sock, level, name, &v, sizeof(v), return_value);
}

#ifdef SO_ATTACH_REUSEPORT_CBPF
/* SKF_AD_CPU or SKF_AD_QUEUE attaches core's program; 0 takes it away again. */
TSP_OPT_SETTER(tsp_opt_set_cbpf)
{
	struct sock_filter code[TSP_OPT_CBPF_LEN];
	struct sock_fprog prog;
	zend_long what = zval_get_long(value);
	int one = 1;

	if (what == 0) {
		tsp_opt_apply(sock, level, SO_DETACH_BPF, &one, sizeof(one), return_value);
		return;
	}
	memset(&prog, 0, sizeof(prog));
	if ((prog.len = (unsigned short) tsp_opt_cbpf((long long) what, code)) == 0) {
		php_tsp_warn_cbpf();
		RETURN_FALSE;
	}
	prog.filter = code;
	tsp_opt_apply(sock, level, name, &prog, sizeof(prog), return_value);
}
#else
# define tsp_opt_set_cbpf tsp_opt_set_int /* no such option here: the kind has no row */
#endif

/* Each kind's getter and setter. The set-only kinds read back as ints, as
 * the kernel answers them, and the get-only one is set as an int. */
static const struct {
	tsp_opt_getter get;
	tsp_opt_setter set;
} tsp_opt_kinds[TSP_OPT_KIND_COUNT] = {
	[TSP_OPT_INT]        = { tsp_opt_get_int,        tsp_opt_set_int },
	[TSP_OPT_BOOL]       = { tsp_opt_get_int,        tsp_opt_set_bool },
	[TSP_OPT_RANGED]     = { tsp_opt_get_int,        tsp_opt_set_ranged },
	[TSP_OPT_LINGER]     = { tsp_opt_get_pair,       tsp_opt_set_pair },
	[TSP_OPT_TIMEVAL]    = { tsp_opt_get_pair,       tsp_opt_set_pair },
	[TSP_OPT_IFNAME]     = { tsp_opt_get_int,        tsp_opt_set_string },
	[TSP_OPT_CONGESTION] = { tsp_opt_get_congestion, tsp_opt_set_string },
	[TSP_OPT_MEMINFO]    = { tsp_opt_get_meminfo,    tsp_opt_set_int },
	[TSP_OPT_STRUCT]     = { tsp_opt_get_struct,     tsp_opt_set_struct },
	[TSP_OPT_MCAST]      = { tsp_opt_get_int,        tsp_opt_set_mcast },
	[TSP_OPT_MCAST_SRC]  = { tsp_opt_get_int,        tsp_opt_set_mcast },
	[TSP_OPT_MCAST_IF4]  = { tsp_opt_get_mcast_if4,  tsp_opt_set_mcast_if4 },
	[TSP_OPT_IFINDEX]    = { tsp_opt_get_int,        tsp_opt_set_ifindex },
	[TSP_OPT_CBPF]       = { tsp_opt_get_int,        tsp_opt_set_cbpf },
	[TSP_OPT_U16]        = { tsp_opt_get_int,        tsp_opt_set_u16 },
};

void php_tsp_getopt(php_tsp_socket *sock, zend_long level, zend_long name, zval *return_value)
{
	const tsp_opt_row *row = tsp_opt_row_of(level, name, false);

	tsp_opt_kinds[row ? row->kind : TSP_OPT_INT].get(sock, row, (int) level, (int) name, return_value);
}

void php_tsp_setopt(php_tsp_socket *sock, zend_long level, zend_long name, zval *value, zval *return_value)
{
	const tsp_opt_row *row = tsp_opt_row_of(level, name, true);

	tsp_opt_kinds[row ? row->kind : TSP_OPT_INT].set(sock, row, (int) level, (int) name, value, return_value);
}
