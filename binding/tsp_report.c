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
# include <netdb.h>
#endif
#include "ext/standard/info.h"
#include "zend_exceptions.h"

#include <limits.h>

static const char *const tsp_warn_texts[TSP_WARN__COUNT] = {
	[TSP_WARN_LISTEN_CREATE] = "unable to create listening socket",
	[TSP_WARN_LISTEN_BIND]    = "unable to bind to given address",
	[TSP_WARN_LISTEN]        = "unable to listen on socket",
	[TSP_WARN_ACCEPT]        = "unable to accept incoming connection",
	[TSP_WARN_NONBLOCK]      = "unable to set nonblocking mode",
	[TSP_WARN_BLOCK]         = "unable to set blocking mode",
	[TSP_WARN_WRITE]         = "unable to write to socket",
	[TSP_WARN_READ]          = "unable to read from socket",
	[TSP_WARN_SOCKNAME]      = "unable to retrieve socket name",
	[TSP_WARN_PEERNAME]      = "unable to retrieve peer name",
	[TSP_WARN_CONNECT]       = "unable to connect",
	[TSP_WARN_BIND]          = "Unable to bind address",
	[TSP_WARN_GETOPT]        = "Unable to retrieve socket option",
	[TSP_WARN_GETOPT_STRUCT]    = "unable to get socket option",
	[TSP_WARN_SETOPT]        = "Unable to set socket option",
	[TSP_WARN_SHUTDOWN]      = "Unable to shutdown socket",
	[TSP_WARN_HOST_LOOKUP]   = "Host lookup failed",
	[TSP_WARN_RECV]          = "Unable to read from socket",
	[TSP_WARN_RECVFROM]      = "Unable to recvfrom",
	/* messages: reads, select, options */
	[TSP_WARN_RECVFROM_INET6]   = "unable to recvfrom", /* ext/sockets' wording for AF_INET6 sockets */
	/* end of messages: reads, select, options */
	[TSP_WARN_SEND]     = "Unable to write to socket",
	[TSP_WARN_ATMARK]        = "Unable to apply sockmark",
	[TSP_WARN_FAMILY]        = "Unable to obtain socket family",
	[TSP_WARN_LISTEN_INFO]   = "Unable to read the listen state",
	[TSP_WARN_IMPORT_FD]     = "Unable to import the descriptor",
	[TSP_WARN_WSA_EXPORT]    = "Unable to export WSA protocol info",
	[TSP_WARN_WSA_IMPORT]    = "Unable to import WSA information",
	[TSP_WARN_ADDRINFO_CONNECT]  = "Unable to connect address",
	[TSP_WARN_BLOCKING_STATE] = "Unable to obtain blocking state",
};

void php_tsp_record(php_tsp_socket *sock, int err)
{
	if (sock) {
		sock->error = err;
	}
	TSP_G(last_error) = err;
}

void php_tsp_fail(php_tsp_socket *sock, php_tsp_warn msg, int err)
{
	php_tsp_record(sock, err);
	if (tsp_err_classify(err) != TSP_ERR_WOULDBLOCK) {
		char buf[TSP_ERR_MSG_MAX];
		php_error_docref(NULL, E_WARNING, "%s [%d]: %s", tsp_warn_texts[msg], err,
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

/* messages: sendmsg/recvmsg */
static const char *const tsp_conv_texts[TSP_CONV__COUNT] = {
	[TSP_CONV_NOT_NUMERIC]    = "expected an integer, but got a non numeric string (possibly from a converted object): '%s'",
	[TSP_CONV_NOT_INTEGER]    = "expected an integer, either of a PHP integer type or of a convertible type",
	[TSP_CONV_OUT_OF_BOUNDS]  = "given PHP integer is out of bounds for %s",
	[TSP_CONV_RESOLVE]        = "could not resolve address '%s' to get an %s address",
#if PHP_VERSION_ID >= 80400
	[TSP_CONV_PATH_EMPTY]     = "the path is must not be empty",
#else
	[TSP_CONV_PATH_EMPTY]     = "the path is cannot be empty",
#endif
	[TSP_CONV_PATH_LONG]      = "the path is too long, the maximum permitted length is %zu",
	[TSP_CONV_IFINDEX_RANGE]  = "the interface index cannot be negative or larger than %u; given " ZEND_LONG_FMT,
	[TSP_CONV_IFNAME]         = "no interface with name \"%s\" could be found",
	[TSP_CONV_NOT_ARRAY]      = "expected an array here",
	[TSP_CONV_KEY_REQUIRED]   = "The key '%s' is required",
	[TSP_CONV_FAMILIES]       = "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX",
	[TSP_CONV_FAMILY_SOCKET]  = "the specified family (%s) is not supported on this socket",
	[TSP_CONV_SOCKET_CLOSED]  = "socket is already closed",
	[TSP_CONV_CAST_FAILED]    = "cast stream to file descriptor failed",
	[TSP_CONV_NOT_STREAM]     = "resource is not a stream",
	[TSP_CONV_NOT_FD]         = "expected a Socket object or a stream resource",
	[TSP_CONV_CMSG_TYPE]      = "cmsghdr with level %d and type %d not supported",
	[TSP_CONV_CMSG_NO_DATA]   = "cmsghdr should have a 'data' element here",
	[TSP_CONV_EMPTY_ARRAY]    = "expected at least one element in this array",
	[TSP_CONV_TOO_MANY]       = "too many elements",
	[TSP_CONV_DUP_FAILED]     = "cannot duplicate the descriptor: %s",
	[TSP_CONV_BUFFER_SIZE]    = "the buffer size must be between 1 and %d; given " ZEND_LONG_FMT,
	[TSP_CONV_CONTROLLEN_0]   = "controllen cannot be 0",
	[TSP_CONV_CMSG_SMALL]     = "the cmsghdr structure is unexpectedly small; expected a length of at least %ld, but got %ld",
};

const char *php_tsp_range_name(php_tsp_range range)
{
	switch (range) {
		case TSP_RANGE_U16: return "an unsigned 16-bit integer";
		case TSP_RANGE_U32: return "an unsigned 32-bit integer";
		case TSP_RANGE_PID: return "a pid_t value";
		case TSP_RANGE_UID: return "a uid_t value";
		default:            return "a native int";
	}
}

void php_tsp_warn_conv(const char *path, php_tsp_conv_msg id, va_list ap)
{
	char text[512];
	vsnprintf(text, sizeof(text), tsp_conv_texts[id], ap);
	php_error_docref(NULL, E_WARNING, "error converting user data (path: %s): %s", path, text);
}

void php_tsp_warn_native_cmsg(unsigned element, php_tsp_conv_msg id, ...)
{
	char text[512];
	va_list ap;
	va_start(ap, id);
	vsnprintf(text, sizeof(text), tsp_conv_texts[id], ap);
	va_end(ap);
	php_error_docref(NULL, E_WARNING, "error converting native data (path: msghdr > control > element #%u > data): %s",
		element, text);
}

const char *php_tsp_conv_family_name(int family, char *buf, size_t len)
{
	switch (family) {
		case AF_INET6: return "AF_INET6";
		case AF_UNIX: return "AF_UNIX";
		default:
			snprintf(buf, len, "number %d", family);
			return buf;
	}
}

void php_tsp_fail_sendmsg(php_tsp_socket *sock, int err)
{
	php_tsp_record(sock, err);
	if (tsp_err_classify(err) != TSP_ERR_WOULDBLOCK) {
		char buf[TSP_ERR_MSG_MAX];
		php_error_docref(NULL, E_WARNING, "Error in sendmsg [%d]: %s", err, tsp_err_message(err, buf, sizeof(buf)));
	}
}

void php_tsp_fail_recvmsg(int err)
{
	char buf[TSP_ERR_MSG_MAX];
	TSP_G(last_error) = err;
	php_error_docref(NULL, E_WARNING, "Error in recvmsg [%d]: %s", err, tsp_err_message(err, buf, sizeof(buf)));
}
/* end of messages: sendmsg/recvmsg */

void php_tsp_warn_mcast_family(void)
{
	if (TSP_RULE_MCAST_FAMILY) {
		zend_value_error("IP address used in the context of an unexpected type of socket");
		return;
	}
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

/* messages: Io\Poll (binding/tsp_iopoll*.c), PHP 8.6's texts */
static const char *const tsp_iopoll_texts[TSP_IOPOLL__COUNT] = {
	[TSP_IOPOLL_HANDLE_ADDED]   = "Handle already added",
	[TSP_IOPOLL_ADD_FAILED]     = "Failed to add handle",
	[TSP_IOPOLL_MODIFY_FAILED]  = "Failed to modify watcher in polling system",
	[TSP_IOPOLL_WAIT_FAILED]    = "Poll wait failed",
	[TSP_IOPOLL_INIT_FAILED]    = "Failed to initialize polling context",
	[TSP_IOPOLL_INVALID_HANDLE] = "Invalid handle for polling",
	[TSP_IOPOLL_CANNOT_MODIFY]  = "Cannot modify inactive watcher",
	[TSP_IOPOLL_CANNOT_REMOVE]  = "Cannot remove inactive watcher",
	[TSP_IOPOLL_DURATION_RANGE] = "The maximum representable range is 9_223_372_035 seconds (roughly 292 years)",
	[TSP_IOPOLL_DURATION_DATA]  = "Invalid serialization data for Time\\Duration object",
};

static const char *const tsp_iopoll_errors[TSP_IOPOLL_ERR__COUNT] = {
	[TSP_IOPOLL_ERR_WATCHER_NEW]   = "Cannot directly construct Watcher, use Context::add",
	[TSP_IOPOLL_ERR_DURATION_NEW]  = "Cannot directly construct Time\\Duration, use Time\\Duration::from*() methods instead",
	[TSP_IOPOLL_ERR_CONTEXT_TWICE] = "Io\\Poll\\Context object is already constructed",
	[TSP_IOPOLL_ERR_STREAM_TWICE]  = "StreamPollHandle object is already constructed",
	[TSP_IOPOLL_ERR_SOCKET_TWICE]  = "SocketPollHandle object is already constructed",
	[TSP_IOPOLL_ERR_CONTEXT_NONE]  = "Io\\Poll\\Context object is not constructed",
	[TSP_IOPOLL_ERR_SOCKET_NONE]   = "SocketPollHandle object is not constructed",
};

void php_tsp_iopoll_throw(zend_class_entry *ce, php_tsp_iopoll_msg msg, zend_long code)
{
	zend_throw_exception(ce, tsp_iopoll_texts[msg], code);
}

void php_tsp_iopoll_throw_backend(zend_class_entry *ce, const char *name)
{
	zend_throw_exception_ex(ce, 0, "Backend %s not available", name);
}

void php_tsp_iopoll_error(php_tsp_iopoll_err err)
{
	zend_throw_error(NULL, "%s", tsp_iopoll_errors[err]);
}

void php_tsp_iopoll_throw_events(uint32_t arg)
{
	zend_argument_type_error(arg, "must be array of Event enums");
}

void php_tsp_iopoll_throw_not_stream(uint32_t arg)
{
	zend_argument_type_error(arg, "must be an open stream resource");
}

void php_tsp_iopoll_throw_negative(uint32_t arg)
{
	zend_argument_value_error(arg, "must not be negative");
}

void php_tsp_iopoll_throw_max_events(uint32_t arg, bool too_big)
{
	if (too_big) {
		zend_argument_value_error(arg, "must be less than or equal to %d", INT_MAX);
	} else {
		zend_argument_value_error(arg, "must be greater than 0");
	}
}

void php_tsp_iopoll_throw_duration_arg(uint32_t arg, bool too_big)
{
	zend_argument_value_error(arg, too_big ? "must be less than 1_000_000_000" : "must be greater than or equal to 0");
}

void php_tsp_iopoll_warn_cast(const char *label)
{
	php_error_docref(NULL, E_WARNING, "Cannot represent a stream of type %s as a pollable descriptor", label);
}

ZEND_NORETURN void php_tsp_iopoll_user_handle(void)
{
	zend_error_noreturn(E_ERROR, "Io\\Poll\\Handle cannot be implemented by user classes");
}

void php_tsp_iopoll_info_rows(bool provided, bool duration, bool socket_handle)
{
	php_info_print_table_row(2, "Io\\Poll (PHP 8.6's polling API)", provided
		? "provided by tsp_sockets: Context, Watcher, Backend, Event, Handle, StreamPollHandle, the exceptions; backends epoll and poll"
		: "PHP's own (PHP 8.6 or later): tsp_sockets provides none of it");
	php_info_print_table_row(2, "Time\\Duration", duration
		? "provided by tsp_sockets: the properties and the from*() constructors of PHP 8.6"
		: "PHP's own, or none");
	php_info_print_table_row(2, "SocketPollHandle", socket_handle
		? "provided: Socket objects in an Io\\Poll\\Context"
		: "not provided: PHP's own Io\\Poll\\Context is not told when socket_close() closes a descriptor; "
		  "watch new StreamPollHandle(socket_export_stream($socket)) instead");
}
/* end of messages: Io\Poll */

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

void php_tsp_throw_not_stream(void)
{
	zend_type_error("%s(): supplied resource is not a valid stream resource", get_active_function_name());
}

void php_tsp_throw_stream_closed(void)
{
	php_tsp_throw_not_stream();
}

void php_tsp_throw_socket_or_resource(uint32_t arg, zval *value)
{
	zend_argument_type_error(arg, "must be of type Socket or resource, %s given", zend_zval_type_name(value));
}

zend_string *php_tsp_nul_in_target_text(void)
{
	return zend_string_init("The hostname must not contain null bytes",
		sizeof("The hostname must not contain null bytes") - 1, 0);
}

/* messages: stream_socket_server() */
zend_string *php_tsp_server_text_unix_socket(bool dgram, int err)
{
	char buf[TSP_ERR_MSG_MAX];
	return strpprintf(0, "Failed to create unix%s socket %s", dgram ? "datagram" : "",
		tsp_err_message(err, buf, sizeof(buf)));
}

zend_string *php_tsp_server_text_parse(const char *target, bool ipv6)
{
	if (ipv6) {
		return strpprintf(0, "Failed to parse IPv6 address \"%s\"", target);
	}
	return strpprintf(0, "Failed to parse address \"%s\"", target);
}

zend_string *php_tsp_warn_server_lookup(const char *host, int gai_err)
{
	zend_string *text = strpprintf(0, "php_network_getaddresses: getaddrinfo for %s failed: %s", host,
		gai_strerror(gai_err));
	php_error_docref(NULL, E_WARNING, "%s", ZSTR_VAL(text));
	return text;
}

void php_tsp_notice_path_cut(size_t len)
{
	php_error_docref(NULL, E_NOTICE, "socket path exceeded the maximum allowed length of %zu bytes and was truncated",
		len);
}

void php_tsp_warn_server_failed(zend_string *target, zend_string *text)
{
	php_error_docref(NULL, E_WARNING, "Unable to connect to %s (%s)", ZSTR_VAL(target),
		text == NULL ? "Unknown error" : ZSTR_VAL(text));
}
/* end of messages: stream_socket_server() */

void php_tsp_alias_info(void)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "Sockets Support", "enabled");
	php_info_print_table_row(2, "Provided by", "tsp_sockets " PHP_TSP_SOCKETS_VERSION);
	php_info_print_table_end();
}

void php_tsp_info(bool stream_server, bool stream_select, int system_backlog)
{
	char buf[32];

	php_info_print_table_start();
	php_info_print_table_row(2, "tsp_sockets support", "enabled");
	php_info_print_table_row(2, "Version", PHP_TSP_SOCKETS_VERSION);
	php_info_print_table_row(2, "Address families", "AF_INET, AF_INET6 (with scope ids), AF_UNIX (with abstract names)");
	php_info_print_table_row(2, "stream_socket_server() replacement",
		stream_server ? "active (tcp, udp, unix, udg)" : "off (core's is used)");
	php_tsp_ssel_info(stream_select);
	snprintf(buf, sizeof(buf), "%d", system_backlog);
	php_info_print_table_row(2, "System listen backlog cap (net.core.somaxconn)", buf);
	php_tsp_iopoll_info();
	php_info_print_table_end();
}

void php_tsp_info_stood_down(void)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "tsp_sockets support", "disabled: the bundled sockets extension is loaded");
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
	if (TSP_RULE_LIST_PACKET) {
		zend_argument_value_error(arg, "must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET");
		return;
	}
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

/* A value's name in "X given": PHP 8.3 names true and false (and what else
 * it has a value name for) where 8.2 says "bool". */
#if PHP_VERSION_ID >= 80300
# define TSP_VALUE_NAME(zv) zend_zval_value_name(zv)
#else
# define TSP_VALUE_NAME(zv) zend_zval_type_name(zv)
#endif

void php_tsp_throw_option_array(uint32_t arg, const char *option, zval *value)
{
	zend_argument_type_error(arg, "must be of type array when argument #3 ($option) is %s, %s given", option,
		TSP_VALUE_NAME(value));
}

void php_tsp_throw_select_element(uint32_t arg, zval *value)
{
	zend_argument_type_error(arg, "must only have elements of type Socket, %s given", TSP_VALUE_NAME(value));
}

void php_tsp_throw_key_range(uint32_t arg, const char *key, zend_long max)
{
	zend_argument_value_error(arg, "\"%s\" must be between 0 and " ZEND_LONG_FMT, key, max);
}

/* messages: PHP 8.5's checks and AF_PACKET */
void php_tsp_throw_pair_domain(uint32_t arg)
{
	zend_argument_value_error(arg, "must be one of AF_UNIX, AF_INET6, or AF_INET");
}

void php_tsp_throw_name_family(uint32_t arg)
{
	if (TSP_RULE_LIST_PACKET) {
		zend_argument_value_error(arg, "must be one of AF_UNIX, AF_PACKET, AF_INET, or AF_INET6");
		return;
	}
	php_tsp_throw_family(arg);
}

void php_tsp_throw_port_range(uint32_t arg)
{
	zend_argument_value_error(arg, "must be between 0 and %u", (unsigned) USHRT_MAX);
}

void php_tsp_throw_shutdown_mode(uint32_t arg)
{
	/* PHP's wording: no comma before "or" */
	zend_argument_value_error(arg, "must be one of SHUT_RD, SHUT_WR or SHUT_RDWR");
}

void php_tsp_throw_hint_type(uint32_t arg, const char *key, zval *value)
{
	zend_argument_type_error(arg, "\"%s\" key must be of type int, %s given", key, TSP_VALUE_NAME(value));
}

void php_tsp_throw_hint_range(uint32_t arg, const char *key)
{
	zend_argument_value_error(arg, "\"%s\" key must be between 0 and %d", key, INT_MAX);
}

void php_tsp_throw_hint_family(uint32_t arg)
{
	zend_argument_value_error(arg, "\"ai_family\" key must be AF_INET or AF_INET6");
}

void php_tsp_throw_option_string(uint32_t arg, const char *option, zval *value)
{
	zend_argument_type_error(arg, "must be of type string when argument #3 ($option) is %s, %s given", option,
		TSP_VALUE_NAME(value));
}

void php_tsp_throw_option_u16(uint32_t arg)
{
	/* PHP 8.5's wording, "of" included */
	zend_argument_value_error(arg, "must be of between 0 and %u", (unsigned) USHRT_MAX);
}

void php_tsp_throw_packet_ifindex(void)
{
	zend_throw_error(NULL, "invalid interface index");
}

void php_tsp_throw_packet_socket(void)
{
	zend_value_error("invalid AF_PACKET socket");
}
/* end of messages: PHP 8.5's checks and AF_PACKET */

/* messages: argument errors once raised at their call sites */
void php_tsp_throw_construct(const char *class_name, const char *factory)
{
	zend_throw_error(NULL, "Cannot directly construct %s, use %s() instead", class_name, factory);
}

void php_tsp_throw_accept_flags(uint32_t arg)
{
	zend_argument_value_error(arg, "must be a combination of SOCK_NONBLOCK and SOCK_CLOEXEC");
}

void php_tsp_throw_fd_range(uint32_t arg)
{
	zend_argument_value_error(arg, "must be between 0 and %d", INT_MAX);
}

void php_tsp_throw_cmsg_pair(int level, int type)
{
	zend_value_error("Pair level %d and/or type %d is not supported", level, type);
}

void php_tsp_throw_too_big(uint32_t arg)
{
	zend_argument_value_error(arg, "is too big");
}

void php_tsp_throw_ifindex_range(void)
{
	zend_value_error("Index must be between 0 and %u", UINT_MAX);
}

void php_tsp_throw_mcast_key(const char *key)
{
	zend_value_error("No key \"%s\" passed in optval", key);
}

void php_tsp_throw_option_range(uint32_t arg, int min, int max)
{
	zend_argument_value_error(arg, "must be between %d and %d", min, max);
}

void php_tsp_throw_select_closed(uint32_t arg)
{
	zend_argument_type_error(arg, "contains a closed socket");
}

void php_tsp_throw_select_no_arrays(void)
{
	zend_value_error("socket_select(): At least one array argument must be passed");
}

#ifdef PHP_WIN32
void php_tsp_wsa_id(char *buf, size_t len, unsigned n)
{
	snprintf(buf, len, "php_wsa_for_%u", n);
}
#endif
/* end of messages: argument errors once raised at their call sites */

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
