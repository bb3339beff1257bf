#!/usr/bin/env bash
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# The debug + ZTS leg of the test matrix: PHP built with --enable-debug
# --enable-zts from a Debian source package, with the bundled sockets
# extension built shared (that version's oracle) and only what the tests need.
#
# The archive lists more source versions than it serves: every supported PHP
# (8.5, 8.4, 8.2) is tried in every suite, newest version first, and the first
# one that downloads is built. The build is cached and reused:
#   $TSP_CACHE/php-<version>-debug-zts/bin/php
#
#   scripts/php-debug.sh            prints "<version> <prefix>" on its last line
#   scripts/php-debug.sh --source   only fetches: prints "<version> <orig tarball>"
#
# Exits 3 with one line "unavailable: <reason>" when no source is served.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/debian.sh"

# The PHP versions tsp_sockets supports, newest first, and the suites to look in.
PACKAGES=(php8.5 php8.4 php8.2)
SUITES=(experimental sid trixie-security trixie bookworm-security bookworm)
CONFIGURE=(--enable-debug --enable-zts --disable-all --disable-cgi --disable-phpdbg
	--enable-cli --without-sqlite3 --without-pdo-sqlite --without-libxml --disable-dom --disable-xml
	--disable-simplexml --disable-xmlreader --disable-xmlwriter --without-pear --without-iconv
	--enable-sockets=shared --enable-posix=shared --enable-pcntl --enable-tokenizer=shared)
SRC=$TSP_CACHE/src

# fetch: downloads the newest served source; prints "<version> <tarball>".
# Reuses a tarball fetched earlier when the archive serves nothing newer.
fetch() {
	local pkg v tried=() dir tarball
	need_pkgs xz-utils dpkg-dev >&2
	papt_config "${SUITES[@]}"
	papt update >/dev/null 2>&1 || note "apt could not read every source index (going on with what it read)"
	for pkg in "${PACKAGES[@]}"; do
		for v in $(papt_cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/ { print $2 }' | sort -rV | uniq); do
			dir=$SRC/$pkg-$v
			tarball=$(ls "$dir"/*.orig.tar.* 2>/dev/null | head -n 1 || true)
			if [ -z "$tarball" ]; then
				mkdir -p "$dir"
				if ! (cd "$dir" && papt source --download-only "$pkg=$v" >"$dir.log" 2>&1); then
					tried+=("$pkg $v ($(grep -oE '[0-9]{3}  ?[A-Za-z ]+' "$dir.log" | head -n 1 || echo 'not served'))")
					rm -rf "$dir"
					continue
				fi
				tarball=$(ls "$dir"/*.orig.tar.* | head -n 1)
			fi
			[ ${#tried[@]} = 0 ] || note "not served: ${tried[*]}"
			echo "${v%%-*} $tarball"
			return 0
		done
	done
	echo "unavailable: no PHP source package is served (tried: ${tried[*]:-none listed})"
	exit 3
}

# build VERSION TARBALL: configures, builds and installs into the cache.
build() {
	local v=$1 tarball=$2 prefix=$TSP_CACHE/php-$1-debug-zts work
	local want="$v ${CONFIGURE[*]}"
	if [ -x "$prefix/bin/php" ] && [ "$(cat "$prefix/.tsp-built" 2>/dev/null)" = "$want" ]; then
		echo "$v $prefix"
		return 0
	fi
	need_pkgs build-essential pkg-config autoconf bison re2c libtool >&2
	work=$TSP_CACHE/build-php-$v
	rm -rf "$work" "$prefix"
	mkdir -p "$work"
	tar -xf "$tarball" -C "$work" --strip-components=1
	note "PHP $v debug ZTS: configure"
	(cd "$work" && ./configure --prefix="$prefix" "${CONFIGURE[@]}" >"$work/configure.log" 2>&1) \
		|| { tail -n 20 "$work/configure.log" >&2; die "PHP $v: configure failed"; }
	note "PHP $v debug ZTS: make (several minutes)"
	(cd "$work" && make -j"$(nproc)" >"$work/make.log" 2>&1 && make install >"$work/install.log" 2>&1) \
		|| { tail -n 20 "$work/make.log" >&2; die "PHP $v: build failed"; }
	echo "$want" > "$prefix/.tsp-built"
	rm -rf "$work"
	# earlier versions' builds are not needed any more
	find "$TSP_CACHE" -maxdepth 1 -name 'php-*-debug-zts' ! -path "$prefix" -exec rm -rf {} +
	echo "$v $prefix"
}

got=$(fetch) || { echo "$got"; exit 3; }
if [ "${1:-}" = --source ]; then
	echo "$got"
else
	build $got
fi
