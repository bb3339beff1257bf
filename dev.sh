#!/usr/bin/env bash
# tsp_sockets developer entry point.
#   ./dev.sh demo    install what is missing, build, run the example time server against a client
#   ./dev.sh test    build and run every test on PHP 8.2 and 8.4 (debug, ZTS); ends with "phpt: N passed, N failed, N skipped"
#   ./dev.sh test --deep   also valgrind, fuzzing, load/fault tests and the PHP-level fuzzer (what CI runs)
#   ./dev.sh build   build only
#   ./dev.sh stub    regenerate tsp_sockets_arginfo.h from tsp_sockets.stub.php
#   ./dev.sh install / uninstall   system install on Debian (make install, ini, phpdismod sockets, phpenmod)
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
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$p")
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
		# autoconf's notes on PHP's own build macros go to the log, not the screen
		"$PHPIZE" >.build-phpize.log 2>&1 || { cat .build-phpize.log >&2; exit 1; }
	fi
	if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
		say "configure"
		./configure --with-php-config="$(command -v "$PHP_CONFIG")" --enable-tsp-sockets ${TSP_CONFIGURE_FLAGS:-} >.build-configure.log 2>&1 \
			|| { tail -n 20 .build-configure.log >&2; exit 1; }
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

# run_phpt LABEL PHP_BINARY RUN_TESTS EXT
run_phpt() {
	local label=$1 php=$2 rt=$3 ext=$4
	local out=$ROOT/tests/phpt-output-$label.txt
	# -n: no php.ini, so the bundled sockets never loads next to ours.
	TSP_EXT=$ext TEST_PHP_EXECUTABLE=$php NO_INTERACTION=1 in_netns "$php" -n "$rt" -n -q -j2 \
		-d extension="$ext" --show-diff tests/ > "$out" 2>&1 || true
	local p f s b
	p=$(grep -E '^Tests passed' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	f=$(grep -E '^Tests failed' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	s=$(grep -E '^Tests skipped' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	b=$(grep -cE '^BORK' "$out" || true)
	p=${p:-0}; f=${f:-0}; s=${s:-0}; b=${b:-0}
	if [ "$p" = 0 ] && [ "$f" = 0 ]; then
		echo "run-tests.php ran nothing:" >&2; tail -n 30 "$out" >&2; f=1
	fi
	if [ "$f" != 0 ] || [ "$b" != 0 ]; then
		sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$out" >&2
	fi
	echo "run-tests ($label): $p passed, $f failed, $s skipped, $b borked"
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f + b)); SKIPPED=$((SKIPPED + s))
}

# One corpus through tests/diff/run.php; adds its counts to the totals.
# diff_corpus LABEL PHP_BINARY EXT run.php-arguments...
diff_corpus() {
	local label=$1 php=$2 ext=$3; shift 3
	local out line p f
	out=$(in_netns "$php" -n tests/diff/run.php --php "$php" --ext "$ext" "$@" 2>&1) || true
	echo "$out" | grep -vE '^diff: [0-9]+ same' || true
	line=$(echo "$out" | grep -E '^diff: [0-9]+ same, [0-9]+ different' | tail -n 1 || true)
	echo "$label: ${line#diff: }"
	if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
	p=$(echo "$line" | sed -E 's/^diff: ([0-9]+) same.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) different.*/\1/')
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

# run_diff LABEL PHP_BINARY EXT
run_diff() {
	local label=$1 php=$2 ext=$3
	diff_corpus "diff socket_* ($label, ext/sockets vs tsp_sockets)" "$php" "$ext" --corpus tests/diff/cases
	diff_corpus "diff stream_socket_server ($label, core vs tsp_sockets)" "$php" "$ext" --corpus tests/diff/streams \
		--oracle "-d extension=$ext -d tsp_sockets.stream_server=0"
}

# The second PHP: 8.4, debug and ZTS, built once into a cache outside the
# repository; the extension is built for it in .build/php84.
PHP84_PREFIX=""
build_php84() {
	PHP84_PREFIX=$(scripts/php84.sh | tail -n 1)
	local dir=$ROOT/.build/php84
	mkdir -p "$dir"
	# a copy of the sources (phpize builds in place)
	(cd "$ROOT" && { git ls-files 2>/dev/null || find . -type f -not -path './.git/*'; } \
		| grep -E '^(config\.m4|config\.w32|Makefile\.frag|[^/]*\.[ch]|src/core/.*\.[ch]|binding/.*\.[ch])$' \
		| tar -cf - -T -) | (cd "$dir" && tar -xf -)
	(cd "$dir" && { [ -f configure ] && [ ! config.m4 -nt configure ] || "$PHP84_PREFIX/bin/phpize" >/dev/null; } \
		&& { [ -f Makefile ] && [ ! configure -nt Makefile ] \
			|| ./configure --with-php-config="$PHP84_PREFIX/bin/php-config" --enable-tsp-sockets >/dev/null; } \
		&& make -j"$(nproc)" >/dev/null)
	EXT84=$dir/modules/tsp_sockets.so
	[ -f "$EXT84" ] || { echo "build for PHP 8.4 failed" >&2; exit 1; }
}

do_test() {
	deps_test
	do_build
	probe_netns
	[ -n "$NETNS" ] && say "tests run in a private network namespace (loopback only)"
	local rt82
	rt82=/usr/lib/php/$("$PHP_CONFIG" --extension-dir | sed 's|.*/||')/build/run-tests.php
	say "stub"; check_stub
	say "C unit tests (core/, ASan + UBSan)"; run_unit
	say "phpt, PHP 8.2"; run_phpt 8.2 "$(command -v "$PHP")" "$rt82" "$EXT"
	say "differential harness, PHP 8.2"; run_diff 8.2 "$(command -v "$PHP")" "$EXT"
	if [ -z "${TSP_SKIP_PHP84:-}" ]; then
		say "PHP 8.4 debug ZTS (built once, then cached)"; build_php84
		say "phpt, PHP 8.4 debug ZTS"; run_phpt 8.4-debug-zts "$PHP84_PREFIX/bin/php" "$PHP84_PREFIX/lib/php/build/run-tests.php" "$EXT84"
		say "differential harness, PHP 8.4 debug ZTS"; run_diff 8.4-debug-zts "$PHP84_PREFIX/bin/php" "$EXT84"
	fi
	if [ "${1:-}" = --deep ]; then
		run_deep "$rt82"
	fi
	echo "phpt: $PASSED passed, $FAILED failed, $SKIPPED skipped"
	[ "$FAILED" = 0 ]
}

# A suite script that ends with "<name>: N passed, N failed"; its counts join the totals.
run_suite() {
	local name=$1; shift
	local out line p f
	out=$("$@" 2>&1) || true
	echo "$out" | tail -n 40
	line=$(echo "$out" | grep -E "^$name: [0-9]+ passed, [0-9]+ failed" | tail -n 1 || true)
	if [ -z "$line" ]; then echo "$name: did not finish" >&2; FAILED=$((FAILED + 1)); return; fi
	p=$(echo "$line" | sed -E 's/^[^:]*: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

# The slow checks: the phpt suite under valgrind, fuzzing, load and fault
# tests, and the PHP-level fuzzer on both PHPs.
run_deep() {
	local rt82=$1 out p f l
	need_pkgs valgrind clang
	say "phpt under valgrind (PHP 8.2, run-tests -m)"
	out=$ROOT/tests/phpt-output-valgrind.txt
	TSP_EXT=$EXT TEST_PHP_EXECUTABLE=$(command -v "$PHP") NO_INTERACTION=1 in_netns "$PHP" -n "$rt82" -n -q -m -j2 \
		-d pcre.jit=0 -d extension="$EXT" tests/ > "$out" 2>&1 || true
	p=$(grep -E '^Tests passed' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	f=$(grep -E '^Tests failed' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	l=$(grep -E '^Tests leaked' "$out" | sed -E 's/.*: *([0-9]+).*/\1/' || true)
	p=${p:-0}; f=${f:-0}; l=${l:-0}
	[ "$p" = 0 ] && f=$((f + 1))
	echo "valgrind: $p passed, $f failed, $l leaked"
	[ "$f" = 0 ] && [ "$l" = 0 ] || sed -n '/^FAILED TEST SUMMARY/,/^=====/p;/^LEAKED TEST SUMMARY/,/^=====/p' "$out" >&2
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f + l))
	if [ -x tests/fuzz/run.sh ]; then
		say "libFuzzer harnesses of core/ (${FUZZ_SECONDS:-60} s each)"
		run_suite fuzz tests/fuzz/run.sh
	fi
	if [ -x stress/run.sh ]; then
		say "load and fault tests (stress/)"
		run_suite stress in_netns env PHP="$(command -v "$PHP")" TSP_EXT="$EXT" stress/run.sh
	fi
	say "packages: package.xml, composer.json, pecl package, install and uninstall"
	need_pkgs php-pear composer php8.2-xml
	run_suite package scripts/check-package.sh
	if [ -x tests/apifuzz/run.sh ]; then
		say "PHP-level fuzzer, PHP 8.2"
		run_suite apifuzz in_netns env PHP="$(command -v "$PHP")" TSP_EXT="$EXT" tests/apifuzz/run.sh
		if [ -n "$PHP84_PREFIX" ]; then
			say "PHP-level fuzzer, PHP 8.4 debug ZTS"
			run_suite apifuzz in_netns env PHP="$PHP84_PREFIX/bin/php" TSP_EXT="$EXT84" tests/apifuzz/run.sh
		fi
	fi
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

# System install on Debian: the extension, its ini file, the bundled sockets
# disabled. Everything it changes is recorded so that uninstall puts it back.
STATE_DIR=/var/lib/tsp_sockets
MODS_STATE=/var/lib/php/modules/8.2
do_install() {
	do_build
	local SUDO="" extdir ini=/etc/php/8.2/mods-available/tsp_sockets.ini
	[ "$(id -u)" = 0 ] || SUDO=sudo
	extdir=$("$PHP_CONFIG" --extension-dir)
	[ -e "$STATE_DIR/installed" ] && { echo "already installed; ./dev.sh uninstall first" >&2; exit 1; }
	$SUDO mkdir -p "$STATE_DIR"
	# what phpenmod/phpdismod will change, as it is now
	$SUDO tar -C / -cf "$STATE_DIR/php-modules.tar" "${MODS_STATE#/}" 2>/dev/null || true
	[ -e "$extdir/tsp_sockets.so" ] && $SUDO cp "$extdir/tsp_sockets.so" "$STATE_DIR/previous-tsp_sockets.so"
	say "make install"
	$SUDO make install >/dev/null
	say "writing $ini"
	printf '; tsp_sockets, a replacement for the bundled sockets extension\n; priority=20\nextension=tsp_sockets.so\n' \
		| $SUDO tee "$ini" >/dev/null
	say "phpdismod sockets; phpenmod tsp_sockets"
	$SUDO phpdismod -v 8.2 sockets
	$SUDO phpenmod -v 8.2 tsp_sockets
	$SUDO touch "$STATE_DIR/installed"
	local mods
	mods=$("$PHP" -m)
	# tsp_sockets also answers to "sockets": the bundled one is off when socket_create() is tsp_sockets'
	if echo "$mods" | grep -x tsp_sockets >/dev/null \
			&& "$PHP" -r 'exit(function_exists("socket_listen_info") ? 0 : 1);' 2>/dev/null; then
		echo "installed: php -m lists tsp_sockets, and the bundled sockets is not loaded"
	else
		echo "install check failed: php -m gives:" >&2; echo "$mods" >&2; exit 1
	fi
}

do_uninstall() {
	local SUDO="" extdir ini=/etc/php/8.2/mods-available/tsp_sockets.ini
	[ "$(id -u)" = 0 ] || SUDO=sudo
	extdir=$("$PHP_CONFIG" --extension-dir)
	[ -e "$STATE_DIR/installed" ] || { echo "not installed by ./dev.sh install" >&2; exit 1; }
	say "phpdismod tsp_sockets; phpenmod sockets"
	$SUDO phpdismod -v 8.2 tsp_sockets || true
	$SUDO phpenmod -v 8.2 sockets || true
	$SUDO rm -f "$ini" "$extdir/tsp_sockets.so"
	[ -e "$STATE_DIR/previous-tsp_sockets.so" ] && $SUDO cp "$STATE_DIR/previous-tsp_sockets.so" "$extdir/tsp_sockets.so"
	# phpenmod/phpdismod's own records, as they were before the install
	if [ -f "$STATE_DIR/php-modules.tar" ]; then
		$SUDO rm -rf "$MODS_STATE"
		$SUDO tar -C / -xf "$STATE_DIR/php-modules.tar"
	fi
	$SUDO rm -rf "$STATE_DIR"
	if "$PHP" -m | grep -x tsp_sockets >/dev/null; then
		echo "uninstall check failed: php -m still lists tsp_sockets" >&2; exit 1
	fi
	echo "uninstalled: php -m no longer lists tsp_sockets"
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
	test) shift; do_test "$@" ;;
	demo) do_demo ;;
	stub) do_stub ;;
	install) do_install ;;
	uninstall) do_uninstall ;;
	bench) shift; do_bench "$@" ;;
	*) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
