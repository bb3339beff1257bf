/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* C unit tests of core/: no PHP, just a compiler. Run by tests/unit/run.sh
 * under AddressSanitizer and UndefinedBehaviorSanitizer. */
#define _GNU_SOURCE 1
#include "src/core/tsp_addr.h"
#include "src/core/tsp_err.h"
#include "src/core/tsp_io.h"
#include "src/core/tsp_opt.h"
#include "src/core/tsp_url.h"
#include "src/core/tsp_poll.h"
#include "src/core/tsp_msg.h"
#include "src/core/tsp_activation.h"
#include "src/core/tsp_num.h"
#include "src/core/tsp_fd.h"
#include "src/core/tsp_time.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <net/if.h>
#ifdef __linux__
# include <linux/filter.h>
#endif

static int passed, failed;

#define CHECK(cond) do { \
		if (cond) { passed++; } \
		else { failed++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
	} while (0)
#define CHECK_STR(got, want) do { \
		const char *g_ = (got), *w_ = (want); \
		if (strcmp(g_, w_) == 0) { passed++; } \
		else { failed++; fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_, w_); } \
	} while (0)

static const char *stub_path;

#include "tests/unit/unit_watch.inc"

static void test_err_table(void)
{
	size_t i;
	char buf[TSP_ERR_MSG_MAX];

	for (i = 1; i < tsp_err_row_count; i++) {
		CHECK(tsp_err_rows[i - 1].code < tsp_err_rows[i].code);
	}
	for (i = 0; i < tsp_err_row_count; i++) {
		CHECK(tsp_err_find(tsp_err_rows[i].code) == &tsp_err_rows[i]);
		/* the class of every row, the codes classify() answers first included */
		CHECK(tsp_err_classify(tsp_err_rows[i].code) == (tsp_err_class) tsp_err_rows[i].cls);
	}
	CHECK(tsp_err_find(0) == NULL);
	CHECK(tsp_err_find(INT_MAX) == NULL);
	CHECK(tsp_err_classify(EAGAIN) == TSP_ERR_WOULDBLOCK);
	CHECK(tsp_err_classify(EWOULDBLOCK) == TSP_ERR_WOULDBLOCK);
	CHECK(tsp_err_classify(EINPROGRESS) == TSP_ERR_WOULDBLOCK);
	CHECK(tsp_err_classify(EINTR) == TSP_ERR_TRANSIENT);
	CHECK(tsp_err_classify(ECONNREFUSED) == TSP_ERR_FATAL);
	CHECK(tsp_err_classify(123456) == TSP_ERR_FATAL);

	CHECK_STR(tsp_err_message(0, buf, sizeof(buf)), "Success");
	CHECK_STR(tsp_err_message(EADDRINUSE, buf, sizeof(buf)), "Address already in use");
	CHECK_STR(tsp_err_message(-1, buf, sizeof(buf)), "Unknown error -1");
	CHECK_STR(tsp_err_message(-10000, buf, sizeof(buf)), "Unknown error -10000");
	CHECK_STR(tsp_err_message(-10001, buf, sizeof(buf)), "Unknown host");
	CHECK_STR(tsp_err_message(-10002, buf, sizeof(buf)), "Host name lookup failure");
	CHECK_STR(tsp_err_message(-10003, buf, sizeof(buf)), "Unknown server error");
	CHECK_STR(tsp_err_message(-10004, buf, sizeof(buf)), "No address associated with name");
	CHECK_STR(tsp_err_message(-10005, buf, sizeof(buf)), "Unknown resolver error");
	CHECK_STR(tsp_err_message(INT_MIN, buf, sizeof(buf)), "Unknown resolver error");
	CHECK_STR(tsp_err_message(INT_MIN + 1, buf, sizeof(buf)), "Unknown resolver error");
	CHECK_STR(tsp_err_message(INT_MAX, buf, sizeof(buf)), "Unknown error 2147483647");
	/* a tiny buffer is truncated, never overrun */
	{
		char tiny[4];
		memset(tiny, 'x', sizeof(tiny));
		tsp_err_message(EADDRINUSE, tiny, sizeof(tiny));
		CHECK(tiny[3] == '\0' && strlen(tiny) == 3);
		tsp_err_message(-10001, tiny, sizeof(tiny));
		CHECK_STR(tiny, "Unk");
		CHECK(tsp_err_message(1, tiny, 0) == tiny);
	}
	CHECK(tsp_err_from_h_errno(HOST_NOT_FOUND) == -10001);
	CHECK(tsp_err_from_h_errno(0) == -10000);
	CHECK(tsp_err_from_h_errno(INT_MAX) == INT_MIN);
	CHECK(tsp_err_from_h_errno(INT_MIN) == 2147473648);
	CHECK(tsp_err_from_h_errno(-INT_MAX) == 2147473647);
}

/* Every SOCKET_E* constant of the stub has a row (EWOULDBLOCK shares EAGAIN's). */
static void test_err_table_covers_stub(void)
{
	FILE *f = fopen(stub_path, "r");
	char line[512];
	int seen = 0;

	CHECK(f != NULL);
	if (!f) {
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		char name[128];
		size_t i;
		int found = 0;
		if (sscanf(line, "const SOCKET_%127[A-Z0-9_] =", name) != 1) {
			continue;
		}
		seen++;
		if (strcmp(name, "EWOULDBLOCK") == 0) {
			CHECK(tsp_err_find(EWOULDBLOCK) != NULL);
			continue;
		}
		for (i = 0; i < tsp_err_row_count; i++) {
			if (strncmp(tsp_err_rows[i].name, "SOCKET_", 7) == 0 && strcmp(tsp_err_rows[i].name + 7, name) == 0) {
				found = 1;
			}
		}
		if (!found) {
			fprintf(stderr, "no error-table row for SOCKET_%s\n", name);
		}
		CHECK(found);
	}
	fclose(f);
	CHECK(seen >= 90);
}

static void test_addr_inet4(void)
{
	tsp_addr a;
	char text[TSP_ADDR_TEXT_MAX];
	long port = 0;
	char longname[300];

	CHECK(tsp_addr_inet4(&a, "127.0.0.1", 8080) == 0);
	CHECK(a.len == sizeof(struct sockaddr_in));
	CHECK(tsp_addr_format(&a, text, sizeof(text), &port) == 0);
	CHECK_STR(text, "127.0.0.1");
	CHECK(port == 8080);
	CHECK(tsp_addr_inet4(&a, "127.1", 0) == 0);
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK_STR(text, "127.0.0.1");
	/* not dotted decimal: the host database decides, as in ext/sockets */
	CHECK(tsp_addr_inet4(&a, "0x7f.0.0.2", 65535) < -10000);
	CHECK(tsp_addr_inet4(&a, "127.0.0.2", 65535) == 0);
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK_STR(text, "127.0.0.2");
	CHECK(port == 65535);
	CHECK(tsp_addr_inet4(&a, "localhost", 1) == 0);
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK(strncmp(text, "127.", 4) == 0);
	CHECK(tsp_addr_inet4(&a, "no-such-host.invalid", 1) < -10000);
	CHECK(h_errno != 0);
	/* over the name limit: no lookup, the thread's last resolver state */
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	h_errno = 0;
	CHECK(tsp_addr_inet4(&a, longname, 1) == -10000);
	h_errno = TRY_AGAIN;
	CHECK(tsp_addr_inet4(&a, longname, 1) == -10002);
	CHECK(tsp_addr_inet4(&a, "", 1) < -10000 || tsp_addr_inet4(&a, "", 1) == 0);
}

static void test_addr_inet6(void)
{
	tsp_addr a;
	tsp_scope_status st;
	const char *scope;
	char text[TSP_ADDR_TEXT_MAX];
	long port = 0;

	CHECK(tsp_addr_inet6(&a, "::1", 443, &st, &scope) == 0);
	CHECK(st == TSP_SCOPE_NONE && scope == NULL);
	CHECK(a.len == sizeof(struct sockaddr_in6));
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK_STR(text, "::1");
	CHECK(port == 443);
	CHECK(tsp_addr_inet6(&a, "fe80::1%2", 1, &st, &scope) < -10000 || st == TSP_SCOPE_SET);
	CHECK(tsp_addr_inet6(&a, "::ffff:127.0.0.1", 1, &st, &scope) == 0);
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK_STR(text, "::ffff:127.0.0.1");
	CHECK(tsp_addr_inet6(&a, "no-such-host.invalid", 1, &st, &scope) <= -10000);
}

/* tsp_num_parse() of a C string */
static int num(const char *s, unsigned flags, long long max, long long *v)
{
	return tsp_num_parse(s, strlen(s), flags, max, v);
}

static void test_num(void)
{
	const unsigned php = TSP_NUM_SPACE_BEFORE | TSP_NUM_SIGN | TSP_NUM_SPACE_AFTER;
	const unsigned atoi_like = TSP_NUM_SPACE_BEFORE | TSP_NUM_SIGN | TSP_NUM_PREFIX | TSP_NUM_SATURATE;
	long long v;

	/* PHP's integer strings (an IPv6 scope) */
	CHECK(num("12", php, LLONG_MAX, &v) == TSP_NUM_OK && v == 12);
	CHECK(num(" 12 ", php, LLONG_MAX, &v) == TSP_NUM_OK && v == 12);
	CHECK(num("-3", php, LLONG_MAX, &v) == TSP_NUM_OK && v == -3);
	CHECK(num("+3", php, LLONG_MAX, &v) == TSP_NUM_OK && v == 3);
	CHECK(num("9223372036854775807", php, LLONG_MAX, &v) == TSP_NUM_OK && v == LLONG_MAX);
	CHECK(num("-9223372036854775808", php, LLONG_MAX, &v) == TSP_NUM_OK && v == LLONG_MIN);
	CHECK(num("9223372036854775808", php, LLONG_MAX, &v) == TSP_NUM_E_RANGE);
	CHECK(num("", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("lo", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("1e3", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("1.0", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("0x10", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("-", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("- 1", php, LLONG_MAX, &v) == TSP_NUM_E_SYNTAX);
	/* digits only (LISTEN_FDS, fd://N) */
	CHECK(num("2147483647", 0, INT_MAX, &v) == TSP_NUM_OK && v == INT_MAX);
	CHECK(num("0002147483647", 0, INT_MAX, &v) == TSP_NUM_OK && v == INT_MAX);
	CHECK(num("2147483648", 0, INT_MAX, &v) == TSP_NUM_E_RANGE);
	CHECK(num("99999999999999999999999", 0, INT_MAX, &v) == TSP_NUM_E_RANGE);
	CHECK(num("+1", 0, INT_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num(" 1", 0, INT_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("1 ", 0, INT_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(num("0", 0, 0, &v) == TSP_NUM_OK && v == 0);
	CHECK(num("5", 0, 0, &v) == TSP_NUM_E_RANGE);
	CHECK(tsp_num_parse("1\0002", 3, 0, INT_MAX, &v) == TSP_NUM_E_SYNTAX);
	CHECK(tsp_num_parse("123", 2, 0, INT_MAX, &v) == TSP_NUM_OK && v == 12); /* no NUL needed */
	/* C's atoi (the port after "host:") */
	CHECK(num(" -42abc", atoi_like, LONG_MAX, &v) == TSP_NUM_OK && v == -42);
	CHECK(num("abc", atoi_like, LONG_MAX, &v) == TSP_NUM_OK && v == 0);
	CHECK(num("", atoi_like, LONG_MAX, &v) == TSP_NUM_OK && v == 0);
	CHECK(num("99999999999999999999", atoi_like, LONG_MAX, &v) == TSP_NUM_OK && v == LONG_MAX);
	CHECK(num("-99999999999999999999", atoi_like, LONG_MAX, &v) == TSP_NUM_OK && v == LONG_MIN);
	/* the answer is left alone on an error */
	v = 77;
	CHECK(num("x", 0, 10, &v) == TSP_NUM_E_SYNTAX && v == 77);
	CHECK(num("11", 0, 10, &v) == TSP_NUM_E_RANGE && v == 77);
}

static void test_addr_unix(void)
{
	tsp_addr a;
	char text[TSP_ADDR_TEXT_MAX];
	char path[200];
	long port = -7;

	CHECK(tsp_addr_unix(&a, "/tmp/x.sock", 11) == 0);
	CHECK(a.len == offsetof(struct sockaddr_un, sun_path) + 11);
	CHECK(tsp_addr_format(&a, text, sizeof(text), &port) == 0);
	CHECK_STR(text, "/tmp/x.sock");
	CHECK(port == -7);
	CHECK(tsp_addr_unix(&a, "\0abstract", 9) == 0);
	CHECK(tsp_addr_unix_limit("\0abstract", 9) == sizeof(a.u.un.sun_path));
	CHECK(tsp_addr_unix_limit("path", 4) == TSP_ADDR_UNIX_MAX);
	CHECK(tsp_addr_unix_limit("", 0) == TSP_ADDR_UNIX_MAX);
	CHECK(a.len == offsetof(struct sockaddr_un, sun_path) + 9);
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK_STR(text, "");
	memset(path, 'p', sizeof(path));
	CHECK(tsp_addr_unix(&a, path, TSP_ADDR_UNIX_MAX) == 0);
	CHECK(tsp_addr_unix(&a, path, TSP_ADDR_UNIX_MAX + 1) == TSP_ADDR_E_PATH_TOO_LONG);
	CHECK(tsp_addr_unix(&a, path, sizeof(path)) == TSP_ADDR_E_PATH_TOO_LONG);
	/* a full-length path has no NUL in sun_path: formatting stops at the length */
	CHECK(tsp_addr_unix(&a, path, TSP_ADDR_UNIX_MAX) == 0);
	a.len = sizeof(a.u.un);
	a.u.un.sun_path[TSP_ADDR_UNIX_MAX] = 'q';
	tsp_addr_format(&a, text, sizeof(text), &port);
	CHECK(strlen(text) == TSP_ADDR_UNIX_MAX + 1);
	memset(&a, 0, sizeof(a));
	a.u.sa.sa_family = AF_APPLETALK;
	CHECK(tsp_addr_format(&a, text, sizeof(text), &port) == -1);
}

/* AF_PACKET addresses: the protocol's byte order, the bind address built
 * from an interface name, the name and index read back. Needs no socket:
 * the loopback interface's index comes from if_nametoindex(). */
static void test_addr_packet(void)
{
#ifdef TSP_ADDR_HAVE_PACKET
	tsp_addr cur, a;
	char text[TSP_ADDR_TEXT_MAX], small[3];
	long index = -7;
	unsigned lo = if_nametoindex("lo");

	/* EtherTypes go to the kernel in network order, whatever their sign */
	CHECK(tsp_addr_packet_protocol(0x0003) == (int) htons(0x0003));
	CHECK(tsp_addr_packet_protocol(0x0800) == (int) htons(0x0800));
	CHECK(tsp_addr_packet_protocol(0) == 0);
	CHECK(tsp_addr_packet_protocol(0xFFFF) == 0xFFFF);
	CHECK(tsp_addr_packet_protocol(-1) == 0xFFFF);
	CHECK(tsp_addr_packet_protocol(-2) == (int) htons(0xFFFE));
	/* beyond 16 bits: as given, cut to an int */
	CHECK(tsp_addr_packet_protocol(0x10000) == 0x10000);
	CHECK(tsp_addr_packet_protocol(0x7FFFFFFFFFFFFFFFLL) == -1);

	/* the bind address keeps the socket's protocol and nothing else of it */
	memset(&cur, 0xAB, sizeof(cur));
	cur.u.ll.sll_family = AF_PACKET;
	cur.u.ll.sll_protocol = htons(0x0800);
	cur.u.ll.sll_ifindex = 99;
	tsp_addr_packet(&a, &cur, "lo");
	CHECK(a.u.ll.sll_family == AF_PACKET);
	CHECK(a.u.ll.sll_protocol == htons(0x0800));
	CHECK(a.u.ll.sll_ifindex == (int) lo);
	CHECK(a.u.ll.sll_hatype == 0 && a.u.ll.sll_pkttype == 0 && a.u.ll.sll_halen == 0);
	CHECK(a.len == sizeof(struct sockaddr_ll));
	/* an unknown name is index 0, every interface; so is "" */
	tsp_addr_packet(&a, &cur, "no-such-if0");
	CHECK(a.u.ll.sll_ifindex == 0);
	tsp_addr_packet(&a, &cur, "");
	CHECK(a.u.ll.sll_ifindex == 0);

	/* read back: the name and the index, or no interface for index 0 */
	tsp_addr_packet(&a, &cur, "lo");
	CHECK(tsp_addr_packet_format(&a, text, sizeof(text), &index) == 0);
	if (lo != 0) {
		CHECK_STR(text, "lo");
		CHECK(index == (long) lo);
	}
	CHECK(tsp_addr_packet_format(&a, small, sizeof(small), &index) == 0);
	CHECK(strlen(small) <= sizeof(small) - 1);
	index = -7;
	strcpy(text, "kept");
	a.u.ll.sll_ifindex = 0;
	CHECK(tsp_addr_packet_format(&a, text, sizeof(text), &index) == TSP_ADDR_E_NO_IFINDEX);
	CHECK_STR(text, "kept");
	CHECK(index == -7);
	a.u.ll.sll_ifindex = -3;
	CHECK(tsp_addr_packet_format(&a, text, sizeof(text), &index) == TSP_ADDR_E_NO_IFINDEX);
	a.u.ll.sll_ifindex = 0x7FFFFFFF;
	CHECK(tsp_addr_packet_format(&a, text, sizeof(text), &index) == TSP_ADDR_E_NO_IFINDEX);
	/* the other families' formatter leaves AF_PACKET alone */
	CHECK(tsp_addr_format(&a, text, sizeof(text), &index) == -1);
#else
	CHECK(1);
#endif
}

static void test_url(void)
{
	tsp_url u;
	const char *host;
	size_t hl;
	long port;

	tsp_url_split("tcp://127.0.0.1:80", 18, &u);
	CHECK(u.xport == TSP_XPORT_TCP);
	CHECK(u.transport_len == 3 && memcmp(u.transport, "tcp", 3) == 0 && u.rest_len == 12);
	tsp_url_split("127.0.0.1:80", 12, &u);
	CHECK(u.transport_len == 3 && u.rest_len == 12);
	tsp_url_split("t://x", 5, &u);          /* one letter is not a transport */
	CHECK(u.rest_len == 5);
	tsp_url_split("ssl+x.y-z://a", 13, &u);
	CHECK(u.transport_len == 9 && u.rest_len == 1);
	tsp_url_split("unix://", 7, &u);
	CHECK(u.transport_len == 4 && u.rest_len == 0);
	tsp_url_split("", 0, &u);
	CHECK(u.rest_len == 0);
	tsp_url_split("tcp:/", 5, &u);
	CHECK(u.rest_len == 5);
	CHECK(tsp_url_xport("tcp", 3) == TSP_XPORT_TCP);
	CHECK(tsp_url_xport("udg", 3) == TSP_XPORT_UDG);
	CHECK(tsp_url_xport("unix", 4) == TSP_XPORT_UNIX);
	CHECK(tsp_url_xport("TCP", 3) == TSP_XPORT_OTHER);
	CHECK(tsp_url_xport("ssl", 3) == TSP_XPORT_OTHER);

	CHECK(tsp_url_hostport("127.0.0.1:80", 12, &host, &hl, &port) == TSP_HOSTPORT_OK);
	CHECK(hl == 9 && port == 80);
	CHECK(tsp_url_hostport("[::1]:443", 9, &host, &hl, &port) == TSP_HOSTPORT_OK);
	CHECK(hl == 3 && memcmp(host, "::1", 3) == 0 && port == 443);
	CHECK(tsp_url_hostport("[::1]0", 6, &host, &hl, &port) == TSP_HOSTPORT_E_IPV6);
	CHECK(tsp_url_hostport("[::1", 4, &host, &hl, &port) == TSP_HOSTPORT_E_IPV6);
	CHECK(tsp_url_hostport("[", 1, &host, &hl, &port) == TSP_HOSTPORT_E_ADDRESS);
	CHECK(tsp_url_hostport("127.0.0.1", 9, &host, &hl, &port) == TSP_HOSTPORT_E_ADDRESS);
	CHECK(tsp_url_hostport("127.0.0.1:", 10, &host, &hl, &port) == TSP_HOSTPORT_E_ADDRESS);
	CHECK(tsp_url_hostport("", 0, &host, &hl, &port) == TSP_HOSTPORT_E_ADDRESS);
	CHECK(tsp_url_hostport("::1:80", 6, &host, &hl, &port) == TSP_HOSTPORT_OK && hl == 0);
	CHECK(tsp_url_hostport("h:abc", 5, &host, &hl, &port) == TSP_HOSTPORT_OK && port == 0);
	CHECK(tsp_url_hostport("h: 8", 4, &host, &hl, &port) == TSP_HOSTPORT_OK && port == 8);
	CHECK(tsp_url_hostport("h:-1", 4, &host, &hl, &port) == TSP_HOSTPORT_OK && port == -1);
	CHECK(tsp_url_hostport("h:99999999999999999999", 22, &host, &hl, &port) == TSP_HOSTPORT_OK && port == -1);
	/* the whole port text counts, however long its leading zeros */
	{
		char t[128];
		size_t n = (size_t) snprintf(t, sizeof(t), "h:%070d", 80);
		CHECK(tsp_url_hostport(t, n, &host, &hl, &port) == TSP_HOSTPORT_OK && port == 80);
	}
	CHECK(tsp_url_hostport("h:-99999999999999999999", 23, &host, &hl, &port) == TSP_HOSTPORT_OK && port == 0);
	/* the port text need not end in a NUL */
	CHECK(tsp_url_hostport("h:12345", 4, &host, &hl, &port) == TSP_HOSTPORT_OK && port == 12);
	/* fd://N */
	{
		int fd = -7;
		CHECK(tsp_url_xport("fd", 2) == TSP_XPORT_FD);
		CHECK(tsp_url_fd("3", 1, &fd) == 0 && fd == 3);
		CHECK(tsp_url_fd("2147483647", 10, &fd) == 0 && fd == INT_MAX);
		fd = -7;
		CHECK(tsp_url_fd("2147483648", 10, &fd) == -1 && fd == -7);
		CHECK(tsp_url_fd("", 0, &fd) == -1);
		CHECK(tsp_url_fd("-1", 2, &fd) == -1);
		CHECK(tsp_url_fd(" 3", 2, &fd) == -1);
		CHECK(tsp_url_fd("3x", 2, &fd) == -1);
		CHECK(tsp_url_fd("3\0", 2, &fd) == -1);
		CHECK(tsp_url_fd("34", 1, &fd) == 0 && fd == 3);
	}
}

static void test_poll(void)
{
	struct pollfd fds[8];
	int32_t pos[4096];
	size_t i0, i1, i2;
	tsp_pollset set;
	struct timespec ts;
	int sv[2], err = 0, n;

	CHECK(tsp_poll_timeout(0, 0, &ts) == 0 && ts.tv_sec == 0 && ts.tv_nsec == 0);
	CHECK(tsp_poll_timeout(1, 2500000, &ts) == 0 && ts.tv_sec == 3 && ts.tv_nsec == 500000000);
	CHECK(tsp_poll_timeout(-1, 0, &ts) == -1);
	CHECK(tsp_poll_timeout(0, -1, &ts) == -1);
	/* seconds beyond any wait are cut; a carry past LLONG_MAX is EINVAL, as
	 * select() sees its own sum wrap negative */
	CHECK(tsp_poll_timeout(9223372036854775807LL, 0, &ts) == 0 && ts.tv_sec == 1000000000000LL);
	CHECK(tsp_poll_timeout(9223372036854775807LL, 9223372036854775807LL, &ts) == -1);
	CHECK(tsp_poll_timeout(9223372036854775807LL, 999999, &ts) == 0 && ts.tv_nsec == 999999000L);
	CHECK(tsp_poll_timeout(9223372036854775807LL, 1000000, &ts) == -1);
	CHECK(tsp_poll_timeout(9223372036854775806LL, 1000000, &ts) == 0);
	/* a negative second made good by the carry, as select() adds them */
	CHECK(tsp_poll_timeout(-1, 2000000, &ts) == 0 && ts.tv_sec == 1 && ts.tv_nsec == 0);

	for (unsigned b = 0; b < 8; b++) {
		CHECK(tsp_poll_events(b) == (short) (((b & TSP_POLL_READ) ? POLLIN : 0) | ((b & TSP_POLL_WRITE) ? POLLOUT : 0)
			| ((b & TSP_POLL_EXCEPT) ? POLLPRI : 0)));
	}

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	tsp_pollset_init(&set, fds, 3, pos, 64);
	i0 = tsp_pollset_add(&set, sv[0], TSP_POLL_READ);
	i1 = tsp_pollset_add(&set, sv[0], TSP_POLL_WRITE);
	CHECK(i0 == i1 && set.n == 1 && fds[0].events == (POLLIN | POLLOUT));
	i2 = tsp_pollset_add(&set, sv[1], TSP_POLL_READ | TSP_POLL_EXCEPT);
	CHECK(i2 == 1 && set.n == 2);
	CHECK(tsp_pollset_add(&set, 63, TSP_POLL_READ) == 2);
	CHECK(tsp_pollset_add(&set, 62, TSP_POLL_READ) == (size_t) -1); /* full */
	CHECK(tsp_pollset_add(&set, 64, TSP_POLL_READ) == (size_t) -1); /* out of range */
	CHECK(tsp_pollset_add(&set, -1, TSP_POLL_READ) == (size_t) -1);

	tsp_pollset_init(&set, fds, 3, pos, 64);
	tsp_pollset_add(&set, sv[0], TSP_POLL_READ | TSP_POLL_WRITE);
	tsp_pollset_add(&set, sv[1], TSP_POLL_READ | TSP_POLL_EXCEPT);
	/* only sv[0] writable: one (fd, set) pair */
	CHECK(tsp_poll_timeout(0, 0, &ts) == 0);
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == 1);
	CHECK(tsp_pollset_ready(&set, 0) == TSP_POLL_WRITE);
	CHECK(tsp_pollset_ready_fd(&set, sv[0]) == TSP_POLL_WRITE);
	CHECK(tsp_pollset_ready(&set, 1) == 0);
	CHECK(tsp_pollset_ready_fd(&set, 60) == 0);   /* never added */
	CHECK(tsp_pollset_ready_fd(&set, 1000) == 0); /* beyond the table */
	/* data: sv[1] readable too */
	CHECK(write(sv[0], "x", 1) == 1);
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == 2);
	CHECK(tsp_pollset_ready(&set, 1) == TSP_POLL_READ);
	/* peer closed: readable (end of stream), as select() says */
	close(sv[0]);
	tsp_pollset_init(&set, fds, 3, pos, 64);
	tsp_pollset_add(&set, sv[1], TSP_POLL_READ);
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == 1 && tsp_pollset_ready(&set, 0) == TSP_POLL_READ);
	close(sv[1]);
	/* a descriptor far above FD_SETSIZE */
	{
		int fd = dup2(0, 4000);
		if (fd == 4000) {
			tsp_pollset_init(&set, fds, 3, pos, 4001 <= 4096 ? 4001 : 4096);
			tsp_pollset_add(&set, fd, TSP_POLL_EXCEPT);
			n = tsp_pollset_wait(&set, &ts, &err);
			CHECK(n == 0);
			close(fd);
		}
	}
	/* a small set without a table: searched, any descriptor */
	tsp_pollset_init(&set, fds, 3, NULL, 0);
	CHECK(tsp_pollset_add(&set, 5000, TSP_POLL_READ) == 0);
	CHECK(tsp_pollset_add(&set, 7, TSP_POLL_READ) == 1);
	CHECK(tsp_pollset_add(&set, 5000, TSP_POLL_EXCEPT) == 0 && fds[0].events == (POLLIN | POLLPRI));
	CHECK(tsp_pollset_ready_fd(&set, 6) == 0);
	/* the table grows: entries beyond the old end start empty */
	{
		int32_t small[8], *big = malloc(100 * sizeof(int32_t));
		tsp_pollset_init(&set, fds, 3, small, 8);
		CHECK(tsp_pollset_add(&set, 7, TSP_POLL_READ) == 0);
		memcpy(big, small, sizeof(small));
		tsp_pollset_pos_grown(&set, big, 100);
		CHECK(set.pos[7] == 0 && set.pos[8] == -1 && set.pos[99] == -1);
		CHECK(tsp_pollset_add(&set, 99, TSP_POLL_WRITE) == 1);
		CHECK(tsp_pollset_add(&set, 7, TSP_POLL_WRITE) == 0 && fds[0].events == (POLLIN | POLLOUT));
		free(big);
	}
	/* the entries grow: those in use keep their place, the table its indexes */
	{
		struct pollfd two[2], *more = malloc(6 * sizeof(*more));
		int32_t tab[16];
		tsp_pollset_init(&set, two, 2, tab, 16);
		CHECK(tsp_pollset_add(&set, 5, TSP_POLL_READ) == 0);
		CHECK(tsp_pollset_add(&set, 9, TSP_POLL_WRITE) == 1);
		CHECK(tsp_pollset_add(&set, 11, TSP_POLL_READ) == (size_t) -1); /* full */
		memcpy(more, two, sizeof(two));
		tsp_pollset_fds_grown(&set, more, 6);
		CHECK(set.fds == more && set.cap == 6 && set.n == 2);
		CHECK(tsp_pollset_add(&set, 11, TSP_POLL_READ) == 2);
		CHECK(tsp_pollset_add(&set, 5, TSP_POLL_EXCEPT) == 0 && more[0].events == (POLLIN | POLLPRI));
		CHECK(tsp_pollset_find(&set, 9) == 1 && tsp_pollset_find(&set, 11) == 2);
		/* smaller than what is in use: refused, the set keeps its array */
		tsp_pollset_fds_grown(&set, two, 2);
		CHECK(set.fds == more && set.cap == 6);
		free(more);
	}
	/* the table dropped: the entries so far are found by search, new ones of any number added */
	{
		int32_t tab[8];
		tsp_pollset_init(&set, fds, 4, tab, 8);
		CHECK(tsp_pollset_add(&set, 3, TSP_POLL_READ) == 0);
		CHECK(tsp_pollset_add(&set, 100, TSP_POLL_READ) == (size_t) -1); /* beyond the table */
		tsp_pollset_pos_drop(&set);
		CHECK(set.pos == NULL && set.npos == 0);
		CHECK(tsp_pollset_add(&set, 100, TSP_POLL_READ) == 1);
		CHECK(tsp_pollset_add(&set, 3, TSP_POLL_WRITE) == 0 && fds[0].events == (POLLIN | POLLOUT));
		CHECK(tsp_pollset_find(&set, 100) == 1 && tsp_pollset_find(&set, 4) == (size_t) -1);
	}
	/* a descriptor that is not open fails the wait with EBADF, as select() does */
	tsp_pollset_init(&set, fds, 3, pos, 4096);
	tsp_pollset_add(&set, 3999, TSP_POLL_READ);
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == -1 && err == EBADF);
}

static double tsp_test_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double) t.tv_sec + (double) t.tv_nsec / 1e9;
}

/* A hang-up on a descriptor asked only for the except set counts nothing:
 * the wait goes on for the whole timeout, as select() does. */
/* tsp_pollset_wait_hot(): the hint changes no answer; the set comes back in
 * the order it was built, and the hint holds the first ready descriptors
 * (the hinted ones first); stale and unknown descriptors are skipped. */
static void test_poll_hot(void)
{
	enum { N = 6 };
	struct pollfd fds[2 * N];
	int32_t pos[1024];
	int sv[N][2], i, err = 0, n;
	struct timespec ts = { 0, 0 };
	tsp_pollhot hot = { { -1, 999, 0, 0 }, 2 };
	tsp_pollset set;

	for (i = 0; i < N; i++) {
		CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv[i]) == 0 && sv[i][0] < 1024 && sv[i][1] < 1024);
	}
	for (int with_table = 0; with_table < 2; with_table++) {
		tsp_pollset_init(&set, fds, with_table ? 2 * N : N, with_table ? pos : NULL, with_table ? 1024 : 0);
		for (i = 0; i < N; i++) {
			tsp_pollset_add(&set, sv[i][0], TSP_POLL_READ);
		}
		hot.fd[0] = -1; /* stale: no such descriptor */
		hot.fd[1] = 999; /* one the set does not hold */
		hot.n = 2;
		/* nothing ready: the stale hint stays, nothing moves */
		CHECK(tsp_pollset_wait_hot(&set, &ts, &err, &hot) == 0);
		CHECK(hot.n == 2 && hot.fd[0] == -1);
		CHECK(write(sv[4][1], "a", 1) == 1 && write(sv[1][1], "b", 1) == 1);
		n = tsp_pollset_wait_hot(&set, &ts, &err, &hot);
		CHECK(n == 2);
		for (i = 0; i < N; i++) {
			CHECK(fds[i].fd == sv[i][0]); /* the order it was built in */
			CHECK(tsp_pollset_ready(&set, (size_t) i) == ((i == 1 || i == 4) ? TSP_POLL_READ : 0u));
		}
		CHECK(hot.n == 2 && hot.fd[0] == sv[1][0] && hot.fd[1] == sv[4][0]);
		/* hinted: the same answers; the hinted ones are noted first */
		hot.fd[0] = sv[4][0];
		hot.fd[1] = sv[1][0];
		n = tsp_pollset_wait_hot(&set, &ts, &err, &hot);
		CHECK(n == 2 && hot.n == 2 && hot.fd[0] == sv[4][0] && hot.fd[1] == sv[1][0]);
		for (i = 0; i < N; i++) {
			CHECK(fds[i].fd == sv[i][0]);
		}
		CHECK(tsp_pollset_ready_fd(&set, sv[4][0]) == TSP_POLL_READ && tsp_pollset_ready_fd(&set, sv[2][0]) == 0);
		/* drained: nothing ready, the hint kept */
		{
			char c;
			CHECK(read(sv[4][0], &c, 1) == 1 && read(sv[1][0], &c, 1) == 1);
		}
		CHECK(tsp_pollset_wait_hot(&set, &ts, &err, &hot) == 0 && hot.n == 2);
		CHECK(tsp_pollset_wait_hot(&set, &ts, &err, NULL) == 0);
	}
	for (i = 0; i < N; i++) {
		close(sv[i][0]);
		close(sv[i][1]);
	}
}

static void test_poll_quiet_wakeups(void)
{
	struct pollfd fds[4];
	tsp_pollset set;
	struct timespec ts;
	int hup[2], data[2], err = 0, n;
	double t0;

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, hup) == 0);
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, data) == 0);
	close(hup[1]);

	/* except only, peer gone: 0 after the timeout, not at once */
	tsp_pollset_init(&set, fds, 4, NULL, 0);
	tsp_pollset_add(&set, hup[0], TSP_POLL_EXCEPT);
	CHECK(tsp_poll_timeout(0, 200000, &ts) == 0);
	t0 = tsp_test_now();
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == 0);
	CHECK(tsp_test_now() - t0 >= 0.18);
	CHECK(tsp_test_now() - t0 < 5.0);
	/* the set is as it was added */
	CHECK(set.n == 1 && fds[0].fd == hup[0] && fds[0].events == POLLPRI && fds[0].revents == 0);
	CHECK(tsp_pollset_ready_fd(&set, hup[0]) == 0);

	/* a zero timeout still returns at once */
	CHECK(tsp_poll_timeout(0, 0, &ts) == 0);
	t0 = tsp_test_now();
	CHECK(tsp_pollset_wait(&set, &ts, &err) == 0);
	CHECK(tsp_test_now() - t0 < 0.1);

	/* the same descriptor asked for reading too: ready (end of stream) */
	tsp_pollset_add(&set, hup[0], TSP_POLL_READ);
	CHECK(tsp_poll_timeout(5, 0, &ts) == 0);
	n = tsp_pollset_wait(&set, &ts, &err);
	CHECK(n == 1 && tsp_pollset_ready(&set, 0) == TSP_POLL_READ);

	/* a quiet hang-up beside a descriptor that becomes ready while waiting:
	 * the wait goes on until that one is ready, and counts only it */
	{
		int32_t pos[64];
		pid_t pid;
		tsp_pollset_init(&set, fds, 4, pos, 64);
		tsp_pollset_add(&set, hup[0], TSP_POLL_EXCEPT);
		tsp_pollset_add(&set, data[0], TSP_POLL_READ | TSP_POLL_EXCEPT);
		pid = fork();
		if (pid == 0) {
			struct timespec d = { 0, 150000000L };
			nanosleep(&d, NULL);
			_exit(write(data[1], "x", 1) == 1 ? 0 : 1);
		}
		CHECK(pid > 0);
		CHECK(tsp_poll_timeout(5, 0, &ts) == 0);
		t0 = tsp_test_now();
		n = tsp_pollset_wait(&set, &ts, &err);
		CHECK(n == 1);
		CHECK(tsp_test_now() - t0 >= 0.1);
		CHECK(tsp_pollset_ready_fd(&set, data[0]) == TSP_POLL_READ);
		CHECK(tsp_pollset_ready_fd(&set, hup[0]) == 0);
		CHECK(fds[0].fd == hup[0] && fds[1].fd == data[0] && set.pos[hup[0]] == 0);
		if (pid > 0) {
			int st;
			CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
		}
	}
	close(hup[0]);
	close(data[0]);
	close(data[1]);
}

static void test_msg_tables(void)
{
	const tsp_cmsg_type *t;
	const tsp_struct *sts[] = { &tsp_struct_sockaddr_in, &tsp_struct_sockaddr_in6, &tsp_struct_sockaddr_un,
		&tsp_struct_ucred, &tsp_struct_in6_pktinfo };
	size_t i;

	t = tsp_cmsg_find(SOL_SOCKET, SCM_RIGHTS);
	CHECK(t != NULL && t->data == TSP_CMSG_FDS);
	CHECK(tsp_cmsg_space(t, 0, (size_t) -1) == CMSG_SPACE(0));
	CHECK(tsp_cmsg_space(t, 1, (size_t) -1) == CMSG_SPACE(sizeof(int)));
	CHECK(tsp_cmsg_space(t, 3, (size_t) -1) == CMSG_SPACE(3 * sizeof(int)));
	CHECK(tsp_cmsg_space(t, 1000000000, (size_t) -1) == CMSG_SPACE(4000000000u));
	CHECK(tsp_cmsg_space(t, (size_t) -1 / 2, (size_t) -1) == 0);   /* would overflow */
	CHECK(tsp_cmsg_space(t, 100, 64) == 0);                       /* over the cap */
	t = tsp_cmsg_find(SOL_SOCKET, SCM_CREDENTIALS);
	CHECK(t != NULL && tsp_cmsg_space(t, 5, (size_t) -1) == CMSG_SPACE(sizeof(struct ucred)));
	t = tsp_cmsg_find(IPPROTO_IPV6, IPV6_PKTINFO);
	CHECK(t != NULL && tsp_cmsg_space(t, 0, (size_t) -1) == CMSG_SPACE(sizeof(struct in6_pktinfo)));
	CHECK(tsp_cmsg_find(IPPROTO_IPV6, IPV6_HOPLIMIT)->data == TSP_CMSG_INT);
	CHECK(tsp_cmsg_find(1, 99) == NULL);
	CHECK(tsp_msg_sockaddr(AF_INET) == &tsp_struct_sockaddr_in);
	CHECK(tsp_msg_sockaddr(AF_UNIX) == &tsp_struct_sockaddr_un);
	CHECK(tsp_msg_sockaddr(12345) == NULL);
	/* every field lies inside its structure, keys are unique within it */
	for (i = 0; i < sizeof(sts) / sizeof(sts[0]); i++) {
		const tsp_field *f, *g;
		for (f = sts[i]->fields; f->key; f++) {
			CHECK(f->offset < sts[i]->size);
			for (g = f + 1; g->key; g++) {
				CHECK(strcmp(f->key, g->key) != 0);
			}
		}
	}
}

/* bytes a field of this kind writes */
static size_t field_width(unsigned char kind)
{
	switch (kind) {
		case TSP_F_INT: return sizeof(int);
		case TSP_F_UINT16_NET: return sizeof(uint16_t);
		case TSP_F_UINT32: return sizeof(uint32_t);
		case TSP_F_PID: return sizeof(pid_t);
		case TSP_F_UID: return sizeof(uid_t);
		case TSP_F_FAMILY: return sizeof(sa_family_t);
		case TSP_F_IN_ADDR: return sizeof(struct in_addr);
		case TSP_F_IN6_ADDR: return sizeof(struct in6_addr);
		case TSP_F_UNIX_PATH: return TSP_ADDR_UNIX_MAX + 1;
		case TSP_F_IFINDEX: return sizeof(unsigned);
		default: return (size_t) -1;
	}
}

/* control messages built one at a time and read back, by us, by the C
 * library's macros and by the kernel */
static void test_msg_cmsg_layout(void)
{
	const tsp_cmsg_type *rights = tsp_cmsg_find(SOL_SOCKET, SCM_RIGHTS);
	const tsp_cmsg_type *hop = tsp_cmsg_find(IPPROTO_IPV6, IPV6_HOPLIMIT);
	const tsp_struct *sts[] = { &tsp_struct_sockaddr_in, &tsp_struct_sockaddr_in6, &tsp_struct_sockaddr_un,
		&tsp_struct_ucred, &tsp_struct_in6_pktinfo };
	union { struct cmsghdr align; unsigned char b[256]; } u;
	unsigned char *buf = u.b, *d;
	size_t off = 0, dlen = 0, space = 0, i;
	struct msghdr mh;
	struct cmsghdr *cm;
	tsp_cmsg_view v;
	int fds[3] = { 0, 1, 2 }, sp[2], got = -1, one = 7;

	/* every field of every structure writes inside it */
	for (i = 0; i < sizeof(sts) / sizeof(sts[0]); i++) {
		const tsp_field *f;
		for (f = sts[i]->fields; f->key; f++) {
			CHECK(f->offset + field_width(f->kind) <= sts[i]->size);
		}
	}
	CHECK(tsp_cmsg_size(rights, 3, sizeof(u.b), &dlen, &space) == 1);
	CHECK(dlen == 3 * sizeof(int) && space == CMSG_SPACE(3 * sizeof(int)));
	CHECK(tsp_cmsg_size(rights, 3, CMSG_SPACE(3 * sizeof(int)) - 1, &dlen, &space) == 0);
	memset(buf, 0xAA, sizeof(u.b));
	d = tsp_cmsg_append(buf, sizeof(u.b), &off, SOL_SOCKET, SCM_RIGHTS, dlen);
	CHECK(d != NULL && off == space);
	memcpy(d, fds, sizeof(fds));
	d = tsp_cmsg_append(buf, sizeof(u.b), &off, hop->level, hop->type, sizeof(int));
	CHECK(d != NULL && off == space + CMSG_SPACE(sizeof(int)));
	memcpy(d, &one, sizeof(one));
	/* what does not fit is refused and changes nothing */
	i = off;
	CHECK(tsp_cmsg_append(buf, sizeof(u.b), &off, 1, 1, sizeof(u.b)) == NULL && off == i);
	CHECK(tsp_cmsg_append(buf, sizeof(u.b), &off, 1, 1, (size_t) -1) == NULL && off == i);
	off = 1;
	CHECK(tsp_cmsg_append(buf, sizeof(u.b), &off, 1, 1, 0) == NULL && off == 1);
	CHECK(tsp_cmsg_append(buf, 8, &(size_t) { 0 }, 1, 1, 0) == NULL);
	off = i;
	/* read back by the C library */
	memset(&mh, 0, sizeof(mh));
	mh.msg_control = buf;
	mh.msg_controllen = off;
	cm = CMSG_FIRSTHDR(&mh);
	CHECK(cm != NULL && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS && cm->cmsg_len == CMSG_LEN(sizeof(fds)));
	CHECK(cm != NULL && memcmp(CMSG_DATA(cm), fds, sizeof(fds)) == 0);
	cm = cm ? CMSG_NXTHDR(&mh, cm) : NULL;
	CHECK(cm != NULL && cm->cmsg_level == hop->level && cm->cmsg_type == hop->type && cm->cmsg_len == CMSG_LEN(sizeof(int)));
	CHECK(cm == NULL || CMSG_NXTHDR(&mh, cm) == NULL);
	/* and by us */
	i = 0;
	CHECK(tsp_cmsg_next(buf, off, &i, &v) == 1 && v.level == SOL_SOCKET && v.type == SCM_RIGHTS);
	CHECK(v.len == sizeof(fds) && memcmp(v.data, fds, sizeof(fds)) == 0);
	CHECK(tsp_cmsg_next(buf, off, &i, &v) == 1 && v.type == hop->type && v.len == sizeof(int));
	CHECK(tsp_cmsg_next(buf, off, &i, &v) == 0 && i == off);
	/* a header claiming more than the buffer has its data cut at the end */
	i = 0;
	CHECK(tsp_cmsg_next(buf, CMSG_LEN(4), &i, &v) == 1 && v.len == 4 && i == CMSG_LEN(4));
	/* a header too short to be one, or no room for one, ends the walk */
	i = 0;
	CHECK(tsp_cmsg_next(buf, CMSG_LEN(0) - 1, &i, &v) == 0);
	((struct cmsghdr *) (void *) buf)->cmsg_len = 3;
	i = 0;
	CHECK(tsp_cmsg_next(buf, off, &i, &v) == 0);
	/* the kernel takes what we build: one descriptor across a unix pair */
	CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sp) == 0);
	off = 0;
	CHECK(tsp_cmsg_size(rights, 1, sizeof(u.b), &dlen, &space) == 1);
	d = tsp_cmsg_append(buf, sizeof(u.b), &off, SOL_SOCKET, SCM_RIGHTS, dlen);
	CHECK(d != NULL);
	if (d) {
		struct iovec iov = { "x", 1 };
		char c;
		memcpy(d, &sp[0], sizeof(int));
		memset(&mh, 0, sizeof(mh));
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		mh.msg_control = buf;
		mh.msg_controllen = off;
		CHECK(sendmsg(sp[0], &mh, 0) == 1);
		memset(buf, 0, sizeof(u.b));
		iov.iov_base = &c;
		mh.msg_controllen = sizeof(u.b);
		CHECK(recvmsg(sp[1], &mh, 0) == 1);
		i = 0;
		CHECK(tsp_cmsg_next(buf, mh.msg_controllen, &i, &v) == 1 && v.type == SCM_RIGHTS && v.len == sizeof(int));
		memcpy(&got, v.data, sizeof(int));
		CHECK(got >= 0 && got != sp[0] && got != sp[1]);
		if (got >= 0) close(got);
	}
	close(sp[0]);
	close(sp[1]);
}

static void test_activation(void)
{
	const char *name;
	size_t len;

	CHECK(tsp_activation_count(NULL, "2", 10) == 0);
	CHECK(tsp_activation_count("10", NULL, 10) == 0);
	CHECK(tsp_activation_count("10", "2", 10) == 2);
	CHECK(tsp_activation_count("11", "2", 10) == 0);      /* for another process */
	CHECK(tsp_activation_count("10", "0", 10) == 0);
	CHECK(tsp_activation_count("x", "2", 10) == -1);
	CHECK(tsp_activation_count("10", "-1", 10) == -1);
	CHECK(tsp_activation_count("10", "2a", 10) == -1);
	CHECK(tsp_activation_count("10", "", 10) == -1);
	CHECK(tsp_activation_count("10", "99999999999", 10) == -1);
	CHECK(tsp_activation_count("10", "65537", 10) == -1);
	CHECK(tsp_activation_name("http:https", 0, &name, &len) && len == 4 && memcmp(name, "http", 4) == 0);
	CHECK(tsp_activation_name("http:https", 1, &name, &len) && len == 5 && memcmp(name, "https", 5) == 0);
	CHECK(!tsp_activation_name("http:https", 2, &name, &len));
	CHECK(!tsp_activation_name("a::c", 1, &name, &len));    /* empty: no name */
	CHECK(tsp_activation_name("a::c", 2, &name, &len) && len == 1 && *name == 'c');
	CHECK(!tsp_activation_name(NULL, 0, &name, &len));
	CHECK(!tsp_activation_name("x", -1, &name, &len));
}

static void test_read_line(void)
{
	int sv[2], err = 0, rc;
	char buf[64], big[3 * TSP_IO_PEEK_MAX];
	size_t got;
	ssize_t n;

	CHECK(tsp_io_line_len("ab\ncd", 5) == 3);
	CHECK(tsp_io_line_len("ab\rcd", 5) == 3);
	CHECK(tsp_io_line_len("abcd", 4) == 4);
	CHECK(tsp_io_line_len("", 0) == 0);
	CHECK(tsp_io_line_len("\n", 1) == 1);

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	CHECK(write(sv[0], "ab\ncd\rrest", 10) == 10);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK(rc == 0 && got == 3 && memcmp(buf, "ab\n", 3) == 0);
	/* nothing past the line end was taken from the kernel */
	CHECK(recv(sv[1], buf, 1, MSG_PEEK) == 1 && buf[0] == 'c');
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK(rc == 0 && got == 3 && memcmp(buf, "cd\r", 3) == 0);
	/* the length reached before a line end */
	rc = tsp_io_read_line(sv[1], buf, 2, &got);
	CHECK(rc == 0 && got == 2 && memcmp(buf, "re", 2) == 0);
	/* non-blocking: what there is, then EAGAIN instead of a spin */
	CHECK(fcntl(sv[1], F_SETFL, O_NONBLOCK) == 0);
	CHECK(tsp_io_nonblocking(sv[1], &err) == 1);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK((rc == EAGAIN || rc == EWOULDBLOCK) && got == 2 && memcmp(buf, "st", 2) == 0);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK((rc == EAGAIN || rc == EWOULDBLOCK) && got == 0);
	/* a line longer than one peek, in one call */
	memset(big, 'x', sizeof(big));
	big[sizeof(big) - 1] = '\n';
	CHECK(write(sv[0], big, sizeof(big)) == (ssize_t) sizeof(big));
	CHECK(write(sv[0], "next\n", 5) == 5);
	{
		char out[sizeof(big) + 16];
		rc = tsp_io_read_line(sv[1], out, sizeof(out), &got);
		CHECK(rc == 0 && got == sizeof(big) && memcmp(out, big, sizeof(big)) == 0);
		rc = tsp_io_read_line(sv[1], out, sizeof(out), &got);
		CHECK(rc == 0 && got == 5 && memcmp(out, "next\n", 5) == 0);
	}
	/* end of stream, with and without bytes before it */
	CHECK(write(sv[0], "tail", 4) == 4);
	close(sv[0]);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK(rc == TSP_IO_EOF && got == 4 && memcmp(buf, "tail", 4) == 0);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK(rc == TSP_IO_EOF && got == 0);
	CHECK(fcntl(sv[1], F_SETFL, 0) == 0);
	CHECK(tsp_io_nonblocking(sv[1], &err) == 0);
	rc = tsp_io_read_line(sv[1], buf, sizeof(buf), &got);
	CHECK(rc == TSP_IO_EOF && got == 0);
	close(sv[1]);
	/* not a socket */
	rc = tsp_io_read_line(-1, buf, sizeof(buf), &got);
	CHECK(rc == EBADF && got == 0);
	CHECK(tsp_io_nonblocking(-1, &err) == -1 && err == EBADF);

	/* datagrams: the length is seen without taking the datagram */
	CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
	CHECK(write(sv[0], "hello\nworld\n", 12) == 12);
	n = tsp_io_peek_message(sv[1], buf, 4, &err);
	CHECK(n == 12 && memcmp(buf, "hell", 4) == 0);
	n = tsp_io_peek_message(sv[1], buf, sizeof(buf), &err);
	CHECK(n == 12 && memcmp(buf, "hello\nworld\n", 12) == 0);
	CHECK(recv(sv[1], buf, sizeof(buf), 0) == 12);
	CHECK(write(sv[0], "", 0) == 0);
	CHECK(tsp_io_peek_message(sv[1], buf, sizeof(buf), &err) == 0);
	CHECK(recv(sv[1], buf, sizeof(buf), 0) == 0);
	CHECK(fcntl(sv[1], F_SETFL, O_NONBLOCK) == 0);
	n = tsp_io_peek_message(sv[1], buf, sizeof(buf), &err);
	CHECK(n == -1 && (err == EAGAIN || err == EWOULDBLOCK));
	close(sv[0]);
	close(sv[1]);
}

static void test_opt_table(void)
{
	size_t i, j;
	CHECK(tsp_opt_kind_of(SOL_SOCKET, SO_LINGER) == TSP_OPT_LINGER);
	CHECK(tsp_opt_kind_of(SOL_SOCKET, SO_RCVTIMEO) == TSP_OPT_TIMEVAL);
	CHECK(tsp_opt_kind_of(SOL_SOCKET, SO_SNDTIMEO) == TSP_OPT_TIMEVAL);
	CHECK(tsp_opt_kind_of(SOL_SOCKET, SO_REUSEADDR) == TSP_OPT_INT);
	CHECK(tsp_opt_kind_of(12345, 678) == TSP_OPT_INT);
	CHECK(tsp_opt_find(12345, 678) == NULL);
	/* the kind is a property of (level, name), not of the number alone */
	CHECK(tsp_opt_kind_of(IPPROTO_IP, SO_LINGER) == TSP_OPT_INT);
	CHECK(tsp_opt_kind_of(IPPROTO_TCP, TCP_CONGESTION) == TSP_OPT_CONGESTION);
	CHECK(tsp_opt_kind_of(SOL_SOCKET, SO_MEMINFO) == TSP_OPT_MEMINFO);
#ifdef __linux__
	/* UDP_SEGMENT (103, <linux/udp.h>) at the UDP level only */
	CHECK(tsp_opt_kind_of(IPPROTO_UDP, 103) == TSP_OPT_U16);
	CHECK(tsp_opt_kind_of(SOL_SOCKET, 103) == TSP_OPT_INT);
#endif
	for (i = 0; i < tsp_opt_row_count; i++) {
		for (j = i + 1; j < tsp_opt_row_count; j++) {
			CHECK(!(tsp_opt_rows[i].level == tsp_opt_rows[j].level && tsp_opt_rows[i].name == tsp_opt_rows[j].name));
		}
		CHECK(tsp_opt_rows[i].label != NULL);
		CHECK(tsp_opt_rows[i].kind < TSP_OPT_KIND_COUNT);
		/* a structure id on the structure rows alone, a size on the int-like ones alone */
		CHECK((tsp_opt_rows[i].kind == TSP_OPT_STRUCT) == (tsp_opt_rows[i].struct_id != TSP_OPT_STRUCT_NONE));
		switch (tsp_opt_rows[i].kind) {
			case TSP_OPT_INT: case TSP_OPT_BOOL: case TSP_OPT_RANGED: case TSP_OPT_IFINDEX: case TSP_OPT_U16:
				CHECK(tsp_opt_rows[i].size == 1 || tsp_opt_rows[i].size == 4);
				break;
			default:
				CHECK(tsp_opt_rows[i].size == 0);
		}
	}
	/* ext/sockets 8.2 has no special case for these: plain ints */
	CHECK(tsp_opt_find(SOL_SOCKET, SO_PEERCRED) == NULL);
#ifdef SO_BINDTOIFINDEX
	CHECK(tsp_opt_find(SOL_SOCKET, SO_BINDTOIFINDEX) == NULL);
#endif
}

static void test_opt_mcast_if(void)
{
	int u = socket(AF_INET, SOCK_DGRAM, 0), x = socket(AF_UNIX, SOCK_DGRAM, 0), err = 0;
	unsigned lo = if_nametoindex("lo"), idx = 99;
	struct in_addr a, any;

	CHECK(u >= 0 && x >= 0);
	any.s_addr = htonl(INADDR_ANY);
	a.s_addr = 0x01020304;
	CHECK(tsp_opt_if_index_to_ipv4(u, 0, &a, &err) == TSP_OPT_IF_OK && a.s_addr == htonl(INADDR_ANY));
	CHECK(tsp_opt_if_ipv4_to_index(u, &any, &idx, &err) == TSP_OPT_IF_OK && idx == 0);
	/* no such interface: SIOCGIFNAME's ENODEV */
	CHECK(tsp_opt_if_index_to_ipv4(u, 999999, &a, &err) == TSP_OPT_IF_ADDR && err == ENODEV);
	/* asked of a socket that has no IPv4 interface ioctls: its errno */
	if (lo) {
		CHECK(tsp_opt_if_index_to_ipv4(x, lo, &a, &err) == TSP_OPT_IF_ADDR && err != 0);
	}
	/* the loopback's address and back (when the machine's loopback has it) */
	if (lo && tsp_opt_if_index_to_ipv4(u, lo, &a, &err) == TSP_OPT_IF_OK) {
		CHECK(a.s_addr == htonl(INADDR_LOOPBACK));
		CHECK(tsp_opt_if_ipv4_to_index(u, &a, &idx, &err) == TSP_OPT_IF_OK && idx == lo);
	}
	/* an address no interface has */
	a.s_addr = htonl(0xC0000201); /* 192.0.2.1, documentation range */
	CHECK(tsp_opt_if_ipv4_to_index(u, &a, &idx, &err) == TSP_OPT_IF_NOT_FOUND);
	close(u);
	close(x);
}

static void test_fd(void)
{
	int sv[2], p[2], family = -1, type = -1, u = socket(AF_INET, SOCK_DGRAM, 0), err = 0;
	FILE *f;

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	CHECK(pipe(p) == 0);
	CHECK(u >= 0);
	CHECK(tsp_fd_is_socket(sv[0]) == 0);
	CHECK(tsp_fd_is_socket(u) == 0);
	CHECK(tsp_fd_is_socket(p[0]) == ENOTSOCK);
	CHECK(tsp_fd_is_socket(-1) == EBADF);

	CHECK(tsp_fd_family(sv[0], &family, &type) == 0 && family == AF_UNIX && type == SOCK_STREAM);
	CHECK(tsp_fd_family(u, &family, &type) == 0 && family == AF_INET && type == SOCK_DGRAM);
	family = type = -1;
	CHECK(tsp_fd_family(u, NULL, &type) == 0 && type == SOCK_DGRAM);
	CHECK(tsp_fd_family(u, &family, NULL) == 0 && family == AF_INET);
	CHECK(tsp_fd_family(u, NULL, NULL) == 0);
	/* no socket: the errno, and 0 for what could not be learnt */
	family = type = -1;
	CHECK(tsp_fd_family(p[0], &family, &type) == ENOTSOCK && family == 0 && type == 0);
	family = type = -1;
	CHECK(tsp_fd_family(-1, &family, &type) == EBADF && family == 0 && type == 0);

	CHECK(tsp_io_nonblocking(sv[0], &err) == 0);
	CHECK(tsp_fd_set_blocking(sv[0], 0) == 0 && tsp_io_nonblocking(sv[0], &err) == 1);
	CHECK(tsp_fd_set_blocking(sv[0], 0) == 0 && tsp_io_nonblocking(sv[0], &err) == 1);
	CHECK(tsp_fd_set_blocking(sv[0], 1) == 0 && tsp_io_nonblocking(sv[0], &err) == 0);
	CHECK(tsp_fd_set_blocking(-1, 1) == EBADF);
	/* the other status flags stay */
	CHECK(fcntl(p[1], F_SETFL, O_APPEND) == 0);
	CHECK(tsp_fd_set_blocking(p[1], 0) == 0 && (fcntl(p[1], F_GETFL) & (O_APPEND | O_NONBLOCK)) == (O_APPEND | O_NONBLOCK));
	CHECK(tsp_fd_set_blocking(p[1], 1) == 0 && (fcntl(p[1], F_GETFL) & (O_APPEND | O_NONBLOCK)) == O_APPEND);

	CHECK((fcntl(sv[1], F_GETFD) & FD_CLOEXEC) == 0);
	CHECK(tsp_fd_set_cloexec(sv[1]) == 0 && (fcntl(sv[1], F_GETFD) & FD_CLOEXEC) != 0);
	CHECK(tsp_fd_set_cloexec(-1) == EBADF);

	/* somaxconn: what /proc says, or -1 without it */
	if ((f = fopen("/proc/sys/net/core/somaxconn", "r")) != NULL) {
		int want = -2;
		CHECK(fscanf(f, "%d", &want) == 1);
		fclose(f);
		CHECK(tsp_somaxconn() == want && want >= 0);
	} else {
		CHECK(tsp_somaxconn() == -1);
	}
	close(sv[0]);
	close(sv[1]);
	close(p[0]);
	close(p[1]);
	close(u);
}

/* SO_ATTACH_REUSEPORT_CBPF's program: its two statements, and the kernel takes it. */
static void test_opt_cbpf(void)
{
#if defined(SO_ATTACH_REUSEPORT_CBPF) && defined(SKF_AD_CPU)
	struct sock_filter code[TSP_OPT_CBPF_LEN], untouched[TSP_OPT_CBPF_LEN];
	struct sock_fprog prog;
	struct sockaddr_in sin;
	int u = socket(AF_INET, SOCK_DGRAM, 0), one = 1;
	long long bad[] = { 0, 1, -1, SKF_AD_CPU - 1, SKF_AD_CPU + 1, SKF_AD_OFF + SKF_AD_CPU, 4294967296LL + SKF_AD_CPU };
	size_t i;

	CHECK(tsp_opt_cbpf(SKF_AD_CPU, code) == TSP_OPT_CBPF_LEN);
	CHECK(code[0].code == (BPF_LD | BPF_W | BPF_ABS) && code[0].jt == 0 && code[0].jf == 0);
	CHECK(code[0].k == (uint32_t) (SKF_AD_OFF + SKF_AD_CPU));
	CHECK(code[1].code == (BPF_RET | BPF_A) && code[1].jt == 0 && code[1].jf == 0 && code[1].k == 0);
	CHECK(tsp_opt_cbpf(SKF_AD_QUEUE, code) == TSP_OPT_CBPF_LEN);
	CHECK(code[0].k == (uint32_t) (SKF_AD_OFF + SKF_AD_QUEUE) && code[1].code == (BPF_RET | BPF_A));
	memset(untouched, 0x5a, sizeof(untouched));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memcpy(code, untouched, sizeof(code));
		CHECK(tsp_opt_cbpf(bad[i], code) == 0 && memcmp(code, untouched, sizeof(code)) == 0);
	}
	/* a SO_REUSEPORT socket takes the program */
	CHECK(u >= 0);
	CHECK(setsockopt(u, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) == 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	CHECK(bind(u, (struct sockaddr *) &sin, sizeof(sin)) == 0);
	CHECK(tsp_opt_cbpf(SKF_AD_CPU, code) == TSP_OPT_CBPF_LEN);
	memset(&prog, 0, sizeof(prog));
	prog.len = TSP_OPT_CBPF_LEN;
	prog.filter = code;
	CHECK(setsockopt(u, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog)) == 0);
	close(u);
#else
	struct sock_filter *none = NULL;
	CHECK(tsp_opt_cbpf(0, none) == 0);
#endif
}

/* Runs one group of checks; a group passes when none of its checks failed. */
static int groups_passed, groups_failed;
static void run(const char *name, void (*fn)(void))
{
	int before = failed;
	fn();
	if (failed == before) {
		groups_passed++;
	} else {
		groups_failed++;
		fprintf(stderr, "unit test %s failed\n", name);
	}
}

/* src/core/tsp_time.h: a deadline carries nanoseconds into seconds, and what
 * is left of it shrinks with the clock and ends false */
static void test_deadline(void)
{
	struct timespec t = { 0, 999999999L }, d, left, now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	tsp_deadline_set(&d, &t);
	CHECK(d.tv_nsec >= 0 && d.tv_nsec < TSP_NSEC_PER_SEC);
	CHECK(d.tv_sec > now.tv_sec || (d.tv_sec == now.tv_sec && d.tv_nsec > now.tv_nsec));
	CHECK(tsp_deadline_left(&d, &left));
	CHECK(left.tv_sec == 0 && left.tv_nsec > 0 && left.tv_nsec <= 999999999L);
	CHECK(left.tv_nsec >= 0 && left.tv_nsec < TSP_NSEC_PER_SEC);

	t.tv_sec = 5;
	t.tv_nsec = 0;
	tsp_deadline_set(&d, &t);
	CHECK(tsp_deadline_left(&d, &left) && left.tv_sec >= 4 && left.tv_sec <= 5);

	t.tv_sec = 0;
	t.tv_nsec = 1000; /* 1 microsecond: gone after a 2 ms sleep */
	tsp_deadline_set(&d, &t);
	usleep(2000);
	CHECK(!tsp_deadline_left(&d, &left));
	CHECK(left.tv_sec < 0 || (left.tv_sec == 0 && left.tv_nsec == 0));
}

int main(int argc, char **argv)
{
	stub_path = argc > 1 ? argv[1] : "tsp_sockets.stub.php";
	run("err_table", test_err_table);
	run("err_table_covers_stub", test_err_table_covers_stub);
	run("addr_inet4", test_addr_inet4);
	run("addr_inet6", test_addr_inet6);
	run("num", test_num);
	run("addr_unix", test_addr_unix);
	run("addr_packet", test_addr_packet);
	run("url", test_url);
	run("poll", test_poll);
	run("poll_quiet_wakeups", test_poll_quiet_wakeups);
	run("poll_hot", test_poll_hot);
	run("deadline", test_deadline);
	run("msg_tables", test_msg_tables);
	run("msg_cmsg_layout", test_msg_cmsg_layout);
	run("activation", test_activation);
	run("read_line", test_read_line);
	run("fd", test_fd);
	run("opt_table", test_opt_table);
	run("opt_mcast_if", test_opt_mcast_if);
	/* src/core/tsp_watch.c */
	run("watch_basic", test_watch_basic);
	run("watch_modify", test_watch_modify);
	run("watch_oneshot", test_watch_oneshot);
	run("watch_edge", test_watch_edge);
	run("watch_hangup", test_watch_hangup);
	run("watch_stale", test_watch_stale);
	run("watch_thousand", test_watch_thousand);
	run("watch_timeout", test_watch_timeout);
	run("watch_fork", test_watch_fork);
	run("watch_nomem", test_watch_nomem);
	run("watch_error_code", test_watch_error_code);
	run("opt_cbpf", test_opt_cbpf);
	printf("unit checks: %d passed, %d failed\n", passed, failed);
	printf("unit: %d passed, %d failed\n", groups_passed, groups_failed);
	return failed ? 1 : 0;
}
