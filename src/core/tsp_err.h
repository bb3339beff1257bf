/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The error table: one row per code that socket_last_error() can report.
 * Plain C, no PHP. Codes are errno values (positive) or resolver failures
 * (TSP_ERR_RESOLVER_BASE - h_errno, i.e. -10001 and below), the numbering
 * PHP's socket API has always used. */
#ifndef TSP_ERR_H
#define TSP_ERR_H

#include <stddef.h>

#define TSP_ERR_RESOLVER_BASE (-10000)

/* What a caller should do with a code. */
typedef enum {
	TSP_ERR_FATAL = 0,      /* report it */
	TSP_ERR_WOULDBLOCK = 1, /* normal on a non-blocking socket: record, stay quiet */
	TSP_ERR_TRANSIENT = 2   /* worth a retry (interrupted, out of buffers, ...) */
} tsp_err_class;

typedef struct tsp_err_row {
	int code;          /* errno value, or a resolver code */
	const char *name;  /* SOCKET_E* name for errno rows; TSP_RESOLVER_* for resolver rows */
	unsigned char cls; /* tsp_err_class */
} tsp_err_row;

extern const tsp_err_row tsp_err_rows[];
extern const size_t tsp_err_row_count;

/* Row for a code, or NULL when the table has none (the code still has a
 * message: see tsp_err_message). */
const tsp_err_row *tsp_err_find(int code);

/* Class of a code; codes without a row are TSP_ERR_FATAL. */
tsp_err_class tsp_err_classify(int code);

/* The resolver code for an h_errno value; never overflows. */
int tsp_err_from_h_errno(int h);

/* Writes the message for any int into buf (always NUL-terminated when
 * buflen > 0) and returns buf. errno codes use the C library's strerror
 * text ("Unknown error N" for unknown ones); codes below the resolver base
 * use the resolver texts. Thread-safe: no static buffer. */
const char *tsp_err_message(int code, char *buf, size_t buflen);

/* A buffer large enough for every message. */
#define TSP_ERR_MSG_MAX 256

#endif
