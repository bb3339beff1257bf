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

/* Checks every element of one array and adds it to the set, in one pass. */
static zend_result tsp_array_to_set(zval *arr, uint32_t argnum, unsigned bit, tsp_pollset *set, int32_t *stack)
{
	zval *el;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
		php_tsp_socket *sock;
		ZVAL_DEREF(el);
		if (UNEXPECTED(Z_TYPE_P(el) != IS_OBJECT || Z_OBJCE_P(el) != tsp_ce_Socket)) {
			zend_argument_type_error(argnum, "must only have elements of type Socket, %s given", zend_zval_type_name(el));
			return FAILURE;
		}
		sock = Z_TSP_SOCKET_P(el);
		if (UNEXPECTED(sock->fd < 0 || php_tsp_socket_stream_closed(sock))) {
			zend_argument_type_error(argnum, "contains a closed socket");
			return FAILURE;
		}
		if (UNEXPECTED(set->pos && (size_t) sock->fd >= set->npos)) {
			tsp_pos_reach(set, stack, sock->fd);
		}
		tsp_pollset_add(set, sock->fd, bit);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Replaces arr with the elements that are ready, keys kept; an array whose
 * elements are all ready is kept as it is. */
static void tsp_set_to_array(zval *arr, unsigned bit, const tsp_pollset *set, bool none_ready)
{
	zval *el, result;
	zend_string *key;
	zend_ulong h;
	uint32_t ready = 0;

	if (!none_ready) {
		bool refs = false;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
			if (Z_ISREF_P(el)) {
				refs = true;
				el = Z_REFVAL_P(el);
			}
			ready += (tsp_pollset_ready_fd(set, Z_TSP_SOCKET_P(el)->fd) & bit) != 0;
		} ZEND_HASH_FOREACH_END();
		if (ready == zend_hash_num_elements(Z_ARRVAL_P(arr)) && !HT_HAS_ITERATORS(Z_ARRVAL_P(arr))) {
			/* everything ready: the same array, with its references undone as a new one would have */
			if (UNEXPECTED(refs)) {
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
					if (Z_ISREF_P(el)) {
						zend_unwrap_reference(el);
					}
				} ZEND_HASH_FOREACH_END();
			}
			return;
		}
	}
	if (ready == 0) {
		zval_ptr_dtor(arr);
		ZVAL_EMPTY_ARRAY(arr);
		return;
	}
	array_init_size(&result, ready);
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

void php_tsp_select(zval *sets[3], zend_long sec, bool sec_null, zend_long usec, zval *return_value)
{
	struct pollfd fds_stack[TSP_SELECT_STACK], *fds = fds_stack;
	int32_t pos_stack[TSP_SELECT_STACK];
	size_t total = 0;
	int rc = 0, err = 0, i;
	tsp_pollset set;
	struct timespec ts, *tsp = NULL;

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
		if (sets[i] && tsp_array_to_set(sets[i], (uint32_t) i + 1, 1u << i, &set, pos_stack) == FAILURE) {
			goto done;
		}
	}
	if (total == 0) {
		zend_value_error("socket_select(): At least one array argument must be passed");
		goto done;
	}
	if (!sec_null) {
		if (sec == 0 && usec == 0) {
			ts.tv_sec = 0;
			ts.tv_nsec = 0;
		} else if (tsp_poll_timeout((long long) sec, (long long) usec, &ts) != 0) {
			err = EINVAL;
			rc = -1;
			goto report;
		}
		tsp = &ts;
	}
	rc = tsp_pollset_wait(&set, tsp, &err);
report:
	if (rc < 0) {
		php_tsp_fail_select(err);
		RETVAL_FALSE;
	} else {
		for (i = 0; i < 3; i++) {
			if (sets[i]) {
				tsp_set_to_array(sets[i], 1u << i, &set, rc == 0);
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
