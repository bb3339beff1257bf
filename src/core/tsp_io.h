/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Reading from a descriptor with the semantics of PHP's socket API.
 * Plain C, no PHP; the caller provides all memory. */
#ifndef TSP_IO_H
#define TSP_IO_H

#include <stddef.h>
#include <sys/types.h>

/* tsp_io_read_line()'s answer when the peer closed (recv() returned 0). */
#define TSP_IO_EOF (-1)

/* At most this many bytes are looked at per round of tsp_io_read_line(). */
#define TSP_IO_PEEK_MAX 4096

/* The number of bytes of buf[0, len) up to and including the first '\n' or
 * '\r', or len when there is neither. */
size_t tsp_io_line_len(const char *buf, size_t len);

/* Reads a line from a stream socket into buf, at most maxlen bytes, without
 * taking a byte past the line end from the kernel: each round peeks at what
 * has arrived (MSG_PEEK) and takes only up to the first '\n' or '\r', which
 * is kept, as socket_read(PHP_NORMAL_READ) reads. *got is the number of bytes
 * stored in buf (and taken), whatever the answer:
 *   0           buf ends in a line end, or *got == maxlen;
 *   TSP_IO_EOF  the peer closed first;
 *   an errno    recv() failed: EAGAIN/EWOULDBLOCK (a non-blocking socket ran
 *               dry, or SO_RCVTIMEO expired), EINTR, ECONNRESET, EBADF, ...
 * A blocking socket waits for data as recv() does. */
int tsp_io_read_line(int fd, char *buf, size_t maxlen, size_t *got);

/* Peeks at the next datagram (or record) waiting on fd: copies at most cap
 * bytes of it into buf without taking it, waiting for one as recv() does.
 * Returns its length as the kernel reports it with MSG_TRUNC (on Linux the
 * whole length, even beyond cap; elsewhere at most cap, so a result of cap
 * means "cap or more"), or -1 with *err. */
ssize_t tsp_io_peek_message(int fd, char *buf, size_t cap, int *err);

/* Whether fd is in non-blocking mode: 1 or 0, or -1 with *err. */
int tsp_io_nonblocking(int fd, int *err);

#endif
