/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_addr.c src/core/tsp_err.c src/core/tsp_num.c */
/* Unix addresses: tsp_addr_unix_limit and tsp_addr_unix with arbitrary path
 * bytes and lengths (beyond sun_path too), then tsp_addr_format into buffers
 * of several sizes. A second mode formats raw tsp_addr bytes of any family
 * and length field, as an address from the kernel or a careless caller. */
#include "src/core/tsp_addr.h"
#include "tests/fuzz/fuzz_common.h"

#include <arpa/inet.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SUN_PATH_SIZE sizeof(((struct sockaddr_un *) 0)->sun_path)

static const size_t buf_sizes[] = { 0, 1, 2, 16, SUN_PATH_SIZE, SUN_PATH_SIZE + 1, TSP_ADDR_TEXT_MAX };

/* Formats addr into exactly sized heap buffers (so ASan sees any write past
 * the end) and checks each answer against the expected text. */
static void check_format(const tsp_addr *addr, const char *expect, int expect_rc, int is_inet,
	long expect_port)
{
	size_t k;
	for (k = 0; k < sizeof(buf_sizes) / sizeof(buf_sizes[0]); k++) {
		size_t bl = buf_sizes[k];
		char *buf = malloc(bl ? bl : 1);
		long port = -77;
		int rc;
		CHECK(buf != NULL);
		memset(buf, 'Z', bl ? bl : 1);
		rc = tsp_addr_format(addr, buf, bl, &port);
		if (bl == 0) {
			CHECK(rc == -1);
			CHECK(buf[0] == 'Z'); /* untouched */
			free(buf);
			continue;
		}
		CHECK(rc == expect_rc);
		if (rc == 0) {
			size_t len = strnlen(buf, bl), want = strlen(expect);
			CHECK(len < bl); /* NUL-terminated inside the buffer */
			if (is_inet) {
				/* inet_ntop either fits or gives "" */
				CHECK(len == 0 || (len == want && memcmp(buf, expect, len) == 0));
				if (want < bl) {
					CHECK(len == want);
				}
				CHECK(port == expect_port);
			} else {
				/* the path up to its first NUL, cut to the buffer */
				size_t cut = want < bl - 1 ? want : bl - 1;
				CHECK(len == cut);
				CHECK(memcmp(buf, expect, cut) == 0);
				CHECK(port == -77); /* untouched for AF_UNIX */
			}
		}
		free(buf);
	}
}

static void fuzz_path(const uint8_t *data, size_t size)
{
	/* exactly sized copy: a read past len is an ASan report */
	char *path = malloc(size ? size : 1);
	size_t limit, lens[3];
	size_t li;

	CHECK(path != NULL);
	if (size) {
		memcpy(path, data, size);
	}
	limit = tsp_addr_unix_limit(path, size);
	if (size > 0 && path[0] == '\0') {
		CHECK(limit == SUN_PATH_SIZE);
	} else {
		CHECK(limit == TSP_ADDR_UNIX_MAX);
		CHECK(limit == SUN_PATH_SIZE - 1);
	}

	/* the whole input, and two prefixes around the limit */
	lens[0] = size;
	lens[1] = size < limit ? size : limit;
	lens[2] = size < limit + 1 ? size : limit + 1;
	for (li = 0; li < 3; li++) {
		size_t len = lens[li];
		size_t lim = tsp_addr_unix_limit(path, len);
		tsp_addr a;
		int rc;

		memset(&a, 0x5a, sizeof(a));
		rc = tsp_addr_unix(&a, path, len);
		if (len > lim) {
			CHECK(rc == TSP_ADDR_E_PATH_TOO_LONG);
			continue;
		}
		CHECK(rc == 0);
		CHECK(a.u.un.sun_family == AF_UNIX);
		CHECK(a.len == offsetof(struct sockaddr_un, sun_path) + len);
		CHECK(a.len <= sizeof(struct sockaddr_un));
		CHECK(memcmp(a.u.un.sun_path, path, len) == 0);
		{
			/* what follows the name is zero, so a path is NUL-terminated */
			size_t i;
			for (i = len; i < SUN_PATH_SIZE; i++) {
				CHECK(a.u.un.sun_path[i] == '\0');
			}
		}
		{
			char expect[SUN_PATH_SIZE + 1];
			size_t n = strnlen(path, len);
			memcpy(expect, path, n);
			expect[n] = '\0';
			check_format(&a, expect, 0, 0, 0);
		}
	}
	free(path);
}

/* Raw bytes as a tsp_addr: family and length field from the input. */
static void fuzz_raw(const uint8_t *data, size_t size)
{
	tsp_addr a;
	uint32_t len = 0;
	uint8_t fam;

	if (size < 5) {
		return;
	}
	fam = data[0];
	memcpy(&len, data + 1, 4);
	data += 5;
	size -= 5;
	memset(&a, 0, sizeof(a));
	memcpy(&a.u, data, size < sizeof(a.u) ? size : sizeof(a.u));
	switch (fam % 4) {
		case 0: a.u.sa.sa_family = AF_UNIX; break;
		case 1: a.u.sa.sa_family = AF_INET; break;
		case 2: a.u.sa.sa_family = AF_INET6; break;
		default: break; /* whatever the bytes say */
	}
	a.len = (socklen_t) len;

	if (a.u.sa.sa_family == AF_UNIX) {
		size_t avail = a.len > offsetof(struct sockaddr_un, sun_path)
			? a.len - offsetof(struct sockaddr_un, sun_path) : 0;
		char expect[SUN_PATH_SIZE + 1];
		size_t n;
		if (avail > SUN_PATH_SIZE) {
			avail = SUN_PATH_SIZE;
		}
		n = strnlen(a.u.un.sun_path, avail);
		memcpy(expect, a.u.un.sun_path, n);
		expect[n] = '\0';
		check_format(&a, expect, 0, 0, 0);
	} else if (a.u.sa.sa_family == AF_INET) {
		char expect[INET6_ADDRSTRLEN];
		CHECK(inet_ntop(AF_INET, &a.u.in4.sin_addr, expect, sizeof(expect)) != NULL);
		check_format(&a, expect, 0, 1, ntohs(a.u.in4.sin_port));
	} else if (a.u.sa.sa_family == AF_INET6) {
		char expect[INET6_ADDRSTRLEN];
		CHECK(inet_ntop(AF_INET6, &a.u.in6.sin6_addr, expect, sizeof(expect)) != NULL);
		check_format(&a, expect, 0, 1, ntohs(a.u.in6.sin6_port));
	} else {
		check_format(&a, "", -1, 0, 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0) {
		fuzz_path(data, 0);
		return 0;
	}
	/* first byte: 'R' formats raw bytes, anything else is part of a path */
	if (data[0] == 'R') {
		fuzz_raw(data + 1, size - 1);
	} else {
		fuzz_path(data, size);
		fuzz_path(data + 1, size - 1);
	}
	return 0;
}
