#!/usr/bin/env bash
# PHP's own socket tests, run against tsp_sockets and against the bundled ext/sockets.
#
#   scripts/upstream-tests.sh --php BIN --ext TSP_SO --src PHP_SOURCE [--cache DIR]
#                             [--run-tests FILE] [--timeout S] [--expected FILE] [-v]
#
#   --php BIN        the PHP binary; its bundled sockets extension is the reference
#                    (-d extension=sockets, from that PHP's extension_dir)
#   --ext TSP_SO     tsp_sockets.so built for that PHP
#   --src SOURCE     a PHP source tarball (.tar.xz, .tar.gz, .tar.bz2) or an unpacked source tree
#   --cache DIR      where PHP's tests are unpacked and run; default
#                    /var/cache/tsp_sockets/upstream-<version of SOURCE>. Never inside this
#                    repository: the tests are PHP's and stay out of it.
#   --run-tests FILE the run-tests.php to use; default the one in SOURCE
#   --timeout S      per-test limit given to run-tests.php --set-timeout (default 20; run-tests.php
#                    retries a failing test once when it looks timing-dependent)
#   --expected FILE  the expected-failure list (default tests/upstream/expected-failures.txt)
#   -v               also print tests whose result is the same with both extensions
#
# What it runs: every .phpt of ext/sockets/tests, and those of ext/standard/tests/network
# and ext/standard/tests/streams that name stream_socket_server or stream_socket_accept
# (the functions tsp_sockets replaces or feeds). Two copies of them are made under DIR:
#   bundled/  unchanged, run with -n -d extension=sockets;
#   tsp/      "--EXTENSIONS--" sockets rewritten to tsp_sockets, INI lines that load
#             sockets removed, extension_loaded('sockets') in SKIPIF read as tsp_sockets;
#             run with -n -d extension=TSP_SO.
# Each run is one run-tests.php invocation (one test at a time: several tests use fixed
# ports), with --offline (tests that need the internet skip), inside a private network
# namespace when unshare -n works (only lo, brought up, with a route for IPv4 multicast).
#
# Comparison, per test: every test that passes with the bundled extension must pass with
# tsp_sockets, unless tests/upstream/expected-failures.txt lists it (with its reason). A
# listed test that passes with tsp_sockets is a stale entry and counts as a failure, so the
# list stays true. Tests that only tsp_sockets passes are shown as "better".
# Last line: "upstream: N passed, N failed": N passed counts the tests that pass with
# tsp_sockets; N failed the tests the bundled extension passes, tsp_sockets does not, and
# the list does not name, plus stale entries. Exit status 0 when N failed is 0.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PHP="" EXT="" SRC="" CACHE="" RT="" TIMEOUT=20 VERBOSE=0
EXPECTED=$ROOT/tests/upstream/expected-failures.txt

die() { echo "upstream-tests: $*" >&2; echo "upstream: 0 passed, 1 failed"; exit 2; }
usage() { sed -n '2,/^#   -v/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
	case $1 in
		--php) PHP=$2; shift 2 ;;
		--ext) EXT=$2; shift 2 ;;
		--src) SRC=$2; shift 2 ;;
		--cache) CACHE=$2; shift 2 ;;
		--run-tests) RT=$2; shift 2 ;;
		--timeout) TIMEOUT=$2; shift 2 ;;
		--expected) EXPECTED=$2; shift 2 ;;
		-v) VERBOSE=1; shift ;;
		-h|--help) usage ;;
		*) echo "unknown argument: $1" >&2; usage ;;
	esac
done
[ -n "$PHP" ] && [ -n "$EXT" ] && [ -n "$SRC" ] || usage
PHP=$(command -v "$PHP") || die "no PHP binary $PHP"
[ -f "$EXT" ] || die "no extension $EXT"
EXT=$(realpath "$EXT")
[ -e "$SRC" ] || die "no PHP source $SRC"
SRC=$(realpath "$SRC")
[ -f "$EXPECTED" ] || die "no expected-failure list $EXPECTED"
case $TIMEOUT in '' | *[!0-9]*) die "--timeout takes seconds" ;; esac

has_module() { local m; m=$("$PHP" -n "${@:2}" -m 2>/dev/null); grep -qx "$1" <<<"$m"; }
has_module sockets && die "$PHP has sockets built in: tsp_sockets cannot load beside it"
has_module sockets -d extension=sockets || die "$PHP has no shared sockets extension to compare with"
has_module tsp_sockets -d extension="$EXT" || die "$EXT does not load into $PHP"

# --- the source: version, top directory, a stamp that changes with it ---
if [ -d "$SRC" ]; then
	TOP=""
	version_h=$(cat "$SRC/main/php_version.h" 2>/dev/null) || die "$SRC/main/php_version.h missing"
	stamp="dir $SRC"
else
	TOP=$(tar -tf "$SRC" 2>/dev/null | head -n 1 | cut -d/ -f1)
	[ -n "$TOP" ] || die "cannot list $SRC"
	version_h=$(tar -xOf "$SRC" "$TOP/main/php_version.h" 2>/dev/null) || die "$TOP/main/php_version.h missing in $SRC"
	stamp="tar $SRC $(stat -c '%s %Y' "$SRC")"
fi
VERSION=$(echo "$version_h" | sed -nE 's/^#define PHP_VERSION "([^"]+)".*/\1/p')
[ -n "$VERSION" ] || die "no PHP_VERSION in the source"
CACHE=${CACHE:-/var/cache/tsp_sockets/upstream-$VERSION}
mkdir -p "$CACHE" || die "cannot create $CACHE"
CACHE=$(realpath "$CACHE")
case $CACHE/ in "$ROOT"/*) die "the cache $CACHE is inside the repository; choose one outside it" ;; esac
# one run at a time per cache directory
if command -v flock >/dev/null; then
	exec 9>"$CACHE/.lock"
	flock 9
fi

# --- unpack the test folders once per source ---
PARTS="ext/sockets/tests ext/standard/tests/network ext/standard/tests/streams run-tests.php main/php_version.h"
HELPERS="ext/openssl/tests/ServerClientTestCase.inc"   # used by a streams test
if [ "$(cat "$CACHE/orig/.stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "unpacking PHP $VERSION's tests into $CACHE/orig"
	rm -rf "$CACHE/orig" "$CACHE/orig.tmp"
	mkdir -p "$CACHE/orig.tmp"
	if [ -z "$TOP" ]; then
		for p in $PARTS $HELPERS; do
			[ -e "$SRC/$p" ] || continue
			mkdir -p "$CACHE/orig.tmp/$(dirname "$p")"
			cp -a "$SRC/$p" "$CACHE/orig.tmp/$p"
		done
	else
		members=()
		for p in $PARTS; do members+=("$TOP/$p"); done
		tar -xf "$SRC" -C "$CACHE/orig.tmp" --strip-components=1 "${members[@]}" || die "cannot unpack $SRC"
		for p in $HELPERS; do
			tar -xf "$SRC" -C "$CACHE/orig.tmp" --strip-components=1 "$TOP/$p" 2>/dev/null
		done
	fi
	[ -d "$CACHE/orig.tmp/ext/sockets/tests" ] || die "no ext/sockets/tests in $SRC"
	echo "$stamp" >"$CACHE/orig.tmp/.stamp"
	mv "$CACHE/orig.tmp" "$CACHE/orig"
fi
ORIG=$CACHE/orig
RT=${RT:-$ORIG/run-tests.php}
[ -f "$RT" ] || die "no run-tests.php (give --run-tests)"

# --- the selection ---
TESTS=()
for f in "$ORIG"/ext/sockets/tests/*.phpt; do TESTS+=("${f#"$ORIG"/}"); done
for f in "$ORIG"/ext/standard/tests/network/*.phpt "$ORIG"/ext/standard/tests/streams/*.phpt; do
	[ -f "$f" ] && grep -qE 'stream_socket_(server|accept)' "$f" && TESTS+=("${f#"$ORIG"/}")
done

# --- the two copies ---
rm -rf "$CACHE/bundled" "$CACHE/tsp"
mkdir -p "$CACHE/bundled" "$CACHE/tsp"
cp -a "$ORIG/ext" "$CACHE/bundled/"
cp -a "$ORIG/ext" "$CACHE/tsp/"
# The rewrite, section by section: EXTENSIONS "sockets" -> "tsp_sockets"; INI lines
# loading sockets dropped; extension_loaded('sockets') in SKIPIF -> tsp_sockets.
rewrite() {
	awk '
		/^--[A-Z_]+--$/ { sec = $0; print; next }
		sec == "--EXTENSIONS--" && $0 ~ /^[ \t]*sockets[ \t]*$/ { print "tsp_sockets"; next }
		sec == "--INI--" && $0 ~ /^[ \t]*(zend_)?extension[ \t]*=[ \t]*["\047]?(php_)?sockets(\.so|\.dll)?["\047]?[ \t]*$/ { next }
		sec == "--SKIPIF--" { gsub(/extension_loaded\(["\047]sockets["\047]\)/, "extension_loaded(\047tsp_sockets\047)") }
		{ print }
	' "$1" >"$1.new" && mv "$1.new" "$1"
}
for t in "${TESTS[@]}"; do rewrite "$CACHE/tsp/$t"; done

# --- running ---
# the namespace: lo up, and IPv4 multicast routed through it (a multicast join on
# "any interface" needs a route for 224.0.0.0/4)
NETNS=0
NETNS_SETUP='ip link set lo up && { ip route add 224.0.0.0/4 dev lo 2>/dev/null || true; }'
if unshare -n bash -c "$NETNS_SETUP" 2>/dev/null; then NETNS=1; fi
in_netns() {
	if [ "$NETNS" = 1 ]; then
		unshare -n bash -c "$NETNS_SETUP"'; exec "$@"' _ "$@"
	else
		"$@"
	fi
}
# run_mode NAME EXTENSION_ARG: results in $CACHE/NAME.results ("STATUS<TAB>path"), log in NAME.log
run_mode() {
	local name=$1 extarg=$2 files=() t
	for t in "${TESTS[@]}"; do files+=("$CACHE/$name/$t"); done
	(cd "$CACHE/$name" && TEST_PHP_EXECUTABLE=$PHP NO_INTERACTION=1 TEST_PHP_CGI_EXECUTABLE='' \
		in_netns timeout -s KILL $(( TIMEOUT * ${#TESTS[@]} + 300 )) \
		"$PHP" -n "$RT" -n -q --offline --no-color --set-timeout "$TIMEOUT" -d "extension=$extarg" \
		-W "$CACHE/$name.results" "${files[@]}" >"$CACHE/$name.log" 2>&1)
	[ -s "$CACHE/$name.results" ] || { tail -n 20 "$CACHE/$name.log" >&2; die "run-tests.php produced no results ($name)"; }
}
echo "PHP $("$PHP" -n -r 'echo PHP_VERSION;') ($PHP), tests of PHP $VERSION: ${#TESTS[@]} files$([ "$NETNS" = 1 ] && echo ', private network namespace')"
run_mode bundled sockets
run_mode tsp "$EXT"

# --- comparing ---
# why a tsp_sockets run failed, in a few lines: timeout, or the head of the .diff
reason() {
	local base=$CACHE/tsp/${1%.phpt}
	if grep -q 'process timed out' "$base.out" 2>/dev/null; then
		echo "    timed out after ${TIMEOUT} s"
	elif [ -f "$base.diff" ]; then
		head -n 12 "$base.diff" | sed 's/^/    /'
	fi
}
summary() { # MODE: counts over all tests, then ext/sockets/tests alone
	awk -F'\t' -v root="$CACHE/$1/" '
		function line(k) { return sprintf("%d passed, %d failed, %d skipped, %d other", p[k], f[k], s[k], n[k] - p[k] - f[k] - s[k]) }
		{
			area = index($2, root "ext/sockets/tests/") == 1 ? "sockets" : "standard"
			for (i = 0; i < 2; i++) {
				k = i ? area : "all"; n[k]++
				if ($1 == "PASSED") p[k]++; else if ($1 ~ /FAILED/) f[k]++; else if ($1 == "SKIPPED") s[k]++
			}
		}
		END { printf "%s (ext/sockets/tests: %s)\n", line("all"), line("sockets") }' "$CACHE/$1.results"
}
status_of() { # MODE TEST
	awk -F'\t' -v f="$CACHE/$1/$2" '$2 == f { print $1; found = 1 } END { if (!found) print "NOT-RUN" }' "$CACHE/$1.results"
}
expected_reason() {
	awk -v t="$1" '{ line = $0; sub(/[ \t]*#.*/, "", line) } line == t { sub(/^[^#]*#[ \t]*/, ""); print; found = 1 } END { exit !found }' "$EXPECTED"
}
passed=0 failed=0 expected=0
for t in "${TESTS[@]}"; do
	b=$(status_of bundled "$t"); o=$(status_of tsp "$t")
	[ "$o" = PASSED ] && passed=$((passed + 1))
	if why=$(expected_reason "$t"); then
		if [ "$o" = PASSED ]; then
			echo "STALE    $t: listed as expected to fail, passes with tsp_sockets"; failed=$((failed + 1))
		elif [ "$b" = PASSED ]; then
			echo "expected $t (bundled PASSED, tsp_sockets $o): $why"; expected=$((expected + 1))
		else
			echo "note     $t: listed, but the bundled extension does not pass it either ($b)"
		fi
	elif [ "$b" = PASSED ] && [ "$o" != PASSED ]; then
		echo "FAIL     $t (bundled PASSED, tsp_sockets $o)"; reason "$t"; failed=$((failed + 1))
	elif [ "$b" != PASSED ] && [ "$o" = PASSED ]; then
		echo "better   $t (bundled $b, tsp_sockets PASSED)"
	elif [ "$b" != "$o" ]; then
		echo "differs  $t (bundled $b, tsp_sockets $o)"
	elif [ "$VERBOSE" = 1 ]; then
		echo "same     $t ($b)"
	fi
done
# entries naming no test of this source
while read -r t; do
	[ -n "$t" ] || continue
	printf '%s\n' "${TESTS[@]}" | grep -qxF "$t" || echo "note     $t: listed, but PHP $VERSION has no such test"
done < <(sed -e 's/[ \t]*#.*//' -e '/^[ \t]*$/d' "$EXPECTED")
echo "bundled sockets: $(summary bundled)"
echo "tsp_sockets:     $(summary tsp)"
echo "expected failures (tests/upstream/expected-failures.txt): $expected; logs and outputs: $CACHE/{bundled,tsp}{.log,/}"
echo "upstream: $passed passed, $failed failed"
[ "$failed" = 0 ]
