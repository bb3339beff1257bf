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

/* The same, with the length of its data too: *dlen gets the data bytes and
 * *space CMSG_SPACE(*dlen). Returns 0 (leaving both alone) when *space would
 * not fit in max, else 1. */
int tsp_cmsg_size(const tsp_cmsg_type *t, size_t n, size_t max, size_t *dlen, size_t *space);

/* Control messages are laid out one after the other in a buffer the caller
 * owns, each taking CMSG_SPACE() of its data. The buffer must be aligned for
 * struct cmsghdr (malloc() and emalloc() memory is).
 *
 * tsp_cmsg_append: puts a message with dlen bytes of data at *off of buf (cap
 * bytes): zeroes its CMSG_SPACE(dlen) bytes, fills its header (cmsg_len is
 * CMSG_LEN(dlen)), moves *off past it and returns its data, where exactly
 * dlen bytes may be written. Returns NULL and changes nothing when it does not
 * fit in cap or *off is not a multiple of the alignment. */
unsigned char *tsp_cmsg_append(unsigned char *buf, size_t cap, size_t *off, int level, int type, size_t dlen);

/* One control message of a received buffer. */
typedef struct tsp_cmsg_view {
	int level, type;
	const unsigned char *data; /* inside the buffer */
	size_t len;                /* data bytes, never past the end of the buffer */
} tsp_cmsg_view;

/* Reads the message at *off of buf (len bytes, as recvmsg() filled it) into
 * *out and moves *off to the next one. Any bytes are safe: a header claiming
 * more than the buffer holds has its data cut at the end of the buffer.
 * Returns 0 at the end, or at a header too short to be one, else 1. */
int tsp_cmsg_next(const unsigned char *buf, size_t len, size_t *off, tsp_cmsg_view *out);

/* Largest buffer socket_recvmsg() accepts, and its default. */
#define TSP_MSG_BUFFER_MAX (100 * 1024 * 1024)
#define TSP_MSG_BUFFER_DEFAULT 8192

#endif
