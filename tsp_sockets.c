/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The module and the socket_* functions. Each function reads its arguments,
 * calls core/ or the system, and reports through binding/tsp_report.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "binding/tsp_binding.h"
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_io.h"
#include "ext/standard/info.h"

#include <errno.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netdb.h>
#ifdef HAVE_LINUX_FILTER_H
# include <linux/filter.h>
#endif
#ifdef HAVE_LINUX_IF_ETHER_H
# include <linux/if_ether.h>
#endif

/* Constants the stub names that have no system macro of their own
 * (TSP_NORMAL_READ and TSP_BINARY_READ are in binding/tsp_binding.h). */
#if defined(SOL_UDPLITE)
# define TSP_SOL_UDPLITE SOL_UDPLITE
#elif defined(__linux__)
# define TSP_SOL_UDPLITE 136 /* the UDP-Lite protocol number, the level of its options */
#endif
#if defined(MSG_EOF)
# define TSP_MSG_EOF MSG_EOF
#elif defined(MSG_FIN)
# define TSP_MSG_EOF MSG_FIN
#endif
#if defined(UDP_SEGMENT)
# define TSP_UDP_SEGMENT UDP_SEGMENT
#elif defined(__linux__)
# define TSP_UDP_SEGMENT 103 /* <linux/udp.h>'s, which cannot be included next to <netinet/udp.h> */
#endif
#ifdef TSP_ADDR_HAVE_PACKET
# define TSP_AF_PACKET_CONST AF_PACKET /* the family tsp_sockets has packet sockets for */
#endif

#include "tsp_sockets_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(tsp_sockets)

/* The types socket_create() accepts: the SOCK_* values up to SOCK_PACKET,
 * with SOCK_NONBLOCK and SOCK_CLOEXEC or'ed in (as PHP 8.4 takes them). */
#define TSP_MAX_SOCK_TYPE 10
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
# define TSP_SOCK_FLAGS (SOCK_NONBLOCK | SOCK_CLOEXEC)
#else
# define TSP_SOCK_FLAGS 0
#endif

static bool tsp_type_ok(zend_long type)
{
	return (type & ~(zend_long) TSP_SOCK_FLAGS) <= TSP_MAX_SOCK_TYPE;
}

/* Whether a socket made with this type starts non-blocking. */
static bool tsp_type_blocking(zend_long type)
{
#ifdef SOCK_NONBLOCK
	return !(type & SOCK_NONBLOCK);
#else
	return true;
#endif
}

/* The families socket_create_pair() takes; socket_create() takes AF_PACKET too. */
static bool tsp_domain_ok(zend_long domain)
{
	return domain == AF_UNIX || domain == AF_INET6 || domain == AF_INET;
}

static bool tsp_create_domain_ok(zend_long domain)
{
#ifdef TSP_ADDR_HAVE_PACKET
	if (domain == AF_PACKET) {
		return true;
	}
#endif
	return tsp_domain_ok(domain);
}

/* A port argument of socket_bind(), socket_create_listen() or socket_sendto():
 * false after the ValueError where TSP_RULE_PORT_RANGE checks the range
 * (elsewhere the port is cut to 16 bits). */
static bool tsp_port_ok(zend_long port, uint32_t arg)
{
	if (TSP_RULE_PORT_RANGE && (port < 0 || port > USHRT_MAX)) {
		php_tsp_throw_port_range(arg);
		return false;
	}
	return true;
}

/* {{{ socket_create(int $domain, int $type, int $protocol): Socket|false */
PHP_FUNCTION(socket_create)
{
	zend_long domain, type, protocol;
	int fd;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
	ZEND_PARSE_PARAMETERS_END();

	if (!tsp_create_domain_ok(domain)) {
		php_tsp_throw_domain(1);
		RETURN_THROWS();
	}
	if (!tsp_type_ok(type)) {
		php_tsp_throw_type(2);
		RETURN_THROWS();
	}
#ifdef TSP_ADDR_HAVE_PACKET
	if (domain == AF_PACKET) {
		protocol = tsp_addr_packet_protocol((long long) protocol);
	}
#endif
	fd = socket((int) domain, (int) type, (int) protocol);
	if (fd < 0) {
		php_tsp_fail_create(errno, false);
		RETURN_FALSE;
	}
	php_tsp_socket_new(return_value, fd, (int) domain)->blocking = tsp_type_blocking(type);
}
/* }}} */

/* {{{ socket_create_pair(int $domain, int $type, int $protocol, array &$pair): bool */
PHP_FUNCTION(socket_create_pair)
{
	zend_long domain, type, protocol;
	zval *zpair, a, b;
	int fds[2];

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
		Z_PARAM_ZVAL(zpair)
	ZEND_PARSE_PARAMETERS_END();

	if (!tsp_domain_ok(domain)) {
		php_tsp_throw_pair_domain(1);
		RETURN_THROWS();
	}
	if (!tsp_type_ok(type)) {
		php_tsp_throw_type(2);
		RETURN_THROWS();
	}
	if (socketpair((int) domain, (int) type, (int) protocol, fds) != 0) {
		php_tsp_fail_create(errno, true);
		RETURN_FALSE;
	}
	zpair = zend_try_array_init(zpair);
	if (!zpair) {
		close(fds[0]);
		close(fds[1]);
		RETURN_THROWS();
	}
	php_tsp_socket_new(&a, fds[0], (int) domain)->blocking = tsp_type_blocking(type);
	php_tsp_socket_new(&b, fds[1], (int) domain)->blocking = tsp_type_blocking(type);
	add_index_zval(zpair, 0, &a);
	add_index_zval(zpair, 1, &b);
	RETURN_TRUE;
}
/* }}} */

/* {{{ socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false */
PHP_FUNCTION(socket_select)
{
	zval *sets[3] = { NULL, NULL, NULL };
	zend_long sec = 0, usec = 0;
	bool sec_null = false;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(sets[0], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(sets[1], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(sets[2], 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(sec, sec_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(usec)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_select(sets, sec, sec_null, usec, return_value);
}
/* }}} */

/* {{{ socket_create_listen(int $port, int $backlog = SOMAXCONN): Socket|false */
PHP_FUNCTION(socket_create_listen)
{
	zend_long port, backlog = SOMAXCONN; /* PHP 8.4's default, here on every version (8.2 took 128) */
	tsp_addr addr;
	int fd, err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(port)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	if (!tsp_port_ok(port, 1)) {
		RETURN_THROWS();
	}
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0) {
		php_tsp_fail(NULL, TSP_WARN_LISTEN_CREATE, errno);
		RETURN_FALSE;
	}
	memset(&addr, 0, sizeof(addr));
	addr.u.in4.sin_family = AF_INET;
	addr.u.in4.sin_port = htons((uint16_t) port);
	addr.u.in4.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(fd, &addr.u.sa, sizeof(addr.u.in4)) != 0) {
		err = errno;
		close(fd);
		php_tsp_fail(NULL, TSP_WARN_LISTEN_BIND, err);
		RETURN_FALSE;
	}
	if (listen(fd, (int) backlog) != 0) {
		err = errno;
		close(fd);
		php_tsp_fail(NULL, TSP_WARN_LISTEN, err);
		RETURN_FALSE;
	}
	php_tsp_socket_new(return_value, fd, AF_INET);
}
/* }}} */

#ifdef TSP_ADDR_HAVE_PACKET
# define TSP_AF_PACKET AF_PACKET
/* The address socket_bind() gives an AF_PACKET socket: the interface named
 * host (up to its first NUL; an unknown name binds to every interface), the
 * protocol the socket has. Only a descriptor getsockname() refuses fails. */
static zend_result tsp_packet_bind_addr(php_tsp_socket *sock, zend_string *host, tsp_addr *out)
{
	tsp_addr cur;

	memset(&cur, 0, sizeof(cur));
	cur.len = sizeof(cur.u);
	if (getsockname(sock->fd, &cur.u.sa, &cur.len) != 0) {
		php_tsp_throw_packet_socket();
		return FAILURE;
	}
	tsp_addr_packet(out, &cur, ZSTR_VAL(host));
	return SUCCESS;
}
#else
# define TSP_AF_PACKET (-1) /* no socket has this family */
static zend_result tsp_packet_bind_addr(php_tsp_socket *sock, zend_string *host, tsp_addr *out)
{
	return FAILURE;
}
#endif

/* {{{ socket_bind(Socket $socket, string $address, int $port = 0): bool */
PHP_FUNCTION(socket_bind)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_string *host;
	zend_long port = 0;
	tsp_addr addr;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (!tsp_port_ok(port, 3)) {
		RETURN_THROWS();
	}
	if (sock->family == TSP_AF_PACKET) {
		if (tsp_packet_bind_addr(sock, host, &addr) == FAILURE) {
			RETURN_THROWS();
		}
	} else if (sock->family != AF_UNIX && sock->family != AF_INET && sock->family != AF_INET6) {
		php_tsp_throw_name_family(1);
		RETURN_THROWS();
	} else {
		TSP_ADDR_OR_RETURN(sock, host, port, 2, 0, &addr);
	}
	if (bind(sock->fd, &addr.u.sa, addr.len) != 0) {
		php_tsp_fail(sock, TSP_WARN_BIND, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
/* }}} */

/* {{{ socket_connect(Socket $socket, string $address, ?int $port = null): bool */
PHP_FUNCTION(socket_connect)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_string *host;
	zend_long port = 0;
	bool port_null = true;
	tsp_addr addr;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_null)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if ((sock->family == AF_INET || sock->family == AF_INET6) && port_null) {
		php_tsp_throw_port_null(3, sock->family);
		RETURN_THROWS();
	}
	TSP_ADDR_OR_RETURN(sock, host, port, 2, 0, &addr);
	if (connect(sock->fd, &addr.u.sa, addr.len) != 0) {
		php_tsp_fail(sock, TSP_WARN_CONNECT, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
/* }}} */

/* {{{ socket_listen(Socket $socket, int $backlog = 0): bool */
PHP_FUNCTION(socket_listen)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long backlog = 0;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (listen(sock->fd, (int) backlog) != 0) {
		php_tsp_fail(sock, TSP_WARN_LISTEN, errno);
		RETURN_FALSE;
	}
	sock->listen_backlog = (int) backlog;
	sock->listen_backlog_set = true;
	RETURN_TRUE;
}
/* }}} */

/* {{{ socket_accept(Socket $socket, int $flags = 0): Socket|false */
PHP_FUNCTION(socket_accept)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long flags = 0;
	int fd;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (flags & ~(zend_long) TSP_SOCK_FLAGS) {
		php_tsp_throw_accept_flags(2);
		RETURN_THROWS();
	}
	/* The peer's address is not needed: the new socket has the listener's family.
	 * Close-on-exec always, as PHP 8.4 sets it; non-blocking when asked, in the
	 * same system call. */
#if defined(HAVE_ACCEPT4) && defined(SOCK_CLOEXEC)
	fd = accept4(sock->fd, NULL, NULL, SOCK_CLOEXEC | (int) flags);
#else
	fd = accept(sock->fd, NULL, NULL);
	if (fd >= 0) {
		tsp_fd_set_cloexec(fd);
		if (flags & SOCK_NONBLOCK) {
			tsp_fd_set_blocking(fd, false);
		}
	}
#endif
	if (fd < 0) {
		/* as ext/sockets: the code goes to the global error, not to the listener */
		php_tsp_fail(NULL, TSP_WARN_ACCEPT, errno);
		RETURN_FALSE;
	}
	php_tsp_socket_new(return_value, fd, sock->family)->blocking = tsp_type_blocking(flags);
}
/* }}} */

/* {{{ socket_close(Socket $socket): void */
PHP_FUNCTION(socket_close)
{
	zval *zsock;
	php_tsp_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_socket_close(sock);
}
/* }}} */

static void tsp_blocking(INTERNAL_FUNCTION_PARAMETERS, bool block)
{
	zval *zsock;
	php_tsp_socket *sock;
	int err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (!Z_ISUNDEF(sock->zstream)) {
		php_stream *stream = (php_stream *) zend_fetch_resource2_ex(&sock->zstream, NULL,
			php_file_le_stream(), php_file_le_pstream());
		if (stream) {
			php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, block, NULL);
		}
	}
	if ((err = tsp_fd_set_blocking(sock->fd, block)) != 0) {
		php_tsp_fail(sock, block ? TSP_WARN_BLOCK : TSP_WARN_NONBLOCK, err);
		RETURN_FALSE;
	}
	sock->blocking = block;
	RETURN_TRUE;
}

/* {{{ socket_set_nonblock(Socket $socket): bool */
PHP_FUNCTION(socket_set_nonblock)
{
	tsp_blocking(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}
/* }}} */

/* {{{ socket_set_block(Socket $socket): bool */
PHP_FUNCTION(socket_set_block)
{
	tsp_blocking(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}
/* }}} */

/* {{{ socket_write(Socket $socket, string $data, ?int $length = null): int|false */
PHP_FUNCTION(socket_write)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_string *data;
	zend_long length = 0;
	bool length_null = true;
	ssize_t n;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(length, length_null)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (length < 0) {
		php_tsp_throw_not_negative(3);
		RETURN_THROWS();
	}
	if (length_null || (size_t) length > ZSTR_LEN(data)) {
		length = (zend_long) ZSTR_LEN(data);
	}
	n = write(sock->fd, ZSTR_VAL(data), (size_t) length);
	if (n < 0) {
		php_tsp_fail(sock, TSP_WARN_WRITE, errno);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) n);
}
/* }}} */

/* {{{ socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false */
PHP_FUNCTION(socket_read)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long length, mode = TSP_BINARY_READ;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_read(sock, length, mode, return_value);
}
/* }}} */

/* {{{ socket_recv(Socket $socket, &$data, int $length, int $flags): int|false */
PHP_FUNCTION(socket_recv)
{
	zval *zsock, *zdata;
	php_tsp_socket *sock;
	zend_long length, flags;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_ZVAL(zdata)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_recv(sock, zdata, length, flags, return_value);
}
/* }}} */

/* {{{ socket_send(Socket $socket, string $data, int $length, int $flags): int|false */
PHP_FUNCTION(socket_send)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_string *data;
	zend_long length, flags;
	ssize_t n;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (length < 0) {
		php_tsp_throw_not_negative(3);
		RETURN_THROWS();
	}
	n = send(sock->fd, ZSTR_VAL(data), (size_t) length < ZSTR_LEN(data) ? (size_t) length : ZSTR_LEN(data), (int) flags);
	if (n < 0) {
		php_tsp_fail(sock, TSP_WARN_SEND, errno);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) n);
}
/* }}} */

/* {{{ socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false */
PHP_FUNCTION(socket_recvfrom)
{
	zval *zsock, *zdata, *zaddr, *zport = NULL;
	php_tsp_socket *sock;
	zend_long length, flags;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_ZVAL(zdata)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_ZVAL(zaddr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_recvfrom(sock, zdata, length, flags, zaddr, zport, return_value);
}
/* }}} */

/* {{{ socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false */
PHP_FUNCTION(socket_sendto)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_string *data, *host;
	zend_long length, flags, port = 0;
	bool port_null = true;
	tsp_addr to;
	size_t len;
	ssize_t n;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_null)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (!port_null && !tsp_port_ok(port, 6)) {
		RETURN_THROWS();
	}
	if (length < 0) {
		php_tsp_throw_not_negative(3);
		RETURN_THROWS();
	}
	if ((sock->family == AF_INET || sock->family == AF_INET6) && port_null) {
		php_tsp_throw_port_null(6, sock->family);
		RETURN_THROWS();
	}
	/* a unix path is a C string here: no abstract names, as in ext/sockets */
	TSP_ADDR_OR_RETURN(sock, host, port, 5, TSP_ADDR_ARG_CSTRING, &to);
	len = (size_t) length < ZSTR_LEN(data) ? (size_t) length : ZSTR_LEN(data);
	n = sendto(sock->fd, ZSTR_VAL(data), len, (int) flags, &to.u.sa, to.len);
	if (n < 0) {
		php_tsp_fail(sock, TSP_WARN_SEND, errno);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) n);
}
/* }}} */

/* The text and port of a socket's own or peer address, or FAILURE after the
 * exception. socket_getsockname() also reads AF_PACKET addresses (the
 * interface's name, and its index as the port); socket_getpeername() never
 * gets one (the kernel has no peer for packet sockets). */
static zend_result tsp_name_format(const tsp_addr *addr, bool peer, char *text, size_t size, long *port)
{
#ifdef TSP_ADDR_HAVE_PACKET
	if (!peer && addr->u.sa.sa_family == AF_PACKET) {
		if (tsp_addr_packet_format(addr, text, size, port) != 0) {
			php_tsp_throw_packet_ifindex();
			return FAILURE;
		}
		return SUCCESS;
	}
#endif
	if (tsp_addr_format(addr, text, size, port) != 0) {
		if (peer) {
			php_tsp_throw_family(1);
		} else {
			php_tsp_throw_name_family(1);
		}
		return FAILURE;
	}
	return SUCCESS;
}

static void tsp_name(INTERNAL_FUNCTION_PARAMETERS, bool peer)
{
	zval *zsock, *zaddr, *zport = NULL;
	php_tsp_socket *sock;
	tsp_addr addr;
	char text[TSP_ADDR_TEXT_MAX];
	long port = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_ZVAL(zaddr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	memset(&addr, 0, sizeof(addr));
	addr.len = sizeof(addr.u);
	rc = peer ? getpeername(sock->fd, &addr.u.sa, &addr.len) : getsockname(sock->fd, &addr.u.sa, &addr.len);
	if (rc != 0) {
		php_tsp_fail(sock, peer ? TSP_WARN_PEERNAME : TSP_WARN_SOCKNAME, errno);
		RETURN_FALSE;
	}
	if (tsp_name_format(&addr, peer, text, sizeof(text), &port) == FAILURE) {
		RETURN_THROWS();
	}
	ZEND_TRY_ASSIGN_REF_STRING(zaddr, text);
	if (zport && addr.u.sa.sa_family != AF_UNIX) {
		ZEND_TRY_ASSIGN_REF_LONG(zport, port);
	}
	RETURN_TRUE;
}

/* {{{ socket_getsockname(Socket $socket, &$address, &$port = null): bool */
PHP_FUNCTION(socket_getsockname)
{
	tsp_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}
/* }}} */

/* {{{ socket_getpeername(Socket $socket, &$address, &$port = null): bool */
PHP_FUNCTION(socket_getpeername)
{
	tsp_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}
/* }}} */

/* {{{ socket_strerror(int $error_code): string */
PHP_FUNCTION(socket_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	if (ZEND_LONG_INT_OVFL(code) || ZEND_LONG_INT_UDFL(code)) {
		php_tsp_throw_int_range(1);
		RETURN_THROWS();
	}
	RETURN_STR(php_tsp_strerror((int) code));
}
/* }}} */

/* {{{ socket_get_option(Socket $socket, int $level, int $option): array|int|false */
PHP_FUNCTION(socket_get_option)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long level, name;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(name)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_getopt(sock, level, name, return_value);
}
/* }}} */

/* {{{ socket_set_option(Socket $socket, int $level, int $option, $value): bool */
PHP_FUNCTION(socket_set_option)
{
	zval *zsock, *value;
	php_tsp_socket *sock;
	zend_long level, name;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_setopt(sock, level, name, value, return_value);
}
/* }}} */

/* {{{ socket_shutdown(Socket $socket, int $mode = 2): bool */
PHP_FUNCTION(socket_shutdown)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long how = 2;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(how)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	if (TSP_RULE_SHUTDOWN_MODE && (how < SHUT_RD || how > SHUT_RDWR)) {
		php_tsp_throw_shutdown_mode(2);
		RETURN_THROWS();
	}
	if (shutdown(sock->fd, (int) how) != 0) {
		php_tsp_fail(sock, TSP_WARN_SHUTDOWN, errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
/* }}} */

/* {{{ socket_atmark(Socket $socket): bool */
PHP_FUNCTION(socket_atmark)
{
	zval *zsock;
	php_tsp_socket *sock;
	int r = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	/* sockatmark() is this ioctl; calling it with r set keeps memory checkers quiet */
	if (ioctl(sock->fd, SIOCATMARK, &r) < 0) {
		php_tsp_fail(sock, TSP_WARN_ATMARK, errno);
		RETURN_FALSE;
	}
	RETURN_BOOL(r > 0);
}
/* }}} */

/* {{{ socket_import_stream($stream): Socket|false */
PHP_FUNCTION(socket_import_stream)
{
	zval *zstream;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_RESOURCE(zstream)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_import_stream(zstream, return_value);
}
/* }}} */

/* {{{ socket_export_stream(Socket $socket): resource|false */
PHP_FUNCTION(socket_export_stream)
{
	zval *zsock;
	php_tsp_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_export_stream(sock, return_value);
}
/* }}} */

/* {{{ socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false */
PHP_FUNCTION(socket_addrinfo_lookup)
{
	zend_string *host, *service = NULL;
	HashTable *hints = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(service)
		Z_PARAM_ARRAY_HT(hints)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_addrinfo_lookup(host, service, hints, return_value);
}
/* }}} */

/* {{{ socket_addrinfo_bind(AddressInfo $address): Socket|false */
PHP_FUNCTION(socket_addrinfo_bind)
{
	zval *zai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, tsp_ce_AddressInfo)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_addrinfo_open(zai, false, return_value);
}
/* }}} */

/* {{{ socket_addrinfo_connect(AddressInfo $address): Socket|false */
PHP_FUNCTION(socket_addrinfo_connect)
{
	zval *zai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, tsp_ce_AddressInfo)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_addrinfo_open(zai, true, return_value);
}
/* }}} */

/* {{{ socket_addrinfo_explain(AddressInfo $address): array */
PHP_FUNCTION(socket_addrinfo_explain)
{
	zval *zai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, tsp_ce_AddressInfo)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_addrinfo_explain(zai, return_value);
}
/* }}} */

/* {{{ socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false */
PHP_FUNCTION(socket_sendmsg)
{
	zval *zsock;
	php_tsp_socket *sock;
	HashTable *msg;
	zend_long flags = 0;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_ARRAY_HT(msg)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (ZEND_LONG_INT_OVFL(flags) || ZEND_LONG_INT_UDFL(flags)) {
		php_tsp_throw_int_range(3);
		RETURN_THROWS();
	}
	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_sendmsg(sock, msg, flags, return_value);
}
/* }}} */

/* {{{ socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false */
PHP_FUNCTION(socket_recvmsg)
{
	zval *zsock, *zmsg;
	php_tsp_socket *sock;
	zend_long flags = 0;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_ARRAY_EX(zmsg, 0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (ZEND_LONG_INT_OVFL(flags) || ZEND_LONG_INT_UDFL(flags)) {
		php_tsp_throw_int_range(3);
		RETURN_THROWS();
	}
	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_recvmsg(sock, zmsg, flags, return_value);
}
/* }}} */

/* {{{ socket_cmsg_space(int $level, int $type, int $num = 0): ?int */
PHP_FUNCTION(socket_cmsg_space)
{
	zend_long level, type, n = 0;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(type)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_cmsg_space(level, type, n, return_value);
}
/* }}} */

#ifdef PHP_WIN32
/* {{{ socket_wsaprotocol_info_export(Socket $socket, int $process_id): string|false */
PHP_FUNCTION(socket_wsaprotocol_info_export)
{
	zval *zsock;
	php_tsp_socket *sock;
	zend_long pid;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, tsp_ce_Socket)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();

	TSP_SOCKET_ARG_VALID(zsock, sock, 1);
	php_tsp_wsa_export(sock, pid, return_value);
}
/* }}} */

/* {{{ socket_wsaprotocol_info_import(string $info_id): Socket|false */
PHP_FUNCTION(socket_wsaprotocol_info_import)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_wsa_import(id, return_value);
}
/* }}} */

/* {{{ socket_wsaprotocol_info_release(string $info_id): bool */
PHP_FUNCTION(socket_wsaprotocol_info_release)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_wsa_release(id, return_value);
}
/* }}} */
#endif

/* {{{ socket_listen_info(Socket|resource $socket): array|false */
PHP_FUNCTION(socket_listen_info)
{
	zval *arg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_listen_info(arg, return_value);
}
/* }}} */

/* {{{ socket_listen_fds(bool $unset_environment = true): array */
PHP_FUNCTION(socket_listen_fds)
{
	bool unset_env = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(unset_env)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_listen_fds(unset_env, return_value);
}
/* }}} */

/* {{{ socket_import_fd(int $fd): Socket|false */
PHP_FUNCTION(socket_import_fd)
{
	zend_long fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	php_tsp_import_fd(fd, return_value);
}
/* }}} */

/* {{{ socket_last_error(?Socket $socket = null): int */
PHP_FUNCTION(socket_last_error)
{
	zval *zsock = NULL;
	php_tsp_socket *sock;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock) {
		TSP_SOCKET_ARG_VALID(zsock, sock, 1);
		RETURN_LONG(sock->error);
	}
	RETURN_LONG(TSP_G(last_error));
}
/* }}} */

/* {{{ socket_clear_error(?Socket $socket = null): void */
PHP_FUNCTION(socket_clear_error)
{
	zval *zsock = NULL;
	php_tsp_socket *sock;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, tsp_ce_Socket)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock) {
		TSP_SOCKET_ARG_VALID(zsock, sock, 1);
		sock->error = 0;
	} else {
		TSP_G(last_error) = 0;
	}
}
/* }}} */

/* The bundled extension defines the same functions and class: both cannot run. */
#define TSP_CONFLICT "sockets"

/* Set when the bundled extension was found at startup: tsp_sockets then
 * registers nothing and stays out of the way, and PHP runs on with "sockets". */
static bool tsp_stood_down;

/* tsp_sockets also answers to the bundled extension's name, so that
 * extension_loaded('sockets'), phpversion('sockets'), ReflectionExtension,
 * get_extension_funcs() and Composer's ext-sockets requirement find it: a
 * second module entry named "sockets" (version: PHP's own, as the bundled
 * one has) owns the functions, classes and constants of the ext/sockets API;
 * "tsp_sockets" keeps its own functions, its ini settings and phpinfo()
 * section. The entry is registered while PHP loads its extensions, before
 * any starts (get_module() below): from then on PHP itself refuses to load
 * the bundled sockets ("Module "sockets" is already loaded"). */
static PHP_MINFO_FUNCTION(tsp_api)
{
	php_tsp_alias_info();
}

static zend_module_entry tsp_api_module_entry = {
	STANDARD_MODULE_HEADER,
	TSP_CONFLICT,
	NULL, /* the functions are registered by tsp_sockets' MINIT */
	NULL,
	NULL,
	NULL,
	NULL,
	PHP_MINFO(tsp_api),
	NULL, /* PHP's version, set at registration */
	STANDARD_MODULE_PROPERTIES
};

/* The registered "sockets" entry, or NULL when tsp_sockets goes by its own name only. */
static zend_module_entry *tsp_api_module;

/* Functions of tsp_sockets' own (ext/sockets has none of these names). */
static bool tsp_function_is_own(const char *name)
{
	static const char *const own[] = { "socket_listen_info", "socket_listen_fds", "socket_import_fd", NULL };
	const char *const *o;
	for (o = own; *o; o++) {
		if (strcmp(name, *o) == 0) {
			return true;
		}
	}
	return false;
}

#define TSP_FUNCTION_COUNT (sizeof(ext_functions) / sizeof(ext_functions[0]))

/* Registers the functions: the API's under the "sockets" entry (when there
 * is one), the others under tsp_sockets. */
static zend_result tsp_register_functions(int type)
{
	static zend_function_entry api[TSP_FUNCTION_COUNT], own[TSP_FUNCTION_COUNT];
	size_t i, n_api = 0, n_own = 0;
	zend_module_entry *self = EG(current_module);
	zend_result rc;

	if (!tsp_api_module) {
		return zend_register_functions(NULL, ext_functions, NULL, type);
	}
	for (i = 0; ext_functions[i].fname; i++) {
		if (tsp_function_is_own(ext_functions[i].fname)) {
			own[n_own++] = ext_functions[i];
		} else {
			api[n_api++] = ext_functions[i];
		}
	}
	memset(&api[n_api], 0, sizeof(api[0]));
	memset(&own[n_own], 0, sizeof(own[0]));
	if (zend_register_functions(NULL, own, NULL, type) == FAILURE) {
		return FAILURE;
	}
	EG(current_module) = tsp_api_module;
	rc = zend_register_functions(NULL, api, NULL, tsp_api_module->type);
	EG(current_module) = self;
	return rc;
}

/* The classes and constants, under the "sockets" entry when there is one. */
static void tsp_register_classes(int module_number)
{
	zend_module_entry *self = EG(current_module);

	if (tsp_api_module) {
		EG(current_module) = tsp_api_module;
		module_number = tsp_api_module->module_number;
	}
	php_tsp_socket_class_init(register_class_Socket());
	php_tsp_addrinfo_class_init(register_class_AddressInfo());
	register_tsp_sockets_symbols(module_number);
	EG(current_module) = self;
}

static PHP_GINIT_FUNCTION(tsp_sockets)
{
#if defined(COMPILE_DL_TSP_SOCKETS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	tsp_sockets_globals->last_error = 0;
	tsp_sockets_globals->poll_hot.n = 0;
	tsp_sockets_globals->default_backlog = 0;
	tsp_sockets_globals->stream_backlogs = NULL;
	tsp_sockets_globals->stream_backlogs_sweep_at = 0;
	tsp_sockets_globals->iopoll_byfd = NULL;
	tsp_sockets_globals->iopoll_nbyfd = tsp_sockets_globals->iopoll_live = 0;
	tsp_sockets_globals->iopoll_release = NULL;
	tsp_sockets_globals->iopoll_nrelease = tsp_sockets_globals->iopoll_caprelease = 0;
}

PHP_INI_BEGIN()
	PHP_INI_ENTRY("tsp_sockets.stream_server", "1", PHP_INI_SYSTEM, NULL)
	PHP_INI_ENTRY("tsp_sockets.stream_select", "1", PHP_INI_SYSTEM, NULL)
	STD_PHP_INI_ENTRY("tsp_sockets.default_backlog", "0", PHP_INI_ALL, OnUpdateLong,
		default_backlog, zend_tsp_sockets_globals, tsp_sockets_globals)
PHP_INI_END()

static PHP_MINIT_FUNCTION(tsp_sockets)
{
	if (!tsp_api_module && zend_hash_str_exists(&module_registry, TSP_CONFLICT, sizeof(TSP_CONFLICT) - 1)) {
		php_tsp_warn_conflict();
		tsp_stood_down = true;
		return SUCCESS;
	}
	if (tsp_register_functions(type) == FAILURE) {
		return FAILURE;
	}
	if (type == MODULE_TEMPORARY) {
		/* loaded by dl(): PHP removes a temporary module's functions at the end
		 * of the request only when its entry lists them */
		EG(current_module)->functions = ext_functions;
	}
	tsp_register_classes(module_number);
	php_tsp_iopoll_minit(module_number);
	REGISTER_INI_ENTRIES();
	if (php_tsp_select_minit(INI_BOOL("tsp_sockets.stream_select")) == FAILURE) {
		return FAILURE;
	}
	return php_tsp_streams_minit(INI_BOOL("tsp_sockets.stream_server"));
}

static PHP_RSHUTDOWN_FUNCTION(tsp_sockets)
{
	if (!tsp_stood_down) {
		php_tsp_listen_rshutdown();
		php_tsp_iopoll_rshutdown();
	}
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(tsp_sockets)
{
	if (tsp_stood_down) {
		return SUCCESS;
	}
	php_tsp_streams_mshutdown();
	php_tsp_select_mshutdown();
	php_tsp_iopoll_mshutdown();
#ifdef PHP_WIN32
	php_tsp_wsa_mshutdown();
#endif
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(tsp_sockets)
{
	if (tsp_stood_down) {
		php_tsp_info_stood_down();
		return;
	}
	php_tsp_info(php_tsp_streams_active(), php_tsp_select_active(), php_tsp_streams_system_backlog());
	DISPLAY_INI_ENTRIES();
}

zend_module_entry tsp_sockets_module_entry = {
	STANDARD_MODULE_HEADER,
	"tsp_sockets",
	NULL, /* functions are registered in MINIT, after the conflict check */
	PHP_MINIT(tsp_sockets),
	PHP_MSHUTDOWN(tsp_sockets),
	NULL,
	PHP_RSHUTDOWN(tsp_sockets),
	PHP_MINFO(tsp_sockets),
	PHP_TSP_SOCKETS_VERSION,
	PHP_MODULE_GLOBALS(tsp_sockets),
	PHP_GINIT(tsp_sockets),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_TSP_SOCKETS
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif

/* Registers the "sockets" entry, when PHP is loading its extensions at
 * startup and will accept this build: not for dl() at run time (PHP's
 * standard extension has started then), not when the bundled sockets or
 * tsp_sockets itself is loaded already, not for a PHP whose API or build
 * differs (it refuses to load tsp_sockets, and the entry must not outlive it). */
static void tsp_register_api_name(void)
{
	zend_module_entry *core = zend_hash_str_find_ptr(&module_registry, "core", sizeof("core") - 1);
	zend_module_entry *std = zend_hash_str_find_ptr(&module_registry, "standard", sizeof("standard") - 1);

	if (tsp_api_module || !core || !std || std->module_started
		|| core->zend_api != ZEND_MODULE_API_NO || strcmp(core->build_id, ZEND_MODULE_BUILD_ID) != 0
		|| zend_hash_str_exists(&module_registry, "tsp_sockets", sizeof("tsp_sockets") - 1)
		|| zend_hash_str_exists(&module_registry, TSP_CONFLICT, sizeof(TSP_CONFLICT) - 1)) {
		return;
	}
	tsp_api_module_entry.version = std->version;
	tsp_api_module = zend_register_internal_module(&tsp_api_module_entry);
}

BEGIN_EXTERN_C()
ZEND_DLEXPORT zend_module_entry *get_module(void);
END_EXTERN_C()

ZEND_DLEXPORT zend_module_entry *get_module(void)
{
	tsp_register_api_name();
	return &tsp_sockets_module_entry;
}
#endif
