/*
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
 */
/* Windows only: handing a socket to another process through a
 * WSAPROTOCOL_INFO kept in a named shared-memory block, as ext/sockets'
 * socket_wsaprotocol_info_export/import/release() do. Built by config.w32
 * alone; it is not compiled or tested on the Linux machines this project
 * is developed on. */
#ifdef PHP_WIN32
#include "tsp_binding.h"

#include <winsock2.h>
#include <windows.h>

/* The mappings this process exported, by id, until released. */
static HashTable tsp_wsa_exports;
static bool tsp_wsa_ready;

static void tsp_wsa_handle_dtor(zval *zv)
{
	CloseHandle((HANDLE) Z_PTR_P(zv));
}

static HashTable *tsp_wsa_table(void)
{
	if (!tsp_wsa_ready) {
		zend_hash_init(&tsp_wsa_exports, 0, NULL, tsp_wsa_handle_dtor, 1);
		tsp_wsa_ready = true;
	}
	return &tsp_wsa_exports;
}

void php_tsp_wsa_export(php_tsp_socket *sock, zend_long pid, zval *return_value)
{
	WSAPROTOCOL_INFOW info;
	char id[64];
	HANDLE map;
	void *view;
	static volatile LONG counter;

	if (WSADuplicateSocketW((SOCKET) sock->fd, (DWORD) pid, &info) != 0) {
		php_tsp_fail(sock, TSP_WARN_WSA_EXPORT, WSAGetLastError());
		RETURN_FALSE;
	}
	php_tsp_wsa_id(id, sizeof(id), (unsigned) InterlockedIncrement(&counter));
	map = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, sizeof(info), id);
	if (!map) {
		php_tsp_fail(sock, TSP_WARN_WSA_EXPORT, (int) GetLastError());
		RETURN_FALSE;
	}
	view = MapViewOfFile(map, FILE_MAP_ALL_ACCESS, 0, 0, sizeof(info));
	if (!view) {
		CloseHandle(map);
		php_tsp_fail(sock, TSP_WARN_WSA_EXPORT, (int) GetLastError());
		RETURN_FALSE;
	}
	memcpy(view, &info, sizeof(info));
	UnmapViewOfFile(view);
	zend_hash_str_update_ptr(tsp_wsa_table(), id, strlen(id), map);
	RETURN_STRING(id);
}

void php_tsp_wsa_import(zend_string *id, zval *return_value)
{
	WSAPROTOCOL_INFOW info;
	HANDLE map;
	void *view;
	SOCKET s;

	map = OpenFileMappingA(FILE_MAP_READ, FALSE, ZSTR_VAL(id));
	if (!map) {
		php_tsp_fail(NULL, TSP_WARN_WSA_IMPORT, (int) GetLastError());
		RETURN_FALSE;
	}
	view = MapViewOfFile(map, FILE_MAP_READ, 0, 0, sizeof(info));
	if (!view) {
		CloseHandle(map);
		php_tsp_fail(NULL, TSP_WARN_WSA_IMPORT, (int) GetLastError());
		RETURN_FALSE;
	}
	memcpy(&info, view, sizeof(info));
	UnmapViewOfFile(view);
	CloseHandle(map);
	s = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0, 0);
	if (s == INVALID_SOCKET) {
		php_tsp_fail(NULL, TSP_WARN_WSA_IMPORT, WSAGetLastError());
		RETURN_FALSE;
	}
	php_tsp_socket_new(return_value, (int) s, info.iAddressFamily);
}

void php_tsp_wsa_release(zend_string *id, zval *return_value)
{
	RETURN_BOOL(zend_hash_del(tsp_wsa_table(), id) == SUCCESS);
}

void php_tsp_wsa_mshutdown(void)
{
	if (tsp_wsa_ready) {
		/* closes the mappings never released */
		zend_hash_destroy(&tsp_wsa_exports);
		tsp_wsa_ready = false;
	}
}
#endif
