/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* stream_select() on poll(): core's function without the FD_SETSIZE ceiling.
 *
 * At startup the handler of core's stream_select() is swapped for ours (and
 * put back at shutdown). Ours goes through the same steps as core's, in the
 * same order, so that every warning, exception and rewritten array is the
 * one core gives: each array is walked and every stream in it asked for its
 * descriptor (the stream's own cast, which for some streams runs user code or
 * warns); "No stream arrays were passed" when none gave one; the timeout
 * checks; streams of the read array with bytes in their read buffer answer
 * at once; then the wait, and each array is rebuilt from the streams that are
 * ready, keys kept. The wait is a poll() through the core's poll set
 * (src/core/tsp_poll.h), which answers as select() does, at any descriptor
 * number: where core fails once a descriptor reaches FD_SETSIZE ("You MUST
 * recompile PHP with a larger value of FD_SETSIZE"), ours goes on.
 *
 * Two shortcuts leave the answers as they are. A socket or plain-file stream
 * without filters gives its descriptor through a cast that runs no user code
 * and cannot warn: it is asked directly. And when every stream of a call was
 * of that kind, nothing can have changed between the walks, so the second
 * walk reuses what the first learnt instead of asking each stream again. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "binding/tsp_binding.h"
#include "src/core/tsp_poll.h"
#include "php_network.h"

#include <errno.h>

/* Streams, descriptors and table entries held on the stack before the heap is needed. */
#define TSP_SSEL_STACK 64

/* What the first walk learnt of an element, kept for the second: its entry in
 * the poll set (>= 0), no descriptor (a stream that gave -1), or not a stream
 * (asked again, so that the second walk throws as core's does). */
#define TSP_SSEL_NONE  (-1)
#define TSP_SSEL_REDO  (-2)

typedef int (*tsp_cast_fn)(php_stream *stream, int castas, void **ret);

static zif_handler tsp_ssel_core_handler;   /* core's stream_select(), while ours is in place */
static zend_function *tsp_ssel_core_func;
static tsp_cast_fn tsp_ssel_socket_cast;     /* the cast of every socket transport of core */
static tsp_cast_fn tsp_ssel_stdio_cast;      /* the cast of plain files, pipes and STDIN */

/* One call's state. */
typedef struct tsp_ssel {
	tsp_pollset set;
	int32_t *slot;         /* per position of the arrays walked, in order: TSP_SSEL_* or an entry */
	size_t nslot, capslot;
	size_t start[3];       /* where each array's positions begin in slot */
	uint32_t count[3];     /* and how many it has */
	uint32_t redo[3];      /* elements of each array that are not streams */
	php_socket_t max_fd;   /* the highest descriptor, as core reports it */
	size_t total;          /* elements in the arrays when the call began */
	int le_stream, le_pstream;
	bool impure;           /* a stream's cast may have run user code: the second walk asks again */
	bool buffered;         /* a stream of the read array has bytes in its read buffer */
	tsp_cast_fn tls_cast;  /* the cast of TCP streams, once one was seen */
	struct pollfd fds_stack[TSP_SSEL_STACK];
	int32_t pos_stack[TSP_SSEL_STACK];
	int32_t slot_stack[TSP_SSEL_STACK];
} tsp_ssel;

bool php_tsp_select_active(void)
{
	return tsp_ssel_core_handler != NULL;
}

/* The stream in el (dereferenced), or NULL; quiet, for the fast path only. */
static zend_always_inline php_stream *tsp_ssel_stream(const tsp_ssel *s, zval *el)
{
	if (EXPECTED(Z_TYPE_P(el) == IS_RESOURCE)
		&& (Z_RES_TYPE_P(el) == s->le_stream || Z_RES_TYPE_P(el) == s->le_pstream)) {
		return (php_stream *) Z_RES_VAL_P(el);
	}
	return NULL;
}

/* What is not a stream, as core fetches it: NULL and a TypeError. */
static zend_never_inline php_stream *tsp_ssel_fetch_other(zval *el)
{
	php_stream *stream;
	php_stream_from_zval_no_verify(stream, el);
	return stream;
}

/* The stream in el as core fetches it: a TypeError for anything else. */
static zend_always_inline php_stream *tsp_ssel_fetch(const tsp_ssel *s, zval *el)
{
	php_stream *stream = tsp_ssel_stream(s, el);
	return EXPECTED(stream != NULL) ? stream : tsp_ssel_fetch_other(el);
}

/* The cast of TCP streams, which the openssl extension provides when it is
 * loaded ("tcp_socket/ssl"): the descriptor; when TLS is on and the library
 * holds decrypted bytes, it first moves them into the read buffer. */
#define TSP_SSEL_TLS_LABEL "tcp_socket/ssl"

/* A stream whose cast may run user code or warn: php_stream_cast() itself. */
static zend_never_inline php_socket_t tsp_ssel_cast_other(tsp_ssel *s, php_stream *stream)
{
	php_socket_t fd = -1;
	tsp_cast_fn cast = stream->ops->cast;

	if (!php_stream_is_filtered(stream) && cast != NULL) {
		if (!s->tls_cast && stream->ops->label && strcmp(stream->ops->label, TSP_SSEL_TLS_LABEL) == 0) {
			s->tls_cast = cast; /* learnt once per call: the next ones compare the pointer */
		}
		if (cast == s->tls_cast) {
			zend_off_t filled = stream->writepos;
			if (cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **) &fd) == SUCCESS) {
				if (stream->writepos != filled) {
					s->impure = true; /* it read from the connection */
				}
				return fd;
			}
			fd = -1;
		} else if (cast == tsp_ssel_stdio_cast && cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **) &fd) == SUCCESS) {
			return fd; /* plain files and pipes: what php_stream_cast() returns, without its detour */
		}
	}
	s->impure = true;
	fd = -1;
	if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 1) != SUCCESS) {
		return -1;
	}
	return fd;
}

/* The descriptor of a stream, as core asks for it; -1 for none. Sets
 * s->impure when the cast was one that may run user code or warn. A socket
 * of core's transports without filters answers what its cast returns: the
 * descriptor its data starts with. */
static zend_always_inline php_socket_t tsp_ssel_cast(tsp_ssel *s, php_stream *stream)
{
	tsp_cast_fn cast = stream->ops->cast;
	if (EXPECTED(cast == tsp_ssel_socket_cast) && EXPECTED(stream->abstract != NULL)
		&& !php_stream_is_filtered(stream)) {
		return ((php_netstream_data_t *) stream->abstract)->socket;
	}
	if (EXPECTED(cast == s->tls_cast) && EXPECTED(cast != NULL) && !php_stream_is_filtered(stream)) {
		zend_off_t filled = stream->writepos;
		php_socket_t fd = -1;
		if (EXPECTED(cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **) &fd) == SUCCESS)) {
			if (UNEXPECTED(stream->writepos != filled)) {
				s->impure = true; /* it read from the connection */
			}
			return fd;
		}
	}
	return tsp_ssel_cast_other(s, stream);
}

/* Makes room for more elements: entries of the poll set and slots. */
static void tsp_ssel_reserve(tsp_ssel *s, size_t more)
{
	if (s->set.n + more > s->set.cap) {
		size_t cap = MAX(s->set.cap * 2, s->set.n + more);
		struct pollfd *fds;
		if (s->set.fds == s->fds_stack) {
			fds = safe_emalloc(cap, sizeof(*fds), 0);
			memcpy(fds, s->fds_stack, s->set.n * sizeof(*fds));
		} else {
			fds = safe_erealloc(s->set.fds, cap, sizeof(*fds), 0);
		}
		tsp_pollset_fds_grown(&s->set, fds, cap);
	}
	if (s->nslot + more > s->capslot) {
		size_t cap = MAX(s->capslot * 2, s->nslot + more);
		if (s->slot == s->slot_stack) {
			s->slot = safe_emalloc(cap, sizeof(*s->slot), 0);
			memcpy(s->slot, s->slot_stack, s->nslot * sizeof(*s->slot));
		} else {
			s->slot = safe_erealloc(s->slot, cap, sizeof(*s->slot), 0);
		}
		s->capslot = cap;
	}
}

/* Makes the descriptor table of the set reach fd, and the descriptors of the
 * elements still to come if they are numbered on from it (they mostly are:
 * a process's descriptors are dense), so that it grows about once a call. */
static void tsp_ssel_reach(tsp_ssel *s, php_socket_t fd)
{
	size_t npos = MAX(s->set.npos * 2, (size_t) fd + 1 + s->total);
	int32_t *pos;
	if (s->set.pos == s->pos_stack && s->total <= TSP_SSEL_STACK) {
		/* a small set: searched from here on (what it holds so far included),
		 * rather than a table on the heap for a call */
		tsp_pollset_pos_drop(&s->set);
		return;
	}
	if (s->set.pos == s->pos_stack) {
		pos = safe_emalloc(npos, sizeof(*pos), 0);
		memcpy(pos, s->pos_stack, s->set.npos * sizeof(*pos));
	} else {
		pos = safe_erealloc(s->set.pos, npos, sizeof(*pos), 0);
	}
	tsp_pollset_pos_grown(&s->set, pos, npos);
}

/* Adds fd to the set for bit; returns its entry. */
static zend_always_inline int32_t tsp_ssel_add(tsp_ssel *s, php_socket_t fd, unsigned bit)
{
	if (UNEXPECTED(s->set.pos != NULL && (size_t) fd >= s->set.npos)) {
		tsp_ssel_reach(s, fd);
	}
	if (fd > s->max_fd) {
		s->max_fd = fd;
	}
	return (int32_t) tsp_pollset_add(&s->set, fd, bit);
}

/* A walk over one of the arrays, by position, as core's walks go: the
 * elements there when it started, in order. User code that runs meanwhile
 * (an error handler, a user stream's cast) may change the array in place:
 * the walk then sees what is there now, as core's would, and stops when the
 * array was replaced (where core's goes on over freed memory). */
typedef struct tsp_ssel_walk {
	zval *arr;
	HashTable *ht;
	uint32_t idx, end;
} tsp_ssel_walk;

static bool tsp_walk_start(tsp_ssel_walk *w, zval *arr)
{
	if (!arr || Z_TYPE_P(arr) != IS_ARRAY) {
		return false;
	}
	w->arr = arr;
	w->ht = Z_ARRVAL_P(arr);
	w->idx = 0;
	w->end = w->ht->nNumUsed;
	return true;
}

/* The element at position i, dereferenced, with its key; NULL for a hole.
 * checked: user code may have run since the walk last looked, so the array
 * is looked at again first (NULL, and the walk ends, if it is not the one
 * walked any more). */
static zend_always_inline zval *tsp_walk_at(tsp_ssel_walk *w, uint32_t i, bool checked, zend_ulong *h, zend_string **key)
{
	zval *el;

	if (UNEXPECTED(checked) && (Z_TYPE_P(w->arr) != IS_ARRAY || Z_ARR_P(w->arr) != w->ht || i >= w->ht->nNumUsed)) {
		w->idx = w->end;
		return NULL;
	}
	if (HT_IS_PACKED(w->ht)) {
		el = w->ht->arPacked + i;
		*h = i;
		*key = NULL;
	} else {
		Bucket *b = w->ht->arData + i;
		el = &b->val;
		*h = b->h;
		*key = b->key;
	}
	if (Z_TYPE_P(el) == IS_UNDEF) {
		return NULL;
	}
	ZVAL_DEREF(el);
	return el;
}

/* The next element, as tsp_walk_at(); NULL at the end. */
static zend_always_inline zval *tsp_walk_next(tsp_ssel_walk *w, bool checked, zend_ulong *h, zend_string **key)
{
	while (w->idx < w->end) {
		zval *el = tsp_walk_at(w, w->idx++, checked, h, key);
		if (el) {
			return el;
		}
	}
	return NULL;
}

#if defined(__GNUC__) || defined(__clang__)
# define TSP_PREFETCH(p) __builtin_prefetch(p)
#else
# define TSP_PREFETCH(p) ((void) (p))
#endif

/* How far ahead of the walk the memory of its streams is asked for. A
 * stream is found through three pointers (the zval's resource, the resource's
 * stream, the stream's socket data), each in memory of its own: a set of
 * thousands of streams spends most of its walk waiting for those loads. A
 * long walk asks for the last two a few elements early, so that they arrive
 * in parallel (the resources, small and made in order, are found in order by
 * the processor itself); a short walk finds them in the cache. */
#define TSP_SSEL_AHEAD_STREAM 6
#define TSP_SSEL_AHEAD_DATA   3
#define TSP_SSEL_AHEAD_MIN    256  /* elements from which a walk asks ahead */
#define TSP_SSEL_RING         8    /* > TSP_SSEL_AHEAD_STREAM, a power of two */

static zend_always_inline zval *tsp_walk_zval(const tsp_ssel_walk *w, uint32_t i)
{
	return HT_IS_PACKED(w->ht) ? w->ht->arPacked + i : &w->ht->arData[i].val;
}

/* The stream at position i, if it is one (no dereference, no hole). */
static zend_always_inline php_stream *tsp_walk_peek(const tsp_ssel *s, const tsp_ssel_walk *w, uint32_t i)
{
	zval *z = tsp_walk_zval(w, i);
	return Z_TYPE_P(z) == IS_RESOURCE ? tsp_ssel_stream(s, z) : NULL;
}

/* Asks for the stream at position i (kept in ring for the next stage). */
static zend_always_inline void tsp_ssel_ahead_stream(const tsp_ssel *s, const tsp_ssel_walk *w, uint32_t i, php_stream **ring)
{
	php_stream *st = i < w->end ? tsp_walk_peek(s, w, i) : NULL;
	ring[i & (TSP_SSEL_RING - 1)] = st;
	if (st) {
		TSP_PREFETCH(st);
		TSP_PREFETCH(&st->writepos);
	}
}

/* Asks for the socket data of the stream at position i, found in ring. */
static zend_always_inline void tsp_ssel_ahead_data(const tsp_ssel_walk *w, uint32_t i, php_stream *const *ring)
{
	php_stream *st = i < w->end ? ring[i & (TSP_SSEL_RING - 1)] : NULL;
	if (st && st->abstract) {
		TSP_PREFETCH(st->abstract);
		TSP_PREFETCH((char *) st->abstract + 64);
	}
}

/* One element of the first walk, at position i of array which: its
 * descriptor into the set, its entry into the slots. Returns whether it gave
 * a descriptor. */
static zend_always_inline bool tsp_ssel_take_stream(tsp_ssel *s, int which, php_stream *stream, uint32_t i)
{
	int32_t at = TSP_SSEL_NONE;
	bool any = false;

	if (UNEXPECTED(stream == NULL)) {
		s->redo[which]++;
		at = TSP_SSEL_REDO;
	} else {
		/* read before the cast, which may run user code that closes the stream */
		bool buffered = which == 0 && stream->writepos - stream->readpos > 0;
		php_socket_t fd = tsp_ssel_cast(s, stream);
		if (fd != -1) {
			any = true; /* core counts any answer but -1 */
			if (EXPECTED(fd >= 0)) {
				at = tsp_ssel_add(s, fd, 1u << which);
			}
		}
		s->buffered |= buffered;
	}
	s->slot[s->start[which] + i] = at;
	return any;
}

static zend_always_inline bool tsp_ssel_take(tsp_ssel *s, int which, zval *el, uint32_t i)
{
	return tsp_ssel_take_stream(s, which, tsp_ssel_fetch(s, el), i);
}

/* The first walk over a long array while no user code has run: asks ahead.
 * Stops where a cast may have run user code (the rest is walked checked). */
static bool tsp_ssel_collect_ahead(tsp_ssel *s, int which, tsp_ssel_walk *w)
{
	php_stream *ring[TSP_SSEL_RING];
	zend_string *key;
	zend_ulong h;
	uint32_t i;
	bool any = false;

	for (i = 0; i < TSP_SSEL_AHEAD_STREAM; i++) {
		tsp_ssel_ahead_stream(s, w, i, ring);
	}
	for (i = 0; i < TSP_SSEL_AHEAD_DATA; i++) {
		tsp_ssel_ahead_data(w, i, ring);
	}
	for (i = 0; i < w->end && !s->impure; i++) {
		php_stream *stream = ring[i & (TSP_SSEL_RING - 1)]; /* a stream, found ahead; NULL otherwise */
		zval *el;
		tsp_ssel_ahead_stream(s, w, i + TSP_SSEL_AHEAD_STREAM, ring);
		tsp_ssel_ahead_data(w, i + TSP_SSEL_AHEAD_DATA, ring);
		if (EXPECTED(stream != NULL)) {
			any |= tsp_ssel_take_stream(s, which, stream, i);
		} else if ((el = tsp_walk_at(w, i, false, &h, &key)) != NULL) {
			any |= tsp_ssel_take(s, which, el, i); /* a reference, or not a stream */
		} else {
			s->slot[s->start[which] + i] = TSP_SSEL_NONE; /* a hole */
		}
	}
	w->idx = i;
	return any;
}

/* The first walk over one array (which: 0 read, 1 write, 2 except): every
 * element asked for its descriptor, in order. Returns whether any gave one. */
static bool tsp_ssel_collect(tsp_ssel *s, zval *arr, int which)
{
	tsp_ssel_walk w;
	zend_string *key;
	zend_ulong h;
	zval *el;
	bool any = false;

	s->start[which] = s->nslot;
	s->count[which] = 0;
	if (!tsp_walk_start(&w, arr)) {
		return false;
	}
	tsp_ssel_reserve(s, w.end);
	s->count[which] = w.end;
	s->nslot += w.end;
	if (w.end >= TSP_SSEL_AHEAD_MIN && !s->impure) {
		any = tsp_ssel_collect_ahead(s, which, &w); /* writes every position it walks */
	}
	if (w.idx < w.end) {
		/* TSP_SSEL_NONE for the positions left, holes included */
		memset(s->slot + s->start[which] + w.idx, 0xff, (w.end - w.idx) * sizeof(*s->slot));
	}
	while ((el = tsp_walk_next(&w, s->impure, &h, &key)) != NULL) {
		any |= tsp_ssel_take(s, which, el, w.idx - 1);
	}
	return any;
}

/* Adds el under its key to out, as core's rebuilt arrays take it. */
static zend_always_inline void tsp_ssel_keep(HashTable *out, zend_ulong h, zend_string *key, zval *el)
{
	zval *dest = key ? zend_hash_update(out, key, el) : zend_hash_index_update(out, h, el);
	zval_add_ref(dest);
}

/* Streams of the read array with bytes in their read buffer are readable
 * without a wait: core then rewrites the read array to those alone and
 * empties the other two. Returns how many, 0 when there are none. */
static int tsp_ssel_buffered(tsp_ssel *s, zval *r, zval *w, zval *e)
{
	tsp_ssel_walk walk;
	HashTable *out;
	zend_string *key;
	zend_ulong h;
	zval *el;
	int n = 0;

	if ((!s->impure && !s->buffered && s->redo[0] == 0) || !tsp_walk_start(&walk, r)) {
		return 0; /* nothing this walk could find or throw */
	}
	out = zend_new_array(0); /* grown as streams are found: see tsp_ssel_rebuild() */
	while ((el = tsp_walk_next(&walk, false, &h, &key)) != NULL) {
		php_stream *stream = tsp_ssel_fetch(s, el);
		if (stream && stream->writepos - stream->readpos > 0) {
			tsp_ssel_keep(out, h, key, el);
			n++;
		}
	}
	if (n == 0) {
		zend_array_destroy(out);
		return 0;
	}
	zval_ptr_dtor(r);
	ZVAL_ARR(r, out);
	if (w) {
		zval_ptr_dtor(w);
		ZVAL_EMPTY_ARRAY(w);
	}
	if (e) {
		zval_ptr_dtor(e);
		ZVAL_EMPTY_ARRAY(e);
	}
	return n;
}

/* The second walk when no user code can have run since the first: the array
 * is the one walked, and each position's entry is known; only the elements
 * that are ready (or are no streams, to throw again) are looked at. */
static void tsp_ssel_rebuild_known(tsp_ssel *s, int which, tsp_ssel_walk *w, HashTable *out)
{
	const int32_t *slot = s->slot + s->start[which];
	unsigned bit = 1u << which;
	uint32_t i, n = s->count[which];
	zend_string *key;
	zend_ulong h;

	for (i = 0; i < n; i++) {
		int32_t at = slot[i];
		zval *el;
		if (EXPECTED(at == TSP_SSEL_NONE) || (at >= 0 && !(tsp_pollset_ready(&s->set, (size_t) at) & bit))) {
			continue;
		}
		el = tsp_walk_at(w, i, false, &h, &key);
		if (at >= 0) {
			tsp_ssel_keep(out, h, key, el);
		} else {
			(void) tsp_ssel_fetch(s, el); /* not a stream: throws again, as core's walk does */
		}
	}
}

/* The second walk otherwise: every stream asked again, as core does. The
 * element is looked up again after the cast, which may have changed it. */
static void tsp_ssel_rebuild_asking(tsp_ssel *s, int which, tsp_ssel_walk *w, HashTable *out)
{
	unsigned bit = 1u << which;
	zend_string *key;
	zend_ulong h;
	zval *el;

	while ((el = tsp_walk_next(w, true, &h, &key)) != NULL) {
		php_stream *stream = tsp_ssel_fetch(s, el);
		php_socket_t fd;
		if (!stream) {
			continue;
		}
		fd = tsp_ssel_cast(s, stream);
		if (fd < 0 || !(tsp_pollset_ready_fd(&s->set, fd) & bit)) {
			continue;
		}
		el = tsp_walk_at(w, w->idx - 1, true, &h, &key); /* the same position, as it is now */
		if (el) {
			tsp_ssel_keep(out, h, key, el);
		}
	}
}

/* Replaces one array with its streams that are ready for its set; ready is
 * what the wait counted over all sets, the size the new array starts with
 * (a hint: a stream twice in one array is counted once). Sized for the
 * whole old array instead, a new array whose one ready stream sits at a high
 * integer key would be a packed table holding every hole before it. */
static void tsp_ssel_rebuild(tsp_ssel *s, zval *arr, int which, int ready)
{
	tsp_ssel_walk w;
	HashTable *out;

	if (!tsp_walk_start(&w, arr)) {
		return;
	}
	out = zend_new_array(MIN((uint32_t) ready, zend_hash_num_elements(w.ht)));
	if (s->impure) {
		tsp_ssel_rebuild_asking(s, which, &w, out);
	} else {
		tsp_ssel_rebuild_known(s, which, &w, out);
	}
	zval_ptr_dtor(arr);
	ZVAL_ARR(arr, out);
}

/* Core's checks of the timeout, in its order, after "No stream arrays":
 * throws and returns FAILURE, or sets *tsp (NULL: for ever) and *einval
 * (the wait would fail as select() does when the seconds overflow). */
static zend_result tsp_ssel_timeout(zend_long sec, bool secnull, zend_long usec, bool usecnull,
	struct timespec *ts, struct timespec **tsp, bool *einval)
{
	*tsp = NULL;
	*einval = false;
	if (secnull) {
		if (!usecnull && usec != 0) {
			php_tsp_ssel_throw_usec_not_null();
			return FAILURE;
		}
		return SUCCESS;
	}
	if (sec < 0 || usec < 0) {
		php_tsp_ssel_throw_negative(sec < 0 ? 4 : 5);
		return FAILURE;
	}
	*einval = tsp_poll_timeout((long long) sec, (long long) usec, ts) != 0;
	*tsp = ts;
	return SUCCESS;
}

static void tsp_ssel_free(tsp_ssel *s)
{
	if (s->set.fds != s->fds_stack) {
		efree(s->set.fds);
	}
	if (s->set.pos && s->set.pos != s->pos_stack) {
		efree(s->set.pos);
	}
	if (s->slot != s->slot_stack) {
		efree(s->slot);
	}
}

/* Prepares the state for a call over arrays of about total elements. */
static void tsp_ssel_init(tsp_ssel *s, size_t total)
{
	tsp_pollset_init(&s->set, s->fds_stack, TSP_SSEL_STACK, total <= TSP_POLL_SMALL ? NULL : s->pos_stack, TSP_SSEL_STACK);
	s->total = total;
	s->slot = s->slot_stack;
	s->nslot = 0;
	s->capslot = TSP_SSEL_STACK;
	s->redo[0] = s->redo[1] = s->redo[2] = 0;
	s->max_fd = 0;
	s->le_stream = php_file_le_stream();
	s->le_pstream = php_file_le_pstream();
	s->impure = false;
	s->buffered = false;
	s->tls_cast = NULL;
}

static size_t tsp_ssel_count(zval *arr)
{
	return arr && Z_TYPE_P(arr) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(arr)) : 0;
}

/* {{{ stream_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, ?int $microseconds = null): int|false */
static PHP_FUNCTION(tsp_stream_select)
{
	zval *arrs[3];
	zend_long sec, usec = 0;
	bool secnull, usecnull = true, einval, any = false;
	struct timespec ts, *tsp;
	tsp_ssel s;
	int i, rc, err = 0;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(arrs[0], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrs[1], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrs[2], 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(sec, secnull)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(usec, usecnull)
	ZEND_PARSE_PARAMETERS_END();

	tsp_ssel_init(&s, tsp_ssel_count(arrs[0]) + tsp_ssel_count(arrs[1]) + tsp_ssel_count(arrs[2]));
	if (UNEXPECTED((arrs[0] && (arrs[0] == arrs[1] || arrs[0] == arrs[2])) || (arrs[1] && arrs[1] == arrs[2]))) {
		s.impure = true; /* one variable for two sets: rewriting one rewrites the other */
	}
	for (i = 0; i < 3; i++) {
		any |= tsp_ssel_collect(&s, arrs[i], i);
	}
	if (!any) {
		php_tsp_ssel_throw_no_arrays();
		goto done;
	}
	if (tsp_ssel_timeout(sec, secnull, usec, usecnull, &ts, &tsp, &einval) == FAILURE) {
		goto done;
	}
	rc = tsp_ssel_buffered(&s, arrs[0], arrs[1], arrs[2]);
	if (rc > 0) {
		RETVAL_LONG(rc);
		goto done;
	}
	rc = einval ? -1 : tsp_pollset_wait_hot(&s.set, tsp, &err, &TSP_G(poll_hot));
	if (rc < 0) {
		php_tsp_ssel_fail(einval ? EINVAL : err, (int) s.max_fd);
		RETVAL_FALSE;
		goto done;
	}
	for (i = 0; i < 3; i++) {
		tsp_ssel_rebuild(&s, arrs[i], i, rc);
	}
	RETVAL_LONG(rc);
done:
	tsp_ssel_free(&s);
}
/* }}} */

zend_result php_tsp_select_minit(bool enable)
{
	if (!enable) {
		return SUCCESS;
	}
	tsp_ssel_core_func = zend_hash_str_find_ptr(CG(function_table), "stream_select", sizeof("stream_select") - 1);
	if (!tsp_ssel_core_func || tsp_ssel_core_func->type != ZEND_INTERNAL_FUNCTION) {
		tsp_ssel_core_func = NULL;
		return SUCCESS; /* nothing to replace: core's stays */
	}
	tsp_ssel_socket_cast = php_stream_socket_ops.cast;
	tsp_ssel_stdio_cast = php_stream_stdio_ops.cast;
	tsp_ssel_core_handler = tsp_ssel_core_func->internal_function.handler;
	tsp_ssel_core_func->internal_function.handler = ZEND_FN(tsp_stream_select);
	return SUCCESS;
}

void php_tsp_select_mshutdown(void)
{
	if (tsp_ssel_core_handler && tsp_ssel_core_func) {
		tsp_ssel_core_func->internal_function.handler = tsp_ssel_core_handler;
	}
	tsp_ssel_core_handler = NULL;
	tsp_ssel_core_func = NULL;
}
