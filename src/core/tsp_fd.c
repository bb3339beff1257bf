/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_fd.h"
#include "tsp_num.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>

int tsp_fd_is_socket(int fd)
{
	struct stat st;

	if (fstat(fd, &st) != 0) {
		return errno;
	}
	return S_ISSOCK(st.st_mode) ? 0 : ENOTSOCK;
}

/* The family of fd's own address. */
static int tsp_fd_family_of_name(int fd, int *family)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *) &ss, &len) != 0) {
		return errno;
	}
	*family = ss.ss_family;
	return 0;
}

int tsp_fd_family(int fd, int *family, int *type)
{
	socklen_t len;
	int err = 0;

	if (family) {
		*family = 0;
#ifdef SO_DOMAIN
		len = sizeof(*family);
		if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, family, &len) != 0)
#endif
		{
			*family = 0;
			err = tsp_fd_family_of_name(fd, family);
		}
	}
	if (type) {
		*type = 0;
		len = sizeof(*type);
		if (getsockopt(fd, SOL_SOCKET, SO_TYPE, type, &len) != 0) {
			*type = 0;
			if (!err) {
				err = errno;
			}
		}
	}
	return err;
}

int tsp_fd_set_blocking(int fd, int block)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl < 0) {
		return errno;
	}
	fl = block ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK);
	return fcntl(fd, F_SETFL, fl) == 0 ? 0 : errno;
}

int tsp_fd_set_cloexec(int fd)
{
	/* FD_CLOEXEC is the only descriptor flag there is */
	return fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 ? 0 : errno;
}

int tsp_somaxconn(void)
{
	char buf[32];
	long long v;
	ssize_t n;
	int fd = open("/proc/sys/net/core/somaxconn", O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		return -1;
	}
	n = read(fd, buf, sizeof(buf));
	close(fd);
	if (n <= 0 || tsp_num_parse(buf, (size_t) n, TSP_NUM_SPACE_BEFORE | TSP_NUM_SPACE_AFTER, INT_MAX, &v) != TSP_NUM_OK) {
		return -1;
	}
	return (int) v;
}
