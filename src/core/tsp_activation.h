/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Socket activation: the LISTEN_PID / LISTEN_FDS / LISTEN_FDNAMES protocol
 * by which a service manager hands listening sockets to a process.
 * Plain C, no PHP, no allocation. */
#ifndef TSP_ACTIVATION_H
#define TSP_ACTIVATION_H

#include <stddef.h>

/* The first inherited descriptor. */
#define TSP_ACTIVATION_FD_START 3

/* How many descriptors the variables hand to the process with pid self:
 * 0 when they are absent or meant for another process (LISTEN_PID differs),
 * -1 when they are malformed (not decimal, negative, absurdly many). */
int tsp_activation_count(const char *listen_pid, const char *listen_fds, long self);

/* The name of descriptor index (0-based) in LISTEN_FDNAMES (colon-separated):
 * sets *start and *len and returns 1, or returns 0 when there is no non-empty
 * name for it. */
int tsp_activation_name(const char *names, int index, const char **start, size_t *len);

#endif
