/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket activation's environment variables, with their grammar as re2c
 * rules. tsp_activation.c is generated from this file: edit
 * tsp_activation.re, then run `make tsp-re2c`. */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_activation.h"
#include "tsp_num.h"

#include <limits.h>
#include <stddef.h>
#include <string.h>

/* The scanner reads a C string from cur: its NUL ends it. */
/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "*cur";
	re2c:define:YYSKIP = "++cur;";
	re2c:yyfill:enable = 0;
	re2c:indent:top = 1;
*/

/* Upper bound on inherited descriptors we believe. */
#define TSP_ACTIVATION_MAX 65536

/* A count or a pid: decimal digits only, within an int. sd_listen_fds(3) has
 * both variables hold a decimal number; this reader takes its plain digits
 * (tsp_num.re's shape without flags), no sign and no white space. */
static int tsp_parse_decimal(const char *s, long *out)
{
	long long v;

	if (tsp_num_parse(s, strlen(s), 0, INT_MAX, &v) != TSP_NUM_OK) {
		return -1;
	}
	*out = (long) v;
	return 0;
}

int tsp_activation_count(const char *listen_pid, const char *listen_fds, long self)
{
	long pid, n;

	if (!listen_pid || !listen_fds) {
		return 0;
	}
	if (tsp_parse_decimal(listen_pid, &pid) != 0) {
		return -1;
	}
	if (pid != self) {
		return 0;
	}
	if (tsp_parse_decimal(listen_fds, &n) != 0 || n > TSP_ACTIVATION_MAX) {
		return -1;
	}
	return (int) n;
}

int tsp_activation_name(const char *names, int index, const char **start, size_t *len)
{
	const unsigned char *cur = (const unsigned char *) names, *name;
	int i = 0;

	if (!names || index < 0) {
		return 0;
	}
next:
	name = cur;
	/*!re2c
		// sd_listen_fds_with_names(3): LISTEN_FDNAMES holds one name per
		// descriptor, in their order, separated by ':'; an empty one is no name
		[^:\x00]* ":" {
			if (i++ < index) {
				goto next;
			}
			goto found;
		}

		// the last name ends with the text
		[^:\x00]* "\x00" {
			if (i != index) {
				return 0;
			}
			goto found;
		}
	*/
found:
	/* the name is what precedes the ':' or the NUL */
	if (cur - 1 == name) {
		return 0;
	}
	*start = (const char *) name;
	*len = (size_t) (cur - 1 - name);
	return 1;
}
