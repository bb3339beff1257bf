/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#include "tsp_opt.h"

#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#define ROW(level, name, kind) { level, name, kind, #name }

const tsp_opt_row tsp_opt_rows[] = {
	ROW(SOL_SOCKET, SO_DEBUG, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_REUSEADDR, TSP_OPT_INT),
#ifdef SO_REUSEPORT
	ROW(SOL_SOCKET, SO_REUSEPORT, TSP_OPT_INT),
#endif
	ROW(SOL_SOCKET, SO_KEEPALIVE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_DONTROUTE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_LINGER, TSP_OPT_LINGER),
	ROW(SOL_SOCKET, SO_BROADCAST, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_OOBINLINE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_SNDBUF, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_RCVBUF, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_SNDLOWAT, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_RCVLOWAT, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_SNDTIMEO, TSP_OPT_TIMEVAL),
	ROW(SOL_SOCKET, SO_RCVTIMEO, TSP_OPT_TIMEVAL),
	ROW(SOL_SOCKET, SO_TYPE, TSP_OPT_INT),
	ROW(SOL_SOCKET, SO_ERROR, TSP_OPT_INT),
#ifdef SO_BINDTODEVICE
	ROW(SOL_SOCKET, SO_BINDTODEVICE, TSP_OPT_IFNAME),
#endif
#ifdef SO_MEMINFO
	ROW(SOL_SOCKET, SO_MEMINFO, TSP_OPT_MEMINFO),
#endif
	ROW(IPPROTO_TCP, TCP_NODELAY, TSP_OPT_INT),
#ifdef TCP_CONGESTION
	ROW(IPPROTO_TCP, TCP_CONGESTION, TSP_OPT_CONGESTION),
#endif
#ifdef IPV6_V6ONLY
	ROW(IPPROTO_IPV6, IPV6_V6ONLY, TSP_OPT_INT),
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
