dnl tsp_sockets - a socket extension for PHP
dnl SPDX-License-Identifier: BSD-3-Clause

PHP_ARG_ENABLE([tsp-sockets],
  [whether to enable tsp_sockets support],
  [AS_HELP_STRING([--enable-tsp-sockets],
    [Enable tsp_sockets, a replacement for the sockets extension])],
  [yes])

PHP_ARG_ENABLE([tsp-sockets-dev],
  [whether to build tsp_sockets for development],
  [AS_HELP_STRING([--enable-tsp-sockets-dev],
    [tsp_sockets: warnings as errors])],
  [no],
  [no])

PHP_ARG_ENABLE([tsp-sockets-asan],
  [whether to build tsp_sockets with AddressSanitizer],
  [AS_HELP_STRING([--enable-tsp-sockets-asan],
    [tsp_sockets: AddressSanitizer and UndefinedBehaviorSanitizer])],
  [no],
  [no])

PHP_ARG_ENABLE([tsp-sockets-coverage],
  [whether to build tsp_sockets with coverage],
  [AS_HELP_STRING([--enable-tsp-sockets-coverage],
    [tsp_sockets: gcov coverage])],
  [no],
  [no])

if test "$PHP_TSP_SOCKETS" != "no"; then
  AC_CHECK_HEADERS([linux/filter.h netinet/tcp.h sys/un.h net/if.h])
  AC_CHECK_FUNCS([accept4 if_nametoindex gethostbyname_r])
  AC_CHECK_MEMBERS([struct sockaddr_in6.sin6_scope_id], [], [], [[#include <netinet/in.h>]])

  TSP_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter"
  if test "$PHP_TSP_SOCKETS_DEV" != "no"; then
    TSP_CFLAGS="$TSP_CFLAGS -Werror"
  fi
  if test "$PHP_TSP_SOCKETS_ASAN" != "no"; then
    TSP_CFLAGS="$TSP_CFLAGS -fsanitize=address,undefined -fno-omit-frame-pointer"
    LDFLAGS="$LDFLAGS -fsanitize=address,undefined"
  fi
  if test "$PHP_TSP_SOCKETS_COVERAGE" != "no"; then
    TSP_CFLAGS="$TSP_CFLAGS --coverage -O0"
    LDFLAGS="$LDFLAGS --coverage"
  fi

  PHP_NEW_EXTENSION([tsp_sockets], m4_normalize([
      tsp_sockets.c
      tsp_streams.c
      binding/tsp_object.c
      binding/tsp_report.c
      binding/tsp_zaddr.c
      binding/tsp_zaddrinfo.c
      binding/tsp_zlisten.c
      binding/tsp_zmsg.c
      binding/tsp_zopt.c
      binding/tsp_zpoll.c
      binding/tsp_zstream.c
      core/tsp_activation.c
      core/tsp_addr.c
      core/tsp_err.c
      core/tsp_io.c
      core/tsp_msg.c
      core/tsp_opt.c
      core/tsp_poll.c
      core/tsp_url.c
    ]),
    [$ext_shared],,
    [$TSP_CFLAGS])
  PHP_ADD_BUILD_DIR([$ext_builddir/binding])
  PHP_ADD_BUILD_DIR([$ext_builddir/core])
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_srcdir/binding])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
