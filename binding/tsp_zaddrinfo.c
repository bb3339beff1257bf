/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* The AddressInfo class and socket_addrinfo_lookup/bind/connect/explain(). */
#include "tsp_binding.h"
#include "src/core/tsp_addr.h"

#include <errno.h>
#include <netdb.h>
#include <unistd.h>

/* One getaddrinfo() answer: the state first, the zend_object last. */
typedef struct php_tsp_addrinfo {
	int flags, family, socktype, protocol;
	tsp_addr addr;
	zend_string *canonname; /* or NULL */
	zend_object std;
} php_tsp_addrinfo;

zend_class_entry *tsp_ce_AddressInfo;
static zend_object_handlers tsp_addrinfo_handlers;

static zend_always_inline php_tsp_addrinfo *tsp_addrinfo_from_obj(zend_object *obj)
{
	return (php_tsp_addrinfo *) ((char *) obj - XtOffsetOf(php_tsp_addrinfo, std));
}

static zend_object *tsp_addrinfo_create(zend_class_entry *ce)
{
	php_tsp_addrinfo *ai = zend_object_alloc(sizeof(php_tsp_addrinfo), ce);

	zend_object_std_init(&ai->std, ce);
	object_properties_init(&ai->std, ce);
	ai->std.handlers = &tsp_addrinfo_handlers;
	ai->flags = ai->family = ai->socktype = ai->protocol = 0;
	memset(&ai->addr, 0, sizeof(ai->addr));
	ai->canonname = NULL;
	return &ai->std;
}

static zend_function *tsp_addrinfo_get_constructor(zend_object *obj)
{
	php_tsp_throw_construct("AddressInfo", "socket_addrinfo_lookup");
	return NULL;
}

static void tsp_addrinfo_free(zend_object *obj)
{
	php_tsp_addrinfo *ai = tsp_addrinfo_from_obj(obj);
	if (ai->canonname) {
		zend_string_release(ai->canonname);
	}
	zend_object_std_dtor(obj);
}

void php_tsp_addrinfo_class_init(zend_class_entry *ce)
{
	tsp_ce_AddressInfo = ce;
	ce->create_object = tsp_addrinfo_create;
	memcpy(&tsp_addrinfo_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_addrinfo_handlers.offset = XtOffsetOf(php_tsp_addrinfo, std);
	tsp_addrinfo_handlers.free_obj = tsp_addrinfo_free;
	tsp_addrinfo_handlers.get_constructor = tsp_addrinfo_get_constructor;
	tsp_addrinfo_handlers.clone_obj = NULL;
	tsp_addrinfo_handlers.compare = zend_objects_not_comparable;
}

#if TSP_RULE_HINTS
static bool field_is_family(const char *key)
{
	return strcmp(key, "ai_family") == 0;
}

/* One hint's value as PHP 8.5 reads it: an int as a weak int parameter
 * takes it (null and bools included), else a TypeError; 0..INT_MAX, and for
 * ai_family AF_INET or AF_INET6, else a ValueError. */
static zend_result tsp_hint_value(const char *key, zval *val, int *field)
{
	bool failed = false;
	zend_long v = zval_try_get_long(val, &failed);

	if (failed || EG(exception)) {
		if (!EG(exception)) {
			php_tsp_throw_hint_type(3, key, val);
		}
		return FAILURE;
	}
	if (field_is_family(key)) {
		if (v != AF_INET && v != AF_INET6) {
			php_tsp_throw_hint_family(3);
			return FAILURE;
		}
	} else if (v < 0 || v > INT_MAX) {
		php_tsp_throw_hint_range(3, key);
		return FAILURE;
	}
	*field = (int) v;
	return SUCCESS;
}
#else
/* Before PHP 8.5 any value is read as an int. */
static zend_result tsp_hint_value(const char *key, zval *val, int *field)
{
	*field = (int) zval_get_long(val);
	return EG(exception) ? FAILURE : SUCCESS;
}
#endif

/* The hints array: only the four ai_* keys, checked in the array's order.
 * PHP 8.5 also refuses integer keys (a list first of all); before it they
 * were skipped. */
static zend_result tsp_hints_from_array(HashTable *ht, struct addrinfo *hints)
{
	zend_string *key;
	zval *val;

	if (TSP_RULE_HINTS && HT_IS_PACKED(ht)) {
		php_tsp_throw_hint_keys(3);
		return FAILURE;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, val) {
		int *field;
		if (!key) {
			if (TSP_RULE_HINTS) {
				php_tsp_throw_hint_keys(3);
				return FAILURE;
			}
			continue;
		}
		if (zend_string_equals_literal(key, "ai_flags")) {
			field = &hints->ai_flags;
		} else if (zend_string_equals_literal(key, "ai_socktype")) {
			field = &hints->ai_socktype;
		} else if (zend_string_equals_literal(key, "ai_protocol")) {
			field = &hints->ai_protocol;
		} else if (zend_string_equals_literal(key, "ai_family")) {
			field = &hints->ai_family;
		} else {
			php_tsp_throw_hint_keys(3);
			return FAILURE;
		}
		if (tsp_hint_value(ZSTR_VAL(key), val, field) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

void php_tsp_addrinfo_lookup(zend_string *host, zend_string *service, HashTable *hints_ht, zval *return_value)
{
	struct addrinfo hints, *res = NULL, *rp;

	memset(&hints, 0, sizeof(hints));
	if (hints_ht && tsp_hints_from_array(hints_ht, &hints) == FAILURE) {
		RETURN_THROWS();
	}
	if (getaddrinfo(ZSTR_VAL(host), service ? ZSTR_VAL(service) : NULL, &hints, &res) != 0) {
		RETURN_FALSE;
	}
	array_init(return_value);
	for (rp = res; rp; rp = rp->ai_next) {
		zval zai;
		php_tsp_addrinfo *ai;
		if (rp->ai_family == AF_UNSPEC) {
			continue;
		}
		object_init_ex(&zai, tsp_ce_AddressInfo);
		ai = tsp_addrinfo_from_obj(Z_OBJ(zai));
		ai->flags = rp->ai_flags;
		ai->family = rp->ai_family;
		ai->socktype = rp->ai_socktype;
		ai->protocol = rp->ai_protocol;
		ai->addr.len = rp->ai_addrlen <= sizeof(ai->addr.u) ? rp->ai_addrlen : (socklen_t) sizeof(ai->addr.u);
		memcpy(&ai->addr.u, rp->ai_addr, ai->addr.len);
		if (rp->ai_canonname) {
			ai->canonname = zend_string_init(rp->ai_canonname, strlen(rp->ai_canonname), 0);
		}
		add_next_index_zval(return_value, &zai);
	}
	freeaddrinfo(res);
}

/* socket_addrinfo_bind() and socket_addrinfo_connect(). */
void php_tsp_addrinfo_open(zval *zai, bool do_connect, zval *return_value)
{
	php_tsp_addrinfo *ai = tsp_addrinfo_from_obj(Z_OBJ_P(zai));
	int fd, rc;

	fd = socket(ai->family, ai->socktype, ai->protocol);
	if (fd < 0) {
		php_tsp_fail_create(errno, false);
		RETURN_FALSE;
	}
	switch (ai->family) {
		case AF_INET:
		case AF_INET6:
			break;
		case AF_UNIX:
			/* unix addresses from a resolver are not trusted, as in ext/sockets */
			close(fd);
			RETURN_FALSE;
		default:
			close(fd);
			php_tsp_throw_family(1);
			RETURN_THROWS();
	}
	rc = do_connect ? connect(fd, &ai->addr.u.sa, ai->addr.len) : bind(fd, &ai->addr.u.sa, ai->addr.len);
	if (rc != 0) {
		int err = errno;
		close(fd);
		php_tsp_fail(NULL, do_connect ? TSP_WARN_ADDRINFO_CONNECT : TSP_WARN_BIND, err);
		RETURN_FALSE;
	}
	php_tsp_socket_new(return_value, fd, ai->family);
}

void php_tsp_addrinfo_explain(zval *zai, zval *return_value)
{
	php_tsp_addrinfo *ai = tsp_addrinfo_from_obj(Z_OBJ_P(zai));
	zval sa;
	char text[TSP_ADDR_TEXT_MAX];
	long port = 0;

	array_init(return_value);
	add_assoc_long(return_value, "ai_flags", ai->flags);
	add_assoc_long(return_value, "ai_family", ai->family);
	add_assoc_long(return_value, "ai_socktype", ai->socktype);
	add_assoc_long(return_value, "ai_protocol", ai->protocol);
	if (ai->canonname) {
		add_assoc_str(return_value, "ai_canonname", zend_string_copy(ai->canonname));
	}
	array_init(&sa);
	if (tsp_addr_format(&ai->addr, text, sizeof(text), &port) == 0) {
		switch (ai->family) {
			case AF_INET:
				add_assoc_long(&sa, "sin_port", port);
				add_assoc_string(&sa, "sin_addr", text);
				break;
			case AF_INET6:
				add_assoc_long(&sa, "sin6_port", port);
				add_assoc_string(&sa, "sin6_addr", text);
				break;
			case AF_UNIX:
				add_assoc_string(&sa, "sun_path", text);
				break;
		}
	}
	add_assoc_zval(return_value, "ai_addr", &sa);
}
