/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* PHP address arguments to core addresses, with the warnings of a failed lookup. */
#include "tsp_binding.h"
#include "src/core/tsp_addr.h"

zend_result php_tsp_resolve_host(php_tsp_socket *sock, int family, const char *host, tsp_addr *out)
{
	int rc;

	if (family == AF_INET) {
		rc = tsp_addr_inet4(out, host, 0);
	} else {
		tsp_scope_status scope;
		const char *scope_name;
		rc = tsp_addr_inet6(out, host, 0, &scope, &scope_name);
		if (rc == 0 && scope == TSP_SCOPE_UNKNOWN_IF) {
			php_tsp_warn_no_interface(scope_name);
		}
	}
	if (rc == TSP_ADDR_E_WRONG_FAMILY) {
		php_tsp_warn_wrong_family(family);
		return FAILURE;
	}
	if (rc != 0) {
		php_tsp_fail(sock, TSP_WARN_HOST_LOOKUP, rc);
		return FAILURE;
	}
	return SUCCESS;
}

/* A unix address from a path argument. socket_bind() and socket_connect()
 * take its bytes as they are (a leading NUL makes an abstract name) and keep
 * room for a NUL even then; socket_sendto() (TSP_ADDR_ARG_CSTRING) reads a
 * C string, cut to what sun_path holds (before PHP 8.4 a longer one is cut,
 * not refused). */
static zend_result tsp_unix_from_string(zend_string *path, uint32_t arg, unsigned flags, tsp_addr *out)
{
	size_t len = ZSTR_LEN(path);

	if (flags & TSP_ADDR_ARG_CSTRING) {
		if (PHP_VERSION_ID < 80400 || len <= TSP_ADDR_UNIX_MAX) {
			tsp_addr_unix(out, ZSTR_VAL(path), strnlen(ZSTR_VAL(path), TSP_ADDR_UNIX_MAX));
			return SUCCESS;
		}
	} else if (len <= TSP_ADDR_UNIX_MAX && tsp_addr_unix(out, ZSTR_VAL(path), len) == 0) {
		return SUCCESS;
	}
	php_tsp_throw_path_too_long(arg, TSP_ADDR_UNIX_MAX + 1);
	return FAILURE;
}

zend_result php_tsp_addr_from_string(php_tsp_socket *sock, int family,
	zend_string *host, zend_long port, uint32_t host_arg, unsigned flags, tsp_addr *out)
{
	switch (family) {
		case AF_UNIX:
			return tsp_unix_from_string(host, host_arg, flags, out);
		case AF_INET:
		case AF_INET6:
			if (php_tsp_resolve_host(sock, family, ZSTR_VAL(host), out) == FAILURE) {
				return FAILURE;
			}
			/* ports wrap to 16 bits, as they always have in PHP */
			if (family == AF_INET) {
				out->u.in4.sin_port = htons((uint16_t) port);
			} else {
				out->u.in6.sin6_port = htons((uint16_t) port);
			}
			return SUCCESS;
		default:
			php_tsp_throw_family(1);
			return FAILURE;
	}
}
