/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The option table: how the value of each (level, name) socket option is
 * shaped. Options without a row are plain ints, as PHP has always passed
 * unknown options through. Plain C, no PHP. */
#ifndef TSP_OPT_H
#define TSP_OPT_H

#include <stddef.h>

typedef enum {
	TSP_OPT_INT = 0,   /* int; a 1-byte answer from the kernel is widened */
	TSP_OPT_LINGER,    /* struct linger <-> ["l_onoff" => int, "l_linger" => int] */
	TSP_OPT_TIMEVAL,   /* struct timeval <-> ["sec" => int, "usec" => int] */
	TSP_OPT_IFNAME,    /* interface name as a string ("" unbinds) */
	TSP_OPT_CONGESTION,/* set: a string (anything else sends ""); get: ["name" => string] */
	TSP_OPT_MEMINFO    /* get only: the SK_MEMINFO_* counters by name */
} tsp_opt_kind;

/* Names of the SO_MEMINFO counters, in the kernel's order. */
extern const char *const tsp_opt_meminfo_names[];
extern const size_t tsp_opt_meminfo_count;

/* Longest congestion-control name the kernel reports, NUL included. */
#define TSP_OPT_CONGESTION_MAX 16

typedef struct tsp_opt_row {
	int level;
	int name;
	unsigned char kind;   /* tsp_opt_kind */
	const char *label;    /* the PHP constant's name */
} tsp_opt_row;

extern const tsp_opt_row tsp_opt_rows[];
extern const size_t tsp_opt_row_count;

/* The row for (level, name), or NULL for a plain int option we have no row for. */
const tsp_opt_row *tsp_opt_find(int level, int name);

/* The kind for (level, name): TSP_OPT_INT when there is no row. */
tsp_opt_kind tsp_opt_kind_of(int level, int name);

#endif
