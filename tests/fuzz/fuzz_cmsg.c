/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_msg.c */
/* The sendmsg()/recvmsg() tables: tsp_cmsg_find with any (level, type),
 * tsp_cmsg_space with any (n, max) against an exact 128-bit reference and
 * for monotonicity in n, and tsp_msg_sockaddr with any family.
 * The control buffer: a sequence of messages built by tsp_cmsg_append into a
 * buffer grown to exactly the room asked for (so AddressSanitizer sees any
 * write past it), every data byte written, then read back by tsp_cmsg_next
 * and the C library's CMSG_* macros; and tsp_cmsg_next over any bytes, every
 * data byte it hands out read. */
#include "src/core/tsp_msg.h"
#include "tests/fuzz/fuzz_common.h"

#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

typedef unsigned __int128 u128;

static u128 align128(u128 v)
{
	return (v + sizeof(size_t) - 1) & ~(u128) (sizeof(size_t) - 1);
}

/* CMSG_SPACE(size + n * var_el_size) without any overflow, or 0 past max */
static size_t ref_space(const tsp_cmsg_type *t, size_t n, size_t max)
{
	u128 data = (u128) t->size + (t->var_el_size ? (u128) n * t->var_el_size : 0);
	u128 space = align128(data) + align128(sizeof(struct cmsghdr));
	return space <= max ? (size_t) space : 0;
}

static const tsp_cmsg_type *ref_find(int level, int type)
{
	size_t i;
	for (i = 0; i < tsp_cmsg_type_count; i++) {
		if (tsp_cmsg_types[i].level == level && tsp_cmsg_types[i].type == type) {
			return &tsp_cmsg_types[i];
		}
	}
	return NULL;
}

static void check_struct(const tsp_struct *st)
{
	const tsp_field *f;
	CHECK(st->name != NULL && st->fields != NULL);
	for (f = st->fields; f->key; f++) {
		CHECK(f->offset < st->size);
		CHECK(f->kind >= TSP_F_INT && f->kind <= TSP_F_IFINDEX);
	}
}

static size_t take(const uint8_t **d, size_t *n, size_t k)
{
	size_t v = 0;
	if (k > sizeof(v)) {
		k = sizeof(v);
	}
	if (*n < k) {
		k = *n;
	}
	memcpy(&v, *d, k);
	*d += k;
	*n -= k;
	return v;
}

static size_t shape(size_t raw, uint8_t how)
{
	/* small values hit the edges far more often than 64-bit ones */
	switch (how % 4) {
		case 0: return raw;
		case 1: return raw % 512;
		case 2: return SIZE_MAX - raw % 512;
		default: return raw % (TSP_MSG_BUFFER_MAX + 64);
	}
}


/* Up to 16 messages, each a row of the table (or any level/type) with a small
 * element count, built one at a time the way the binding does. */
static void fuzz_build(const uint8_t *d, size_t n)
{
	struct { int level, type; size_t dlen; } want[16];
	unsigned char *buf = NULL;
	size_t off = 0, k = 0, i, walk;
	struct msghdr mh;
	struct cmsghdr *cm;
	tsp_cmsg_view v;

	while (n >= 2 && k < 16) {
		const tsp_cmsg_type *t = &tsp_cmsg_types[d[0] % tsp_cmsg_type_count];
		size_t count = d[1] % 64, dlen, space;
		unsigned char *data, *nb;
		d += 2;
		n -= 2;
		CHECK(tsp_cmsg_size(t, count, (size_t) -1, &dlen, &space) == 1);
		CHECK(space == CMSG_SPACE(dlen) && dlen == t->size + (t->var_el_size ? count * t->var_el_size : 0));
		/* exactly the room needed: a byte less is refused */
		nb = realloc(buf, off + space);
		CHECK(nb != NULL);
		buf = nb;
		{
			size_t o = off;
			CHECK(tsp_cmsg_append(buf, off + space - 1, &o, t->level, t->type, dlen) == NULL && o == off);
		}
		data = tsp_cmsg_append(buf, off + space, &off, t->level, t->type, dlen);
		CHECK(data != NULL && data > buf && (size_t) (data - buf) + dlen <= off);
		memset(data, 0x5A, dlen);
		want[k].level = t->level;
		want[k].type = t->type;
		want[k].dlen = dlen;
		k++;
	}
	/* ours */
	walk = 0;
	for (i = 0; i < k; i++) {
		CHECK(tsp_cmsg_next(buf, off, &walk, &v) == 1);
		CHECK(v.level == want[i].level && v.type == want[i].type && v.len == want[i].dlen);
		CHECK(v.len == 0 || (v.data[0] == 0x5A && v.data[v.len - 1] == 0x5A));
	}
	CHECK(walk == off && tsp_cmsg_next(buf, off, &walk, &v) == 0);
	/* the C library's */
	memset(&mh, 0, sizeof(mh));
	mh.msg_control = buf;
	mh.msg_controllen = off;
	for (i = 0, cm = CMSG_FIRSTHDR(&mh); cm; cm = CMSG_NXTHDR(&mh, cm), i++) {
		CHECK(i < k);
		CHECK(cm->cmsg_level == want[i].level && cm->cmsg_type == want[i].type && cm->cmsg_len == CMSG_LEN(want[i].dlen));
	}
	CHECK(i == k);
	free(buf);
}

/* Any bytes as a received control buffer, of exactly their size. */
static void fuzz_walk(const uint8_t *d, size_t n)
{
	unsigned char *buf = malloc(n ? n : 1);
	size_t off = 0, prev, steps = 0;
	unsigned sum = 0;
	tsp_cmsg_view v;

	CHECK(buf != NULL);
	memcpy(buf, d, n);
	for (;;) {
		size_t i;
		prev = off;
		if (!tsp_cmsg_next(buf, n, &off, &v)) {
			break;
		}
		CHECK(off > prev && off <= n);
		CHECK(v.data >= buf + prev && v.data + v.len <= buf + n);
		for (i = 0; i < v.len; i++) {
			sum += v.data[i];
		}
		CHECK(++steps <= n);
	}
	CHECK(off == prev);
	(void) sum;
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const tsp_cmsg_type *t;
	int level, type;
	size_t n1, n2, max, s1, s2;
	uint8_t sel;

	if (size < 1) {
		return 0;
	}
	fuzz_walk(data, size);
	fuzz_build(data + 1, size - 1);
	sel = data[0];
	data++;
	size--;
	level = (int) take(&data, &size, 4);
	type = (int) take(&data, &size, 4);
	n1 = take(&data, &size, 8);
	n2 = take(&data, &size, 8);
	max = take(&data, &size, 8);

	/* any (level, type) */
	t = tsp_cmsg_find(level, type);
	CHECK(t == ref_find(level, type));
	/* or a row of the table */
	if ((sel & 1) && tsp_cmsg_type_count) {
		size_t i = (size_t) (unsigned) level % tsp_cmsg_type_count;
		t = tsp_cmsg_find(tsp_cmsg_types[i].level, tsp_cmsg_types[i].type);
		CHECK(t == &tsp_cmsg_types[i]);
	}
	if (t) {
		CHECK(t->name != NULL);
		CHECK(t->data >= TSP_CMSG_STRUCT && t->data <= TSP_CMSG_FDS);
		if (t->data == TSP_CMSG_STRUCT) {
			CHECK(t->layout != NULL && t->layout->size == t->size);
			check_struct(t->layout);
		}
		if (t->data == TSP_CMSG_INT) {
			CHECK(t->size == sizeof(int) && t->var_el_size == 0);
		}
		if (t->data == TSP_CMSG_FDS) {
			CHECK(t->var_el_size == sizeof(int));
		}

		n1 = shape(n1, sel >> 1);
		n2 = shape(n2, sel >> 3);
		max = shape(max, sel >> 5);
		if (n1 > n2) {
			size_t x = n1;
			n1 = n2;
			n2 = x;
		}
		s1 = tsp_cmsg_space(t, n1, max);
		s2 = tsp_cmsg_space(t, n2, max);
		CHECK(s1 == ref_space(t, n1, max));
		CHECK(s2 == ref_space(t, n2, max));
		CHECK(s1 == 0 || (s1 >= CMSG_SPACE(0) && s1 <= max));
		CHECK(s2 == 0 || (s2 >= CMSG_SPACE(0) && s2 <= max));
		if (s1) {
			CHECK(s1 >= CMSG_LEN(t->size));
		}
		if (t->var_el_size) {
			/* more elements never take less room, nor fit where fewer did not */
			if (s2) {
				CHECK(s1 != 0 && s1 <= s2);
			}
		} else {
			CHECK(s1 == s2);
		}
		/* a larger max never turns a fit into a refusal */
		if (s1 && max < SIZE_MAX) {
			CHECK(tsp_cmsg_space(t, n1, max + 1) == s1);
		}
	}

	/* sockaddr structures for any family */
	{
		const tsp_struct *st = tsp_msg_sockaddr(level);
		switch (level) {
			case AF_INET:
				CHECK(st == &tsp_struct_sockaddr_in && st->size == sizeof(struct sockaddr_in));
				break;
			case AF_INET6:
				CHECK(st == &tsp_struct_sockaddr_in6 && st->size == sizeof(struct sockaddr_in6));
				break;
			case AF_UNIX:
				CHECK(st == &tsp_struct_sockaddr_un && st->size == sizeof(struct sockaddr_un));
				break;
			default:
				CHECK(st == NULL);
		}
		if (st) {
			check_struct(st);
		}
	}
	return 0;
}
