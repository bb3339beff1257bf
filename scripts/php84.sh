#!/usr/bin/env bash
# Builds PHP 8.4 with --enable-debug --enable-zts from Debian's source package
# (suite trixie), with the bundled sockets extension built shared (the 8.4
# oracle of the differential harness) and only what the tests need.
# The result is cached outside the repository and reused:
#   ${TSP_CACHE:-/var/cache/tsp_sockets}/php-8.4-debug-zts/bin/php
# Prints the install prefix on its last line.
set -euo pipefail

CACHE=${TSP_CACHE:-/var/cache/tsp_sockets}
PREFIX=$CACHE/php-8.4-debug-zts
STAMP=$PREFIX/.tsp-built
SRC=$CACHE/src
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { printf '==> %s\n' "$*" >&2; }

if [ -x "$PREFIX/bin/php" ] && [ -f "$STAMP" ]; then
	echo "$PREFIX"
	exit 0
fi

need=()
for p in build-essential pkg-config dpkg-dev xz-utils; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || need+=("$p")
done
if ((${#need[@]})); then
	say "installing ${need[*]}"
	$SUDO apt-get update -q >/dev/null
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

# deb-src entries for trixie, derived from the machine's own Debian sources
# (the same archive address and keyring, another suite and type).
LIST=/etc/apt/sources.list.d/tsp-sockets-src.sources
if ! apt-cache showsrc php8.4 2>/dev/null | grep '^Package: php8.4' >/dev/null; then
	base=$(grep -h -A3 -E '^Types: *deb$' /etc/apt/sources.list.d/*.sources 2>/dev/null \
		| awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }')
	if [ -z "$base" ]; then
		base=$(awk '$1 == "deb" && $2 !~ /security/ && $0 ~ / main/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
	fi
	[ -n "$base" ] || { echo "no Debian archive in the apt sources to derive deb-src from" >&2; exit 1; }
	keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	say "adding deb-src for trixie from the existing apt sources"
	printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' "$base" "$keyring" \
		| $SUDO tee "$LIST" >/dev/null
	$SUDO apt-get update -q >/dev/null
fi

mkdir -p "$SRC"
cd "$SRC"
if ! ls php8.4_*.orig.tar.xz >/dev/null 2>&1; then
	# the newest version listed is sometimes not served: try each, newest first
	for v in $(apt-cache showsrc php8.4 | awk '/^Version:/ { print $2 }' | sort -rV | uniq); do
		say "fetching php8.4 $v"
		if apt-get source --download-only "php8.4=$v" >/dev/null 2>&1; then
			break
		fi
	done
fi
tarball=$(ls php8.4_*.orig.tar.xz | sort -V | tail -n 1)
[ -n "$tarball" ] || { echo "could not fetch the php8.4 source package" >&2; exit 1; }
dir=$SRC/php-build
rm -rf "$dir"
mkdir -p "$dir"
tar -xJf "$tarball" -C "$dir" --strip-components=1

cd "$dir"
say "configure (debug, ZTS, minimal)"
./configure --prefix="$PREFIX" --enable-debug --enable-zts --disable-all --disable-cgi --disable-phpdbg \
	--enable-cli --without-sqlite3 --without-pdo-sqlite --without-libxml --disable-dom --disable-xml \
	--disable-simplexml --disable-xmlreader --disable-xmlwriter --without-pear --without-iconv \
	--enable-sockets=shared --enable-posix=shared --enable-pcntl --enable-tokenizer=shared \
	>"$CACHE/php84-configure.log" 2>&1
say "make (a few minutes)"
make -j"$(nproc)" >"$CACHE/php84-make.log" 2>&1
make install >"$CACHE/php84-install.log" 2>&1
touch "$STAMP"
echo "$PREFIX"
