/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The targets of stream_socket_server(): "transport://rest" and "host:port".
 * Plain C, no PHP, no allocation: results point into the input. */
#ifndef TSP_URL_H
#define TSP_URL_H

#include <stddef.h>

/* Which of our transports a name is. */
typedef enum {
	TSP_XPORT_OTHER = 0,
	TSP_XPORT_TCP,
	TSP_XPORT_UDP,
	TSP_XPORT_UNIX,
	TSP_XPORT_UDG,
	TSP_XPORT_FD       /* fd://N: a descriptor the process already holds */
} tsp_xport;

typedef struct tsp_url {
	tsp_xport xport;        /* the transport as tsp_url_xport() names it */
	const char *transport;  /* "tcp" when the target names none */
	size_t transport_len;
	const char *rest;       /* what follows "://", or the whole target */
	size_t rest_len;
} tsp_url;

/* Splits s (len bytes, may hold NULs) the way PHP's stream layer does: a
 * transport is two or more of [A-Za-z0-9+.-] followed by "://". Sets
 * out->xport too, as tsp_url_xport() of the transport would. */
void tsp_url_split(const char *s, size_t len, tsp_url *out);

/* Which of our transports a name is. */
tsp_xport tsp_url_xport(const char *name, size_t len);

typedef enum {
	TSP_HOSTPORT_OK = 0,
	TSP_HOSTPORT_E_IPV6,     /* "[" without "]:" after the address */
	TSP_HOSTPORT_E_ADDRESS   /* no ":" before the last byte */
} tsp_hostport_status;

/* Splits "host:port" or "[v6]:port". The host is [*host, *host + *host_len);
 * the port is the leading decimal number after the colon as C's atoi reads
 * it (anything else reads as 0; out-of-range values wrap later, as in PHP). */
tsp_hostport_status tsp_url_hostport(const char *s, size_t len,
	const char **host, size_t *host_len, long *port);

/* The N of "fd://N" (s is what follows "://", len bytes): decimal digits
 * only, at least one, at most INT_MAX. Sets *fd and returns 0, or returns -1
 * (*fd untouched) for anything else: a sign, white space, a NUL byte, an
 * empty text, a larger number. */
int tsp_url_fd(const char *s, size_t len, int *fd);

#endif
