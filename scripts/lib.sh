# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# Shell helpers shared by dev.sh, scripts/, stress/ and bench/. Source it:
#   . "$ROOT/scripts/lib.sh"
# It sets nothing but functions and TSP_CACHE (where chroots, PHP builds and
# downloaded sources are kept: never inside the repository).

TSP_CACHE=${TSP_CACHE:-/var/cache/tsp_sockets}

say() { printf '==> %s\n' "$*"; }
# say, on standard error: for scripts whose standard output is a result
note() { printf '==> %s\n' "$*" >&2; }
die() { printf '%s\n' "$*" >&2; exit 1; }

# seconds_since T0: the seconds from T0 (an $EPOCHREALTIME reading) to now, "12.3"
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# as_root CMD...: runs CMD as root (directly, or through sudo)
as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# need_pkgs PKG...: installs the Debian packages that are not installed yet.
# This changes the machine, so it says so first.
need_pkgs() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	note "installing Debian packages on this machine (apt-get): ${missing[*]}"
	as_root apt-get update -q >/dev/null
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# The counters behind every closing line "N passed, N failed, N skipped".
PASSED=${PASSED:-0}; FAILED=${FAILED:-0}; SKIPPED=${SKIPPED:-0}

# tally NAME OUTPUT: adds the counts of the last "NAME: N passed, N failed[, N skipped]"
# line of OUTPUT to the counters; a missing line counts as one failure.
tally() {
	local name=$1 out=$2 line p f s
	line=$(printf '%s\n' "$out" | grep -E "^$name: [0-9]+ (passed|same), [0-9]+ (failed|different)" | tail -n 1 || true)
	if [ -z "$line" ]; then
		echo "$name: did not finish" >&2
		FAILED=$((FAILED + 1))
		return 1
	fi
	p=$(echo "$line" | sed -E 's/^[^:]*: ([0-9]+) .*/\1/')
	f=$(echo "$line" | sed -E 's/^[^:]*: [0-9]+ [a-z]+, ([0-9]+) .*/\1/')
	s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + ${s:-0}))
	[ "$f" = 0 ]
}

# The network namespace: tests run in a private one when the machine allows
# it, so that even a socket bound to 0.0.0.0 touches no other interface.
# probe_netns PHP: sets NETNS=1 when a namespace's loopback takes a connection.
NETNS=""
probe_netns() {
	[ -z "${TSP_NO_NETNS:-}" ] || return 0
	if unshare -n bash -c 'ip link set lo up 2>/dev/null || true
		exec "$0" -n -r "\$s = @stream_socket_server(\"tcp://127.0.0.1:0\");
			exit(\$s && @stream_socket_client(\"tcp://\" . stream_socket_get_name(\$s, false), \$e, \$m, 2) ? 0 : 1);"' "$1" 2>/dev/null; then
		NETNS=1
	fi
}
in_netns() {
	if [ -n "$NETNS" ]; then
		unshare -n bash -c 'ip link set lo up 2>/dev/null || true; exec "$@"' _ "$@"
	else
		"$@"
	fi
}

# The source files a build of the extension needs, as paths relative to ROOT
# (tracked files and new ones not ignored, as they are in the work tree).
ext_sources() {
	(cd "$1" && { git ls-files -co --exclude-standard 2>/dev/null || find . -type f -not -path './.git/*' | sed 's|^\./||'; }) \
		| grep -E '^(config\.m4|config\.w32|Makefile\.frag|[^/]*\.[ch]|src/core/.*\.[ch]|binding/.*\.[ch])$'
}

# copy_tree ROOT DEST [all]: copies the extension's sources (or, with "all",
# every tracked and new file) into DEST, keeping what a build left there.
copy_tree() {
	local root=$1 dest=$2 list
	mkdir -p "$dest"
	if [ "${3:-}" = all ]; then
		list=$(cd "$root" && git ls-files -co --exclude-standard)
	else
		list=$(ext_sources "$root")
	fi
	# only existing files: a deleted tracked file is still listed by git ls-files
	(cd "$root" && printf '%s\n' "$list" | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done \
		| tar -cf - -T -) | (cd "$dest" && tar -xf -)
}

# build_ext DIR PHPIZE PHP_CONFIG [configure flags...]: phpize, configure and
# make in DIR, each only when its input changed; tool notes go to logs there.
build_ext() {
	local dir=$1 phpize=$2 config=$3; shift 3
	local flags="--with-php-config=$(command -v "$config") --enable-tsp-sockets $*"
	(
		cd "$dir"
		if [ ! -f configure ] || [ config.m4 -nt configure ]; then
			say "phpize ($("$config" --version))"
			"$phpize" >.build-phpize.log 2>&1 || { cat .build-phpize.log >&2; exit 1; }
		fi
		if [ ! -f Makefile ] || [ configure -nt Makefile ] || [ "$(cat .build-flags 2>/dev/null)" != "$flags" ]; then
			say "configure"
			# shellcheck disable=SC2086 # the flags are words
			./configure $flags >.build-configure.log 2>&1 || { tail -n 20 .build-configure.log >&2; exit 1; }
			echo "$flags" > .build-flags
			make clean >/dev/null
		fi
		say "make"
		make -j"$(nproc)" >/dev/null
		[ -f modules/tsp_sockets.so ] || { echo "build failed: $dir/modules/tsp_sockets.so missing" >&2; exit 1; }
	)
}
