/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Preloaded before the AddressSanitizer runtime when PHP runs the phpt suite
 * with an ASan build of the extension: PHP loads extensions with
 * RTLD_DEEPBIND, which the sanitizer runtime refuses (a library bound to its
 * own symbols first would bypass the interposed malloc and free). This
 * dlopen() drops that one flag and hands the call on. */
#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <stddef.h>

void *dlopen(const char *file, int mode)
{
	static void *(*next)(const char *, int);

	if (next == NULL) {
		next = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
		if (next == NULL) {
			return NULL;
		}
	}
#ifdef RTLD_DEEPBIND
	mode &= ~RTLD_DEEPBIND;
#endif
	return next(file, mode);
}
