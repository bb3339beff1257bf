/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Decimal integers in text: the one parser behind every number tsp_sockets
 * reads from a string (LISTEN_PID and LISTEN_FDS, the N of fd://N, the port
 * after "host:", the numeric scope of an IPv6 address). Each caller names
 * the shape it accepts with flags. Plain C, no PHP, no allocation. */
#ifndef TSP_NUM_H
#define TSP_NUM_H

#include <stddef.h>

/* What the text may hold besides decimal digits. Without flags it is digits
 * only, at least one. White space is " \t\n\v\f\r". */
#define TSP_NUM_SPACE_BEFORE 0x01u /* white space before the number */
#define TSP_NUM_SIGN         0x02u /* one '+' or '-' before the digits */
#define TSP_NUM_SPACE_AFTER  0x04u /* white space after the digits */
#define TSP_NUM_PREFIX       0x08u /* the number is the text's leading part, as C's atoi()
                                      reads it: anything may follow, and a text without
                                      digits reads as 0 */
#define TSP_NUM_SATURATE     0x10u /* a number beyond the range reads as its nearest end,
                                      as strtol() answers, instead of TSP_NUM_E_RANGE */

/* What tsp_num_parse() answers. */
#define TSP_NUM_OK       0
#define TSP_NUM_E_SYNTAX 1 /* not a number of the shape the flags allow */
#define TSP_NUM_E_RANGE  2 /* a number of that shape, outside the range */

/* Reads the len bytes at s (no NUL needed; a NUL byte is neither a digit nor
 * white space) as a decimal integer within [-max - 1, max], or within
 * [0, max] without TSP_NUM_SIGN (a "-0" reads as 0). max must be 0 or more.
 * Returns TSP_NUM_OK with the number in *out, or an error code with *out
 * untouched. */
int tsp_num_parse(const char *s, size_t len, unsigned flags, long long max, long long *out);

#endif
