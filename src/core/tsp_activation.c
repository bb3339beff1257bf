/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_activation.h"

#include <string.h>

/* Upper bound on inherited descriptors we believe. */
#define TSP_ACTIVATION_MAX 65536

static int tsp_parse_decimal(const char *s, long *out)
{
	long v = 0;
	if (!s || !*s) {
		return -1;
	}
	for (; *s; s++) {
		if (*s < '0' || *s > '9') {
			return -1;
		}
		if (v > (2147483647L - (*s - '0')) / 10) {
			return -1;
		}
		v = v * 10 + (*s - '0');
	}
	*out = v;
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
