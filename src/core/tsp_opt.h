/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The option table: one row per (level, name) socket option PHP code can set
 * or get, with the shape of its value, its size in the kernel's eyes and the
 * range PHP accepts. Options without a row are plain ints, as PHP has always
 * passed unknown options through. Adding an option is adding a row.
 * Plain C, no PHP. */
#ifndef TSP_OPT_H
#define TSP_OPT_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
	TSP_OPT_INT = 0,    /* an int (size 4), or a byte (size 1); a 1-byte answer is widened */
	TSP_OPT_BOOL,       /* PHP truthiness, stored as an int or a byte (size) */
	TSP_OPT_RANGED,     /* an int within [min, max], else a ValueError; stored by size */
	TSP_OPT_LINGER,     /* struct linger <-> ["l_onoff" => int, "l_linger" => int] */
	TSP_OPT_TIMEVAL,    /* struct timeval <-> ["sec" => int, "usec" => int] */
	TSP_OPT_IFNAME,     /* interface name as a string ("" unbinds) */
	TSP_OPT_CONGESTION, /* set: a string (anything else sends ""); get: ["name" => string] */
	TSP_OPT_MEMINFO,    /* get only: the SK_MEMINFO_* counters by name */
	TSP_OPT_STRUCT,     /* a structure of src/core/tsp_msg.h, as an array (struct_id below) */
	TSP_OPT_MCAST,      /* set only: ["group" => host, "interface" => index|name] */
	TSP_OPT_MCAST_SRC,  /* set only: the same with "source" => host */
	TSP_OPT_MCAST_IF4,  /* IPv4 multicast interface: index|name <-> index */
	TSP_OPT_IFINDEX,    /* an interface index, by number or name */
	TSP_OPT_CBPF,       /* SO_ATTACH_REUSEPORT_CBPF: SKF_AD_CPU or SKF_AD_QUEUE, 0 detaches */
	TSP_OPT_U16,        /* an int the kernel wants within 0..65535 (UDP_SEGMENT's segment size) */
	TSP_OPT_KIND_COUNT  /* how many kinds there are (not a kind) */
} tsp_opt_kind;

/* The structure a TSP_OPT_STRUCT row carries (see src/core/tsp_msg.h). */
typedef enum {
	TSP_OPT_STRUCT_NONE = 0,   /* every other kind */
	TSP_OPT_STRUCT_IN6_PKTINFO /* struct in6_pktinfo */
} tsp_opt_struct_id;

typedef struct tsp_opt_row {
	int level;
	int name;
	unsigned char kind;       /* tsp_opt_kind */
	unsigned char size;       /* bytes handed to the kernel for the int-like kinds (1 or 4); else 0 */
	unsigned char struct_id;  /* tsp_opt_struct_id: TSP_OPT_STRUCT rows only */
	int32_t min, max;         /* TSP_OPT_RANGED: what PHP accepts */
	const char *label;        /* the constant's name */
} tsp_opt_row;

extern const tsp_opt_row tsp_opt_rows[];
extern const size_t tsp_opt_row_count;

/* The row for (level, name), or NULL for a plain int option we have no row for. */
const tsp_opt_row *tsp_opt_find(int level, int name);

/* The kind for (level, name): TSP_OPT_INT when there is no row. */
tsp_opt_kind tsp_opt_kind_of(int level, int name);

/* Names of the SO_MEMINFO counters, in the kernel's order. */
extern const char *const tsp_opt_meminfo_names[];
extern const size_t tsp_opt_meminfo_count;

/* IP_MULTICAST_IF takes an interface index and the kernel an IPv4 address.
 * Both lookups go through the socket itself with the interface ioctls, as
 * PHP's socket API has always made them, so a socket of another family or a
 * missing interface fails the same way (the ioctl's errno). */
struct in_addr;

/* Which step of a lookup failed. */
typedef enum {
	TSP_OPT_IF_OK = 0,
	TSP_OPT_IF_ADDR,      /* set: SIOCGIFNAME or SIOCGIFADDR failed (*err) */
	TSP_OPT_IF_LIST,      /* get: SIOCGIFCONF failed (*err) */
	TSP_OPT_IF_INDEX,     /* get: SIOCGIFINDEX failed (*err) */
	TSP_OPT_IF_NOT_FOUND  /* get: no interface has the address */
} tsp_opt_if_status;

/* The IPv4 address of the interface with this index, asked of fd (index 0:
 * INADDR_ANY, no question asked). */
tsp_opt_if_status tsp_opt_if_index_to_ipv4(int fd, unsigned index, struct in_addr *out, int *err);

/* The index of the interface that has this IPv4 address, asked of fd
 * (INADDR_ANY: 0). */
tsp_opt_if_status tsp_opt_if_ipv4_to_index(int fd, const struct in_addr *addr, unsigned *index, int *err);

/* Longest congestion-control name the kernel reports, NUL included. */
#define TSP_OPT_CONGESTION_MAX 16

/* SO_ATTACH_REUSEPORT_CBPF takes a classic BPF program (struct sock_filter,
 * <linux/filter.h>) that picks the socket of a SO_REUSEPORT group for each
 * packet: the program's answer modulo the group's size. PHP code names the
 * answer it wants, SKF_AD_CPU (the CPU the packet came in on) or
 * SKF_AD_QUEUE (its receive queue); this assembles that program,
 * "A = the number; return A", into code (room for TSP_OPT_CBPF_LEN
 * statements). Returns TSP_OPT_CBPF_LEN, or 0 (code untouched) for any
 * other value, and where the system has no such programs. */
#define TSP_OPT_CBPF_LEN 2
struct sock_filter;
int tsp_opt_cbpf(long long what, struct sock_filter *code);

#endif
