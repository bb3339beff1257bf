/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_io.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>

ssize_t tsp_io_read_line(int fd, char *buf, size_t maxlen, int *err)
{
	size_t n = 0;
	int fl = fcntl(fd, F_GETFL);
	int nonblock;

	if (fl < 0) {
		*err = errno;
		return -1;
	}
	nonblock = (fl & O_NONBLOCK) != 0;

	while (n < maxlen) {
		ssize_t m = recv(fd, buf + n, 1, 0);
		if (m == 1) {
			char c = buf[n++];
			if (c == '\n' || c == '\r') {
				break;
			}
			continue;
		}
		if (m == 0) {
			if (nonblock) {
				return (ssize_t) n;
			}
			*err = ECONNRESET;
			return -1;
		}
		if (errno == EAGAIN || errno == EWOULDBLOCK) {
			if (n > 0) {
				return (ssize_t) n;
			}
			*err = errno;
			return -1;
		}
		*err = errno;
		return -1;
	}
	return (ssize_t) n;
}
