/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Time\Duration as PHP 8.6 has it, for the timeout of Io\Poll\Context::wait():
 * its readonly properties (seconds, nanoseconds, negative), its from*()
 * constructors, unserialize() and comparison by value. Left out (this copy
 * only serves the polling API): fromIso8601DurationString(), negate(),
 * absolute(), add(), sub(), multiplyBy(), divideBy() and compare(). */
#include "tsp_iopoll.h"
#include "zend_exceptions.h"

/* The largest number of whole seconds a duration holds: PHP 8.6 keeps
 * nanoseconds in 64 bits, less one second of room. */
#define TSP_DURATION_MAX_SECONDS INT64_C(9223372035)
#define TSP_NS_PER_S INT64_C(1000000000)

static zend_object_handlers tsp_duration_handlers;
static uint32_t tsp_duration_off[3]; /* seconds, nanoseconds, negative */

static zval *tsp_duration_prop(zend_object *obj, int i)
{
	return OBJ_PROP(obj, tsp_duration_off[i]);
}

/* The duration's parts; false when it is not initialized. */
static bool tsp_duration_parts(zend_object *obj, zend_long *s, zend_long *ns, bool *neg)
{
	zval *zs = tsp_duration_prop(obj, 0), *zns = tsp_duration_prop(obj, 1), *zneg = tsp_duration_prop(obj, 2);
	if (Z_TYPE_P(zs) != IS_LONG || Z_TYPE_P(zns) != IS_LONG) {
		return false;
	}
	*s = Z_LVAL_P(zs);
	*ns = Z_LVAL_P(zns);
	*neg = Z_TYPE_P(zneg) == IS_TRUE;
	return true;
}

bool php_tsp_iopoll_duration_timespec(zend_object *obj, struct timespec *out)
{
	zend_long s = 0, ns = 0;
	bool neg = false;
	tsp_duration_parts(obj, &s, &ns, &neg);
	if (neg) {
		php_tsp_iopoll_throw_negative(1);
		return false;
	}
	out->tv_sec = (time_t) s;
	out->tv_nsec = (long) ns;
	return true;
}

/* Sets the properties of a new duration (they are readonly: set once, here). */
static void tsp_duration_init(zend_object *obj, zend_long s, zend_long ns, bool neg)
{
	zend_update_property_long(tsp_ce_Time_Duration, obj, "seconds", sizeof("seconds") - 1, s);
	zend_update_property_long(tsp_ce_Time_Duration, obj, "nanoseconds", sizeof("nanoseconds") - 1, ns);
	zend_update_property_bool(tsp_ce_Time_Duration, obj, "negative", sizeof("negative") - 1, neg);
}

/* A new duration of s seconds and ns nanoseconds in rv, or the TimeException
 * when s is beyond what a duration holds. */
static void tsp_duration_make(zval *rv, zend_long s, zend_long ns)
{
	if (s > TSP_DURATION_MAX_SECONDS) {
		php_tsp_iopoll_throw(tsp_ce_Time_TimeException, TSP_IOPOLL_DURATION_RANGE, 0);
		return;
	}
	object_init_ex(rv, tsp_ce_Time_Duration);
	tsp_duration_init(Z_OBJ_P(rv), s, ns, false);
}

static zend_object *tsp_duration_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &tsp_duration_handlers;
	return obj;
}

/* By value, as PHP 8.6 compares durations: -1 s < 0 < 1 s. */
static int tsp_duration_compare(zval *a, zval *b)
{
	zend_long as, ans, bs, bns;
	bool aneg, bneg;

	if (Z_TYPE_P(a) != IS_OBJECT || Z_TYPE_P(b) != IS_OBJECT || Z_OBJCE_P(a) != tsp_ce_Time_Duration
		|| Z_OBJCE_P(b) != tsp_ce_Time_Duration || !tsp_duration_parts(Z_OBJ_P(a), &as, &ans, &aneg)
		|| !tsp_duration_parts(Z_OBJ_P(b), &bs, &bns, &bneg)) {
		return zend_std_compare_objects(a, b);
	}
	if (aneg) {
		as = -as;
		ans = -ans;
	}
	if (bneg) {
		bs = -bs;
		bns = -bns;
	}
	if (as != bs) {
		return as < bs ? -1 : 1;
	}
	return ans == bns ? 0 : (ans < bns ? -1 : 1);
}

/* {{{ Time\Duration::__construct() - private: durations come from the from*() methods */
ZEND_METHOD(Time_Duration, __construct)
{
	php_tsp_iopoll_error(TSP_IOPOLL_ERR_DURATION_NEW);
}
/* }}} */

/* A long of data under key, or NULL. */
static zval *tsp_duration_field(HashTable *data, const char *key, size_t len, int type)
{
	zval *zv = zend_hash_str_find_deref(data, key, len);
	if (!zv) {
		return NULL;
	}
	if (type == _IS_BOOL) {
		return Z_TYPE_P(zv) == IS_TRUE || Z_TYPE_P(zv) == IS_FALSE ? zv : NULL;
	}
	return Z_TYPE_P(zv) == type ? zv : NULL;
}

/* {{{ Time\Duration::__unserialize(array $data): void */
ZEND_METHOD(Time_Duration, __unserialize)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	HashTable *data;
	zval *s, *ns, *neg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();

	s = tsp_duration_field(data, "seconds", sizeof("seconds") - 1, IS_LONG);
	ns = tsp_duration_field(data, "nanoseconds", sizeof("nanoseconds") - 1, IS_LONG);
	neg = tsp_duration_field(data, "negative", sizeof("negative") - 1, _IS_BOOL);
	if (Z_TYPE_P(tsp_duration_prop(obj, 0)) != IS_UNDEF || zend_hash_num_elements(data) != 3 || !s || !ns || !neg
		|| Z_LVAL_P(s) < 0 || Z_LVAL_P(s) > TSP_DURATION_MAX_SECONDS || Z_LVAL_P(ns) < 0 || Z_LVAL_P(ns) >= TSP_NS_PER_S) {
		php_tsp_iopoll_throw(zend_ce_exception, TSP_IOPOLL_DURATION_DATA, 0);
		RETURN_THROWS();
	}
	tsp_duration_init(obj, Z_LVAL_P(s), Z_LVAL_P(ns), Z_TYPE_P(neg) == IS_TRUE);
}
/* }}} */

/* {{{ Time\Duration::fromSeconds(int $seconds, int $nanoseconds = 0): Time\Duration */
ZEND_METHOD(Time_Duration, fromSeconds)
{
	zend_long s, ns = 0;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(s)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ns)
	ZEND_PARSE_PARAMETERS_END();

	if (s < 0 || ns < 0 || ns >= TSP_NS_PER_S) {
		php_tsp_iopoll_throw_duration_arg(s < 0 ? 1 : 2, s >= 0 && ns >= TSP_NS_PER_S);
		RETURN_THROWS();
	}
	tsp_duration_make(return_value, s, ns);
}
/* }}} */

/* A duration of n units of per_s to the second (or of per_s seconds each when
 * per_s is negative: minutes, hours). */
static void tsp_duration_from_units(INTERNAL_FUNCTION_PARAMETERS, zend_long per_s)
{
	zend_long n;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();

	if (n < 0) {
		php_tsp_iopoll_throw_duration_arg(1, false);
		RETURN_THROWS();
	}
	if (per_s < 0) {
		if (n > TSP_DURATION_MAX_SECONDS / -per_s) {
			php_tsp_iopoll_throw(tsp_ce_Time_TimeException, TSP_IOPOLL_DURATION_RANGE, 0);
			RETURN_THROWS();
		}
		tsp_duration_make(return_value, n * -per_s, 0);
		return;
	}
	tsp_duration_make(return_value, n / per_s, (n % per_s) * (TSP_NS_PER_S / per_s));
}

/* {{{ Time\Duration::fromNanoseconds(int $nanoseconds): Time\Duration */
ZEND_METHOD(Time_Duration, fromNanoseconds)
{
	tsp_duration_from_units(INTERNAL_FUNCTION_PARAM_PASSTHRU, TSP_NS_PER_S);
}
/* }}} */

/* {{{ Time\Duration::fromMicroseconds(int $microseconds): Time\Duration */
ZEND_METHOD(Time_Duration, fromMicroseconds)
{
	tsp_duration_from_units(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1000000);
}
/* }}} */

/* {{{ Time\Duration::fromMilliseconds(int $milliseconds): Time\Duration */
ZEND_METHOD(Time_Duration, fromMilliseconds)
{
	tsp_duration_from_units(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1000);
}
/* }}} */

/* {{{ Time\Duration::fromMinutes(int $minutes): Time\Duration */
ZEND_METHOD(Time_Duration, fromMinutes)
{
	tsp_duration_from_units(INTERNAL_FUNCTION_PARAM_PASSTHRU, -60);
}
/* }}} */

/* {{{ Time\Duration::fromHours(int $hours): Time\Duration */
ZEND_METHOD(Time_Duration, fromHours)
{
	tsp_duration_from_units(INTERNAL_FUNCTION_PARAM_PASSTHRU, -3600);
}
/* }}} */

void php_tsp_iopoll_duration_init(zend_class_entry *ce, bool ours)
{
	static const char *const names[3] = { "seconds", "nanoseconds", "negative" };
	int i;
	for (i = 0; i < 3; i++) {
		zend_property_info *p = zend_hash_str_find_ptr(&ce->properties_info, names[i], strlen(names[i]));
		tsp_duration_off[i] = p ? p->offset : 0;
	}
	if (!ours) {
		return;
	}
	ce->create_object = tsp_duration_create;
	memcpy(&tsp_duration_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	tsp_duration_handlers.compare = tsp_duration_compare;
}
