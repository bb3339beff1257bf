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
#include "bench_common.h"
#include <fcntl.h>

#define MAX_CONN 1000
static const char reply[] = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok";

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
	return http_main(argc, argv, serve);
}
