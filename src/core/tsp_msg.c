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
#include <string.h>
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

int tsp_cmsg_size(const tsp_cmsg_type *t, size_t n, size_t max, size_t *dlen, size_t *space)
{
	size_t data = t->size;

	if (t->var_el_size) {
		if (t->size > max || n > (max - t->size) / t->var_el_size) {
			return 0;
		}
		data += n * t->var_el_size;
	}
	if (max < CMSG_SPACE(0) || data > max - CMSG_SPACE(0) || CMSG_SPACE(data) > max) {
		return 0;
	}
	*dlen = data;
	*space = CMSG_SPACE(data);
	return 1;
}

size_t tsp_cmsg_space(const tsp_cmsg_type *t, size_t n, size_t max)
{
	size_t dlen, space;
	return tsp_cmsg_size(t, n, max, &dlen, &space) ? space : 0;
}

/* CMSG_ALIGN() is not in POSIX: the alignment is what CMSG_SPACE(1) pads to. */
#define TSP_CMSG_ALIGN_TO (CMSG_SPACE(1) - CMSG_SPACE(0))

unsigned char *tsp_cmsg_append(unsigned char *buf, size_t cap, size_t *off, int level, int type, size_t dlen)
{
	struct cmsghdr h;
	size_t space;

	if (cap < CMSG_SPACE(0) || *off > cap || *off % TSP_CMSG_ALIGN_TO != 0 || dlen > cap - CMSG_SPACE(0)) {
		return NULL;
	}
	space = CMSG_SPACE(dlen);
	if (space > cap - *off) {
		return NULL;
	}
	memset(buf + *off, 0, space);
	memset(&h, 0, sizeof(h));
	h.cmsg_level = level;
	h.cmsg_type = type;
	h.cmsg_len = CMSG_LEN(dlen);
	memcpy(buf + *off, &h, sizeof(h));
	buf += *off + CMSG_LEN(0);
	*off += space;
	return buf;
}

int tsp_cmsg_next(const unsigned char *buf, size_t len, size_t *off, tsp_cmsg_view *out)
{
	struct cmsghdr h;
	size_t avail, clen, step;

	if (*off > len || len - *off < sizeof(h) || len - *off < CMSG_LEN(0)) {
		return 0;
	}
	avail = len - *off;
	memcpy(&h, buf + *off, sizeof(h));
	if ((size_t) h.cmsg_len < CMSG_LEN(0)) {
		return 0;
	}
	clen = (size_t) h.cmsg_len < avail ? (size_t) h.cmsg_len : avail;
	out->level = h.cmsg_level;
	out->type = h.cmsg_type;
	out->data = buf + *off + CMSG_LEN(0);
	out->len = clen - CMSG_LEN(0);
	/* the next header starts at the aligned end of this one */
	step = clen + (TSP_CMSG_ALIGN_TO - clen % TSP_CMSG_ALIGN_TO) % TSP_CMSG_ALIGN_TO;
	*off = step < avail ? *off + step : len;
	return 1;
}
