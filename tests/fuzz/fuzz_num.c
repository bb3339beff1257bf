/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_num.c */
/* tsp_num_parse with any flags, any range and any bytes, against a reference
 * built on strtoll() as src/core/tsp_num.h describes the shapes. The input
 * is one byte of flags, one byte choosing the range, then the text. */
#include "src/core/tsp_num.h"
#include "tests/fuzz/fuzz_common.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const long long maxes[] = {
	0, 1, 9, 10, 99, 255, 65535, 2147483647LL, 4294967295LL, 9223372036854775806LL, LLONG_MAX,
};

static int ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The reference: the shape checked byte by byte, the value from strtoll()
 * on a NUL-terminated copy of the number's own bytes, then the range. */
static int ref_parse(const char *s, size_t len, unsigned flags, long long max, long long *out)
{
	size_t i = 0, start, end;
	long long lo = (flags & TSP_NUM_SIGN) ? -max - 1 : 0, v;
	int over;
	char *copy;

	if (flags & TSP_NUM_SPACE_BEFORE) {
		while (i < len && ws(s[i])) {
			i++;
		}
	}
	start = i;
	if ((flags & TSP_NUM_SIGN) && i < len && (s[i] == '+' || s[i] == '-')) {
		i++;
	}
	end = i;
	while (end < len && digit(s[end])) {
		end++;
	}
	if (!(flags & TSP_NUM_PREFIX)) {
		size_t j = end;
		if (end == i) {
			return TSP_NUM_E_SYNTAX;
		}
		if (flags & TSP_NUM_SPACE_AFTER) {
			while (j < len && ws(s[j])) {
				j++;
			}
		}
		if (j != len) {
			return TSP_NUM_E_SYNTAX;
		}
	}
	if (end == i) {
		*out = 0; /* a prefix without digits */
		return TSP_NUM_OK;
	}
	copy = malloc(end - start + 1);
	CHECK(copy != NULL);
	memcpy(copy, s + start, end - start);
	copy[end - start] = '\0';
	errno = 0;
	v = strtoll(copy, NULL, 10);
	over = errno == ERANGE;
	free(copy);
	if (over || v > max || v < lo) {
		if (!(flags & TSP_NUM_SATURATE)) {
			return TSP_NUM_E_RANGE;
		}
		v = i > start && s[start] == '-' ? lo : max;
	}
	*out = v;
	return TSP_NUM_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned flags;
	long long max, got = 0x5a5a5a5a, want = 0x5a5a5a5a;
	int rg, rw;
	char *s;

	if (size < 2) {
		return 0;
	}
	flags = data[0] & 0x1f;
	max = maxes[data[1] % (sizeof(maxes) / sizeof(maxes[0]))];
	data += 2;
	size -= 2;
	/* an exactly sized heap copy, so that ASan sees any read past the end */
	s = malloc(size ? size : 1);
	CHECK(s != NULL);
	if (size) {
		memcpy(s, data, size);
	}
	rg = tsp_num_parse(s, size, flags, max, &got);
	rw = ref_parse(s, size, flags, max, &want);
	CHECK(rg == rw);
	if (rg == TSP_NUM_OK) {
		CHECK(got == want);
		CHECK(got <= max && got >= ((flags & TSP_NUM_SIGN) ? -max - 1 : 0));
	} else {
		CHECK(rg == TSP_NUM_E_SYNTAX || rg == TSP_NUM_E_RANGE);
		CHECK(got == 0x5a5a5a5a); /* untouched */
	}
	free(s);
	return 0;
}
