/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* fuzz-sources: src/core/tsp_addr.c src/core/tsp_err.c src/core/tsp_num.c */
/* IPv4/IPv6 parsing: tsp_addr_inet4 and tsp_addr_inet6 with numeric-looking
 * hosts, tsp_addr_format of what they give and the round trip back (the
 * number parser itself has a harness of its own, fuzz_num.c).
 *
 * The resolver is kept off the network: this file defines gethostbyname_r
 * and getaddrinfo, which take the place of the C library's (and of the
 * sanitizer's weak interceptors) for the core code linked in. They answer
 * numeric hosts as the C library does (getaddrinfo is the real one with
 * AI_NUMERICHOST) and fail anything else with an h_errno the input picks,
 * so a name never reaches DNS or /etc/hosts and the fuzzer stays fast and
 * deterministic. */
#define _GNU_SOURCE 1
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "tests/fuzz/fuzz_common.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HOST_MAX 64

/* ---- resolver stand-ins ---- */

static int stub_h_errno;        /* what a failed lookup leaves in h_errno */
static int stub_erange;         /* gethostbyname_r: ERANGE for a small buffer first */
static int stub_failed;         /* the last lookup failed */
static unsigned stub_calls;

int gethostbyname_r(const char *name, struct hostent *ret, char *buf, size_t buflen,
	struct hostent **result, int *h_errnop)
{
	struct in_addr a;
	struct { struct in_addr addr; char *list[2]; char *aliases[1]; } *space;

	stub_calls++;
	*result = NULL;
	stub_failed = 0;
	if (stub_erange && buflen < 4096) {
		return ERANGE;
	}
	if (inet_aton(name, &a) == 0) {
		stub_failed = 1;
		*h_errnop = stub_h_errno;
		h_errno = stub_h_errno;
		return ENOENT;
	}
	if (buflen < sizeof(*space) + 8) {
		return ERANGE;
	}
	space = (void *) (((uintptr_t) buf + 7) & ~(uintptr_t) 7);
	space->addr = a;
	space->list[0] = (char *) &space->addr;
	space->list[1] = NULL;
	space->aliases[0] = NULL;
	ret->h_name = (char *) name;
	ret->h_aliases = space->aliases;
	ret->h_addrtype = AF_INET;
	ret->h_length = sizeof(a);
	ret->h_addr_list = space->list;
	*result = ret;
	return 0;
}

typedef int (*gai_fn)(const char *, const char *, const struct addrinfo *, struct addrinfo **);

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
	struct addrinfo **res)
{
	static gai_fn real;
	struct addrinfo h;
	int rc;

	stub_calls++;
	stub_failed = 0;
	if (!real) {
		real = (gai_fn) dlsym(RTLD_NEXT, "getaddrinfo");
		CHECK(real != NULL);
	}
	memset(&h, 0, sizeof(h));
	if (hints) {
		h = *hints;
	}
	h.ai_flags |= AI_NUMERICHOST;
	rc = real(node, service, &h, res);
	if (rc != 0) {
		stub_failed = 1;
		h_errno = stub_h_errno;
	}
	return rc;
}

/* ---- references ---- */

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* PHP's integer numeric string, from strtoll: white space, sign, digits,
 * white space, end; out of range is not an integer (PHP makes it a float).
 * The scope of an IPv6 host is numeric when this reads it. */
static int ref_parse_long(const char *s, long long *out)
{
	const char *p = s, *end;
	long long v;

	while (is_ws(*p)) {
		p++;
	}
	if (*p == '+' || *p == '-') {
		p++;
	}
	if (!(*p >= '0' && *p <= '9')) {
		return 0; /* no digits (strtoll would also skip white space after a sign: PHP does not) */
	}
	errno = 0;
	v = strtoll(s, (char **) &end, 10);
	if (errno == ERANGE) {
		return 0;
	}
	while (is_ws(*end)) {
		end++;
	}
	if (*end != '\0') {
		return 0;
	}
	*out = v;
	return 1;
}

/* ---- the checks ---- */

static void check_inet4(const char *host, uint16_t port)
{
	tsp_addr a, b;
	struct in_addr direct;
	char text[TSP_ADDR_TEXT_MAX];
	long p = -1;
	int rc;

	stub_failed = 0;
	rc = tsp_addr_inet4(&a, host, port);
	if (inet_pton(AF_INET, host, &direct) == 1) {
		CHECK(rc == 0);
		CHECK(a.u.in4.sin_addr.s_addr == direct.s_addr);
	}
	if (rc != 0) {
		/* a failed lookup: the code made from the thread's h_errno */
		CHECK(stub_failed);
		CHECK(rc == tsp_err_from_h_errno(stub_h_errno));
		return;
	}
	CHECK(a.u.sa.sa_family == AF_INET);
	CHECK(a.len == sizeof(struct sockaddr_in));
	CHECK(ntohs(a.u.in4.sin_port) == port);

	CHECK(tsp_addr_format(&a, text, sizeof(text), &p) == 0);
	CHECK(p == port);
	CHECK(strnlen(text, sizeof(text)) < INET_ADDRSTRLEN);
	/* the text is dotted decimal and reads back to the same address */
	CHECK(inet_pton(AF_INET, text, &direct) == 1);
	CHECK(direct.s_addr == a.u.in4.sin_addr.s_addr);
	stub_calls = 0;
	CHECK(tsp_addr_inet4(&b, text, (uint16_t) (port + 1)) == 0);
	CHECK(stub_calls == 0); /* no lookup for dotted decimal */
	CHECK(b.u.in4.sin_addr.s_addr == a.u.in4.sin_addr.s_addr);
	CHECK(ntohs(b.u.in4.sin_port) == (uint16_t) (port + 1));
}

static void check_inet6(const char *host, uint16_t port)
{
	tsp_addr a, b;
	struct in6_addr direct;
	tsp_scope_status scope = (tsp_scope_status) 99;
	const char *scope_name = (const char *) 1;
	const char *pct = strchr(host, '%');
	char text[TSP_ADDR_TEXT_MAX];
	long p = -1;
	int rc;

	stub_failed = 0;
	rc = tsp_addr_inet6(&a, host, port, &scope, &scope_name);
	if (inet_pton(AF_INET6, host, &direct) == 1) {
		CHECK(rc == 0);
		CHECK(memcmp(&a.u.in6.sin6_addr, &direct, sizeof(direct)) == 0);
	}
	if (rc != 0) {
		CHECK(rc == TSP_ADDR_E_WRONG_FAMILY || (stub_failed && rc == tsp_err_from_h_errno(stub_h_errno)));
		return;
	}
	CHECK(a.u.sa.sa_family == AF_INET6);
	CHECK(a.len == sizeof(struct sockaddr_in6));
	CHECK(ntohs(a.u.in6.sin6_port) == port);
	CHECK(a.u.in6.sin6_flowinfo == 0);

	/* the scope suffix */
	if (!pct) {
		CHECK(scope == TSP_SCOPE_NONE);
		CHECK(scope_name == NULL);
		CHECK(a.u.in6.sin6_scope_id == 0);
	} else {
		long long v;
		CHECK(scope_name == pct + 1);
		CHECK(scope == TSP_SCOPE_SET || scope == TSP_SCOPE_IGNORED || scope == TSP_SCOPE_UNKNOWN_IF);
		if (ref_parse_long(pct + 1, &v)) {
			if (v > 0 && v <= 0xFFFFFFFFLL) {
				CHECK(scope == TSP_SCOPE_SET);
				CHECK(a.u.in6.sin6_scope_id == (uint32_t) v);
			} else {
				CHECK(scope == TSP_SCOPE_IGNORED);
				CHECK(a.u.in6.sin6_scope_id == 0);
			}
		} else {
			unsigned idx = if_nametoindex(pct + 1);
			if (idx) {
				CHECK(scope == TSP_SCOPE_SET);
				CHECK(a.u.in6.sin6_scope_id == idx);
			} else {
				CHECK(scope == TSP_SCOPE_UNKNOWN_IF);
				CHECK(a.u.in6.sin6_scope_id == 0);
			}
		}
	}

	/* the text reads back to the same address, with no lookup */
	CHECK(tsp_addr_format(&a, text, sizeof(text), &p) == 0);
	CHECK(p == port);
	CHECK(strnlen(text, sizeof(text)) < INET6_ADDRSTRLEN);
	CHECK(inet_pton(AF_INET6, text, &direct) == 1);
	CHECK(memcmp(&a.u.in6.sin6_addr, &direct, sizeof(direct)) == 0);
	stub_calls = 0;
	CHECK(tsp_addr_inet6(&b, text, port, &scope, &scope_name) == 0);
	CHECK(stub_calls == 0);
	CHECK(memcmp(&a.u.in6.sin6_addr, &b.u.in6.sin6_addr, sizeof(direct)) == 0);
	CHECK(scope == TSP_SCOPE_NONE && scope_name == NULL && b.u.in6.sin6_scope_id == 0);

	/* formatting into short buffers: the text or "", always terminated */
	{
		size_t bl;
		size_t full = strlen(text);
		for (bl = 1; bl <= full + 1; bl++) {
			char *small = malloc(bl);
			CHECK(small != NULL);
			CHECK(tsp_addr_format(&a, small, bl, &p) == 0);
			CHECK(strnlen(small, bl) < bl);
			CHECK(small[0] == '\0' || strcmp(small, text) == 0);
			if (bl == full + 1) {
				CHECK(strcmp(small, text) == 0);
			}
			free(small);
		}
	}
}

/* Numeric-looking only: digits, hex letters, '.', ':' and a '%' scope of
 * digits, sign and white space (PHP's numeric string), or "lo". */
static int numeric_looking(const char *s)
{
	const char *pct = strchr(s, '%'), *p;
	for (p = s; *p && p != pct; p++) {
		if (!isxdigit((unsigned char) *p) && *p != '.' && *p != ':') {
			return 0;
		}
	}
	if (pct) {
		if (strcmp(pct + 1, "lo") == 0) {
			return 1;
		}
		for (p = pct + 1; *p; p++) {
			if (!isdigit((unsigned char) *p) && *p != '+' && *p != '-' && !is_ws(*p)) {
				return 0;
			}
		}
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;
	uint16_t port;
	uint8_t ctl;

	/* port (2 bytes), control byte, host */
	if (size < 3) {
		return 0;
	}
	port = (uint16_t) (data[0] | (data[1] << 8));
	ctl = data[2];
	data += 3;
	size -= 3;
	if (size > HOST_MAX) {
		return 0;
	}
	s = malloc(size + 1); /* exactly sized: ASan sees a read past the NUL */
	CHECK(s != NULL);
	memcpy(s, data, size);
	s[size] = '\0';
	if (numeric_looking(s)) {
		static const int herrs[] = { HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA, 0, -1,
			INT_MAX, INT_MIN, 12345 };
		stub_h_errno = herrs[(ctl & 0x0f) % (sizeof(herrs) / sizeof(herrs[0]))];
		stub_erange = (ctl & 0x10) != 0;
		check_inet4(s, port);
		check_inet6(s, port);
	}
	free(s);
	return 0;
}
