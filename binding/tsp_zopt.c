/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket option values between PHP and the kernel, driven by core's option table. */
#include "tsp_binding.h"
#include "core/tsp_opt.h"

#include <sys/socket.h>
#include <sys/time.h>

static const char tsp_key_onoff[] = "l_onoff";
static const char tsp_key_linger[] = "l_linger";
static const char tsp_key_sec[] = "sec";
static const char tsp_key_usec[] = "usec";

void php_tsp_getopt(php_tsp_socket *sock, int level, int name, zval *return_value)
{
	union {
		struct linger lv;
		struct timeval tv;
		int iv;
		char name[TSP_OPT_CONGESTION_MAX];
		uint32_t mem[32];
	} val;
	socklen_t len;
	tsp_opt_kind kind = tsp_opt_kind_of(level, name);

	memset(&val, 0, sizeof(val));
	switch (kind) {
		case TSP_OPT_LINGER:     len = sizeof(val.lv); break;
		case TSP_OPT_TIMEVAL:    len = sizeof(val.tv); break;
		case TSP_OPT_CONGESTION: len = sizeof(val.name); break;
		case TSP_OPT_MEMINFO:    len = (socklen_t) (tsp_opt_meminfo_count * sizeof(uint32_t)); break;
		default:                 len = sizeof(val.iv); break;
	}
	if (getsockopt(sock->fd, level, name, &val, &len) != 0) {
		php_tsp_fail(sock, TSP_MSG_GETOPT, errno);
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
		default:
			if (len == 1) {
				RETURN_LONG(*(unsigned char *) &val);
			}
			RETURN_LONG(val.iv);
	}
}

/* Reads two keys of an array-shaped option value as ints. value is converted
 * the way a by-value array parameter would be, without touching the caller's. */
static zend_result tsp_pair_from_zval(zval *value, const char *k1, size_t l1,
	const char *k2, size_t l2, zend_long *v1, zend_long *v2)
{
	zval arr, *z1, *z2;
	zend_result rc = FAILURE;

	ZVAL_COPY(&arr, value);
	convert_to_array(&arr);
	if ((z1 = zend_hash_str_find(Z_ARRVAL(arr), k1, l1)) == NULL) {
		php_tsp_throw_missing_key(4, k1);
	} else if ((z2 = zend_hash_str_find(Z_ARRVAL(arr), k2, l2)) == NULL) {
		php_tsp_throw_missing_key(4, k2);
	} else {
		*v1 = zval_get_long(z1);
		*v2 = zval_get_long(z2);
		rc = EG(exception) ? FAILURE : SUCCESS;
	}
	zval_ptr_dtor(&arr);
	return rc;
}

void php_tsp_setopt(php_tsp_socket *sock, int level, int name, zval *value, zval *return_value)
{
	union {
		struct linger lv;
		struct timeval tv;
		int iv;
	} val;
	const void *ptr = &val;
	socklen_t len;
	zend_long a, b;

	memset(&val, 0, sizeof(val));
	switch (tsp_opt_kind_of(level, name)) {
		case TSP_OPT_LINGER:
			if (tsp_pair_from_zval(value, tsp_key_onoff, sizeof(tsp_key_onoff) - 1,
					tsp_key_linger, sizeof(tsp_key_linger) - 1, &a, &b) == FAILURE) {
				RETURN_THROWS();
			}
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
		default:
			val.iv = (int) zval_get_long(value);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			len = sizeof(val.iv);
			break;
	}
	if (setsockopt(sock->fd, level, name, ptr, len) != 0) {
		php_tsp_fail(sock, TSP_MSG_SETOPT, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
