/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* What the system says about a descriptor, and the modes tsp_sockets sets
 * on one; and the system's cap on listen queues. Plain C, no PHP, no
 * allocation. Every function answers an errno where one failed. */
#ifndef TSP_FD_H
#define TSP_FD_H

/* Whether fd is an open socket: 0 when it is, ENOTSOCK for another kind of
 * file, or fstat()'s errno (EBADF for a number nothing is open under). */
int tsp_fd_is_socket(int fd);

/* The family (AF_*) and the type (SOCK_*) of the socket fd; either pointer
 * may be NULL when that answer is not wanted. The family comes from
 * SO_DOMAIN, or from the address getsockname() gives where the system has
 * no SO_DOMAIN or refuses it; the type from SO_TYPE. Returns 0, or the errno
 * of the first question that failed; an answer that could not be had is 0
 * (AF_UNSPEC, no type). */
int tsp_fd_family(int fd, int *family, int *type);

/* Puts fd in blocking (block != 0) or non-blocking mode, leaving its other
 * status flags alone. Returns 0 or an errno. */
int tsp_fd_set_blocking(int fd, int block);

/* Marks fd close-on-exec. Returns 0 or an errno. */
int tsp_fd_set_cloexec(int fd);

/* net.core.somaxconn, the most any listen queue gets (a larger backlog is
 * cut to it), as /proc/sys/net/core/somaxconn gives it: 0 or more, or -1
 * when it cannot be read (no /proc, not a whole number). */
int tsp_somaxconn(void);

#endif
