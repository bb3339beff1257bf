/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_activation.h"
#include "tsp_num.h"

#include <limits.h>
#include <string.h>

/* Upper bound on inherited descriptors we believe. */
#define TSP_ACTIVATION_MAX 65536

/* A count or a pid: decimal digits only, within an int. */
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
	const char *p = names, *end;
	int i = 0;

	if (!names || index < 0) {
		return 0;
	}
	for (;;) {
		end = strchr(p, ':');
		if (i == index) {
			size_t n = end ? (size_t) (end - p) : strlen(p);
			if (n == 0) {
				return 0;
			}
			*start = p;
			*len = n;
			return 1;
		}
		if (!end) {
			return 0;
		}
		p = end + 1;
		i++;
	}
}
