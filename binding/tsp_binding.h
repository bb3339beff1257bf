/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The Zend binding: what tsp_sockets.c and tsp_streams.c share. */
#ifndef TSP_BINDING_H
#define TSP_BINDING_H

#ifdef HAVE_CONFIG_H
# include "config.h" /* the extension's own checks (config.m4), before any system header */
#endif
#include "php.h"
#include "php_tsp_sockets.h"

/* PHP 8.5 changed how ext/sockets answers some bad input. Each changed rule
 * has its switch here, the only place that reads PHP_VERSION_ID for it, and
 * the code follows the PHP it is built for. What 8.5 added (AF_PACKET
 * sockets, the new constants) is there on every version. */
#if PHP_VERSION_ID >= 80500
# define TSP_PHP85 1
#else
# define TSP_PHP85 0
#endif
/* socket_bind(), socket_create_listen(), socket_sendto(): a port outside
 * 0..65535 is a ValueError (before: cut to 16 bits) */
#define TSP_RULE_PORT_RANGE    TSP_PHP85
/* socket_shutdown(): a mode other than SHUT_RD/WR/RDWR is a ValueError (before: EINVAL) */
#define TSP_RULE_SHUTDOWN_MODE TSP_PHP85
/* socket_addrinfo_lookup(): hints of a packed array, of another type than
 * int, or out of range are errors (before: any value read as an int) */
#define TSP_RULE_HINTS         TSP_PHP85
/* socket_set_option(): the string and array options refuse other types,
 * UDP_SEGMENT takes 0..65535 (before: converted) */
#define TSP_RULE_OPTION_TYPES  TSP_PHP85
/* multicast options on a socket that is not AF_INET/AF_INET6: a ValueError (before: a warning) */
#define TSP_RULE_MCAST_FAMILY  TSP_PHP85
/* the family lists of socket_create()'s, socket_bind()'s and
 * socket_getsockname()'s errors name AF_PACKET */
#define TSP_RULE_LIST_PACKET   TSP_PHP85
/* socket_read() of PHP_INT_MAX bytes returns false at once, as an overflow
 * (PHP 8.4 and 8.5 do; 8.2 tries to allocate it and dies) */
#if PHP_VERSION_ID >= 80400
# define TSP_RULE_READ_MAX_FALSE 1
#else
# define TSP_RULE_READ_MAX_FALSE 0
#endif

/* Bytes a read took from the kernel and has not returned yet (binding/tsp_zread.c). */
typedef struct php_tsp_pending php_tsp_pending;

/* A Socket object: the state first, the zend_object last. */
typedef struct php_tsp_socket {
	int fd;          /* -1 once closed */
	int family;      /* AF_INET, AF_INET6 or AF_UNIX */
	int error;       /* socket_last_error($socket) */
	int blocking;    /* as last set through this object */
	int listen_backlog;        /* as asked of socket_listen() */
	bool listen_backlog_set;
	zval zstream;    /* the stream this socket is exported as, or UNDEF */
	php_tsp_pending *pending; /* read before the kernel's bytes, or NULL */
	int kind;        /* TSP_KIND_*, learnt at the first read that needs it */
	uint32_t gc_run;           /* the collector run gc_ctx was decided in (0: none yet) */
	zend_resource *gc_ctx;     /* that run's answer: the context reachable only through zstream, or NULL */
	zend_object std;
} php_tsp_socket;

extern zend_class_entry *tsp_ce_Socket;

static zend_always_inline php_tsp_socket *php_tsp_socket_from_obj(zend_object *obj)
{
	return (php_tsp_socket *) ((char *) obj - XtOffsetOf(php_tsp_socket, std));
}
#define Z_TSP_SOCKET_P(zv) php_tsp_socket_from_obj(Z_OBJ_P(zv))

/* tsp_object.c */
void php_tsp_socket_class_init(zend_class_entry *ce);
/* A new Socket in zv owning fd. */
php_tsp_socket *php_tsp_socket_new(zval *zv, int fd, int family);
/* Closes the descriptor (or the stream that owns it). */
void php_tsp_socket_close(php_tsp_socket *sock);

/* tsp_report.c: every text a user can see */
/* The warnings of a failed system call, "<text> [<code>]: <message>": ids
 * name the call they report; where two texts differ only in case, as
 * ext/sockets words them, the ids say which function each belongs to. */
typedef enum {
	TSP_WARN_LISTEN_CREATE,   /* socket_create_listen()'s socket() */
	TSP_WARN_LISTEN_BIND,     /* socket_create_listen()'s bind() ("unable to bind to given address") */
	TSP_WARN_LISTEN,          /* listen(): socket_listen(), socket_create_listen() */
	TSP_WARN_ACCEPT,
	TSP_WARN_NONBLOCK,
	TSP_WARN_BLOCK,
	TSP_WARN_WRITE,           /* socket_write(): "unable to write to socket" */
	TSP_WARN_READ,            /* socket_read(): "unable to read from socket" */
	TSP_WARN_SOCKNAME,
	TSP_WARN_PEERNAME,
	TSP_WARN_CONNECT,         /* socket_connect() */
	TSP_WARN_BIND,            /* socket_bind(), socket_addrinfo_bind(): "Unable to bind address" */
	TSP_WARN_GETOPT,          /* socket_get_option(): "Unable to retrieve socket option" */
	TSP_WARN_GETOPT_STRUCT,   /* the same for a structure-valued option: "unable to get socket option" */
	TSP_WARN_SETOPT,
	TSP_WARN_SHUTDOWN,
	TSP_WARN_HOST_LOOKUP,
	TSP_WARN_RECV,            /* socket_recv(): "Unable to read from socket" */
	TSP_WARN_RECVFROM,        /* socket_recvfrom() of AF_INET and AF_UNIX: "Unable to recvfrom" */
	/* messages: reads, select, options */
	TSP_WARN_RECVFROM_INET6,  /* socket_recvfrom() of AF_INET6: "unable to recvfrom" */
	/* end of messages: reads, select, options */
	TSP_WARN_SEND,            /* socket_send(), socket_sendto(): "Unable to write to socket" */
	TSP_WARN_ATMARK,
	TSP_WARN_FAMILY,
	TSP_WARN_LISTEN_INFO,
	TSP_WARN_IMPORT_FD,
	TSP_WARN_WSA_EXPORT,
	TSP_WARN_WSA_IMPORT,
	TSP_WARN_ADDRINFO_CONNECT, /* socket_addrinfo_connect(): "Unable to connect address" */
	TSP_WARN_BLOCKING_STATE,
	TSP_WARN__COUNT
} php_tsp_warn;

/* Records err on sock (may be NULL) and in the globals; warns
 * "<msg> [<err>]: <text>" unless err only means "would block". */
void php_tsp_fail(php_tsp_socket *sock, php_tsp_warn msg, int err);
/* Records err on sock (may be NULL) and in the globals, quietly. */
void php_tsp_record(php_tsp_socket *sock, int err);
/* The warnings of socket_create() and socket_create_pair(): "Unable to create socket [N]: text". */
void php_tsp_fail_create(int err, bool pair);
/* socket_select()'s warning: "Unable to select [N]: text". */
void php_tsp_fail_select(int err);
/* messages: sendmsg/recvmsg */
/* What a message conversion can say; each text's arguments follow its name. */
typedef enum {
	TSP_CONV_NOT_NUMERIC,    /* const char *string */
	TSP_CONV_NOT_INTEGER,
	TSP_CONV_OUT_OF_BOUNDS,  /* const char *what: php_tsp_range_name() */
	TSP_CONV_RESOLVE,        /* const char *host, const char *family ("AF_INET") */
	TSP_CONV_PATH_EMPTY,
	TSP_CONV_PATH_LONG,      /* size_t max */
	TSP_CONV_IFINDEX_RANGE,  /* unsigned max, zend_long given */
	TSP_CONV_IFNAME,         /* const char *name */
	TSP_CONV_NOT_ARRAY,
	TSP_CONV_KEY_REQUIRED,   /* const char *key */
	TSP_CONV_FAMILIES,
	TSP_CONV_FAMILY_SOCKET,  /* const char *family ("AF_UNIX", "number 2") */
	TSP_CONV_SOCKET_CLOSED,
	TSP_CONV_CAST_FAILED,
	TSP_CONV_NOT_STREAM,
	TSP_CONV_NOT_FD,
	TSP_CONV_CMSG_TYPE,      /* int level, int type */
	TSP_CONV_CMSG_NO_DATA,
	TSP_CONV_EMPTY_ARRAY,
	TSP_CONV_TOO_MANY,
	TSP_CONV_DUP_FAILED,     /* const char *strerror */
	TSP_CONV_BUFFER_SIZE,    /* int max, zend_long given */
	TSP_CONV_CONTROLLEN_0,
	TSP_CONV_CMSG_SMALL,     /* long expected, long got */
	TSP_CONV__COUNT
} php_tsp_conv_msg;
/* The ranges an integer of a message is read within; TSP_CONV_OUT_OF_BOUNDS
 * names them ("given PHP integer is out of bounds for a native int"). */
typedef enum {
	TSP_RANGE_INT = 0,  /* int */
	TSP_RANGE_U16,      /* uint16_t */
	TSP_RANGE_U32,      /* uint32_t */
	TSP_RANGE_PID,      /* pid_t */
	TSP_RANGE_UID,      /* uid_t, gid_t */
	TSP_RANGE__COUNT
} php_tsp_range;
const char *php_tsp_range_name(php_tsp_range range);
/* "error converting user data (path: <path>): <text>", the text of id
 * formatted with ap. */
void php_tsp_warn_conv(const char *path, php_tsp_conv_msg id, va_list ap);
/* "error converting native data (path: msghdr > control > element #<element>
 * > data): <text>": a received control message does not fit its PHP shape. */
void php_tsp_warn_native_cmsg(unsigned element, php_tsp_conv_msg id, ...);
/* The name TSP_CONV_FAMILY_SOCKET gives a family: "AF_UNIX", "AF_INET6", or
 * "number N" written into buf. */
const char *php_tsp_conv_family_name(int family, char *buf, size_t len);
/* socket_sendmsg() failed: "Error in sendmsg [N]: text" unless it would
 * block; recorded on sock and globally, as every socket call does. */
void php_tsp_fail_sendmsg(php_tsp_socket *sock, int err);
/* socket_recvmsg() failed: "Error in recvmsg [N]: text" even when it would
 * block, recorded only globally (socket_last_error($socket) is left alone),
 * as ext/sockets does. */
void php_tsp_fail_recvmsg(int err);
/* Multicast and option warnings. */
/* Multicast on a socket of another family: a warning, or a ValueError where
 * TSP_RULE_MCAST_FAMILY says so. */
void php_tsp_warn_mcast_family(void);
void php_tsp_warn_no_ipv4(unsigned ifindex);
/* messages: reads, select, options */
/* An IP_MULTICAST_IF lookup that failed (status a tsp_opt_if_status of
 * src/core/tsp_opt.h): set gives index, get gives addr. */
struct in_addr;
void php_tsp_warn_if_lookup(int status, unsigned index, const struct in_addr *addr, int err);
/* end of messages: reads, select, options */
void php_tsp_warn_cbpf(void);
/* messages: Io\Poll (binding/tsp_iopoll*.c), PHP 8.6's texts */
typedef enum {
	TSP_IOPOLL_HANDLE_ADDED,   /* HandleAlreadyWatchedException */
	TSP_IOPOLL_ADD_FAILED,     /* FailedHandleAddException */
	TSP_IOPOLL_MODIFY_FAILED,  /* FailedWatcherModificationException */
	TSP_IOPOLL_WAIT_FAILED,    /* FailedPollWaitException */
	TSP_IOPOLL_INIT_FAILED,    /* FailedContextInitializationException */
	TSP_IOPOLL_INVALID_HANDLE, /* InvalidHandleException */
	TSP_IOPOLL_CANNOT_MODIFY,  /* InactiveWatcherException */
	TSP_IOPOLL_CANNOT_REMOVE,  /* InactiveWatcherException */
	TSP_IOPOLL_DURATION_RANGE, /* Time\TimeException */
	TSP_IOPOLL_DURATION_DATA,  /* Exception, from unserialize() */
	TSP_IOPOLL__COUNT
} php_tsp_iopoll_msg;
/* Throws ce with msg's text and code. */
void php_tsp_iopoll_throw(zend_class_entry *ce, php_tsp_iopoll_msg msg, zend_long code);
/* BackendUnavailableException: "Backend <name> not available". */
void php_tsp_iopoll_throw_backend(zend_class_entry *ce, const char *name);
/* Errors of objects used the wrong way. */
typedef enum {
	TSP_IOPOLL_ERR_WATCHER_NEW,   /* Watcher::__construct() */
	TSP_IOPOLL_ERR_DURATION_NEW,  /* Time\Duration::__construct() */
	TSP_IOPOLL_ERR_CONTEXT_TWICE, /* a second __construct() */
	TSP_IOPOLL_ERR_STREAM_TWICE,
	TSP_IOPOLL_ERR_SOCKET_TWICE,
	TSP_IOPOLL_ERR_CONTEXT_NONE,  /* a Context whose __construct() never ran */
	TSP_IOPOLL_ERR_SOCKET_NONE,
	TSP_IOPOLL_ERR__COUNT
} php_tsp_iopoll_err;
void php_tsp_iopoll_error(php_tsp_iopoll_err err);
/* Argument errors: "must be array of Event enums" (TypeError), "must be an
 * open stream resource" (TypeError), "must not be negative", "must be
 * greater than 0" or "must be less than or equal to INT_MAX" (maxEvents),
 * "must be greater than or equal to 0" or "must be less than 1_000_000_000"
 * (Time\Duration). */
void php_tsp_iopoll_throw_events(uint32_t arg);
void php_tsp_iopoll_throw_not_stream(uint32_t arg);
void php_tsp_iopoll_throw_negative(uint32_t arg);
void php_tsp_iopoll_throw_max_events(uint32_t arg, bool too_big);
void php_tsp_iopoll_throw_duration_arg(uint32_t arg, bool too_big);
/* A stream with no descriptor to poll: "Cannot represent a stream of type <label> as a pollable descriptor". */
void php_tsp_iopoll_warn_cast(const char *label);
/* A user class implementing Io\Poll\Handle: a fatal error, as PHP 8.6 gives. */
ZEND_NORETURN void php_tsp_iopoll_user_handle(void);
/* socket_close() and the closes of streams: the watchers of descriptor fd
 * retire before it closes (binding/tsp_iopoll_handle.c). Inline, so that a
 * close in a request without watchers costs one test. */
void php_tsp_iopoll_fd_closing_watched(int fd);
static zend_always_inline void php_tsp_iopoll_fd_closing(int fd)
{
	if (UNEXPECTED(TSP_G(iopoll_live))) {
		php_tsp_iopoll_fd_closing_watched(fd);
	}
}
/* phpinfo(): what tsp_sockets provides of the polling API here. */
void php_tsp_iopoll_info_rows(bool provided, bool duration, bool socket_handle);
/* end of messages: Io\Poll */
/* socket_export_stream()'s warning when no stream could be made. */
void php_tsp_warn_export(void);
/* socket_listen_info() on a socket that does not listen. */
void php_tsp_warn_not_listening(void);
/* LISTEN_PID/LISTEN_FDS that cannot be read. */
void php_tsp_warn_activation(void);
/* The one startup message when the bundled extension is loaded too. */
void php_tsp_warn_conflict(void);
/* Warnings that carry no code. */
void php_tsp_warn_wrong_family(int family);
void php_tsp_warn_no_interface(const char *name);

/* messages: descriptor ownership, inherited descriptors, streams */
/* Who in this process already owns a descriptor (tsp_zlisten.c). */
typedef enum {
	TSP_FD_OWNER_NONE = 0,
	TSP_FD_OWNER_SOCKET,   /* an open Socket */
	TSP_FD_OWNER_STREAM    /* a PHP stream, persistent ones included */
} php_tsp_fd_owner;
/* "Unable to import the descriptor N: it already belongs to a Socket|a stream" */
void php_tsp_warn_fd_owned(int fd, php_tsp_fd_owner owner);
/* The same for stream_socket_server('fd://N')'s error message. */
zend_string *php_tsp_fd_owned_text(int fd, php_tsp_fd_owner owner);
/* socket_close() of a Socket whose stream fclose() has closed: ext/sockets' TypeError. */
void php_tsp_throw_stream_closed(void);
/* A resource that is not a stream: "...(): supplied resource is not a valid stream resource". */
void php_tsp_throw_not_stream(void);
/* socket_listen_info() of something else: "must be of type Socket or resource, <type> given". */
void php_tsp_throw_socket_or_resource(uint32_t arg, zval *value);
/* stream_socket_server() of an inet target holding a NUL byte: core's text. */
zend_string *php_tsp_nul_in_target_text(void);
/* messages: stream_socket_server() */
/* The texts of $error_message, as core's stream layer words them:
 * "Failed to create unix[datagram] socket <strerror>", and
 * "Failed to parse [IPv6 ]address \"<target>\"". */
zend_string *php_tsp_server_text_unix_socket(bool dgram, int err);
zend_string *php_tsp_server_text_parse(const char *target, bool ipv6);
/* A lookup that failed: core's warning, and the same text for $error_message. */
zend_string *php_tsp_warn_server_lookup(const char *host, int gai_err);
/* A unix path cut to the len bytes sun_path holds: core's notice. */
void php_tsp_notice_path_cut(size_t len);
/* "Unable to connect to <target> (<text, or Unknown error>)". */
void php_tsp_warn_server_failed(zend_string *target, zend_string *text);
/* end of messages: stream_socket_server() */
/* phpinfo() of the "sockets" name tsp_sockets answers to. */
void php_tsp_alias_info(void);
/* phpinfo() of tsp_sockets (its ini entries follow), and of a tsp_sockets
 * that stood down for the bundled extension. */
void php_tsp_info(bool stream_server, bool stream_select, int system_backlog);
void php_tsp_info_stood_down(void);

/* Exceptions, with ext/sockets' texts. */
void php_tsp_throw_closed(uint32_t arg);
void php_tsp_throw_domain(uint32_t arg);          /* AF_UNIX, AF_INET6, or AF_INET */
void php_tsp_throw_family(uint32_t arg);          /* AF_UNIX, AF_INET, or AF_INET6 */
void php_tsp_throw_type(uint32_t arg);
/* PHP 8.4: an array-valued option given something else. */
void php_tsp_throw_option_array(uint32_t arg, const char *option, zval *value);
/* PHP 8.4: a key of an array-valued option out of range. */
/* socket_select(): an array element that is not a Socket. */
void php_tsp_throw_select_element(uint32_t arg, zval *value);
void php_tsp_throw_key_range(uint32_t arg, const char *key, zend_long max);
/* messages: PHP 8.5's checks and AF_PACKET */
void php_tsp_throw_pair_domain(uint32_t arg);     /* AF_UNIX, AF_INET6, or AF_INET (socket_create_pair) */
void php_tsp_throw_name_family(uint32_t arg);     /* socket_bind()/socket_getsockname() of another family */
void php_tsp_throw_port_range(uint32_t arg);
void php_tsp_throw_shutdown_mode(uint32_t arg);
void php_tsp_throw_hint_type(uint32_t arg, const char *key, zval *value);
void php_tsp_throw_hint_range(uint32_t arg, const char *key);
void php_tsp_throw_hint_family(uint32_t arg);
void php_tsp_throw_option_string(uint32_t arg, const char *option, zval *value);
void php_tsp_throw_option_u16(uint32_t arg);
void php_tsp_throw_packet_ifindex(void);          /* Error: "invalid interface index" */
void php_tsp_throw_packet_socket(void);           /* ValueError: "invalid AF_PACKET socket" */
/* end of messages: PHP 8.5's checks and AF_PACKET */
/* messages: argument errors once raised at their call sites */
void php_tsp_throw_construct(const char *class_name, const char *factory); /* "Cannot directly construct ..." */
void php_tsp_throw_accept_flags(uint32_t arg);    /* socket_accept(): SOCK_NONBLOCK and SOCK_CLOEXEC only */
void php_tsp_throw_fd_range(uint32_t arg);        /* socket_import_fd(): 0..INT_MAX */
void php_tsp_throw_cmsg_pair(int level, int type); /* socket_cmsg_space() of an unknown message */
void php_tsp_throw_too_big(uint32_t arg);
void php_tsp_throw_ifindex_range(void);           /* an interface index beyond 0..UINT_MAX */
void php_tsp_throw_mcast_key(const char *key);    /* a multicast request without "group" or "source" */
void php_tsp_throw_option_range(uint32_t arg, int min, int max);
void php_tsp_throw_select_closed(uint32_t arg);
void php_tsp_throw_select_no_arrays(void);
#ifdef PHP_WIN32
/* The name of an exported WSAPROTOCOL_INFO block: "php_wsa_for_<n>". */
void php_tsp_wsa_id(char *buf, size_t len, unsigned n);
#endif
/* end of messages: argument errors once raised at their call sites */
void php_tsp_throw_path_too_long(uint32_t arg, size_t max);
void php_tsp_throw_port_null(uint32_t arg, int family);
void php_tsp_throw_missing_key(uint32_t arg, const char *key);
void php_tsp_throw_not_negative(uint32_t arg);
void php_tsp_throw_int_range(uint32_t arg);
void php_tsp_throw_hint_keys(uint32_t arg);

/* The message text for socket_strerror(). */
zend_string *php_tsp_strerror(int code);

/* tsp_zaddr.c: PHP strings to addresses, with the warnings of a failed
 * lookup: a unix path, or a host (and port, cut to 16 bits) for AF_INET and
 * AF_INET6. Returns SUCCESS, or FAILURE after a warning or an exception. */
struct tsp_addr;
#define TSP_ADDR_ARG_CSTRING 1u /* socket_sendto(): a unix path ends at its first NUL */
zend_result php_tsp_addr_from_string(php_tsp_socket *sock, int family,
	zend_string *host, zend_long port, uint32_t host_arg, unsigned flags, struct tsp_addr *out);

/* Resolves host for an AF_INET or AF_INET6 address (port 0), with the
 * lookup warnings recorded on sock. */
zend_result php_tsp_resolve_host(php_tsp_socket *sock, int family, const char *host, struct tsp_addr *out);

/* tsp_zmsg.c */
void php_tsp_sendmsg(php_tsp_socket *sock, HashTable *msg, zend_long flags, zval *return_value);
void php_tsp_recvmsg(php_tsp_socket *sock, zval *zmsg, zend_long flags, zval *return_value);
void php_tsp_cmsg_space(zend_long level, zend_long type, zend_long n, zval *return_value);
/* tsp_zstruct.c (the rest of the converter is in tsp_zstruct.h): a structure
 * of src/core/tsp_msg.h from a PHP array (errors under path root), and back. */
struct tsp_struct;
zend_result php_tsp_struct_from_zval(php_tsp_socket *sock, zval *zv, const struct tsp_struct *st, void *out, const char *root);
void php_tsp_struct_to_zval(const struct tsp_struct *st, const void *data, size_t avail, zval *out);

/* Fills *out from host and port for sock's family, or returns from the PHP
 * function: false after a lookup warning, or with the exception thrown. */
#define TSP_ADDR_OR_RETURN(sock, host, port, host_arg, flags, out) do { \
		if (php_tsp_addr_from_string((sock), (sock)->family, (host), (port), (host_arg), (flags), (out)) == FAILURE) { \
			if (EG(exception)) { \
				RETURN_THROWS(); \
			} \
			RETURN_FALSE; \
		} \
	} while (0)

/* tsp_zopt.c: option values; level and name as PHP passed them (ext/sockets
 * compares the whole zend_long, then hands the kernel an int). */
void php_tsp_getopt(php_tsp_socket *sock, zend_long level, zend_long name, zval *return_value);
void php_tsp_setopt(php_tsp_socket *sock, zend_long level, zend_long name, zval *value, zval *return_value);

/* tsp_zread.c: socket_read(), socket_recv(), socket_recvfrom(), and the bytes
 * a line read holds for the next read (a partial line from a non-blocking
 * socket, the rest of a datagram). Every read of the socket returns those
 * first. */
#define TSP_NORMAL_READ 1 /* PHP_NORMAL_READ */
#define TSP_BINARY_READ 2 /* PHP_BINARY_READ */
/* A read asks the kernel for at most this much at once (MSG_WAITALL aside):
 * a larger length still returns at most what one recv() gives, as the API allows. */
#define TSP_READ_CHUNK_MAX ((zend_long) 64 * 1024 * 1024)
#define TSP_KIND_UNKNOWN 0
#define TSP_KIND_TCP     1 /* a TCP (or MPTCP) stream: MSG_TRUNC discards */
#define TSP_KIND_STREAM  2 /* another byte stream (AF_UNIX SOCK_STREAM, ...) */
#define TSP_KIND_MESSAGE 3 /* datagrams or records: a recv() takes a whole one */
void php_tsp_read(php_tsp_socket *sock, zend_long length, zend_long mode, zval *return_value);
void php_tsp_recv(php_tsp_socket *sock, zval *zdata, zend_long length, zend_long flags, zval *return_value);
void php_tsp_recvfrom(php_tsp_socket *sock, zval *zdata, zend_long length, zend_long flags,
	zval *zaddr, zval *zport, zval *return_value);
/* Frees the bytes a line read kept, if any (socket_close(), the object's
 * end); inline, as mostly there are none. */
void php_tsp_pending_drop(php_tsp_socket *sock);
static zend_always_inline void php_tsp_pending_free(php_tsp_socket *sock)
{
	if (UNEXPECTED(sock->pending != NULL)) {
		php_tsp_pending_drop(sock);
	}
}
/* Whether the pending bytes hold a whole line: socket_select() reports such a
 * socket readable, since the next socket_read(PHP_NORMAL_READ) returns at once. */
bool php_tsp_pending_has_line(const php_tsp_socket *sock);
/* Takes up to want pending bytes into buf (leaves them with MSG_PEEK in
 * flags); returns how many (0 when none are pending). For socket_recvmsg(). */
size_t php_tsp_pending_take(php_tsp_socket *sock, char *buf, size_t want, zend_long flags);
/* The sender of the pending bytes (an address of length 0 for a stream),
 * or NULL when nothing is pending. */
const struct tsp_addr *php_tsp_pending_from(const php_tsp_socket *sock);
/* TSP_KIND_* of the socket, asked of the kernel once. */
int php_tsp_socket_kind(php_tsp_socket *sock);

/* tsp_zpoll.c: socket_select() on poll(); sets[i] are the dereferenced,
 * separated arrays (or NULL) for read, write, except. */
void php_tsp_select(zval *sets[3], zend_long sec, bool sec_null, zend_long usec, zval *return_value);

/* tsp_zaddrinfo.c: the AddressInfo class and the socket_addrinfo_*() functions */
extern zend_class_entry *tsp_ce_AddressInfo;
void php_tsp_addrinfo_class_init(zend_class_entry *ce);
void php_tsp_addrinfo_lookup(zend_string *host, zend_string *service, HashTable *hints, zval *return_value);
void php_tsp_addrinfo_open(zval *zai, bool do_connect, zval *return_value);
void php_tsp_addrinfo_explain(zval *zai, zval *return_value);

#ifdef PHP_WIN32
/* tsp_win32.c */
void php_tsp_wsa_export(php_tsp_socket *sock, zend_long pid, zval *return_value);
void php_tsp_wsa_import(zend_string *id, zval *return_value);
void php_tsp_wsa_release(zend_string *id, zval *return_value);
/* Closes what socket_wsaprotocol_info_export() left exported (module shutdown). */
void php_tsp_wsa_mshutdown(void);
#endif

/* tsp_zlisten.c */
void php_tsp_remember_stream_backlog(zend_resource *res, int backlog);
void php_tsp_listen_rshutdown(void);
void php_tsp_listen_info(zval *arg, zval *return_value);
void php_tsp_import_fd(zend_long fd, zval *return_value);
/* Whether a Socket or a stream of this process owns fd already: adopting it
 * again would give it two owners, each closing it when freed. */
php_tsp_fd_owner php_tsp_fd_owner_of(int fd);
void php_tsp_listen_fds(bool unset_env, zval *return_value);

/* tsp_zstream.c */
/* Whether the stream that owns sock's descriptor has been closed (fclose()):
 * the Socket is then "orphaned". */
static zend_always_inline bool php_tsp_socket_stream_closed(const php_tsp_socket *sock)
{
	return UNEXPECTED(!Z_ISUNDEF(sock->zstream)) && Z_RES(sock->zstream)->ptr == NULL;
}
void php_tsp_import_stream(zval *zstream, zval *return_value);
void php_tsp_export_stream(php_tsp_socket *sock, zval *return_value);

/* What a Socket-or-stream argument stands for (php_tsp_fd_of()). */
typedef enum {
	PHP_TSP_FD_OK = 0,     /* *fd is its descriptor */
	PHP_TSP_FD_CLOSED,     /* a Socket closed with socket_close() */
	PHP_TSP_FD_ORPHANED,   /* a Socket whose stream fclose() has closed: its number is -1 from now on */
	PHP_TSP_FD_NOT_STREAM, /* a resource that is not (or no longer) a stream */
	PHP_TSP_FD_NO_FD,      /* a stream without a descriptor of that kind: the stream layer has warned */
	PHP_TSP_FD_OTHER       /* neither a Socket nor a resource */
} php_tsp_fd_status;
/* The descriptor behind zv, a Socket or a stream resource, into *fd (-1
 * unless PHP_TSP_FD_OK); *sock is the Socket, or NULL. A stream is asked for
 * its descriptor as cast says (PHP_STREAM_AS_FD, PHP_STREAM_AS_SOCKETD),
 * which runs user code for a user-space stream. Raises nothing itself. */
php_tsp_fd_status php_tsp_fd_of(zval *zv, int cast, php_tsp_socket **sock, int *fd);

/* The one check every function taking a Socket makes. Returns false for a
 * Socket closed with socket_close() (the caller throws "has already been
 * closed"), true for an open one - and true for an orphaned one, whose
 * descriptor number is replaced by -1 here, before any system call can see
 * it: the number may belong to another file by now. Every call on -1 fails
 * with EBADF, so an orphaned Socket reports "[9] Bad file descriptor" with a
 * warning and false through each function's usual failure path, the way
 * ext/sockets reports its calls on the closed number, without the risk. */
static zend_always_inline bool php_tsp_socket_usable(php_tsp_socket *sock)
{
	if (php_tsp_socket_stream_closed(sock)) {
		sock->fd = -1;
		return true;
	}
	return sock->fd >= 0;
}

/* Fetches a Socket argument and checks it with php_tsp_socket_usable(). */
#define TSP_SOCKET_ARG_VALID(zv, sock, argnum) do { \
		(sock) = Z_TSP_SOCKET_P(zv); \
		if (UNEXPECTED(!php_tsp_socket_usable(sock))) { \
			php_tsp_throw_closed(argnum); \
			RETURN_THROWS(); \
		} \
	} while (0)

#endif
