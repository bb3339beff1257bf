/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
#ifndef PHP_TSP_SOCKETS_H
#define PHP_TSP_SOCKETS_H

extern zend_module_entry tsp_sockets_module_entry;
#define phpext_tsp_sockets_ptr &tsp_sockets_module_entry

#define PHP_TSP_SOCKETS_VERSION "0.1.0"

/* Names PHP 8.6 no longer defines. */
#ifndef XtOffsetOf
# define XtOffsetOf(s_type, field) offsetof(s_type, field)
#endif
#if !defined(INI_BOOL) && defined(zend_ini_bool_literal)
# define INI_BOOL(name) zend_ini_bool_literal(name)
#endif

#ifdef ZTS
# include "TSRM.h"
#endif

#include "src/core/tsp_poll.h"

ZEND_BEGIN_MODULE_GLOBALS(tsp_sockets)
	int last_error;             /* socket_last_error() without a socket */
	tsp_pollhot poll_hot;       /* what the last socket_select()/stream_select() found ready: put first next time */
	zend_long default_backlog;  /* tsp_sockets.default_backlog; <= 0: the system's somaxconn */
	HashTable *stream_backlogs; /* requested backlog of this request's stream servers, by resource handle */
	uint32_t stream_backlogs_sweep_at; /* table size at which its stale entries are dropped next */
	/* Io\Poll (binding/tsp_iopoll*.c): this request's active watchers by
	 * descriptor, what a close retires; references to release once no user
	 * code can interfere */
	struct php_tsp_iopoll_watcher **iopoll_byfd;
	uint32_t iopoll_nbyfd, iopoll_live;
	zend_object **iopoll_release;
	uint32_t iopoll_nrelease, iopoll_caprelease;
ZEND_END_MODULE_GLOBALS(tsp_sockets)

ZEND_EXTERN_MODULE_GLOBALS(tsp_sockets)
#define TSP_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(tsp_sockets, v)

/* binding/tsp_iopoll.c: PHP 8.6's Io\Poll where PHP has none (MINIT), and back */
void php_tsp_iopoll_minit(int module_number);
void php_tsp_iopoll_mshutdown(void);
void php_tsp_iopoll_rshutdown(void);
void php_tsp_iopoll_info(void);

/* tsp_streams.c */
zend_result php_tsp_streams_minit(bool enable);
void php_tsp_streams_mshutdown(void);
bool php_tsp_streams_active(void);
int php_tsp_streams_system_backlog(void);

/* tsp_select.c: stream_select() on poll() */
zend_result php_tsp_select_minit(bool enable);
void php_tsp_select_mshutdown(void);
bool php_tsp_select_active(void);
/* Its texts (binding/tsp_report.c), core's wording: the ValueErrors
 * "No stream arrays were passed", "Argument #5 ($microseconds) must be null
 * when argument #4 ($seconds) is null" and "Argument #N must be greater than
 * or equal to 0"; the warning "Unable to select [N]: text (max_fd=M)"; the
 * phpinfo() row. */
void php_tsp_ssel_throw_no_arrays(void);
void php_tsp_ssel_throw_usec_not_null(void);
void php_tsp_ssel_throw_negative(uint32_t arg);
void php_tsp_ssel_fail(int err, int max_fd);
void php_tsp_ssel_info(bool active);

#if defined(ZTS) && defined(COMPILE_DL_TSP_SOCKETS)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
