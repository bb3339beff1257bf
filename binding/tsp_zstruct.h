/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The generic converter between PHP arrays and the C structures that
 * src/core/tsp_msg.h describes field by field (binding/tsp_zstruct.c), for
 * the messages of socket_sendmsg()/socket_recvmsg() (tsp_zmsg.c) and the
 * structure-valued options (tsp_zopt.c).
 *
 * A conversion keeps its place as a path ("msghdr > control > element #0 >
 * data") for its one error message, and keeps every array it walks (its
 * refcount raised) until it ends: user code that runs in the middle (a
 * __toString(), an error handler) cannot change or free a kept array, as a
 * write separates it first. Each value is read once. */
#ifndef TSP_ZSTRUCT_H
#define TSP_ZSTRUCT_H

#include "tsp_binding.h"
#include "src/core/tsp_msg.h"

/* Where a conversion is, and what it keeps until php_tsp_conv_done(). */
typedef struct php_tsp_conv {
	php_tsp_socket *sock;     /* host lookups record their errors here */
	char path[512];
	size_t path_len;
	bool failed;
	HashTable **arrays;       /* every array walked */
	size_t narrays, caparrays;
} php_tsp_conv;

/* Starts a conversion whose path begins with root. */
void php_tsp_conv_init(php_tsp_conv *c, php_tsp_socket *sock, const char *root);
/* Lets go of what the conversion kept; that can run destructors, so nothing
 * it read is used after this. */
void php_tsp_conv_done(php_tsp_conv *c);

/* Appends a formatted segment to the path (cut to its room). */
void php_tsp_conv_push(php_tsp_conv *c, const char *fmt, ...);
/* Remember the path's length under a name, and go back to it. */
#define TSP_PUSH(c, seg) size_t tsp_saved_##seg = (c)->path_len
#define TSP_POP(c, seg) do { (c)->path_len = tsp_saved_##seg; (c)->path[(c)->path_len] = '\0'; } while (0)

/* The warning "error converting user data (path: <path>): <text of id>",
 * for the first error only: the conversion stops there. */
void php_tsp_conv_error(php_tsp_conv *c, php_tsp_conv_msg id, ...);
/* False once the conversion failed or user code threw. */
bool php_tsp_conv_ok(php_tsp_conv *c);

/* p (an emalloc'ed array of *cap elements of size bytes, or NULL) with room
 * for element n, doubled when full. */
void *php_tsp_grow(void *p, size_t *cap, size_t n, size_t size);
/* Keeps ht until the conversion ends. */
void php_tsp_conv_keep_array(php_tsp_conv *c, HashTable *ht);
/* The array zv is, kept; anything else, a reference included, is
 * "expected an array here" (NULL). */
HashTable *php_tsp_conv_array(php_tsp_conv *c, zval *zv);
/* The string form of zv (through a reference), from a copy of the value so
 * that the object whose __toString() runs lives whatever it does; the
 * caller releases it. NULL (the conversion failed) when it threw. */
zend_string *php_tsp_conv_string(php_tsp_conv *c, zval *zv);

/* An integer as ext/sockets reads one: ints, floats, numeric strings and
 * objects through their string form; not references. */
bool php_tsp_read_long(php_tsp_conv *c, zval *zv, zend_long *out);
/* The same within range, else "out of bounds for <the range's name>". */
bool php_tsp_read_ranged(php_tsp_conv *c, zval *zv, php_tsp_range range, zend_long *out);
/* The native int under key (required) of a kept array, with its path. */
bool php_tsp_read_key_int(php_tsp_conv *c, HashTable *ht, const char *key, zend_long *out);
/* A kept array into the structure st describes (out has st->size bytes);
 * *extra gets the length of a unix path. A family field is the caller's. */
bool php_tsp_read_struct_ht(php_tsp_conv *c, HashTable *ht, const tsp_struct *st, void *out, size_t *extra);
/* The same for an array value (kept first). */
bool php_tsp_read_struct(php_tsp_conv *c, zval *zv, const tsp_struct *st, void *out, size_t *extra);

#endif
