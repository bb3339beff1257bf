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
#include <string.h>
#include <sys/socket.h>

#ifndef MSG_TRUNC
# define MSG_TRUNC 0
#endif

size_t tsp_io_line_len(const char *buf, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n' || buf[i] == '\r') {
			return i + 1;
		}
	}
	return len;
}

int tsp_io_read_line(int fd, char *buf, size_t maxlen, size_t *got)
{
	size_t n = 0;

	*got = 0;
	while (n < maxlen) {
		size_t want = maxlen - n < TSP_IO_PEEK_MAX ? maxlen - n : TSP_IO_PEEK_MAX, take;
		ssize_t m = recv(fd, buf + n, want, MSG_PEEK);
		if (m == 0) {
			return TSP_IO_EOF;
		}
		if (m < 0) {
			return errno;
		}
		/* take what was seen, up to the line end; recv() may give less
		 * (another reader, an urgent mark): what it stored is what counts */
		take = tsp_io_line_len(buf + n, (size_t) m);
		m = recv(fd, buf + n, take, 0);
		if (m == 0) {
			return TSP_IO_EOF;
		}
		if (m < 0) {
			return errno;
		}
		n += (size_t) m;
		*got = n;
		if (buf[n - 1] == '\n' || buf[n - 1] == '\r') {
			return 0;
		}
	}
	return 0;
}

ssize_t tsp_io_peek_message(int fd, char *buf, size_t cap, int *err)
{
	ssize_t n = recv(fd, buf, cap, MSG_PEEK | MSG_TRUNC);
	if (n < 0) {
		*err = errno;
	}
	return n;
}

int tsp_io_nonblocking(int fd, int *err)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0) {
		*err = errno;
		return -1;
	}
	return (fl & O_NONBLOCK) != 0;
}
