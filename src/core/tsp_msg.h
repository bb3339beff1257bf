/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The tables behind socket_sendmsg()/socket_recvmsg(): which C structure each
 * PHP array stands for, field by field, and which ancillary messages (cmsg)
 * are known with their sizes. Plain C, no PHP: the binding walks these tables
 * to convert in both directions, so a new structure or cmsg type is rows here,
 * not a new function. */
#ifndef TSP_MSG_H
#define TSP_MSG_H

#include <stddef.h>
#include <sys/socket.h>

/* How one field's value is read from PHP and written back. */
typedef enum {
	TSP_F_INT = 1,     /* int, "a native int" range */
	TSP_F_UINT16_NET,  /* uint16_t in network order (ports) */
	TSP_F_UINT32,      /* uint32_t */
	TSP_F_PID,         /* pid_t */
	TSP_F_UID,         /* uid_t (and gid_t) */
	TSP_F_FAMILY,      /* sa_family_t */
	TSP_F_IN_ADDR,     /* struct in_addr from a host string */
	TSP_F_IN6_ADDR,    /* struct in6_addr from a host string */
	TSP_F_UNIX_PATH,   /* sun_path, binary-safe, not empty */
	TSP_F_IFINDEX      /* unsigned interface index, by number or name */
} tsp_field_kind;

typedef struct tsp_field {
	const char *key;          /* the PHP array key */
	unsigned char kind;       /* tsp_field_kind */
	unsigned char required;   /* "The key '...' is required" when absent */
	unsigned short offset;    /* offset in the C structure */
} tsp_field;

/* A C structure as a PHP array: its fields end with a { NULL } row. */
typedef struct tsp_struct {
	const char *name;
	size_t size;
	const tsp_field *fields;
} tsp_struct;

extern const tsp_struct tsp_struct_sockaddr_in;
extern const tsp_struct tsp_struct_sockaddr_in6;
extern const tsp_struct tsp_struct_sockaddr_un;
extern const tsp_struct tsp_struct_ucred;
extern const tsp_struct tsp_struct_in6_pktinfo;

/* The sockaddr structure for a family, or NULL. */
const tsp_struct *tsp_msg_sockaddr(int family);

/* What the data of a control message is. */
typedef enum {
	TSP_CMSG_STRUCT = 1, /* one structure (see .layout) */
	TSP_CMSG_INT,        /* one int */
	TSP_CMSG_FDS         /* an array of descriptors */
} tsp_cmsg_data;

typedef struct tsp_cmsg_type {
	int level, type;
	unsigned char data;        /* tsp_cmsg_data */
	const tsp_struct *layout;  /* for TSP_CMSG_STRUCT */
	size_t size;               /* fixed part of the data */
	size_t var_el_size;        /* per element, for variable-length data (0 if fixed) */
	const char *name;
} tsp_cmsg_type;

extern const tsp_cmsg_type tsp_cmsg_types[];
extern const size_t tsp_cmsg_type_count;

/* The row for (level, type), or NULL. */
const tsp_cmsg_type *tsp_cmsg_find(int level, int type);

/* CMSG_SPACE() of a message of this type carrying n elements (n counts only
 * for variable-length types). Returns 0 when the size would not fit in max. */
size_t tsp_cmsg_space(const tsp_cmsg_type *t, size_t n, size_t max);

/* Largest buffer socket_recvmsg() accepts, and its default. */
#define TSP_MSG_BUFFER_MAX (100 * 1024 * 1024)
#define TSP_MSG_BUFFER_DEFAULT 8192

#endif
