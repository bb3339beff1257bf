/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Every text a PHP user can see from tsp_sockets: warnings, exceptions and
 * error messages. The wording is ext/sockets' where it has one. */
#include "tsp_binding.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_opt.h"

#ifdef PHP_WIN32
# include "php_network.h"
#else
# include <arpa/inet.h>
#endif
#include "ext/standard/info.h"

static const char *const tsp_msg_texts[TSP_MSG__COUNT] = {
	[TSP_MSG_CREATE_LISTEN] = "unable to create listening socket",
	[TSP_MSG_BIND_GIVEN]    = "unable to bind to given address",
	[TSP_MSG_LISTEN]        = "unable to listen on socket",
	[TSP_MSG_ACCEPT]        = "unable to accept incoming connection",
	[TSP_MSG_NONBLOCK]      = "unable to set nonblocking mode",
	[TSP_MSG_BLOCK]         = "unable to set blocking mode",
	[TSP_MSG_WRITE]         = "unable to write to socket",
	[TSP_MSG_READ]          = "unable to read from socket",
	[TSP_MSG_SOCKNAME]      = "unable to retrieve socket name",
	[TSP_MSG_PEERNAME]      = "unable to retrieve peer name",
	[TSP_MSG_CONNECT]       = "unable to connect",
	[TSP_MSG_BIND]          = "Unable to bind address",
	[TSP_MSG_GETOPT]        = "Unable to retrieve socket option",
	[TSP_MSG_GETOPT_RFC]    = "unable to get socket option",
	[TSP_MSG_SETOPT]        = "Unable to set socket option",
	[TSP_MSG_SHUTDOWN]      = "Unable to shutdown socket",
	[TSP_MSG_HOST_LOOKUP]   = "Host lookup failed",
	[TSP_MSG_RECV]          = "Unable to read from socket",
	[TSP_MSG_RECVFROM]      = "Unable to recvfrom",
	/* messages: reads, select, options */
	[TSP_MSG_RECVFROM_V6]   = "unable to recvfrom", /* ext/sockets' wording for AF_INET6 sockets */
	/* end of messages: reads, select, options */
	[TSP_MSG_WRITE_CAP]     = "Unable to write to socket",
	[TSP_MSG_ATMARK]        = "Unable to apply sockmark",
	[TSP_MSG_FAMILY]        = "Unable to obtain socket family",
	[TSP_MSG_LISTEN_INFO]   = "Unable to read the listen state",
	[TSP_MSG_IMPORT_FD]     = "Unable to import the descriptor",
	[TSP_MSG_WSA_EXPORT]    = "Unable to export WSA protocol info",
	[TSP_MSG_WSA_IMPORT]    = "Unable to import WSA information",
	[TSP_MSG_CONNECT_ADDR]  = "Unable to connect address",
	[TSP_MSG_BLOCKING_STATE] = "Unable to obtain blocking state",
};

void php_tsp_record(php_tsp_socket *sock, int err)
{
	if (sock) {
		sock->error = err;
	}
	TSP_G(last_error) = err;
}

void php_tsp_fail(php_tsp_socket *sock, php_tsp_msg msg, int err)
{
	php_tsp_record(sock, err);
	if (tsp_err_classify(err) != TSP_ERR_WOULDBLOCK) {
		char buf[TSP_ERR_MSG_MAX];
		php_error_docref(NULL, E_WARNING, "%s [%d]: %s", tsp_msg_texts[msg], err,
			tsp_err_message(err, buf, sizeof(buf)));
	}
}

void php_tsp_fail_create(int err, bool pair)
{
	char buf[TSP_ERR_MSG_MAX];
	TSP_G(last_error) = err;
	php_error_docref(NULL, E_WARNING, "Unable to create socket%s [%d]: %s", pair ? " pair" : "", err,
		tsp_err_message(err, buf, sizeof(buf)));
}

void php_tsp_fail_select(int err)
{
	char buf[TSP_ERR_MSG_MAX];
	TSP_G(last_error) = err;
	php_error_docref(NULL, E_WARNING, "Unable to select [%d]: %s", err, tsp_err_message(err, buf, sizeof(buf)));
}

void php_tsp_warn_conversion(const char *path, const char *msg)
{
	php_error_docref(NULL, E_WARNING, "error converting user data (path: %s): %s", path, msg);
}

void php_tsp_fail_msg(php_tsp_socket *sock, const char *what, int err)
{
	char buf[TSP_ERR_MSG_MAX];
	php_tsp_record(sock, err);
	php_error_docref(NULL, E_WARNING, "%s [%d]: %s", what, err, tsp_err_message(err, buf, sizeof(buf)));
}

void php_tsp_warn_mcast_family(void)
{
	php_error_docref(NULL, E_WARNING, "IP address used in the context of an unexpected type of socket");
}

void php_tsp_warn_no_ipv4(unsigned ifindex)
{
	php_error_docref(NULL, E_WARNING, "The interface with index %u has no IPv4 address", ifindex);
}

/* messages: stream_select */
void php_tsp_ssel_throw_no_arrays(void)
{
	zend_value_error("No stream arrays were passed");
}

void php_tsp_ssel_throw_usec_not_null(void)
{
	zend_argument_value_error(5, "must be null when argument #4 ($seconds) is null");
}

void php_tsp_ssel_throw_negative(uint32_t arg)
{
	zend_argument_value_error(arg, "must be greater than or equal to 0");
}

void php_tsp_ssel_fail(int err, int max_fd)
{
	char buf[TSP_ERR_MSG_MAX];
	php_error_docref(NULL, E_WARNING, "Unable to select [%d]: %s (max_fd=%d)", err,
		tsp_err_message(err, buf, sizeof(buf)), max_fd);
}

void php_tsp_ssel_info(bool active)
{
	php_info_print_table_row(2, "stream_select() replacement",
		active ? "active (poll(), no FD_SETSIZE limit)" : "off (core's select() is used)");
}
/* end of messages: stream_select */

/* messages: reads, select, options */
void php_tsp_warn_if_lookup(int status, unsigned index, const struct in_addr *addr, int err)
{
	char text[INET_ADDRSTRLEN] = "";
	switch (status) {
		case TSP_OPT_IF_ADDR:
			php_error_docref(NULL, E_WARNING, "Failed obtaining address for interface %u: error %d", index, err);
			return;
		case TSP_OPT_IF_LIST:
			php_error_docref(NULL, E_WARNING, "Failed obtaining interfaces list: error %d", err);
			return;
		case TSP_OPT_IF_INDEX:
			php_error_docref(NULL, E_WARNING, "Error converting interface name to index: error %d", err);
			return;
		default:
			if (addr) {
				inet_ntop(AF_INET, addr, text, sizeof(text));
			}
			php_error_docref(NULL, E_WARNING, "The interface with IP address %s was not found", text);
			return;
	}
}
/* end of messages: reads, select, options */

void php_tsp_warn_cbpf(void)
{
	php_error_docref(NULL, E_WARNING, "Unsupported CBPF filter");
}

void php_tsp_warn_not_listening(void)
{
	php_error_docref(NULL, E_WARNING, "The socket is not listening: call socket_listen() first");
}

void php_tsp_warn_activation(void)
{
	php_error_docref(NULL, E_WARNING, "LISTEN_PID or LISTEN_FDS is not a decimal number: no descriptors taken");
}

void php_tsp_warn_export(void)
{
	php_error_docref(NULL, E_WARNING, "Failed to create stream");
}

/* messages: descriptor ownership, inherited descriptors, streams */
static const char *tsp_owner_name(php_tsp_fd_owner owner)
{
	return owner == TSP_FD_OWNER_SOCKET ? "a Socket" : "a stream";
}

void php_tsp_warn_fd_owned(int fd, php_tsp_fd_owner owner)
{
	php_error_docref(NULL, E_WARNING, "Unable to import the descriptor %d: it already belongs to %s", fd,
		tsp_owner_name(owner));
}

zend_string *php_tsp_fd_owned_text(int fd, php_tsp_fd_owner owner)
{
	return strpprintf(0, "Descriptor %d already belongs to %s", fd, tsp_owner_name(owner));
}

void php_tsp_throw_stream_closed(void)
{
	zend_type_error("%s(): supplied resource is not a valid stream resource", get_active_function_name());
}

zend_string *php_tsp_nul_in_target_text(void)
{
	return zend_string_init("The hostname must not contain null bytes",
		sizeof("The hostname must not contain null bytes") - 1, 0);
}

void php_tsp_alias_info(void)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "Sockets Support", "enabled");
	php_info_print_table_row(2, "Provided by", "tsp_sockets " PHP_TSP_SOCKETS_VERSION);
	php_info_print_table_end();
}

void php_tsp_warn_conflict(void)
{
	php_error(E_CORE_WARNING,
		"tsp_sockets is not started because the bundled \"sockets\" extension is loaded: both define socket_*() "
		"and the Socket class. Disable \"sockets\" (for example with \"phpdismod sockets\", or remove "
		"extension=sockets from php.ini) to use tsp_sockets");
}

void php_tsp_warn_wrong_family(int family)
{
	php_error_docref(NULL, E_WARNING, "Host lookup failed: Non %s domain returned on %s socket",
		family == AF_INET6 ? "AF_INET6" : "AF_INET", family == AF_INET6 ? "AF_INET6" : "AF_INET");
}

void php_tsp_warn_no_interface(const char *name)
{
	php_error_docref(NULL, E_WARNING, "No interface with name \"%s\" could be found", name);
}

void php_tsp_throw_closed(uint32_t arg)
{
	zend_argument_error(NULL, arg, "has already been closed");
}

void php_tsp_throw_domain(uint32_t arg)
{
	zend_argument_value_error(arg, "must be one of AF_UNIX, AF_INET6, or AF_INET");
}

void php_tsp_throw_family(uint32_t arg)
{
	zend_argument_value_error(arg, "must be one of AF_UNIX, AF_INET, or AF_INET6");
}

void php_tsp_throw_type(uint32_t arg)
{
#if PHP_VERSION_ID >= 80400
	zend_argument_value_error(arg, "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM"
		" optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK");
#else
	zend_argument_value_error(arg, "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM");
#endif
}

void php_tsp_throw_option_array(uint32_t arg, const char *option, zval *value)
{
#if PHP_VERSION_ID >= 80300
	zend_argument_type_error(arg, "must be of type array when argument #3 ($option) is %s, %s given", option,
		zend_zval_value_name(value));
#else
	zend_argument_type_error(arg, "must be of type array when argument #3 ($option) is %s, %s given", option,
		zend_zval_type_name(value));
#endif
}

void php_tsp_throw_key_range(uint32_t arg, const char *key, zend_long max)
{
	zend_argument_value_error(arg, "\"%s\" must be between 0 and " ZEND_LONG_FMT, key, max);
}

void php_tsp_throw_path_too_long(uint32_t arg, size_t max)
{
	zend_argument_value_error(arg, "must be less than %zu", max);
}

void php_tsp_throw_port_null(uint32_t arg, int family)
{
	zend_argument_value_error(arg, "cannot be null when the socket type is %s", family == AF_INET6 ? "AF_INET6" : "AF_INET");
}

void php_tsp_throw_missing_key(uint32_t arg, const char *key)
{
	zend_argument_value_error(arg, "must have key \"%s\"", key);
}

void php_tsp_throw_not_negative(uint32_t arg)
{
	zend_argument_value_error(arg, "must be greater than or equal to 0");
}

void php_tsp_throw_int_range(uint32_t arg)
{
	zend_argument_value_error(arg, "must be between %d and %d", INT_MIN, INT_MAX);
}

void php_tsp_throw_hint_keys(uint32_t arg)
{
	zend_argument_value_error(arg, "must only contain array keys \"ai_flags\", \"ai_socktype\", \"ai_protocol\", or \"ai_family\"");
}

zend_string *php_tsp_strerror(int code)
{
	char buf[TSP_ERR_MSG_MAX];
	tsp_err_message(code, buf, sizeof(buf));
	return zend_string_init(buf, strlen(buf), 0);
}
