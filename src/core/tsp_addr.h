/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket addresses: from the strings PHP users write to sockaddr, and back.
 * Plain C, no PHP. The lookups are the ones PHP's socket API has always made
 * (inet_pton, then the host database for IPv4; inet_pton, then getaddrinfo
 * with AI_V4MAPPED|AI_ADDRCONFIG for IPv6), so names resolve the same way. */
#ifndef TSP_ADDR_H
#define TSP_ADDR_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#if defined(__linux__) && defined(AF_PACKET)
# include <netpacket/packet.h>
# define TSP_ADDR_HAVE_PACKET 1
#endif

/* An address of any family with its length. */
typedef struct tsp_addr {
	union {
		struct sockaddr sa;
		struct sockaddr_in in4;
		struct sockaddr_in6 in6;
		struct sockaddr_un un;
#ifdef TSP_ADDR_HAVE_PACKET
		struct sockaddr_ll ll;
#endif
		struct sockaddr_storage ss;
	} u;
	socklen_t len;
} tsp_addr;

/* Longest host name the IPv4 lookup accepts (longer ones fail as the host
 * database would, with the thread's last h_errno). */
#define TSP_ADDR_MAX_HOSTNAME 255

/* Status codes of the parsers (besides 0 and resolver codes). */
#define TSP_ADDR_E_PATH_TOO_LONG  1 /* unix path does not fit sun_path */
#define TSP_ADDR_E_WRONG_FAMILY   2 /* lookup answered with another family */
#define TSP_ADDR_E_NO_IFINDEX     3 /* AF_PACKET: no interface has the address's index */

/* Longest unix path or abstract name, in bytes, NUL excluded. */
#define TSP_ADDR_UNIX_MAX (sizeof(((struct sockaddr_un *) 0)->sun_path) - 1)

/* Fills out with an IPv4 address for host (a C string: it ends at its first
 * NUL) and port: dotted decimal, else the host database. Returns 0,
 * TSP_ADDR_E_WRONG_FAMILY, or a resolver code made from the thread's h_errno
 * (see tsp_err.h: -10000 - h_errno), as PHP has always reported it. */
int tsp_addr_inet4(tsp_addr *out, const char *host, uint16_t port);

/* How an IPv6 scope suffix ("%eth0", "%2") was read. */
typedef enum {
	TSP_SCOPE_NONE = 0,    /* no '%' in the host */
	TSP_SCOPE_SET,         /* numeric in 1..UINT32_MAX, or a known interface */
	TSP_SCOPE_IGNORED,     /* numeric but 0, negative or too large: scope id 0 */
	TSP_SCOPE_UNKNOWN_IF   /* not numeric and no such interface: scope id 0 */
} tsp_scope_status;

/* Fills out with an IPv6 address for host (a C string) and port. The scope
 * suffix after '%' is read as a decimal number (PHP's numeric-string rules:
 * surrounding white space allowed) or an interface name; *scope says which,
 * and *scope_name points at the text after '%' when there is one.
 * Returns 0, TSP_ADDR_E_WRONG_FAMILY, or a resolver code. */
int tsp_addr_inet6(tsp_addr *out, const char *host, uint16_t port,
	tsp_scope_status *scope, const char **scope_name);

/* The longest unix name of this kind: TSP_ADDR_UNIX_MAX for a path (it needs
 * room for its NUL), all of sun_path for a Linux abstract name (leading NUL). */
size_t tsp_addr_unix_limit(const char *path, size_t len);

/* Fills out with a unix address. path may hold NUL bytes; a leading NUL makes
 * a Linux abstract name. The length is offsetof(sun_path) + len, as given.
 * Returns 0 or TSP_ADDR_E_PATH_TOO_LONG when len > tsp_addr_unix_limit(). */
int tsp_addr_unix(tsp_addr *out, const char *path, size_t len);

/* Numeric text of an IPv4/IPv6 address into buf (at least
 * TSP_ADDR_TEXT_MAX bytes) and its port into *port. For AF_UNIX, buf gets
 * sun_path up to its first NUL (so "" for abstract and unnamed sockets) and
 * *port is untouched. Returns 0, or -1 for any other family. */
#define TSP_ADDR_TEXT_MAX 112
int tsp_addr_format(const tsp_addr *addr, char *buf, size_t buflen, long *port);

#ifdef TSP_ADDR_HAVE_PACKET
/* AF_PACKET (Linux packet sockets). PHP code names an interface by its name
 * where other families take a host, and gets the name and the index back
 * where they get a host and a port. */

/* The protocol argument socket() gets for an AF_PACKET socket from the
 * number PHP code gives: an EtherType (the ETH_P_* constants, in host order)
 * goes to the kernel in network order. Every number up to 0xFFFF is one,
 * negative numbers too (cut to their low 16 bits first); larger numbers pass
 * through cut to an int, as the kernel then reads their low 16 bits as they are. */
int tsp_addr_packet_protocol(long long protocol);

/* The address that binds an AF_PACKET socket to the interface named ifname
 * (a C string: it ends at its first NUL), keeping the protocol of current
 * (the socket's own address, from getsockname()). A name no interface has
 * gives index 0: every interface, as if_nametoindex() answers 0. The
 * hardware fields are 0; the length is that of struct sockaddr_ll. */
void tsp_addr_packet(tsp_addr *out, const tsp_addr *current, const char *ifname);

/* The interface name of an AF_PACKET address into buf (cut to buflen - 1
 * bytes; IF_NAMESIZE holds any name) and its index into *ifindex.
 * Returns 0, or TSP_ADDR_E_NO_IFINDEX (buf and *ifindex untouched) when no
 * interface has that index: an unbound socket has index 0. */
int tsp_addr_packet_format(const tsp_addr *addr, char *buf, size_t buflen, long *ifindex);
#endif

/* Every address of host for socktype, in the resolver's order, as PHP's
 * stream layer asks for them (getaddrinfo, family AF_UNSPEC, or AF_INET
 * when the system has no IPv6). Fills at most max entries of out with the
 * port set; returns how many, or 0 with *gai_err set (an EAI_* code, whose
 * text gai_strerror() gives, or 0 when the answer held no IPv4/IPv6 address). */
size_t tsp_addr_resolve(const char *host, int socktype, int ipv6, uint16_t port,
	tsp_addr *out, size_t max, int *gai_err);

#endif
