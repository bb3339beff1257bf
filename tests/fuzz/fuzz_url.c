/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_url.c src/core/tsp_num.c */
/* Arbitrary bytes as a stream_socket_server() target: tsp_url_split, then
 * tsp_url_xport on the transport, tsp_url_hostport and tsp_url_fd on the
 * rest, each checked against a reference written from core/tsp_url.h. */
#include "src/core/tsp_url.h"
#include "tests/fuzz/fuzz_common.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int in_range(const char *p, size_t n, const char *base, size_t len)
{
	return p >= base && (size_t) (p - base) <= len && n <= len - (size_t) (p - base);
}

static int xport_char(unsigned char c)
{
	return isalnum(c) || c == '+' || c == '-' || c == '.';
}

/* C's atoi on the whole text (it stops at the first NUL, as atoi does on
 * PHP's NUL-terminated string): glibc's atoi is (int) strtol(s, NULL, 10). */
static long ref_atoi(const char *s, size_t len)
{
	char *copy = malloc(len + 1);
	long v;
	CHECK(copy != NULL);
	memcpy(copy, s, len);
	copy[len] = '\0';
	v = (long) (int) strtol(copy, NULL, 10);
	free(copy);
	return v;
}

/* fd://N: digits only (strtoll would take white space and a sign), at
 * least one, within an int. */
static int ref_fd(const char *s, size_t len, int *fd)
{
	char *copy;
	long long v;
	size_t i;

	if (len == 0) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return -1;
		}
	}
	copy = malloc(len + 1);
	CHECK(copy != NULL);
	memcpy(copy, s, len);
	copy[len] = '\0';
	errno = 0;
	v = strtoll(copy, NULL, 10);
	free(copy);
	if (errno == ERANGE || v > INT_MAX) {
		return -1;
	}
	*fd = (int) v;
	return 0;
}

static void check_fd(const char *s, size_t len)
{
	int got = -4242, want = -1;
	int rg = tsp_url_fd(s, len, &got), rw = ref_fd(s, len, &want);
	CHECK(rg == rw);
	if (rg == 0) {
		CHECK(got == want && got >= 0);
	} else {
		CHECK(rg == -1 && got == -4242); /* untouched */
	}
}

static tsp_xport ref_xport(const char *name, size_t len)
{
	static const struct { const char *n; tsp_xport x; } names[] = {
		{ "tcp", TSP_XPORT_TCP }, { "udp", TSP_XPORT_UDP },
		{ "unix", TSP_XPORT_UNIX }, { "udg", TSP_XPORT_UDG },
		{ "fd", TSP_XPORT_FD },
	};
	size_t i;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strlen(names[i].n) == len && memcmp(names[i].n, name, len) == 0) {
			return names[i].x;
		}
	}
	return TSP_XPORT_OTHER;
}

static void check_hostport(const char *s, size_t len)
{
	const char *host = (const char *) 1;
	size_t host_len = (size_t) -1;
	long port = -424242;
	tsp_hostport_status st = tsp_url_hostport(s, len, &host, &host_len, &port);

	if (len > 1 && s[0] == '[') {
		/* "[v6]:port": the first ']' must be followed by ':' */
		size_t j;
		for (j = 1; j + 1 < len && s[j] != ']'; j++) {
		}
		if (j + 1 < len && s[j] == ']' && s[j + 1] == ':') {
			CHECK(st == TSP_HOSTPORT_OK);
			CHECK(host == s + 1);
			CHECK(host_len == j - 1);
			CHECK(port == ref_atoi(s + j + 2, len - j - 2));
		} else {
			CHECK(st == TSP_HOSTPORT_E_IPV6);
		}
	} else {
		/* "host:port": the first ':' before the last byte */
		const char *colon = len ? memchr(s, ':', len - 1) : NULL;
		if (colon) {
			size_t c = (size_t) (colon - s);
			CHECK(st == TSP_HOSTPORT_OK);
			CHECK(host == s);
			CHECK(host_len == c);
			CHECK(port == ref_atoi(s + c + 1, len - c - 1));
		} else {
			CHECK(st == TSP_HOSTPORT_E_ADDRESS);
		}
	}
	if (st == TSP_HOSTPORT_OK) {
		CHECK(in_range(host, host_len, s, len));
		CHECK(port >= -2147483647L - 1 && port <= 2147483647L);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exactly sized heap copy, so that ASan sees any read past the end */
	char *s = malloc(size ? size : 1);
	tsp_url u;
	size_t n = 0;

	CHECK(s != NULL);
	if (size) {
		memcpy(s, data, size);
	}
	memset(&u, 0xa5, sizeof(u));
	tsp_url_split(s, size, &u);

	while (n < size && xport_char((unsigned char) s[n])) {
		n++;
	}
	if (n > 1 && size - n >= 3 && memcmp(s + n, "://", 3) == 0) {
		CHECK(u.transport == s);
		CHECK(u.transport_len == n);
		CHECK(u.rest == s + n + 3);
		CHECK(u.rest_len == size - n - 3);
	} else {
		CHECK(u.transport_len == 3 && memcmp(u.transport, "tcp", 3) == 0);
		CHECK(u.rest == s);
		CHECK(u.rest_len == size);
	}
	CHECK(in_range(u.rest, u.rest_len, s, size));
	if (u.transport == s) {
		size_t i;
		CHECK(in_range(u.transport, u.transport_len, s, size));
		CHECK(u.transport_len >= 2);
		for (i = 0; i < u.transport_len; i++) {
			CHECK(xport_char((unsigned char) u.transport[i]));
		}
		CHECK(u.transport + u.transport_len + 3 == u.rest);
	}

	CHECK(tsp_url_xport(u.transport, u.transport_len) == ref_xport(u.transport, u.transport_len));
	CHECK(tsp_url_xport(s, size) == ref_xport(s, size));
	CHECK(u.xport == ref_xport(u.transport, u.transport_len));

	check_hostport(u.rest, u.rest_len);
	check_hostport(s, size);
	check_fd(u.rest, u.rest_len);

	free(s);
	return 0;
}
