/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_opt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#ifdef __linux__
# include <linux/filter.h>
#endif

/* UDP_SEGMENT is in <linux/udp.h>, which cannot be included next to <netinet/udp.h>. */
#if defined(UDP_SEGMENT)
# define TSP_OPT_UDP_SEGMENT UDP_SEGMENT
#elif defined(__linux__)
# define TSP_OPT_UDP_SEGMENT 103
#endif

/* level, name, kind, size, structure, min, max */
#define ROW(level, name, kind) { level, name, kind, 4, TSP_OPT_STRUCT_NONE, 0, 0, #name }
#define ROWS(level, name, kind, size) { level, name, kind, size, TSP_OPT_STRUCT_NONE, 0, 0, #name }
#define RANGE(level, name, size, min, max) { level, name, TSP_OPT_RANGED, size, TSP_OPT_STRUCT_NONE, min, max, #name }
#define STRUCT(level, name, id) { level, name, TSP_OPT_STRUCT, 0, id, 0, 0, #name }
/* The group requests, the same at the IPv4 and the IPv6 level. */
#define MCAST_ROWS(level) \
	ROWS(level, MCAST_JOIN_GROUP, TSP_OPT_MCAST, 0), \
	ROWS(level, MCAST_LEAVE_GROUP, TSP_OPT_MCAST, 0), \
	ROWS(level, MCAST_BLOCK_SOURCE, TSP_OPT_MCAST_SRC, 0), \
	ROWS(level, MCAST_UNBLOCK_SOURCE, TSP_OPT_MCAST_SRC, 0), \
	ROWS(level, MCAST_JOIN_SOURCE_GROUP, TSP_OPT_MCAST_SRC, 0), \
	ROWS(level, MCAST_LEAVE_SOURCE_GROUP, TSP_OPT_MCAST_SRC, 0)

const tsp_opt_row tsp_opt_rows[] = {
	/* SOL_SOCKET */
	ROW(SOL_SOCKET, SO_DEBUG, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_REUSEADDR, TSP_OPT_INT),
#ifdef SO_REUSEPORT
	ROW(SOL_SOCKET, SO_REUSEPORT, TSP_OPT_INT),
#endif
	ROW(SOL_SOCKET, SO_KEEPALIVE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_DONTROUTE, TSP_OPT_INT),
	ROWS(SOL_SOCKET, SO_LINGER, TSP_OPT_LINGER, 0),
	ROW(SOL_SOCKET, SO_BROADCAST, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_OOBINLINE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_SNDBUF, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_RCVBUF, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_SNDLOWAT, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_RCVLOWAT, TSP_OPT_INT),
	ROWS(SOL_SOCKET, SO_SNDTIMEO, TSP_OPT_TIMEVAL, 0),
	ROWS(SOL_SOCKET, SO_RCVTIMEO, TSP_OPT_TIMEVAL, 0),
	ROW(SOL_SOCKET, SO_TYPE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_ERROR, TSP_OPT_INT),
#ifdef SO_ACCEPTCONN
	ROW(SOL_SOCKET, SO_ACCEPTCONN, TSP_OPT_INT),
#endif
#ifdef SO_BINDTODEVICE
	ROWS(SOL_SOCKET, SO_BINDTODEVICE, TSP_OPT_IFNAME, 0),
#endif
#ifdef SO_MEMINFO
	ROWS(SOL_SOCKET, SO_MEMINFO, TSP_OPT_MEMINFO, 0),
#endif
#ifdef SO_PASSCRED
	ROW(SOL_SOCKET, SO_PASSCRED, TSP_OPT_INT),
#endif
#ifdef SO_MARK
	ROW(SOL_SOCKET, SO_MARK, TSP_OPT_INT),
#endif
#ifdef SO_PRIORITY
	ROW(SOL_SOCKET, SO_PRIORITY, TSP_OPT_INT),
#endif
#ifdef SO_INCOMING_CPU
	ROW(SOL_SOCKET, SO_INCOMING_CPU, TSP_OPT_INT),
#endif
#ifdef SO_ZEROCOPY
	ROW(SOL_SOCKET, SO_ZEROCOPY, TSP_OPT_INT),
#endif
#ifdef SO_BUSY_POLL
	ROW(SOL_SOCKET, SO_BUSY_POLL, TSP_OPT_INT),
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
	ROWS(SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, TSP_OPT_CBPF, 0),
#endif
	/* IPPROTO_TCP */
	ROW(IPPROTO_TCP, TCP_NODELAY, TSP_OPT_INT),
#ifdef TCP_CONGESTION
	ROWS(IPPROTO_TCP, TCP_CONGESTION, TSP_OPT_CONGESTION, 0),
#endif
#ifdef TCP_KEEPIDLE
	ROW(IPPROTO_TCP, TCP_KEEPIDLE, TSP_OPT_INT),
	ROW(IPPROTO_TCP, TCP_KEEPINTVL, TSP_OPT_INT),
	ROW(IPPROTO_TCP, TCP_KEEPCNT, TSP_OPT_INT),
#endif
#ifdef TCP_DEFER_ACCEPT
	ROW(IPPROTO_TCP, TCP_DEFER_ACCEPT, TSP_OPT_INT),
#endif
#ifdef TCP_NOTSENT_LOWAT
	ROW(IPPROTO_TCP, TCP_NOTSENT_LOWAT, TSP_OPT_INT),
#endif
#ifdef TCP_QUICKACK
	ROW(IPPROTO_TCP, TCP_QUICKACK, TSP_OPT_INT),
#endif
#ifdef TCP_SYNCNT
	ROW(IPPROTO_TCP, TCP_SYNCNT, TSP_OPT_INT),
#endif
#ifdef TCP_USER_TIMEOUT
	ROW(IPPROTO_TCP, TCP_USER_TIMEOUT, TSP_OPT_INT),
#endif
#ifdef TCP_REPAIR
	ROW(IPPROTO_TCP, TCP_REPAIR, TSP_OPT_INT),
#endif
	/* IPPROTO_UDP */
#ifdef TSP_OPT_UDP_SEGMENT
	{ IPPROTO_UDP, TSP_OPT_UDP_SEGMENT, TSP_OPT_U16, 4, TSP_OPT_STRUCT_NONE, 0, 0, "UDP_SEGMENT" },
#endif
	/* IPPROTO_IP */
	MCAST_ROWS(IPPROTO_IP),
	ROWS(IPPROTO_IP, IP_MULTICAST_IF, TSP_OPT_MCAST_IF4, 0),
	RANGE(IPPROTO_IP, IP_MULTICAST_TTL, 1, 0, 255),
	ROWS(IPPROTO_IP, IP_MULTICAST_LOOP, TSP_OPT_BOOL, 1),
#ifdef IP_BIND_ADDRESS_NO_PORT
	ROW(IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, TSP_OPT_INT),
#endif
#ifdef IP_MTU_DISCOVER
	ROW(IPPROTO_IP, IP_MTU_DISCOVER, TSP_OPT_INT),
#endif
	/* IPPROTO_IPV6 */
	MCAST_ROWS(IPPROTO_IPV6),
	ROW(IPPROTO_IPV6, IPV6_MULTICAST_IF, TSP_OPT_IFINDEX),
	RANGE(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 4, -1, 255),
	ROWS(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, TSP_OPT_BOOL, 4),
	ROW(IPPROTO_IPV6, IPV6_UNICAST_HOPS, TSP_OPT_INT),
#ifdef IPV6_V6ONLY
	ROW(IPPROTO_IPV6, IPV6_V6ONLY, TSP_OPT_INT),
#endif
#ifdef IPV6_PKTINFO
	ROW(IPPROTO_IPV6, IPV6_RECVPKTINFO, TSP_OPT_INT),
	STRUCT(IPPROTO_IPV6, IPV6_PKTINFO, TSP_OPT_STRUCT_IN6_PKTINFO),
#endif
#ifdef IPV6_HOPLIMIT
	ROW(IPPROTO_IPV6, IPV6_RECVHOPLIMIT, TSP_OPT_INT),
#endif
#ifdef IPV6_TCLASS
	ROW(IPPROTO_IPV6, IPV6_RECVTCLASS, TSP_OPT_INT),
	ROW(IPPROTO_IPV6, IPV6_TCLASS, TSP_OPT_INT),
#endif
};
const size_t tsp_opt_row_count = sizeof(tsp_opt_rows) / sizeof(tsp_opt_rows[0]);

const char *const tsp_opt_meminfo_names[] = {
	"rmem_alloc", "rcvbuf", "wmem_alloc", "sndbuf", "fwd_alloc", "wmem_queued", "optmem", "backlog", "drops",
};
const size_t tsp_opt_meminfo_count = sizeof(tsp_opt_meminfo_names) / sizeof(tsp_opt_meminfo_names[0]);

const tsp_opt_row *tsp_opt_find(int level, int name)
{
	size_t i;
	for (i = 0; i < tsp_opt_row_count; i++) {
		if (tsp_opt_rows[i].level == level && tsp_opt_rows[i].name == name) {
			return &tsp_opt_rows[i];
		}
	}
	return NULL;
}

tsp_opt_kind tsp_opt_kind_of(int level, int name)
{
	const tsp_opt_row *row = tsp_opt_find(level, name);
	return row ? (tsp_opt_kind) row->kind : TSP_OPT_INT;
}

tsp_opt_if_status tsp_opt_if_index_to_ipv4(int fd, unsigned index, struct in_addr *out, int *err)
{
	struct ifreq req;

	if (index == 0) {
		out->s_addr = htonl(INADDR_ANY);
		return TSP_OPT_IF_OK;
	}
	memset(&req, 0, sizeof(req));
	req.ifr_ifindex = (int) index;
	if (ioctl(fd, SIOCGIFNAME, &req) != 0 || ioctl(fd, SIOCGIFADDR, &req) != 0) {
		*err = errno;
		return TSP_OPT_IF_ADDR;
	}
	memcpy(out, &((const struct sockaddr_in *) (const void *) &req.ifr_addr)->sin_addr, sizeof(*out));
	return TSP_OPT_IF_OK;
}

/* The interface list of SIOCGIFCONF (one entry per IPv4 address) into a
 * buffer grown until the list stops growing; NULL with *err. */
static struct ifreq *tsp_opt_if_list(int fd, size_t *count, int *err)
{
	size_t cap = 8;
	int last = -1;

	for (;;) {
		struct ifconf conf;
		struct ifreq *list = calloc(cap, sizeof(*list));
		if (!list) {
			*err = ENOMEM;
			return NULL;
		}
		conf.ifc_len = (int) (cap * sizeof(*list));
		conf.ifc_req = list;
		if (ioctl(fd, SIOCGIFCONF, &conf) != 0) {
			*err = errno;
			free(list);
			return NULL;
		}
		if ((size_t) conf.ifc_len < cap * sizeof(*list) || conf.ifc_len == last) {
			*count = (size_t) conf.ifc_len / sizeof(*list);
			return list;
		}
		last = conf.ifc_len;
		free(list);
		cap *= 2;
	}
}

tsp_opt_if_status tsp_opt_if_ipv4_to_index(int fd, const struct in_addr *addr, unsigned *index, int *err)
{
	struct ifreq *list;
	size_t i, n = 0;

	if (addr->s_addr == htonl(INADDR_ANY)) {
		*index = 0;
		return TSP_OPT_IF_OK;
	}
	if (!(list = tsp_opt_if_list(fd, &n, err))) {
		return TSP_OPT_IF_LIST;
	}
	for (i = 0; i < n; i++) {
		const struct sockaddr_in *sin = (const struct sockaddr_in *) (const void *) &list[i].ifr_addr;
		if (sin->sin_family == AF_INET && sin->sin_addr.s_addr == addr->s_addr) {
			tsp_opt_if_status st = TSP_OPT_IF_OK;
			if (ioctl(fd, SIOCGIFINDEX, &list[i]) != 0) {
				*err = errno;
				st = TSP_OPT_IF_INDEX;
			} else {
				*index = (unsigned) list[i].ifr_ifindex;
			}
			free(list);
			return st;
		}
	}
	free(list);
	return TSP_OPT_IF_NOT_FOUND;
}

int tsp_opt_cbpf(long long what, struct sock_filter *code)
{
#if defined(SO_ATTACH_REUSEPORT_CBPF) && defined(SKF_AD_CPU) && defined(SKF_AD_QUEUE)
	if (what != SKF_AD_CPU && what != SKF_AD_QUEUE) {
		return 0;
	}
	/* A = the 32-bit ancillary word at SKF_AD_OFF + what; the socket is A mod n */
	code[0] = (struct sock_filter) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (uint32_t) (SKF_AD_OFF + what));
	code[1] = (struct sock_filter) BPF_STMT(BPF_RET | BPF_A, 0);
	return TSP_OPT_CBPF_LEN;
#else
	(void) what;
	(void) code;
	return 0;
#endif
}
