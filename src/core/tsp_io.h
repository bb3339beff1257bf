/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Reading and writing on a descriptor with the semantics of PHP's socket API.
 * Plain C, no PHP. */
#ifndef TSP_IO_H
#define TSP_IO_H

#include <stddef.h>
#include <sys/types.h>

/* Reads up to maxlen bytes one at a time, stopping after the first '\n' or
 * '\r' (which is kept), as socket_read(PHP_NORMAL_READ) does.
 * Returns the byte count, or -1 with *err set.
 * - A blocking socket at end of stream before a line end fails with
 *   ECONNRESET, the answer PHP has always given there.
 * - A non-blocking socket returns what it has (possibly 0 at end of stream);
 *   with nothing at all to read it fails with EAGAIN instead of spinning.
 * - A blocking socket whose SO_RCVTIMEO expires does the same.
 * - An interrupted read fails with EINTR. */
ssize_t tsp_io_read_line(int fd, char *buf, size_t maxlen, int *err);

#endif
