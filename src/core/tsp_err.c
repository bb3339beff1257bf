/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#define _GNU_SOURCE 1
#ifdef HAVE_CONFIG_H
# include "config.h" /* the build's checks; core itself reads only system macros */
#endif
#include "tsp_err.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define W TSP_ERR_WOULDBLOCK
#define T TSP_ERR_TRANSIENT
#define F TSP_ERR_FATAL

/* errno rows: the SOCKET_E* constants, in errno order where the platform has
 * them. The resolver rows follow. Sorted by code for tsp_err_find(). */
const tsp_err_row tsp_err_rows[] = {
	{ TSP_ERR_RESOLVER_BASE - 4, "TSP_RESOLVER_NO_DATA", F },
	{ TSP_ERR_RESOLVER_BASE - 3, "TSP_RESOLVER_NO_RECOVERY", F },
	{ TSP_ERR_RESOLVER_BASE - 2, "TSP_RESOLVER_TRY_AGAIN", T },
	{ TSP_ERR_RESOLVER_BASE - 1, "TSP_RESOLVER_HOST_NOT_FOUND", F },
#ifdef EPERM
	{ EPERM, "SOCKET_EPERM", F },
#endif
#ifdef ENOENT
	{ ENOENT, "SOCKET_ENOENT", F },
#endif
#ifdef EINTR
	{ EINTR, "SOCKET_EINTR", T },
#endif
#ifdef EIO
	{ EIO, "SOCKET_EIO", F },
#endif
#ifdef ENXIO
	{ ENXIO, "SOCKET_ENXIO", F },
#endif
#ifdef E2BIG
	{ E2BIG, "SOCKET_E2BIG", F },
#endif
#ifdef EBADF
	{ EBADF, "SOCKET_EBADF", F },
#endif
#ifdef EAGAIN
	{ EAGAIN, "SOCKET_EAGAIN", W },
#endif
#ifdef ENOMEM
	{ ENOMEM, "SOCKET_ENOMEM", T },
#endif
#ifdef EACCES
	{ EACCES, "SOCKET_EACCES", F },
#endif
#ifdef EFAULT
	{ EFAULT, "SOCKET_EFAULT", F },
#endif
#ifdef ENOTBLK
	{ ENOTBLK, "SOCKET_ENOTBLK", F },
#endif
#ifdef EBUSY
	{ EBUSY, "SOCKET_EBUSY", F },
#endif
#ifdef EEXIST
	{ EEXIST, "SOCKET_EEXIST", F },
#endif
#ifdef EXDEV
	{ EXDEV, "SOCKET_EXDEV", F },
#endif
#ifdef ENODEV
	{ ENODEV, "SOCKET_ENODEV", F },
#endif
#ifdef ENOTDIR
	{ ENOTDIR, "SOCKET_ENOTDIR", F },
#endif
#ifdef EISDIR
	{ EISDIR, "SOCKET_EISDIR", F },
#endif
#ifdef EINVAL
	{ EINVAL, "SOCKET_EINVAL", F },
#endif
#ifdef ENFILE
	{ ENFILE, "SOCKET_ENFILE", T },
#endif
#ifdef EMFILE
	{ EMFILE, "SOCKET_EMFILE", T },
#endif
#ifdef ENOTTY
	{ ENOTTY, "SOCKET_ENOTTY", F },
#endif
#ifdef ENOSPC
	{ ENOSPC, "SOCKET_ENOSPC", F },
#endif
#ifdef ESPIPE
	{ ESPIPE, "SOCKET_ESPIPE", F },
#endif
#ifdef EROFS
	{ EROFS, "SOCKET_EROFS", F },
#endif
#ifdef EMLINK
	{ EMLINK, "SOCKET_EMLINK", F },
#endif
#ifdef EPIPE
	{ EPIPE, "SOCKET_EPIPE", F },
#endif
#ifdef ENAMETOOLONG
	{ ENAMETOOLONG, "SOCKET_ENAMETOOLONG", F },
#endif
#ifdef ENOLCK
	{ ENOLCK, "SOCKET_ENOLCK", F },
#endif
#ifdef ENOSYS
	{ ENOSYS, "SOCKET_ENOSYS", F },
#endif
#ifdef ENOTEMPTY
	{ ENOTEMPTY, "SOCKET_ENOTEMPTY", F },
#endif
#ifdef ELOOP
	{ ELOOP, "SOCKET_ELOOP", F },
#endif
#ifdef ENOMSG
	{ ENOMSG, "SOCKET_ENOMSG", F },
#endif
#ifdef EIDRM
	{ EIDRM, "SOCKET_EIDRM", F },
#endif
#ifdef ECHRNG
	{ ECHRNG, "SOCKET_ECHRNG", F },
#endif
#ifdef EL2NSYNC
	{ EL2NSYNC, "SOCKET_EL2NSYNC", F },
#endif
#ifdef EL3HLT
	{ EL3HLT, "SOCKET_EL3HLT", F },
#endif
#ifdef EL3RST
	{ EL3RST, "SOCKET_EL3RST", F },
#endif
#ifdef ELNRNG
	{ ELNRNG, "SOCKET_ELNRNG", F },
#endif
#ifdef EUNATCH
	{ EUNATCH, "SOCKET_EUNATCH", F },
#endif
#ifdef ENOCSI
	{ ENOCSI, "SOCKET_ENOCSI", F },
#endif
#ifdef EL2HLT
	{ EL2HLT, "SOCKET_EL2HLT", F },
#endif
#ifdef EBADE
	{ EBADE, "SOCKET_EBADE", F },
#endif
#ifdef EBADR
	{ EBADR, "SOCKET_EBADR", F },
#endif
#ifdef EXFULL
	{ EXFULL, "SOCKET_EXFULL", F },
#endif
#ifdef ENOANO
	{ ENOANO, "SOCKET_ENOANO", F },
#endif
#ifdef EBADRQC
	{ EBADRQC, "SOCKET_EBADRQC", F },
#endif
#ifdef EBADSLT
	{ EBADSLT, "SOCKET_EBADSLT", F },
#endif
#ifdef ENOSTR
	{ ENOSTR, "SOCKET_ENOSTR", F },
#endif
#ifdef ENODATA
	{ ENODATA, "SOCKET_ENODATA", F },
#endif
#ifdef ETIME
	{ ETIME, "SOCKET_ETIME", F },
#endif
#ifdef ENOSR
	{ ENOSR, "SOCKET_ENOSR", F },
#endif
#ifdef ENONET
	{ ENONET, "SOCKET_ENONET", F },
#endif
#ifdef EREMOTE
	{ EREMOTE, "SOCKET_EREMOTE", F },
#endif
#ifdef ENOLINK
	{ ENOLINK, "SOCKET_ENOLINK", F },
#endif
#ifdef EADV
	{ EADV, "SOCKET_EADV", F },
#endif
#ifdef ESRMNT
	{ ESRMNT, "SOCKET_ESRMNT", F },
#endif
#ifdef ECOMM
	{ ECOMM, "SOCKET_ECOMM", F },
#endif
#ifdef EPROTO
	{ EPROTO, "SOCKET_EPROTO", F },
#endif
#ifdef EMULTIHOP
	{ EMULTIHOP, "SOCKET_EMULTIHOP", F },
#endif
#ifdef EBADMSG
	{ EBADMSG, "SOCKET_EBADMSG", F },
#endif
#ifdef ENOTUNIQ
	{ ENOTUNIQ, "SOCKET_ENOTUNIQ", F },
#endif
#ifdef EBADFD
	{ EBADFD, "SOCKET_EBADFD", F },
#endif
#ifdef EREMCHG
	{ EREMCHG, "SOCKET_EREMCHG", F },
#endif
#ifdef ERESTART
	{ ERESTART, "SOCKET_ERESTART", F },
#endif
#ifdef ESTRPIPE
	{ ESTRPIPE, "SOCKET_ESTRPIPE", F },
#endif
#ifdef EUSERS
	{ EUSERS, "SOCKET_EUSERS", F },
#endif
#ifdef ENOTSOCK
	{ ENOTSOCK, "SOCKET_ENOTSOCK", F },
#endif
#ifdef EDESTADDRREQ
	{ EDESTADDRREQ, "SOCKET_EDESTADDRREQ", F },
#endif
#ifdef EMSGSIZE
	{ EMSGSIZE, "SOCKET_EMSGSIZE", F },
#endif
#ifdef EPROTOTYPE
	{ EPROTOTYPE, "SOCKET_EPROTOTYPE", F },
#endif
#ifdef ENOPROTOOPT
	{ ENOPROTOOPT, "SOCKET_ENOPROTOOPT", F },
#endif
#ifdef EPROTONOSUPPORT
	{ EPROTONOSUPPORT, "SOCKET_EPROTONOSUPPORT", F },
#endif
#ifdef ESOCKTNOSUPPORT
	{ ESOCKTNOSUPPORT, "SOCKET_ESOCKTNOSUPPORT", F },
#endif
#ifdef EOPNOTSUPP
	{ EOPNOTSUPP, "SOCKET_EOPNOTSUPP", F },
#endif
#ifdef EPFNOSUPPORT
	{ EPFNOSUPPORT, "SOCKET_EPFNOSUPPORT", F },
#endif
#ifdef EAFNOSUPPORT
	{ EAFNOSUPPORT, "SOCKET_EAFNOSUPPORT", F },
#endif
#ifdef EADDRINUSE
	{ EADDRINUSE, "SOCKET_EADDRINUSE", F },
#endif
#ifdef EADDRNOTAVAIL
	{ EADDRNOTAVAIL, "SOCKET_EADDRNOTAVAIL", F },
#endif
#ifdef ENETDOWN
	{ ENETDOWN, "SOCKET_ENETDOWN", F },
#endif
#ifdef ENETUNREACH
	{ ENETUNREACH, "SOCKET_ENETUNREACH", F },
#endif
#ifdef ENETRESET
	{ ENETRESET, "SOCKET_ENETRESET", F },
#endif
#ifdef ECONNABORTED
	{ ECONNABORTED, "SOCKET_ECONNABORTED", T },
#endif
#ifdef ECONNRESET
	{ ECONNRESET, "SOCKET_ECONNRESET", F },
#endif
#ifdef ENOBUFS
	{ ENOBUFS, "SOCKET_ENOBUFS", T },
#endif
#ifdef EISCONN
	{ EISCONN, "SOCKET_EISCONN", F },
#endif
#ifdef ENOTCONN
	{ ENOTCONN, "SOCKET_ENOTCONN", F },
#endif
#ifdef ESHUTDOWN
	{ ESHUTDOWN, "SOCKET_ESHUTDOWN", F },
#endif
#ifdef ETOOMANYREFS
	{ ETOOMANYREFS, "SOCKET_ETOOMANYREFS", F },
#endif
#ifdef ETIMEDOUT
	{ ETIMEDOUT, "SOCKET_ETIMEDOUT", F },
#endif
#ifdef ECONNREFUSED
	{ ECONNREFUSED, "SOCKET_ECONNREFUSED", F },
#endif
#ifdef EHOSTDOWN
	{ EHOSTDOWN, "SOCKET_EHOSTDOWN", F },
#endif
#ifdef EHOSTUNREACH
	{ EHOSTUNREACH, "SOCKET_EHOSTUNREACH", F },
#endif
#ifdef EALREADY
	{ EALREADY, "SOCKET_EALREADY", T },
#endif
#ifdef EINPROGRESS
	{ EINPROGRESS, "SOCKET_EINPROGRESS", W },
#endif
#ifdef EISNAM
	{ EISNAM, "SOCKET_EISNAM", F },
#endif
#ifdef EREMOTEIO
	{ EREMOTEIO, "SOCKET_EREMOTEIO", F },
#endif
#ifdef EDQUOT
	{ EDQUOT, "SOCKET_EDQUOT", F },
#endif
#ifdef ENOMEDIUM
	{ ENOMEDIUM, "SOCKET_ENOMEDIUM", F },
#endif
#ifdef EMEDIUMTYPE
	{ EMEDIUMTYPE, "SOCKET_EMEDIUMTYPE", F },
#endif
};
const size_t tsp_err_row_count = sizeof(tsp_err_rows) / sizeof(tsp_err_rows[0]);

#undef W
#undef T
#undef F

const tsp_err_row *tsp_err_find(int code)
{
	size_t lo = 0, hi = tsp_err_row_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tsp_err_rows[mid].code == code) {
			return &tsp_err_rows[mid];
		}
		if (tsp_err_rows[mid].code < code) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return NULL;
}

tsp_err_class tsp_err_classify(int code)
{
	const tsp_err_row *row;

	/* the two that non-blocking sockets meet on every call, without the
	 * search (their rows say the same: the unit test checks every row) */
	if (code == EAGAIN || code == EINPROGRESS) {
		return TSP_ERR_WOULDBLOCK;
	}
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
	if (code == EWOULDBLOCK) {
		return TSP_ERR_WOULDBLOCK;
	}
#endif
	row = tsp_err_find(code);
	return row ? (tsp_err_class) row->cls : TSP_ERR_FATAL;
}

int tsp_err_from_h_errno(int h)
{
	long long code = (long long) TSP_ERR_RESOLVER_BASE - h;
	if (code < INT_MIN) {
		return INT_MIN;
	}
	if (code > INT_MAX) {
		return INT_MAX;
	}
	return (int) code;
}

/* The resolver texts, indexed by h_errno. */
static const char *const tsp_resolver_texts[] = {
	"Resolver Error 0 (no error)",
	"Unknown host",
	"Host name lookup failure",
	"Unknown server error",
	"No address associated with name",
};

static void tsp_copy(char *buf, size_t buflen, const char *text)
{
	size_t n = strlen(text);
	if (n >= buflen) {
		n = buflen - 1;
	}
	memcpy(buf, text, n);
	buf[n] = '\0';
}

const char *tsp_err_message(int code, char *buf, size_t buflen)
{
	if (buflen == 0) {
		return buf;
	}
	if (code < TSP_ERR_RESOLVER_BASE) {
		/* h = -code - 10000, computed without overflow */
		long long h = -(long long) code + TSP_ERR_RESOLVER_BASE;
		if (h >= 0 && h < (long long) (sizeof(tsp_resolver_texts) / sizeof(tsp_resolver_texts[0]))) {
			tsp_copy(buf, buflen, tsp_resolver_texts[h]);
		} else {
			tsp_copy(buf, buflen, "Unknown resolver error");
		}
		return buf;
	}
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
	{
		const char *text = strerror_r(code, buf, buflen);
		if (text != buf) {
			tsp_copy(buf, buflen, text);
		}
	}
#else
	if (strerror_r(code, buf, buflen) != 0) {
		snprintf(buf, buflen, "Unknown error %d", code);
	}
#endif
	return buf;
}
