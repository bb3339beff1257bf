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
		php_tsp_fail(sock, TSP_MSG_HOST_LOOKUP, rc);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result php_tsp_addr_from_string(php_tsp_socket *sock, int family,
	zend_string *host, zend_long port, uint32_t host_arg, tsp_addr *out)
{
	switch (family) {
		case AF_UNIX:
			/* socket_bind()/socket_connect() keep room for a NUL even for abstract names */
			if (ZSTR_LEN(host) > TSP_ADDR_UNIX_MAX || tsp_addr_unix(out, ZSTR_VAL(host), ZSTR_LEN(host)) != 0) {
				php_tsp_throw_path_too_long(host_arg, TSP_ADDR_UNIX_MAX + 1);
				return FAILURE;
			}
			return SUCCESS;
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
