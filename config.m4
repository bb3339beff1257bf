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
  dnl What the code needs from the platform. A missing required feature stops
  dnl configure with one line naming it; an optional one only drops what uses it.
  AC_CHECK_HEADERS([sys/socket.h netinet/in.h netinet/tcp.h sys/un.h net/if.h poll.h ifaddrs.h],
    [], [AC_MSG_ERROR([tsp_sockets needs <$ac_header>, which this system does not have])])
  AC_CHECK_HEADERS([linux/filter.h linux/if_packet.h linux/if_ether.h])
  AC_CHECK_FUNCS([poll if_nametoindex getifaddrs],
    [], [AC_MSG_ERROR([tsp_sockets needs $ac_func(), which this system does not have])])
  AC_CHECK_FUNCS([accept4])
  dnl Io\Poll's epoll backend (Linux); poll() is the fallback everywhere.
  AC_CHECK_HEADERS([sys/epoll.h])
  AC_CHECK_FUNCS([epoll_pwait2])

  AC_CACHE_CHECK([for ppoll with a signal mask], [tsp_cv_ppoll],
    [AC_LINK_IFELSE([AC_LANG_PROGRAM([[#define _GNU_SOURCE 1
#include <poll.h>
#include <stddef.h>]], [[struct timespec ts = {0, 0}; return ppoll(NULL, 0, &ts, NULL);]])],
      [tsp_cv_ppoll=yes], [tsp_cv_ppoll=no])])
  AS_IF([test "$tsp_cv_ppoll" != yes],
    [AC_MSG_ERROR([tsp_sockets needs ppoll() (Linux, glibc or musl): socket_select() is built on it])])

  AC_CACHE_CHECK([for the six-argument gethostbyname_r], [tsp_cv_gethostbyname_r6],
    [AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <netdb.h>]],
      [[struct hostent he, *res; char buf[64]; int herr;
        return gethostbyname_r("localhost", &he, buf, sizeof(buf), &res, &herr);]])],
      [tsp_cv_gethostbyname_r6=yes], [tsp_cv_gethostbyname_r6=no])])
  AS_IF([test "$tsp_cv_gethostbyname_r6" != yes],
    [AC_MSG_ERROR([tsp_sockets needs the reentrant gethostbyname_r() of glibc and musl (six arguments)])])

  AC_CHECK_MEMBERS([struct sockaddr_in6.sin6_scope_id], [],
    [AC_MSG_ERROR([tsp_sockets needs sin6_scope_id in struct sockaddr_in6])], [[#include <netinet/in.h>]])

  dnl Warning flags: each one only where the compiler takes it.
  TSP_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  for tsp_flag in -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter; do
    AX_CHECK_COMPILE_FLAG([$tsp_flag], [TSP_CFLAGS="$TSP_CFLAGS $tsp_flag"], [], [-Werror])
  done
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
      tsp_select.c
      tsp_streams.c
      binding/tsp_iopoll.c
      binding/tsp_iopoll_duration.c
      binding/tsp_iopoll_handle.c
      binding/tsp_iopoll_watcher.c
      binding/tsp_object.c
      binding/tsp_report.c
      binding/tsp_zaddr.c
      binding/tsp_zaddrinfo.c
      binding/tsp_zlisten.c
      binding/tsp_zmsg.c
      binding/tsp_zopt.c
      binding/tsp_zpoll.c
      binding/tsp_zread.c
      binding/tsp_zstream.c
      binding/tsp_zstruct.c
      src/core/tsp_activation.c
      src/core/tsp_addr.c
      src/core/tsp_err.c
      src/core/tsp_fd.c
      src/core/tsp_io.c
      src/core/tsp_msg.c
      src/core/tsp_num.c
      src/core/tsp_opt.c
      src/core/tsp_poll.c
      src/core/tsp_url.c
      src/core/tsp_watch.c
    ]),
    [$ext_shared],,
    [$TSP_CFLAGS])
  PHP_ADD_BUILD_DIR([$ext_builddir/binding])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_srcdir/binding])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
