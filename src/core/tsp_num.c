/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_num.h"

/* ' ' and '\t' to '\r' */
#define TSP_NUM_IS_SPACE(c) ((c) == ' ' || (unsigned char) ((c) - '\t') <= '\r' - '\t')
#define TSP_NUM_IS_DIGIT(c) ((unsigned char) ((c) - '0') <= 9)

int tsp_num_parse(const char *s, size_t len, unsigned flags, long long max, long long *out)
{
	const char *p = s, *end = s + len, *digits, *digits_end;
	unsigned long long v = 0, limit, next;
	int neg = 0, over = 0;

	if (flags & TSP_NUM_SPACE_BEFORE) {
		while (p < end && TSP_NUM_IS_SPACE(*p)) {
			p++;
		}
	}
	if ((flags & TSP_NUM_SIGN) && p < end && (*p == '+' || *p == '-')) {
		neg = *p++ == '-';
	}
	limit = (unsigned long long) max + (unsigned) neg;
	for (digits = p; p < end && TSP_NUM_IS_DIGIT(*p); p++) {
		/* the rest of the digits still belong to a number past the limit */
		if (!over && (__builtin_mul_overflow(v, 10u, &next) || __builtin_add_overflow(next, (unsigned) (*p - '0'), &next)
				|| next > limit)) {
			over = 1;
		}
		v = next;
	}
	digits_end = p;
	if (flags & TSP_NUM_SPACE_AFTER) {
		while (p < end && TSP_NUM_IS_SPACE(*p)) {
			p++;
		}
	}
	if (!(flags & TSP_NUM_PREFIX) && (digits_end == digits || p != end)) {
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
