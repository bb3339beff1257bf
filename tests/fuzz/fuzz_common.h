/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Shared by the libFuzzer harnesses: an assertion that survives -DNDEBUG
 * and names the broken invariant before it aborts. */
#ifndef TSP_FUZZ_COMMON_H
#define TSP_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

#endif
