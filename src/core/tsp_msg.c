/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_msg.h"

#include <netinet/in.h>
#include <stdint.h>
#include <sys/un.h>

#define F(st, key, kind, req, member) { key, kind, req, (unsigned short) offsetof(st, member) }
#define END { NULL, 0, 0, 0 }

static const tsp_field tsp_fields_sockaddr_in[] = {
	F(struct sockaddr_in, "family", TSP_F_FAMILY, 0, sin_family),
	F(struct sockaddr_in, "addr", TSP_F_IN_ADDR, 0, sin_addr),
	F(struct sockaddr_in, "port", TSP_F_UINT16_NET, 0, sin_port),
	END
};
const tsp_struct tsp_struct_sockaddr_in = { "sockaddr_in", sizeof(struct sockaddr_in), tsp_fields_sockaddr_in };

static const tsp_field tsp_fields_sockaddr_in6[] = {
	F(struct sockaddr_in6, "family", TSP_F_FAMILY, 0, sin6_family),
	F(struct sockaddr_in6, "addr", TSP_F_IN6_ADDR, 0, sin6_addr),
	F(struct sockaddr_in6, "port", TSP_F_UINT16_NET, 0, sin6_port),
	F(struct sockaddr_in6, "flowinfo", TSP_F_UINT32, 0, sin6_flowinfo),
	F(struct sockaddr_in6, "scope_id", TSP_F_UINT32, 0, sin6_scope_id),
	END
};
const tsp_struct tsp_struct_sockaddr_in6 = { "sockaddr_in6", sizeof(struct sockaddr_in6), tsp_fields_sockaddr_in6 };

static const tsp_field tsp_fields_sockaddr_un[] = {
	F(struct sockaddr_un, "family", TSP_F_FAMILY, 0, sun_family),
	F(struct sockaddr_un, "path", TSP_F_UNIX_PATH, 0, sun_path),
	END
};
const tsp_struct tsp_struct_sockaddr_un = { "sockaddr_un", sizeof(struct sockaddr_un), tsp_fields_sockaddr_un };

#ifdef SCM_CREDENTIALS
static const tsp_field tsp_fields_ucred[] = {
	F(struct ucred, "pid", TSP_F_PID, 1, pid),
	F(struct ucred, "uid", TSP_F_UID, 1, uid),
	F(struct ucred, "gid", TSP_F_UID, 1, gid),
	END
};
const tsp_struct tsp_struct_ucred = { "ucred", sizeof(struct ucred), tsp_fields_ucred };
#endif

#ifdef IPV6_PKTINFO
static const tsp_field tsp_fields_in6_pktinfo[] = {
	F(struct in6_pktinfo, "addr", TSP_F_IN6_ADDR, 1, ipi6_addr),
	F(struct in6_pktinfo, "ifindex", TSP_F_IFINDEX, 1, ipi6_ifindex),
	END
};
const tsp_struct tsp_struct_in6_pktinfo = { "in6_pktinfo", sizeof(struct in6_pktinfo), tsp_fields_in6_pktinfo };
#endif

const tsp_struct *tsp_msg_sockaddr(int family)
{
	switch (family) {
		case AF_INET: return &tsp_struct_sockaddr_in;
		case AF_INET6: return &tsp_struct_sockaddr_in6;
		case AF_UNIX: return &tsp_struct_sockaddr_un;
		default: return NULL;
	}
}

const tsp_cmsg_type tsp_cmsg_types[] = {
	{ SOL_SOCKET, SCM_RIGHTS, TSP_CMSG_FDS, NULL, 0, sizeof(int), "SCM_RIGHTS" },
#ifdef SCM_CREDENTIALS
	{ SOL_SOCKET, SCM_CREDENTIALS, TSP_CMSG_STRUCT, &tsp_struct_ucred, sizeof(struct ucred), 0, "SCM_CREDENTIALS" },
#endif
#ifdef IPV6_PKTINFO
	{ IPPROTO_IPV6, IPV6_PKTINFO, TSP_CMSG_STRUCT, &tsp_struct_in6_pktinfo, sizeof(struct in6_pktinfo), 0, "IPV6_PKTINFO" },
#endif
#ifdef IPV6_HOPLIMIT
	{ IPPROTO_IPV6, IPV6_HOPLIMIT, TSP_CMSG_INT, NULL, sizeof(int), 0, "IPV6_HOPLIMIT" },
#endif
#ifdef IPV6_TCLASS
	{ IPPROTO_IPV6, IPV6_TCLASS, TSP_CMSG_INT, NULL, sizeof(int), 0, "IPV6_TCLASS" },
#endif
};
const size_t tsp_cmsg_type_count = sizeof(tsp_cmsg_types) / sizeof(tsp_cmsg_types[0]);

const tsp_cmsg_type *tsp_cmsg_find(int level, int type)
{
	size_t i;
	for (i = 0; i < tsp_cmsg_type_count; i++) {
		if (tsp_cmsg_types[i].level == level && tsp_cmsg_types[i].type == type) {
			return &tsp_cmsg_types[i];
		}
	}
	return NULL;
}

size_t tsp_cmsg_space(const tsp_cmsg_type *t, size_t n, size_t max)
{
	size_t data = t->size, space;

	if (t->var_el_size) {
		if (n > (max - t->size) / t->var_el_size) {
			return 0;
		}
		data += n * t->var_el_size;
	}
	if (data > max - CMSG_SPACE(0)) {
		return 0;
	}
	space = CMSG_SPACE(data);
	return space <= max ? space : 0;
}
