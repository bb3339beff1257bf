/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_err.c */
/* The error table: tsp_err_message for any int into buffers of 0..300
 * bytes (exactly sized, so ASan sees an overrun), tsp_err_find against a
 * linear search, tsp_err_classify, tsp_err_from_h_errno for any int. */
#include "src/core/tsp_err.h"
#include "tests/fuzz/fuzz_common.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const tsp_err_row *ref_find(int code)
{
	size_t i;
	for (i = 0; i < tsp_err_row_count; i++) {
		if (tsp_err_rows[i].code == code) {
			return &tsp_err_rows[i];
		}
	}
	return NULL;
}

static void check_code(int code, size_t buflen)
{
	char full[TSP_ERR_MSG_MAX + 64];
	char *buf;
	const char *r;
	const tsp_err_row *row = tsp_err_find(code), *want = ref_find(code);
	tsp_err_class cls = tsp_err_classify(code);
	size_t full_len, len;

	/* find agrees with a linear search (the table is sorted, codes unique) */
	CHECK(row == want);
	if (row) {
		CHECK(row->code == code);
		CHECK(row->name != NULL && row->name[0] != '\0');
	}
	CHECK(cls == TSP_ERR_FATAL || cls == TSP_ERR_WOULDBLOCK || cls == TSP_ERR_TRANSIENT);
	if (row) {
		CHECK(cls == (tsp_err_class) row->cls);
	} else
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
	if (code != EWOULDBLOCK)
#endif
	{
		CHECK(cls == TSP_ERR_FATAL);
	}

	/* the message in a buffer the header calls large enough */
	memset(full, 'Z', sizeof(full));
	r = tsp_err_message(code, full, TSP_ERR_MSG_MAX);
	CHECK(r == full);
	full_len = strnlen(full, TSP_ERR_MSG_MAX);
	CHECK(full_len < TSP_ERR_MSG_MAX);
	CHECK(full_len > 0);
	CHECK(full[TSP_ERR_MSG_MAX] == 'Z'); /* nothing written past buflen */
	if (code < TSP_ERR_RESOLVER_BASE) {
		long long h = (long long) TSP_ERR_RESOLVER_BASE - code;
		if (h > 4) {
			CHECK(strcmp(full, "Unknown resolver error") == 0);
		}
	}

	/* the same in a buffer of buflen bytes: a terminated prefix of it */
	buf = malloc(buflen ? buflen : 1);
	CHECK(buf != NULL);
	memset(buf, 'Z', buflen ? buflen : 1);
	r = tsp_err_message(code, buf, buflen);
	CHECK(r == buf);
	if (buflen == 0) {
		CHECK(buf[0] == 'Z');
	} else {
		len = strnlen(buf, buflen);
		CHECK(len < buflen);
		CHECK(len == (full_len < buflen - 1 ? full_len : buflen - 1));
		CHECK(memcmp(buf, full, len) == 0);
	}
	free(buf);
}

static void check_h_errno(int h)
{
	long long want = (long long) TSP_ERR_RESOLVER_BASE - h;
	int code = tsp_err_from_h_errno(h);
	if (want < INT_MIN) {
		want = INT_MIN;
	}
	if (want > INT_MAX) {
		want = INT_MAX;
	}
	CHECK(code == want);
	if (h >= 1 && h <= 4) {
		/* the resolver rows: named, and with a resolver text */
		/* hstrerror()'s texts, which PHP has always shown */
		static const char *const texts[] = { NULL, "Unknown host", "Host name lookup failure",
			"Unknown server error", "No address associated with name" };
		char msg[TSP_ERR_MSG_MAX];
		const tsp_err_row *row = tsp_err_find(code);
		CHECK(row != NULL);
		CHECK(strncmp(row->name, "TSP_RESOLVER_", 13) == 0);
		tsp_err_message(code, msg, sizeof(msg));
		CHECK(strcmp(msg, texts[h]) == 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int32_t raw = 0;
	int code;
	size_t buflen;
	uint8_t sel;

	if (size < 6) {
		return 0;
	}
	memcpy(&raw, data, 4);
	buflen = (size_t) (data[4] | (data[5] << 8)) % 301;
	sel = size > 6 ? data[6] : 0;

	/* the raw int, and the same bits folded near the interesting ranges */
	code = (int) raw;
	check_code(code, buflen);
	check_h_errno(code);
	switch (sel % 4) {
		case 0: code = (int) ((uint32_t) raw % 300u); break;                          /* errno values */
		case 1: code = TSP_ERR_RESOLVER_BASE - (int) ((uint32_t) raw % 16u); break;     /* resolver codes */
		case 2: code = tsp_err_rows[(uint32_t) raw % tsp_err_row_count].code; break;   /* every row */
		default: code = (raw < 0 ? INT_MIN : INT_MAX) - (raw % 4); break;            /* the extremes */
	}
	check_code(code, buflen);
	check_h_errno(code);
	return 0;
}
