/*
 * poll() keep-alive HTTP/1.1 server in C, the reference for
 * bench/serve_keepalive.php (same shape, same arguments, same output).
 * Used by bench/serve.sh.
 *
 *   cc -O2 -o serve_poll bench/serve_poll.c
 *   serve_poll [WORKERS [MAX_REQ [IDLE_S [PORT]]]]
 *
 * Listens on 127.0.0.1:PORT (0: ephemeral), prints "port P"; each worker
 * prints "ready" and loops: poll() over the non-blocking listener and every
 * open connection; when the listener is readable, accept() one connection;
 * for each readable connection read() up to 4 KiB and, if data came, write()
 * a fixed HTTP/1.1 keep-alive reply (one request per read: the clients here
 * do not pipeline); on EOF or error close it.
 *
 * WORKERS>1: prefork, each worker its OWN SO_REUSEPORT listener on the same
 * port (see serve_accept.c).
 *
 * Bounded: at most MAX_CONN connections per worker, exits after MAX_REQ
 * answered requests (0: 50,000,000), after IDLE_S seconds without any event,
 * after 100,000,000 loop iterations, or on SIGTERM. At exit it prints
 * "served N" on stderr.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_CONN 1000
static const char reply[] = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok";

static int make_socket(int port, int reuseport)
{
	int s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	int one = 1;
	struct sockaddr_in a;
	if (s < 0) { perror("socket"); exit(1); }
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (reuseport && setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) { perror("SO_REUSEPORT"); exit(1); }
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short) port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *) &a, sizeof a) < 0) { perror("bind"); exit(1); }
	return s;
}

static int port_of(int s)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	if (getsockname(s, (struct sockaddr *) &a, &len) < 0) { perror("getsockname"); exit(1); }
	return ntohs(a.sin_port);
}

static void serve(int l, long max_req, int idle_s)
{
	static struct pollfd fds[MAX_CONN + 1];
	char buf[4096];
	long served = 0, iter;
	int nfds = 1, i;
	fcntl(l, F_SETFL, fcntl(l, F_GETFL) | O_NONBLOCK);
	fds[0].fd = l;
	fds[0].events = POLLIN;
	printf("ready\n");
	fflush(stdout);
	for (iter = 0; served < max_req && iter < 100000000L; iter++) {
		int n = poll(fds, (nfds_t) nfds, idle_s * 1000);
		if (n == 0) break; /* idle */
		if (n < 0) {
			if (errno == EINTR) continue;
			perror("poll");
			break;
		}
		for (i = 1; i < nfds; i++) {
			ssize_t r;
			if (!fds[i].revents) continue;
			r = read(fds[i].fd, buf, sizeof buf);
			if (r > 0) {
				if (write(fds[i].fd, reply, sizeof reply - 1) >= 0) served++;
				continue;
			}
			if (r < 0 && errno == EAGAIN) continue;
			close(fds[i].fd);
			fds[i] = fds[--nfds]; /* swap in the last one, look at slot i again */
			i--;
		}
		if (fds[0].revents && nfds <= MAX_CONN) {
			int c = accept(l, NULL, NULL);
			if (c >= 0) {
				fds[nfds].fd = c;
				fds[nfds].events = POLLIN;
				fds[nfds].revents = 0;
				nfds++;
			}
		}
	}
	fprintf(stderr, "served %ld\n", served);
}

int main(int argc, char **argv)
{
	int workers = argc > 1 ? atoi(argv[1]) : 1;
	long max_req = argc > 2 ? atol(argv[2]) : 0;
	int idle_s = argc > 3 ? atoi(argv[3]) : 10;
	int port = argc > 4 ? atoi(argv[4]) : 0;
	int i, l;
	if (workers < 1 || workers > 64) workers = 1;
	if (max_req <= 0) max_req = 50000000;
	if (idle_s <= 0) idle_s = 10;

	if (workers == 1) {
		l = make_socket(port, 0);
		if (listen(l, 511) < 0) { perror("listen"); return 1; }
		printf("port %d\n", port_of(l));
		serve(l, max_req, idle_s);
		return 0;
	}
	l = make_socket(port, 1);
	port = port_of(l);
	printf("port %d\n", port);
	fflush(stdout);
	for (i = 0; i < workers; i++) {
		pid_t p = fork();
		if (p < 0) { perror("fork"); return 1; }
		if (p == 0) {
			int w = make_socket(port, 1);
			if (listen(w, 511) < 0) { perror("listen"); _exit(1); }
			close(l);
			serve(w, max_req, idle_s);
			_exit(0);
		}
	}
	close(l);
	for (i = 0; i < workers; i++) {
		if (wait(NULL) < 0 && errno != EINTR) break;
	}
	return 0;
}
