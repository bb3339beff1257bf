/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* socket_select(): PHP arrays of Socket objects to a core poll set and back. */
#include "tsp_binding.h"
#include "core/tsp_poll.h"

/* Checks every element of one array and adds it to the poll set; idx gets the
 * poll-set index of each element, in iteration order. */
static zend_result tsp_array_to_set(zval *arr, uint32_t argnum, unsigned bit, tsp_pollset *set, size_t *idx)
{
	zval *el;
	size_t k = 0;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arr), el) {
		php_tsp_socket *sock;
		ZVAL_DEREF(el);
		if (Z_TYPE_P(el) != IS_OBJECT || Z_OBJCE_P(el) != tsp_ce_Socket) {
			zend_argument_type_error(argnum, "must only have elements of type Socket, %s given", zend_zval_type_name(el));
			return FAILURE;
		}
		sock = Z_TSP_SOCKET_P(el);
		if (sock->fd < 0) {
			zend_argument_type_error(argnum, "contains a closed socket");
			return FAILURE;
		}
		idx[k++] = tsp_pollset_add(set, sock->fd, bit);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Replaces arr with the elements that are ready, keys kept. */
static void tsp_set_to_array(zval *arr, unsigned bit, const tsp_pollset *set, const size_t *idx)
{
	zval *el, result;
	zend_string *key;
	zend_ulong h;
	size_t k = 0;

	array_init(&result);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(arr), h, key, el) {
		if (tsp_pollset_ready(set, idx[k++]) & bit) {
			ZVAL_DEREF(el);
			Z_TRY_ADDREF_P(el);
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
	size_t total = 0, nslots = 2, *idx[3] = { NULL, NULL, NULL }, *slots, s;
	struct pollfd *fds;
	unsigned *want;
	tsp_pollset set;
	struct timespec ts, *tsp = NULL;
	int rc, err = 0, i;

	for (i = 0; i < 3; i++) {
		if (sets[i]) {
			total += zend_hash_num_elements(Z_ARRVAL_P(sets[i]));
		}
	}
	if (total == 0) {
		zend_value_error("socket_select(): At least one array argument must be passed");
		return;
	}
	while (nslots < 2 * total) {
		nslots *= 2;
	}
	fds = safe_emalloc(total, sizeof(*fds), 0);
	want = safe_emalloc(total, sizeof(*want), 0);
	slots = safe_emalloc(nslots, sizeof(*slots), 0);
	tsp_pollset_init(&set, fds, want, total, slots, nslots);
	for (i = 0; i < 3; i++) {
		if (sets[i]) {
			idx[i] = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(sets[i])) + 1, sizeof(size_t), 0);
			if (tsp_array_to_set(sets[i], (uint32_t) i + 1, 1u << i, &set, idx[i]) == FAILURE) {
				goto done;
			}
		}
	}
	if (!sec_null) {
		if (tsp_poll_timeout((long long) sec, (long long) usec, &ts) != 0) {
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
		goto done;
	}
	for (i = 0; i < 3; i++) {
		if (sets[i]) {
			tsp_set_to_array(sets[i], 1u << i, &set, idx[i]);
		}
	}
	RETVAL_LONG(rc);
done:
	for (s = 0; s < 3; s++) {
		if (idx[s]) {
			efree(idx[s]);
		}
	}
	efree(fds);
	efree(want);
	efree(slots);
}
