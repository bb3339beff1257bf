/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_num.h"

static int tsp_num_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

int tsp_num_parse(const char *s, size_t len, unsigned flags, long long max, long long *out)
{
	size_t i = 0, digits = 0;
	unsigned long long v = 0, limit;
	int neg = 0, over = 0;

	if (flags & TSP_NUM_SPACE_BEFORE) {
		while (i < len && tsp_num_space(s[i])) {
			i++;
		}
	}
	if ((flags & TSP_NUM_SIGN) && i < len && (s[i] == '+' || s[i] == '-')) {
		neg = s[i] == '-';
		i++;
	}
	limit = (unsigned long long) max + (neg ? 1u : 0u);
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
		unsigned d = (unsigned) (s[i] - '0');
		if (over || limit < d || v > (limit - d) / 10) {
			over = 1; /* the rest of the digits still belong to the number */
			continue;
		}
		v = v * 10 + d;
	}
	if (flags & TSP_NUM_SPACE_AFTER) {
		while (i < len && tsp_num_space(s[i])) {
			i++;
		}
	}
	if (!(flags & TSP_NUM_PREFIX) && (digits == 0 || i != len)) {
		return TSP_NUM_E_SYNTAX;
	}
	if (over) {
		if (!(flags & TSP_NUM_SATURATE)) {
			return TSP_NUM_E_RANGE;
		}
		v = limit;
	}
	/* -v without overflow, for v up to max + 1 */
	*out = neg && v ? -(long long) (v - 1) - 1 : (long long) v;
	return TSP_NUM_OK;
}
