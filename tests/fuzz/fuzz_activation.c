/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_activation.c src/core/tsp_num.c */
/* The socket-activation variables (src/core/tsp_activation.h) with any
 * bytes, against a reference written from sd_listen_fds(3) as the header
 * states it. The input: one byte for the process's own pid (0-255), one
 * byte for the name index asked (-1 to 254), then LISTEN_PID, LISTEN_FDS
 * and LISTEN_FDNAMES, separated by 0xff bytes (a NUL in one ends it, as in
 * the environment). */
#include "src/core/tsp_activation.h"
#include "tests/fuzz/fuzz_common.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Decimal digits only, at least one, at most INT_MAX: the value, else -1. */
static long long ref_decimal(const char *s)
{
	long long v = 0;
	size_t i, n = strlen(s);

	if (n == 0) {
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return -1;
		}
		v = v * 10 + (s[i] - '0');
		if (v > INT_MAX) {
			return -1;
		}
	}
	return v;
}

static int ref_count(const char *pid, const char *fds, long self)
{
	long long p = ref_decimal(pid), n;

	if (p < 0) {
		return -1;
	}
	if (p != self) {
		return 0;
	}
	n = ref_decimal(fds);
	return n < 0 || n > 65536 ? -1 : (int) n;
}

/* The index-th ':'-separated field of names, when it is not empty. */
static int ref_name(const char *names, int index, const char **start, size_t *len)
{
	const char *p = names, *end;
	int i;

	if (index < 0) {
		return 0;
	}
	for (i = 0; i < index; i++) {
		p = strchr(p, ':');
		if (!p) {
			return 0;
		}
		p++;
	}
	end = strchr(p, ':');
	if (!end) {
		end = p + strlen(p);
	}
	if (end == p) {
		return 0;
	}
	*start = p;
	*len = (size_t) (end - p);
	return 1;
}

/* The next field of [*p, lim) up to a 0xff byte, as a C string (malloc'd). */
static char *field(const uint8_t **p, const uint8_t *lim)
{
	const uint8_t *s = *p, *e = s;
	char *out;

	while (e < lim && *e != 0xff) {
		e++;
	}
	out = malloc((size_t) (e - s) + 1);
	CHECK(out != NULL);
	memcpy(out, s, (size_t) (e - s));
	out[e - s] = '\0';
	*p = e < lim ? e + 1 : e;
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data + 2, *lim = data + size;
	char *pid, *fds, *names;
	const char *gs = NULL, *ws = NULL;
	size_t gl = 0, wl = 0;
	long self;
	int index, rg, rw;

	if (size < 2) {
		return 0;
	}
	self = data[0];
	index = (int) data[1] - 1;
	pid = field(&p, lim);
	fds = field(&p, lim);
	names = field(&p, lim);

	CHECK(tsp_activation_count(pid, fds, self) == ref_count(pid, fds, self));
	CHECK(tsp_activation_count(NULL, fds, self) == 0);
	CHECK(tsp_activation_count(pid, NULL, self) == 0);

	rg = tsp_activation_name(names, index, &gs, &gl);
	rw = ref_name(names, index, &ws, &wl);
	CHECK(rg == rw);
	if (rg) {
		CHECK(gs == ws && gl == wl);
	}
	CHECK(tsp_activation_name(NULL, index, &gs, &gl) == 0);

	free(pid);
	free(fds);
	free(names);
	return 0;
}
