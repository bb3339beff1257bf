/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* socket_select(): PHP arrays of Socket objects to a core poll set and back.
 * Small sets live on the stack; no per-call allocation below TSP_SELECT_STACK
 * sockets and descriptors. */
#include "tsp_binding.h"
#include "src/core/tsp_poll.h"

#define TSP_SELECT_STACK 64

/* Makes the descriptor table reach fd. */
static void tsp_pos_reach(tsp_pollset *set, int32_t *stack, int fd)
{
	size_t npos = set->npos * 2 > (size_t) fd + 1 ? set->npos * 2 : (size_t) fd + 1;
	int32_t *pos;
	if (set->pos == stack) {
		pos = safe_emalloc(npos, sizeof(*pos), 0);
		memcpy(pos, stack, set->npos * sizeof(*pos));
	} else {
		pos = safe_erealloc(set->pos, npos, sizeof(*pos), 0);
	}
	tsp_pollset_pos_grown(set, pos, npos);
}

/* Checks every element of one array and adds it to the set, in one pass;
 * counts in *lines the read-set sockets whose pending bytes hold a line, and
 * in *orphans the Sockets whose stream was closed (left out of the set: their
 * descriptor number may be another file's by now). */
static zend_result tsp_array_to_set(zval *arr, uint32_t argnum, unsigned bit, tsp_pollset *set, int32_t *stack,
	uint32_t *lines, uint32_t *orphans)
{
	zval *el;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
		php_tsp_socket *sock;
		ZVAL_DEREF(el);
		if (UNEXPECTED(Z_TYPE_P(el) != IS_OBJECT || Z_OBJCE_P(el) != tsp_ce_Socket)) {
			php_tsp_throw_select_element(argnum, el);
			return FAILURE;
		}
		sock = Z_TSP_SOCKET_P(el);
		if (UNEXPECTED(!php_tsp_socket_usable(sock))) {
			php_tsp_throw_select_closed(argnum);
			return FAILURE;
		}
		if (UNEXPECTED(sock->fd < 0)) {
			(*orphans)++;
			continue;
		}
		if (UNEXPECTED(set->pos && (size_t) sock->fd >= set->npos)) {
			tsp_pos_reach(set, stack, sock->fd);
		}
		tsp_pollset_add(set, sock->fd, bit);
		if (bit == TSP_POLL_READ && UNEXPECTED(sock->pending != NULL) && php_tsp_pending_has_line(sock)) {
			(*lines)++;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* A read-set socket whose pending bytes hold a line is readable whatever
 * poll() said: the next line read returns at once. Returns how many more
 * (descriptor, set) pairs that makes ready. */
static int tsp_mark_pending_lines(zval *arr, tsp_pollset *set)
{
	zval *el;
	int more = 0;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
		php_tsp_socket *sock;
		size_t i;
		ZVAL_DEREF(el);
		sock = Z_TSP_SOCKET_P(el);
		if (!sock->pending || !php_tsp_pending_has_line(sock)) {
			continue;
		}
		i = tsp_pollset_find(set, sock->fd);
		if (i != (size_t) -1 && !(tsp_pollset_ready(set, i) & TSP_POLL_READ)) {
			set->fds[i].revents |= POLLIN;
			more++;
		}
	} ZEND_HASH_FOREACH_END();
	return more;
}

/* Replaces arr with a new array of the elements that are ready, keys and
 * order kept, references undone: what ext/sockets builds, whatever was ready
 * (so the next free key and the internal pointer are the new array's). */
static void tsp_set_to_array(zval *arr, unsigned bit, const tsp_pollset *set)
{
	zval *el, result;
	zend_string *key;
	zend_ulong h;

	array_init(&result);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(arr), h, key, el) {
		ZVAL_DEREF(el);
		if (tsp_pollset_ready_fd(set, Z_TSP_SOCKET_P(el)->fd) & bit) {
			Z_ADDREF_P(el);
			if (key) {
				zend_hash_add_new(Z_ARRVAL(result), key, el);
			} else {
				zend_hash_index_add_new(Z_ARRVAL(result), h, el);
			}
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(arr);
	ZVAL_COPY_VALUE(arr, &result);
}

/* The wait select() would do: NULL for ever, else the converted timeout;
 * zero when a pending line is ready already. Returns FAILURE for EINVAL. */
static zend_result tsp_select_timeout(zend_long sec, bool sec_null, zend_long usec, bool now,
	struct timespec *ts, struct timespec **tsp)
{
	*tsp = NULL;
	if (!sec_null) {
		if (tsp_poll_timeout((long long) sec, (long long) usec, ts) != 0) {
			return FAILURE;
		}
		*tsp = ts;
	}
	if (now) {
		ts->tv_sec = 0;
		ts->tv_nsec = 0;
		*tsp = ts;
	}
	return SUCCESS;
}

void php_tsp_select(zval *sets[3], zend_long sec, bool sec_null, zend_long usec, zval *return_value)
{
	struct pollfd fds_stack[TSP_SELECT_STACK], *fds = fds_stack;
	int32_t pos_stack[TSP_SELECT_STACK];
	size_t total = 0;
	uint32_t lines = 0, orphans = 0;
	int rc = 0, err = EINVAL, i;
	tsp_pollset set;
	struct timespec ts, *tsp;

	for (i = 0; i < 3; i++) {
		if (sets[i]) {
			total += zend_hash_num_elements(Z_ARRVAL_P(sets[i]));
		}
	}
	if (total > TSP_SELECT_STACK) {
		fds = safe_emalloc(total, sizeof(*fds), 0);
	}
	/* a handful of sockets is searched; more get a table indexed by descriptor */
	tsp_pollset_init(&set, fds, total, total <= TSP_POLL_SMALL ? NULL : pos_stack, TSP_SELECT_STACK);
	for (i = 0; i < 3; i++) {
		if (sets[i] && tsp_array_to_set(sets[i], (uint32_t) i + 1, 1u << i, &set, pos_stack, &lines, &orphans) == FAILURE) {
			goto done;
		}
	}
	if (total == 0) {
		php_tsp_throw_select_no_arrays();
		goto done;
	}
	if (orphans > 0) {
		/* what select() says of a closed descriptor, without making the call */
		rc = -1;
		err = EBADF;
	} else if (tsp_select_timeout(sec, sec_null, usec, lines > 0, &ts, &tsp) == FAILURE) {
		rc = -1;
	} else {
		rc = tsp_pollset_wait_hot(&set, tsp, &err, &TSP_G(poll_hot));
	}
	if (rc >= 0 && lines > 0) {
		rc += tsp_mark_pending_lines(sets[0], &set);
	}
	if (rc < 0) {
		php_tsp_fail_select(err);
		RETVAL_FALSE;
	} else {
		for (i = 0; i < 3; i++) {
			if (sets[i]) {
				tsp_set_to_array(sets[i], 1u << i, &set);
			}
		}
		RETVAL_LONG(rc);
	}
done:
	if (fds != fds_stack) {
		efree(fds);
	}
	if (set.pos && set.pos != pos_stack) {
		efree(set.pos);
	}
}
