/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The grammar of a decimal integer in text, as one re2c rule. tsp_num.c is
 * generated from this file: edit tsp_num.re, then run `make tsp-re2c`. */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_num.h"

#include <stddef.h>

/* The scanner reads the bytes [cur, lim), which need not end in a NUL and may
 * hold NUL bytes; a read at lim gives 0. No rule takes a NUL byte, so a NUL
 * and the end of the text both end the number. */
/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
	re2c:define:YYSKIP = "++cur;";
	re2c:define:YYBACKUP = "mar = cur;";
	re2c:define:YYRESTORE = "cur = mar;";
	re2c:define:YYSTAGP = "@@ = cur;";
	re2c:define:YYSTAGN = "@@ = NULL;";
	re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";
	re2c:yyfill:enable = 0;
	re2c:flags:bit-vectors = 1;
	re2c:tags = 1;
	re2c:indent:top = 1;
*/

/* The value of the digits [p, end) when it is at most limit; else returns 1. */
static int tsp_num_value(const unsigned char *p, const unsigned char *end, unsigned long long limit,
	unsigned long long *out)
{
	unsigned long long v = 0;

	for (; p < end; p++) {
		if (__builtin_mul_overflow(v, 10u, &v) || __builtin_add_overflow(v, (unsigned) (*p - '0'), &v) || v > limit) {
			return 1;
		}
	}
	*out = v;
	return 0;
}

int tsp_num_parse(const char *s, size_t len, unsigned flags, long long max, long long *out)
{
	const unsigned char *cur = (const unsigned char *) s, *lim = cur + len, *mar;
	const unsigned char *sign, *digits, *digits_end, *end;
	/*!stags:re2c format = "const unsigned char *@@;\n\t"; */
	unsigned long long v = 0, limit;
	int neg;

	/*!re2c
		// White space is what isspace(3) takes in the "C" locale, the set that
		// atoi(3) and strtol(3) skip and that PHP's numeric strings allow
		// around a number; digits and sign as in strtol(3) with base 10. The
		// flags say which parts a caller accepts: TSP_NUM_SPACE_BEFORE the
		// leading white space, TSP_NUM_SIGN the sign, TSP_NUM_SPACE_AFTER the
		// trailing white space, TSP_NUM_PREFIX anything after the number (and
		// no number at all, read as 0), as atoi(3) reads.
		ws = [ \t\n\v\f\r];
		ws* @sign [+-]? @digits [0-9]+ @digits_end ws* {
			end = (flags & TSP_NUM_SPACE_AFTER) ? cur : digits_end;
			if ((!(flags & TSP_NUM_SPACE_BEFORE) && sign != (const unsigned char *) s)
					|| (!(flags & TSP_NUM_SIGN) && digits != sign)) {
				goto none; /* the text starts with a part the caller does not take */
			}
			if (!(flags & TSP_NUM_PREFIX) && end != lim) {
				return TSP_NUM_E_SYNTAX;
			}
			goto number;
		}

		// no digits where a number starts
		* { goto none; }
	*/
none:
	if (!(flags & TSP_NUM_PREFIX)) {
		return TSP_NUM_E_SYNTAX;
	}
	*out = 0;
	return TSP_NUM_OK;

number:
	neg = digits != sign && *sign == '-';
	limit = (unsigned long long) max + (unsigned) neg;
	if (tsp_num_value(digits, digits_end, limit, &v) != 0) {
		if (!(flags & TSP_NUM_SATURATE)) {
			return TSP_NUM_E_RANGE;
		}
		v = limit;
	}
	/* -v without overflow, for v up to max + 1 */
	*out = neg && v ? -(long long) (v - 1) - 1 : (long long) v;
	return TSP_NUM_OK;
}
