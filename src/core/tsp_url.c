/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_url.h"
#include "tsp_num.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

void tsp_url_split(const char *s, size_t len, tsp_url *out)
{
	size_t n = 0;

	while (n < len && (isalnum((unsigned char) s[n]) || s[n] == '+' || s[n] == '-' || s[n] == '.')) {
		n++;
	}
	if (n > 1 && len - n >= 3 && memcmp(s + n, "://", 3) == 0) {
		out->transport = s;
		out->transport_len = n;
		out->rest = s + n + 3;
		out->rest_len = len - n - 3;
	} else {
		out->transport = "tcp";
		out->transport_len = 3;
		out->rest = s;
		out->rest_len = len;
	}
}

tsp_xport tsp_url_xport(const char *name, size_t len)
{
	if (len == 3 && memcmp(name, "tcp", 3) == 0) {
		return TSP_XPORT_TCP;
	}
	if (len == 3 && memcmp(name, "udp", 3) == 0) {
		return TSP_XPORT_UDP;
	}
	if (len == 4 && memcmp(name, "unix", 4) == 0) {
		return TSP_XPORT_UNIX;
	}
	if (len == 3 && memcmp(name, "udg", 3) == 0) {
		return TSP_XPORT_UDG;
	}
	if (len == 2 && memcmp(name, "fd", 2) == 0) {
		return TSP_XPORT_FD;
	}
	return TSP_XPORT_OTHER;
}

/* atoi() of a text that need not end in a NUL, all of it read as the C
 * library reads it: white space, a sign, digits; strtol()'s saturation on
 * overflow, then the cast to int. */
static long tsp_atoi(const char *s, size_t len)
{
	long long v = 0;
	tsp_num_parse(s, len, TSP_NUM_SPACE_BEFORE | TSP_NUM_SIGN | TSP_NUM_PREFIX | TSP_NUM_SATURATE, LONG_MAX, &v);
	return (long) (int) v;
}

tsp_hostport_status tsp_url_hostport(const char *s, size_t len,
	const char **host, size_t *host_len, long *port)
{
	const char *colon;

	if (len > 1 && s[0] == '[') {
		const char *close = memchr(s + 1, ']', len - 2);
		if (!close || close[1] != ':') {
			return TSP_HOSTPORT_E_IPV6;
		}
		*host = s + 1;
		*host_len = (size_t) (close - s - 1);
		*port = tsp_atoi(close + 2, len - (size_t) (close + 2 - s));
		return TSP_HOSTPORT_OK;
	}
	colon = len ? memchr(s, ':', len - 1) : NULL;
	if (!colon) {
		return TSP_HOSTPORT_E_ADDRESS;
	}
	*host = s;
	*host_len = (size_t) (colon - s);
	*port = tsp_atoi(colon + 1, len - (size_t) (colon + 1 - s));
	return TSP_HOSTPORT_OK;
}

int tsp_url_fd(const char *s, size_t len, int *fd)
{
	long long v;
	if (tsp_num_parse(s, len, 0, INT_MAX, &v) != TSP_NUM_OK) {
		return -1;
	}
	*fd = (int) v;
	return 0;
}
