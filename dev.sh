#!/usr/bin/env bash
# tsp_sockets developer entry point.
#   ./dev.sh demo    install what is missing, build, run the example time server against a client
#   ./dev.sh test    build and run every test; ends with "phpt: N passed, N failed, N skipped"
#   ./dev.sh build   build only
#   ./dev.sh stub    regenerate tsp_sockets_arginfo.h from tsp_sockets.stub.php
#   ./dev.sh bench   run the benchmarks in bench/ (./dev.sh bench burst: the backlog burst)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

PHP=${PHP:-php8.2}
PHPIZE=${PHPIZE:-phpize8.2}
PHP_CONFIG=${PHP_CONFIG:-php-config8.2}
EXT="$ROOT/modules/tsp_sockets.so"

say() { printf '==> %s\n' "$*"; }

# Installs Debian packages that are not there yet (apt-get, as root or with sudo).
need_pkgs() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	say "installing: ${missing[*]}"
	local SUDO=""
	[ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -q >/dev/null
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

deps_build() { need_pkgs php8.2-cli php8.2-dev build-essential autoconf pkg-config; }
deps_test() { deps_build; need_pkgs php-parser iproute2; }

do_build() {
	deps_build
	if [ ! -f configure ] || [ config.m4 -nt configure ]; then
		say "phpize"
		"$PHPIZE" >/dev/null
	fi
	if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
		say "configure"
		./configure --with-php-config="$(command -v "$PHP_CONFIG")" --enable-tsp-sockets ${TSP_CONFIGURE_FLAGS:-} >/dev/null
	fi
	say "make"
	make -j"$(nproc)" >/dev/null
	[ -f "$EXT" ] || { echo "build failed: $EXT missing" >&2; exit 1; }
}

# gen_stub.php from php-dev needs PHP-Parser; Debian's php-parser package has it.
gen_stub() {
	local out=$1 dir
	dir=$(mktemp -d)
	cp "$($PHP_CONFIG --extension-dir | sed 's|/usr/lib/php/\([0-9]*\)|/usr/lib/php/\1/build|')/gen_stub.php" "$dir/" 2>/dev/null \
		|| cp /usr/lib/php/*/build/gen_stub.php "$dir/"
	mkdir -p "$dir/PHP-Parser-4.15.1"
	ln -s /usr/share/php "$dir/PHP-Parser-4.15.1/lib"
	cp tsp_sockets.stub.php "$dir/"
	(cd "$dir" && "$PHP" -n -d extension=tokenizer gen_stub.php -f tsp_sockets.stub.php >/dev/null)
	cp "$dir/tsp_sockets_arginfo.h" "$out"
	rm -rf "$dir"
}

do_stub() {
	deps_test
	gen_stub "$ROOT/tsp_sockets_arginfo.h"
	say "regenerated tsp_sockets_arginfo.h"
}

# Tests run in a private network namespace when the machine allows one: only
# its loopback exists there, so even a socket bound to 0.0.0.0 (as
# socket_create_listen() does) touches no other interface.
NETNS=""
probe_netns() {
	[ -z "${TSP_NO_NETNS:-}" ] || return 0
	# a namespace whose loopback is up and takes a listener, or none at all
	if unshare -n bash -c 'ip link set lo up 2>/dev/null || true
		exec "$0" -n -r "exit(@stream_socket_server(\"tcp://127.0.0.1:0\") ? 0 : 1);"' "$PHP" 2>/dev/null; then
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

# Counters for the closing line.
PASSED=0; FAILED=0; SKIPPED=0

check_stub() {
	local tmp
	tmp=$(mktemp)
	gen_stub "$tmp"
	if cmp -s "$tmp" tsp_sockets_arginfo.h; then
		echo "stub: tsp_sockets_arginfo.h matches tsp_sockets.stub.php"
		PASSED=$((PASSED + 1))
	else
		echo "stub: tsp_sockets_arginfo.h is out of date; run ./dev.sh stub" >&2
		diff "$tmp" tsp_sockets_arginfo.h | head -20 >&2 || true
		FAILED=$((FAILED + 1))
	fi
	rm -f "$tmp"
}

run_unit() {
	local out
	if out=$(tests/unit/run.sh 2>&1); then
		echo "$out" | tail -n 1
	else
		echo "$out" >&2
	fi
	local line p f
	line=$(echo "$out" | grep -E '^unit: [0-9]+ passed, [0-9]+ failed' | tail -n 1 || true)
	p=$(echo "$line" | sed -E 's/^unit: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	if [ -z "$line" ]; then FAILED=$((FAILED + 1)); else PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); fi
}

run_phpt() {
	local log=$ROOT/tests/phpt-results.txt
	local rt=/usr/lib/php/$("$PHP_CONFIG" --extension-dir | sed 's|.*/||')/build/run-tests.php
	[ -f "$rt" ] || rt=$(ls /usr/lib/php/*/build/run-tests.php | head -n 1)
	# -n: no php.ini, so the bundled sockets never loads next to ours.
	TEST_PHP_EXECUTABLE=$(command -v "$PHP") NO_INTERACTION=1 in_netns "$PHP" -n "$rt" -n -q -j2 \
		-d extension="$EXT" --show-diff -W "$log" tests/ > tests/phpt-output.txt 2>&1 || true
	grep -E '^(FAIL|SKIP|BORK|LEAK)' tests/phpt-output.txt || true
	local p f s b
	p=$(grep -E '^Tests passed' tests/phpt-output.txt | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	f=$(grep -E '^Tests failed' tests/phpt-output.txt | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	s=$(grep -E '^Tests skipped' tests/phpt-output.txt | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	b=$(grep -cE '^BORK' tests/phpt-output.txt || true)
	p=${p:-0}; f=${f:-0}; s=${s:-0}; b=${b:-0}
	if [ "$p" = 0 ] && [ "$f" = 0 ]; then
		echo "run-tests.php ran nothing:" >&2; tail -n 30 tests/phpt-output.txt >&2; f=1
	fi
	echo "run-tests: $p passed, $f failed, $s skipped, $b borked"
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f + b)); SKIPPED=$((SKIPPED + s))
}

# One corpus through tests/diff/run.php; adds its counts to the totals.
diff_corpus() {
	local label=$1; shift
	local out line p f
	out=$(in_netns "$PHP" -n tests/diff/run.php --php "$(command -v "$PHP")" --ext "$EXT" "$@" 2>&1) || true
	echo "$out" | grep -vE '^diff: [0-9]+ same' || true
	line=$(echo "$out" | grep -E '^diff: [0-9]+ same, [0-9]+ different' | tail -n 1 || true)
	echo "$label: ${line#diff: }"
	if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
	p=$(echo "$line" | sed -E 's/^diff: ([0-9]+) same.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) different.*/\1/')
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

run_diff() {
	diff_corpus "diff socket_* (ext/sockets vs tsp_sockets)" --corpus tests/diff/cases
	diff_corpus "diff stream_socket_server (core vs tsp_sockets)" --corpus tests/diff/streams \
		--oracle "-d extension=$EXT -d tsp_sockets.stream_server=0"
}

do_test() {
	deps_test
	do_build
	probe_netns
	[ -n "$NETNS" ] && say "tests run in a private network namespace (loopback only)"
	say "stub"; check_stub
	say "C unit tests (core/, ASan + UBSan)"; run_unit
	say "phpt"; run_phpt
	say "differential harness"; run_diff
	echo "phpt: $PASSED passed, $FAILED failed, $SKIPPED skipped"
	[ "$FAILED" = 0 ]
}

do_demo() {
	do_build
	local port=${TSP_PORT:-8000} log pid line
	log=$(mktemp)
	say "starting examples/time_server.php on 127.0.0.1:$port (one connection, then it stops)"
	"$PHP" -n -d extension="$EXT" examples/time_server.php 127.0.0.1 "$port" 1 >"$log" 2>&1 &
	pid=$!
	for _ in $(seq 1 100); do
		line=$(grep -m1 -E '^listening on ' "$log" || true)
		[ -n "$line" ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	cat "$log"
	[ -n "$line" ] || { echo "the server did not start" >&2; kill "$pid" 2>/dev/null || true; exit 1; }
	port=${line##*:}
	say "client: connecting to 127.0.0.1:$port"
	"$PHP" -n -r '$c = fsockopen("127.0.0.1", (int) $argv[1], $errno, $errstr, 5) or exit("connect failed: $errstr\n");
		stream_set_timeout($c, 5); echo "server answered: ", stream_get_contents($c);' "$port"
	wait "$pid" || true
	say "server stopped"
	rm -f "$log"
}

do_bench() {
	do_build
	need_pkgs apache2-utils strace valgrind php8.2-cli
	if [ "${1:-}" = burst ]; then
		shift
		bench/burst.sh "$@"
	else
		bench/run.sh "$@"
	fi
}

case "${1:-}" in
	build) do_build ;;
	test) do_test ;;
	demo) do_demo ;;
	stub) do_stub ;;
	bench) shift; do_bench "$@" ;;
	*) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
