/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket addresses, with the grammar of their textual forms as re2c rules.
 * tsp_addr.c is generated from this file: edit tsp_addr.re, then run
 * `make tsp-re2c`. The dotted IPv4 forms (inet_pton(3), and inet_aton(3)'s
 * through the host database) and the IPv6 address itself are the C
 * library's to read. */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_addr.h"
#include "tsp_err.h"
#include "tsp_num.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Every scanner in this file reads the bytes [cur, lim), which need not end
 * in a NUL and may hold NUL bytes: a read at lim gives 0, and the end rule ($)
 * tells the end of the text from a NUL byte inside it. */
/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
	re2c:define:YYSKIP = "++cur;";
	re2c:define:YYBACKUP = "mar = cur;";
	re2c:define:YYRESTORE = "cur = mar;";
	re2c:define:YYLESSTHAN = "cur >= lim";
	re2c:eof = 0;
	re2c:yyfill:enable = 0;
	re2c:indent:top = 1;
*/

/* The reentrant host-database lookup wants a scratch buffer; this covers
 * /etc/hosts entries with many aliases. Grown once on ERANGE. */
#define TSP_HOSTBUF 2048

/* The host database, as PHP's socket API has always asked it (the reentrant
 * call). The code comes from the thread's h_errno, which the C library sets
 * in some failure paths and leaves alone in others: PHP reads it the same way. */
static int tsp_lookup4(const char *host, struct in_addr *out)
{
	struct hostent he, *res = NULL;
	char small[TSP_HOSTBUF];
	char big[TSP_HOSTBUF * 16];
	int herr = 0, rc;

	rc = gethostbyname_r(host, &he, small, sizeof(small), &res, &herr);
	if (rc == ERANGE) {
		rc = gethostbyname_r(host, &he, big, sizeof(big), &res, &herr);
	}
	if (rc != 0 || res == NULL) {
		return tsp_err_from_h_errno(h_errno);
	}
	if (res->h_addrtype != AF_INET || res->h_length != (int) sizeof(*out)) {
		return TSP_ADDR_E_WRONG_FAMILY;
	}
	memcpy(out, res->h_addr_list[0], sizeof(*out));
	return 0;
}

int tsp_addr_inet4(tsp_addr *out, const char *host, uint16_t port)
{
	struct in_addr a;

	memset(out, 0, sizeof(*out));
	out->u.in4.sin_family = AF_INET;
	out->u.in4.sin_port = htons(port);
	out->len = sizeof(struct sockaddr_in);
	if (inet_pton(AF_INET, host, &a) != 1) {
		int rc;
		if (strlen(host) > TSP_ADDR_MAX_HOSTNAME) {
			/* no lookup: the caller sees the thread's last resolver state */
			return tsp_err_from_h_errno(h_errno);
		}
		rc = tsp_lookup4(host, &a);
		if (rc != 0) {
			return rc;
		}
	}
	out->u.in4.sin_addr = a;
	return 0;
}

/* The zone of an IPv6 host: *zone and *zone_end frame the text after its
 * first '%' (host is a C string). Returns 0 when there is no '%'. */
static int tsp_addr_zone(const char *host, const char **zone, const char **zone_end)
{
	const unsigned char *cur = (const unsigned char *) host, *lim = cur + strlen(host);

	/*!re2c
		// RFC 4007 section 11: an address, '%', then its zone (RFC 6874 for
		// a URI); the first '%' starts the zone, which runs to the end
		[^%]* "%" {
			*zone = (const char *) cur;
			*zone_end = (const char *) lim;
			return 1;
		}
		[^%]+ { return 0; }
		$ { return 0; }
	*/
}

/* Fills in the scope id from the zone [zone, end). */
static tsp_scope_status tsp_addr_scope(struct sockaddr_in6 *in6, const char *zone, const char *end)
{
	long long v;
	unsigned idx;

	/* a number: PHP's integer strings (white space around it, a sign) */
	if (tsp_num_parse(zone, (size_t) (end - zone), TSP_NUM_SPACE_BEFORE | TSP_NUM_SIGN | TSP_NUM_SPACE_AFTER,
			LLONG_MAX, &v) == TSP_NUM_OK) {
		if (v > 0 && (unsigned long long) v <= 0xFFFFFFFFULL) {
			in6->sin6_scope_id = (uint32_t) v;
			return TSP_SCOPE_SET;
		}
		return TSP_SCOPE_IGNORED;
	}
	/* else an interface name */
	idx = if_nametoindex(zone);
	if (idx == 0) {
		return TSP_SCOPE_UNKNOWN_IF;
	}
	in6->sin6_scope_id = idx;
	return TSP_SCOPE_SET;
}

int tsp_addr_inet6(tsp_addr *out, const char *host, uint16_t port,
	tsp_scope_status *scope, const char **scope_name)
{
	struct in6_addr a;
	const char *zone, *zone_end;

	memset(out, 0, sizeof(*out));
	out->u.in6.sin6_family = AF_INET6;
	out->u.in6.sin6_port = htons(port);
	out->len = sizeof(struct sockaddr_in6);
	*scope = TSP_SCOPE_NONE;
	*scope_name = NULL;

	if (inet_pton(AF_INET6, host, &a) != 1) {
		struct addrinfo hints, *res = NULL;
		memset(&hints, 0, sizeof(hints));
		hints.ai_family = AF_INET6;
		hints.ai_flags = AI_V4MAPPED | AI_ADDRCONFIG;
		if (getaddrinfo(host, NULL, &hints, &res) != 0 || res == NULL) {
			/* the resolver's answer is in h_errno, as PHP has always read it */
			return tsp_err_from_h_errno(h_errno);
		}
		if (res->ai_family != AF_INET6 || res->ai_addrlen != sizeof(struct sockaddr_in6)) {
			freeaddrinfo(res);
			return TSP_ADDR_E_WRONG_FAMILY;
		}
		a = ((struct sockaddr_in6 *) res->ai_addr)->sin6_addr;
		freeaddrinfo(res);
	}
	out->u.in6.sin6_addr = a;

	if (tsp_addr_zone(host, &zone, &zone_end)) {
		*scope_name = zone;
		*scope = tsp_addr_scope(&out->u.in6, zone, zone_end);
	}
	return 0;
}

/* How long the name in sun_path is: up to its first NUL, at most avail bytes
 * (unix(7): a pathname ends at its NUL, and the kernel need not add one). */
static size_t tsp_addr_unix_strlen(const char *path, size_t avail)
{
	const unsigned char *cur = (const unsigned char *) path, *lim = cur + avail;

	/*!re2c
		[^\x00]* "\x00" { return (size_t) (cur - 1 - (const unsigned char *) path); }
		[^\x00]+ { return avail; }
		$ { return 0; }
	*/
}

size_t tsp_addr_unix_limit(const char *path, size_t len)
{
#ifdef __linux__
	const unsigned char *cur = (const unsigned char *) path, *lim = cur + len;

	/*!re2c
		// unix(7), Linux: a name that starts with a NUL byte is abstract, and
		// all of sun_path is its own
		"\x00" { return sizeof(((struct sockaddr_un *) 0)->sun_path); }

		// a pathname keeps room for its NUL
		* { return TSP_ADDR_UNIX_MAX; }
		$ { return TSP_ADDR_UNIX_MAX; }
	*/
#else
	(void) path;
	(void) len;
	return TSP_ADDR_UNIX_MAX;
#endif
}

int tsp_addr_unix(tsp_addr *out, const char *path, size_t len)
{
	memset(out, 0, sizeof(*out));
	if (len > tsp_addr_unix_limit(path, len)) {
		return TSP_ADDR_E_PATH_TOO_LONG;
	}
	out->u.un.sun_family = AF_UNIX;
	memcpy(out->u.un.sun_path, path, len);
	out->len = (socklen_t) (offsetof(struct sockaddr_un, sun_path) + len);
	return 0;
}

int tsp_addr_format(const tsp_addr *addr, char *buf, size_t buflen, long *port)
{
	if (buflen == 0) {
		return -1;
	}
	switch (addr->u.sa.sa_family) {
		case AF_INET:
			if (!inet_ntop(AF_INET, &addr->u.in4.sin_addr, buf, (socklen_t) buflen)) {
				buf[0] = '\0';
			}
			*port = ntohs(addr->u.in4.sin_port);
			return 0;
		case AF_INET6:
			if (!inet_ntop(AF_INET6, &addr->u.in6.sin6_addr, buf, (socklen_t) buflen)) {
				buf[0] = '\0';
			}
			*port = ntohs(addr->u.in6.sin6_port);
			return 0;
		case AF_UNIX: {
			size_t avail = addr->len > offsetof(struct sockaddr_un, sun_path)
				? addr->len - offsetof(struct sockaddr_un, sun_path) : 0;
			size_t n;
			if (avail > sizeof(addr->u.un.sun_path)) {
				avail = sizeof(addr->u.un.sun_path);
			}
			n = tsp_addr_unix_strlen(addr->u.un.sun_path, avail);
			if (n >= buflen) {
				n = buflen - 1;
			}
			memcpy(buf, addr->u.un.sun_path, n);
			buf[n] = '\0';
			return 0;
		}
		default:
			return -1;
	}
}

#ifdef TSP_ADDR_HAVE_PACKET
int tsp_addr_packet_protocol(long long protocol)
{
	if (protocol <= 0xFFFF) {
		return (int) htons((uint16_t) protocol);
	}
	return (int) protocol;
}

void tsp_addr_packet(tsp_addr *out, const tsp_addr *current, const char *ifname)
{
	uint16_t protocol = current->u.ll.sll_protocol;

	memset(out, 0, sizeof(*out));
	out->u.ll.sll_family = AF_PACKET;
	out->u.ll.sll_protocol = protocol;
	out->u.ll.sll_ifindex = (int) if_nametoindex(ifname);
	out->len = sizeof(struct sockaddr_ll);
}

int tsp_addr_packet_format(const tsp_addr *addr, char *buf, size_t buflen, long *ifindex)
{
	char name[IF_NAMESIZE];
	size_t n;

	if (addr->u.ll.sll_ifindex <= 0 || !if_indextoname((unsigned) addr->u.ll.sll_ifindex, name)) {
		return TSP_ADDR_E_NO_IFINDEX;
	}
	*ifindex = addr->u.ll.sll_ifindex;
	if (buflen > 0) {
		n = strnlen(name, sizeof(name));
		if (n >= buflen) {
			n = buflen - 1;
		}
		memcpy(buf, name, n);
		buf[n] = '\0';
	}
	return 0;
}
#endif

size_t tsp_addr_resolve(const char *host, int socktype, int ipv6, uint16_t port,
	tsp_addr *out, size_t max, int *gai_err)
{
	struct addrinfo hints, *res = NULL, *ai;
	size_t n = 0;
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = ipv6 ? AF_UNSPEC : AF_INET;
	hints.ai_socktype = socktype;
	rc = getaddrinfo(host, NULL, &hints, &res);
	if (rc != 0 || res == NULL) {
		*gai_err = rc ? rc : EAI_FAIL;
		return 0;
	}
	for (ai = res; ai && n < max; ai = ai->ai_next) {
		tsp_addr *a = &out[n];
		memset(a, 0, sizeof(*a));
		if (ai->ai_family == AF_INET && ai->ai_addrlen == sizeof(struct sockaddr_in)) {
			memcpy(&a->u.in4, ai->ai_addr, sizeof(struct sockaddr_in));
			a->u.in4.sin_port = htons(port);
			a->len = sizeof(struct sockaddr_in);
		} else if (ai->ai_family == AF_INET6 && ai->ai_addrlen == sizeof(struct sockaddr_in6)) {
			memcpy(&a->u.in6, ai->ai_addr, sizeof(struct sockaddr_in6));
			a->u.in6.sin6_port = htons(port);
			a->len = sizeof(struct sockaddr_in6);
		} else {
			continue; /* a family the stream layer skips too */
		}
		n++;
	}
	freeaddrinfo(res);
	if (n == 0) {
		*gai_err = 0; /* answered, but with no family a socket can be bound to */
	}
	return n;
}
