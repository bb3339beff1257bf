/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The grammar of stream_socket_server() targets, as re2c rules. tsp_url.c is
 * generated from this file: edit tsp_url.re, then run `make tsp-re2c`. */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_url.h"
#include "tsp_num.h"

#include <ctype.h>
#include <limits.h>
#include <stddef.h>

/* Every scanner in this file reads the bytes [cur, lim), which need not end
 * in a NUL and may hold NUL bytes; a read at lim gives 0. Where a NUL byte
 * and the end of the text mean the same (no rule takes a NUL), that is all;
 * the scanners that take NUL bytes turn on the end rule ($), which tells the
 * end from a NUL of the text. */
/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
	re2c:define:YYSKIP = "++cur;";
	re2c:define:YYBACKUP = "mar = cur;";
	re2c:define:YYRESTORE = "cur = mar;";
	re2c:define:YYLESSTHAN = "cur >= lim";
	re2c:yyfill:enable = 0;
	re2c:flags:bit-vectors = 1;
	re2c:indent:top = 1;

	// the characters of a transport name
	scheme = [A-Za-z0-9+.-];
*/

/* The length of the transport before "://", once tsp_url_split() has met a
 * byte above 0x7f: each such byte counts when isalnum() says so. 0 when the
 * text does not have that form. */
static size_t tsp_url_scheme_locale(const unsigned char *cur, const unsigned char *lim)
{
	const unsigned char *start = cur, *mar;

next:
	/*!re2c
		scheme+ { goto next; }
		[\x80-\xff] {
			if (isalnum(cur[-1])) {
				goto next;
			}
			return 0;
		}
		"://" { return (size_t) (cur - 3 - start); }
		* { return 0; }
	*/
}

void tsp_url_split(const char *s, size_t len, tsp_url *out)
{
	const unsigned char *cur = (const unsigned char *) s, *lim = cur + len, *mar;
	tsp_xport x = TSP_XPORT_OTHER;
	size_t n;

	/*!re2c
		// our transports, named at once (the same names as tsp_url_xport())
		"tcp://"  { x = TSP_XPORT_TCP;  goto known; }
		"udp://"  { x = TSP_XPORT_UDP;  goto known; }
		"unix://" { x = TSP_XPORT_UNIX; goto known; }
		"udg://"  { x = TSP_XPORT_UDG;  goto known; }
		"fd://"   { x = TSP_XPORT_FD;   goto known; }

		// core's php_stream_xport_create(): the transport is the text before
		// "://" when it is two or more letters, digits, '+', '-' or '.' (the
		// characters of an RFC 3986 scheme, without its rule that a scheme
		// starts with a letter)
		scheme{2,} "://" { goto known; }

		// core tests the letters and digits with isalnum(), which follows
		// setlocale(LC_CTYPE): in a single-byte locale some bytes above 0x7f
		// are letters too
		scheme* [\x80-\xff] {
			n = tsp_url_scheme_locale((const unsigned char *) s, lim);
			if (n >= 2) {
				goto transport;
			}
			goto none;
		}

		* { goto none; }
	*/
known:
	n = (size_t) (cur - 3 - (const unsigned char *) s);
transport:
	out->xport = x;
	out->transport = s;
	out->transport_len = n;
	out->rest = s + n + 3;
	out->rest_len = len - n - 3;
	return;
none:
	/* no transport: core's default */
	out->xport = TSP_XPORT_TCP;
	out->transport = "tcp";
	out->transport_len = 3;
	out->rest = s;
	out->rest_len = len;
}

/* The whole text, else TSP_XPORT_OTHER. */
#define TSP_XPORT_IF_END(x) (cur == lim ? (x) : TSP_XPORT_OTHER)

tsp_xport tsp_url_xport(const char *name, size_t len)
{
	const unsigned char *cur = (const unsigned char *) name, *lim = cur + len, *mar;

	/*!re2c
		// core's socket transports (stream_socket_get_transports())
		"tcp"  { return TSP_XPORT_IF_END(TSP_XPORT_TCP); }
		"udp"  { return TSP_XPORT_IF_END(TSP_XPORT_UDP); }
		"unix" { return TSP_XPORT_IF_END(TSP_XPORT_UNIX); }
		"udg"  { return TSP_XPORT_IF_END(TSP_XPORT_UDG); }

		// ours: a descriptor the process holds, as systemd's sd_listen_fds(3)
		// hands them over
		"fd"   { return TSP_XPORT_IF_END(TSP_XPORT_FD); }

		* { return TSP_XPORT_OTHER; }
	*/
}

/* atoi() of a text that need not end in a NUL, all of it read as the C
 * library reads it: white space, a sign, digits; strtol()'s saturation on
 * overflow, then the cast to int. */
static long tsp_atoi(const unsigned char *s, const unsigned char *lim)
{
	long long v = 0;
	tsp_num_parse((const char *) s, (size_t) (lim - s),
		TSP_NUM_SPACE_BEFORE | TSP_NUM_SIGN | TSP_NUM_PREFIX | TSP_NUM_SATURATE, LONG_MAX, &v);
	return (long) (int) v;
}

/* The value of the digits [p, end), at most nine of them (no overflow). */
static long tsp_url_digits(const unsigned char *p, const unsigned char *end)
{
	long v = 0;

	for (; p < end; p++) {
		v = v * 10 + (*p - '0');
	}
	return v;
}

tsp_hostport_status tsp_url_hostport(const char *s, size_t len,
	const char **host, size_t *host_len, long *port)
{
	const unsigned char *cur = (const unsigned char *) s, *lim = cur + len, *mar, *p;
	/*!stags:re2c format = "const unsigned char *@@;\n\t"; */

	/*!local:re2c
		re2c:eof = 0;
		re2c:flags:bit-vectors = 0;
		re2c:tags = 1;
		re2c:define:YYSTAGP = "@@ = cur;";
		re2c:define:YYSTAGN = "@@ = NULL;";
		re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";

		// RFC 3986 section 3.2.2: an IPv6 address (RFC 4007 and RFC 6874: with
		// its zone) goes in brackets; core's parser ends it at the first ']'
		// and wants ':' right after it. What is inside is for the lookup to judge.
		"[" [^\]]* "]:" {
			*host = s + 1;
			*host_len = (size_t) (cur - 2 - (const unsigned char *) s - 1);
			/* core's stream_socket_server() reads the port with atoi() */
			*port = tsp_atoi(cur, lim);
			return TSP_HOSTPORT_OK;
		}

		// core: "Failed to parse IPv6 address" for any other text after a '['
		"[" [^] { return TSP_HOSTPORT_E_IPV6; }

		// host ":" port, when the port starts with one to nine digits and no
		// tenth follows: atoi() reads just those, so their value is read here
		// (first, so that it wins over the rule below at the same length)
		([^[:] [^:]*)? ":" @p [0-9]{1,9} {
			*host = s;
			*host_len = (size_t) (p - 1 - (const unsigned char *) s);
			*port = cur < lim && *cur >= '0' && *cur <= '9' ? tsp_atoi(p, lim) : tsp_url_digits(p, cur);
			return TSP_HOSTPORT_OK;
		}

		// host ":" port: core ends the host at the first ':', and a port of at
		// least one byte must follow it
		([^[:] [^:]*)? ":" [^] {
			*host = s;
			*host_len = (size_t) (cur - 2 - (const unsigned char *) s);
			*port = tsp_atoi(cur - 1, lim);
			return TSP_HOSTPORT_OK;
		}

		// core: "Failed to parse address"
		* { return TSP_HOSTPORT_E_ADDRESS; }
		$ { return TSP_HOSTPORT_E_ADDRESS; }
	*/
}

int tsp_url_fd(const char *s, size_t len, int *fd)
{
	long long v;

	/* fd://N: the N is decimal digits only (tsp_num.re's plain shape) */
	if (tsp_num_parse(s, len, 0, INT_MAX, &v) != TSP_NUM_OK) {
		return -1;
	}
	*fd = (int) v;
	return 0;
}
