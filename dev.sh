#!/usr/bin/env bash
# tsp_sockets developer entry point.
#   ./dev.sh demo    install what is missing, build, run the example time server against a client
#   ./dev.sh test    build and test on every PHP leg (8.2, 8.2 with opcache, 8.4, 8.5, debug ZTS);
#                    ends with "phpt: N passed, N failed, N skipped"
#   ./dev.sh test --deep   also valgrind, AddressSanitizer, fuzzing, PHP's own tests, load and
#                    fault tests, the random differential mode and the PHP-level fuzzer (what CI runs)
#   ./dev.sh build   build only (PHP 8.2 of this machine)
#   ./dev.sh stub    regenerate each *_arginfo.h from its *.stub.php
#   ./dev.sh re2c    regenerate each src/core/*.c scanner from its .re grammar
#   ./dev.sh install / uninstall   system install on Debian (make install, ini, phpdismod sockets, phpenmod)
#   ./dev.sh bench   run the benchmarks in bench/ (./dev.sh bench burst: the backlog burst)
#   ./dev.sh fuzz-diff SEED N   N scripts of the random differential mode from SEED (PHP 8.2)
# Legs can be left out: TSP_LEGS="8.2 8.4" ./dev.sh test (names: 8.2 opcache 8.4 8.5 debug).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
. "$ROOT/scripts/lib.sh"
# each step with the minutes and seconds since the command started
say() { printf '==> [%02d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

PHP=${PHP:-php8.2}
PHPIZE=${PHPIZE:-phpize8.2}
PHP_CONFIG=${PHP_CONFIG:-php-config8.2}
EXT="$ROOT/modules/tsp_sockets.so"
LEGS=${TSP_LEGS:-"8.2 opcache 8.4 8.5 debug"}

deps_build() { need_pkgs php8.2-cli php8.2-dev build-essential autoconf pkg-config; }
deps_test() { deps_build; need_pkgs php-parser iproute2 php8.2-opcache re2c; }

do_build() {
	deps_build
	# shellcheck disable=SC2086
	build_ext "$ROOT" "$PHPIZE" "$PHP_CONFIG" ${TSP_CONFIGURE_FLAGS:-}
}

# gen_stub.php needs PHP-Parser in a folder named after the version it asks
# for; Debian's php-parser package has it.
# gen_stub STUB OUT: the arginfo header of STUB (a *.stub.php) into OUT.
gen_stub() {
	local stub=$1 out=$2 dir src ver
	dir=$(mktemp -d)
	src=$("$PHP_CONFIG" --extension-dir | sed 's|/usr/lib/php/\([0-9]*\)|/usr/lib/php/\1/build|')/gen_stub.php
	cp "$src" "$dir/"
	ver=$(sed -n 's/^ *\$version = "\([0-9.]*\)";/\1/p' "$dir/gen_stub.php" | head -n 1)
	[ -n "$ver" ] || die "gen_stub.php: cannot read the PHP-Parser version it needs"
	mkdir -p "$dir/PHP-Parser-$ver"
	ln -s /usr/share/php "$dir/PHP-Parser-$ver/lib"
	cp "$stub" "$dir/"
	(cd "$dir" && "$PHP" -n -d extension=tokenizer gen_stub.php -f "$(basename "$stub")" >/dev/null)
	cp "$dir/$(basename "$stub" .stub.php)_arginfo.h" "$out"
	rm -rf "$dir"
}

# Every stub of the extension, each with its generated header beside it.
stubs() { ls ./*.stub.php | sed 's|^\./||'; }

do_stub() {
	local s
	deps_test
	for s in $(stubs); do
		gen_stub "$s" "$ROOT/${s%.stub.php}_arginfo.h"
		say "regenerated ${s%.stub.php}_arginfo.h"
	done
}

# same_generated LABEL FIX FRESH COMMITTED: one check that a committed
# generated file is what its source gives now; names the FIX command if not.
GEN_P=0; GEN_F=0
same_generated() {
	if cmp -s "$3" "$4"; then
		GEN_P=$((GEN_P + 1))
		return 0
	fi
	echo "$1: $4 differs from what its source generates; run $2" >&2
	diff "$3" "$4" | head -20 >&2 || true
	GEN_F=$((GEN_F + 1))
}

# gen_tally LABEL WHAT: the closing line of a same_generated series.
gen_tally() {
	echo "$1: $GEN_P passed, $GEN_F failed ($2)"
	PASSED=$((PASSED + GEN_P)); FAILED=$((FAILED + GEN_F))
	GEN_P=0; GEN_F=0
}

check_stub() {
	local tmp s
	tmp=$(mktemp)
	for s in $(stubs); do
		gen_stub "$s" "$tmp"
		same_generated stub "./dev.sh stub" "$tmp" "${s%.stub.php}_arginfo.h"
	done
	rm -f "$tmp"
	gen_tally stub "each *_arginfo.h against its *.stub.php"
}

# The core's grammars (src/core/*.re): each generated .c is committed; the
# check regenerates them into a scratch folder and compares.
do_re2c() {
	need_pkgs re2c make
	make -s -f Makefile.frag tsp-re2c srcdir=.
}

check_re2c() {
	local tmp f
	tmp=$(mktemp -d)
	if ! make -s -f Makefile.frag tsp-re2c srcdir=. TSP_RE2C_OUT="$tmp" >/dev/null; then
		echo "re2c: the grammars did not generate (is re2c installed?)" >&2
		GEN_F=$((GEN_F + 1))
	fi
	for f in src/core/*.re; do
		same_generated re2c "./dev.sh re2c" "$tmp/${f%.re}.c" "${f%.re}.c"
	done
	rm -rf "$tmp"
	gen_tally re2c "each generated src/core/*.c against its .re"
}

run_unit() {
	local out
	out=$(tests/unit/run.sh 2>&1) || echo "$out" >&2
	echo "$out" | tail -n 1
	tally unit "$out" || true
}

# run_phpt LABEL PHP RUN_TESTS EXT [run-tests arguments...]
run_phpt() {
	local label=$1 php=$2 rt=$3 ext=$4; shift 4
	local out=$ROOT/tests/phpt-output-$label.txt p f s b
	# -n: no php.ini, so the bundled sockets never loads next to ours.
	TSP_EXT=$ext TEST_PHP_EXECUTABLE=$php NO_INTERACTION=1 in_netns "$php" -n "$rt" -n -q -j"$(nproc)" \
		-d extension="$ext" "$@" --show-diff tests/ > "$out" 2>&1 || true
	p=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$out"); f=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$out")
	s=$(sed -nE 's/^Tests skipped *: *([0-9]+).*/\1/p' "$out"); b=$(grep -cE '^BORK' "$out" || true)
	p=${p:-0}; f=${f:-0}; s=${s:-0}; b=${b:-0}
	if [ "$p" = 0 ] && [ "$f" = 0 ]; then
		echo "run-tests.php ran nothing:" >&2; tail -n 30 "$out" >&2; f=1
	fi
	[ "$f" = 0 ] && [ "$b" = 0 ] || sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$out" >&2
	echo "phpt ($label): $p passed, $((f + b)) failed, $s skipped"
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f + b)); SKIPPED=$((SKIPPED + s))
}

# diff_corpus LABEL PHP EXT run.php-arguments...: one corpus of the differential harness
diff_corpus() {
	local label=$1 php=$2 ext=$3; shift 3
	local out
	out=$(in_netns "$php" -n tests/diff/run.php --php "$php" --ext "$ext" "$@" 2>&1) || true
	echo "$out" | grep -vE '^diff: [0-9]+ same' || true
	echo "$label: $(echo "$out" | grep -E '^diff: [0-9]+ same' | tail -n 1 | sed 's/^diff: //')"
	tally diff "$out" || true
}

run_diff() {
	local label=$1 php=$2 ext=$3
	diff_corpus "diff socket_* ($label, ext/sockets vs tsp_sockets)" "$php" "$ext" --corpus tests/diff/cases
	diff_corpus "diff stream_socket_server ($label, core vs tsp_sockets)" "$php" "$ext" --corpus tests/diff/streams \
		--oracle "-d extension=$ext -d tsp_sockets.stream_server=0"
	diff_corpus "diff stream_select ($label, core vs tsp_sockets)" "$php" "$ext" --corpus tests/diff/stream_select \
		--oracle "-d extension=$ext -d tsp_sockets.stream_select=0"
}

# run_random LABEL PHP EXT: the random differential mode (tests/diff/random.php),
# a fixed run of seeds; each script isolates itself in its own namespace.
run_random() {
	local label=$1 php=$2 ext=$3 out
	out=$("$php" -n tests/diff/random.php --php "$php" --ext "$ext" --seed "${TSP_RANDOM_SEED:-1}" \
		--count "${TSP_RANDOM_COUNT:-300}" 2>&1) || true
	echo "$out" | grep -vE '^diff-random: [0-9]+ same' | tail -n 80 || true
	echo "diff-random ($label): $(echo "$out" | grep -E '^diff-random: [0-9]+ same' | tail -n 1 | sed 's/^diff-random: //')"
	tally diff-random "$out" || true
}

# run_tsp_suite NAME CMD...: a suite script ending with "NAME: N passed, N failed"
run_tsp_suite() {
	local name=$1; shift
	local out
	out=$("$@" 2>&1) || true
	echo "$out" | tail -n 40
	tally "$name" "$out" || true
}

# run_leg LABEL PHP RUN_TESTS EXT DEEP [run-tests arguments...]: what every
# PHP leg runs: the phpt suite and the differential harness (with --deep also
# the PHP-level fuzzer). Prints "leg LABEL: N passed, N failed, N skipped".
run_leg() {
	local label=$1 php=$2 rt=$3 ext=$4 deep=$5; shift 5
	local p0=$PASSED f0=$FAILED s0=$SKIPPED
	probe_netns "$php"
	say "phpt, $label ($("$php" -n -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", PHP_DEBUG ? " debug" : "";'))"
	run_phpt "$label" "$php" "$rt" "$ext" "$@"
	if [ $# = 0 ]; then
		say "differential harness, $label"
		run_diff "$label" "$php" "$ext"
		if [ "$deep" = --deep ]; then
			say "random differential mode, $label (${TSP_RANDOM_COUNT:-300} scripts)"
			run_random "$label" "$php" "$ext"
			say "PHP-level fuzzer, $label"
			run_tsp_suite apifuzz in_netns env PHP="$php" TSP_EXT="$ext" tests/apifuzz/run.sh
		fi
	fi
	echo "leg $label: $((PASSED - p0)) passed, $((FAILED - f0)) failed, $((SKIPPED - s0)) skipped"
}

# Inside a chroot of the matrix (scripts/chroot.sh): ./dev.sh leg 8.4 [--deep]
do_leg() {
	local v=$1 deep=${2:-}
	PHP=php$v PHPIZE=phpize$v PHP_CONFIG=php-config$v
	build_ext "$ROOT" "$PHPIZE" "$PHP_CONFIG" >&2
	run_leg "$v" "$(command -v "$PHP")" "$("$PHP_CONFIG" --extension-dir)/build/run-tests.php" "$EXT" "$deep"
}

# A leg of the matrix that the archive may not serve: its skip line names why.
LEGS_RAN=()
leg_skipped() {
	echo "leg $1: skipped: $2"
	SKIPPED=$((SKIPPED + 1))
}

# chroot_leg VERSION DEEP: PHP VERSION as Debian ships it, in a chroot
chroot_leg() {
	local v=$1 deep=$2 dir out
	say "PHP $v: Debian's packages in a chroot (made once, then cached)"
	if ! out=$(scripts/chroot.sh make "$v" | tail -n 1) || [ ! -d "$out" ]; then
		leg_skipped "$v" "${out#unavailable: }"
		return 0
	fi
	dir=$out
	rm -rf "$dir/build/tsp_sockets/tests" "$dir/build/tsp_sockets/docs" "$dir/build/tsp_sockets/examples"
	copy_tree "$ROOT" "$dir/build/tsp_sockets" all
	# the chroot runs in a private network namespace already
	out=$(scripts/chroot.sh run "$dir" env TSP_NO_NETNS=1 bash -c 'cd /build/tsp_sockets && ./dev.sh leg "$0" "$1"' "$v" "$deep" 2>&1) || true
	echo "$out" | grep -vE "^leg $v: " || true
	echo "$out" | grep -E "^leg $v: " || true
	# the counts inside the leg are already in its closing line
	tally "leg $v" "$out" || true
	echo "$out" | grep -E "^leg $v: [0-9]+ passed" >/dev/null && LEGS_RAN+=("$v")
	return 0
}

# debug_leg DEEP: PHP built with --enable-debug --enable-zts from the newest
# source package the archive serves (scripts/php-debug.sh).
DEBUG_PHP=""; DEBUG_EXT=""
debug_leg() {
	local deep=$1 out v prefix dir
	say "debug ZTS PHP, built from Debian's newest served source package (built once, then cached)"
	if ! out=$(scripts/php-debug.sh | tail -n 1) || [ "${out#unavailable}" != "$out" ]; then
		leg_skipped debug "${out#unavailable: }"
		return 0
	fi
	v=${out%% *}; prefix=${out#* }
	dir=$ROOT/.build/php-debug
	copy_tree "$ROOT" "$dir"
	build_ext "$dir" "$prefix/bin/phpize" "$prefix/bin/php-config"
	DEBUG_PHP=$prefix/bin/php; DEBUG_EXT=$dir/modules/tsp_sockets.so
	run_leg "$v-debug-zts" "$DEBUG_PHP" "$prefix/lib/php/build/run-tests.php" "$DEBUG_EXT" "$deep"
	LEGS_RAN+=("${v%.*}-debug")
}

do_test() {
	local deep=${1:-} rt82 v
	deps_test
	do_build
	rt82=$("$PHP_CONFIG" --extension-dir | sed 's|.*/||'); rt82=/usr/lib/php/$rt82/build/run-tests.php
	probe_netns "$PHP"
	[ -n "$NETNS" ] && say "tests run in a private network namespace (loopback only)"
	say "stub"; check_stub
	say "re2c"; check_re2c
	say "C unit tests (src/core/, ASan + UBSan)"; run_unit
	for leg in $LEGS; do
		case $leg in
			8.2) run_leg 8.2 "$(command -v "$PHP")" "$rt82" "$EXT" "$deep"; LEGS_RAN+=(8.2) ;;
			opcache) run_leg 8.2-opcache "$(command -v "$PHP")" "$rt82" "$EXT" "$deep" \
				-d zend_extension=opcache -d opcache.enable_cli=1 ;;
			8.4|8.5) chroot_leg "$leg" "$deep" ;;
			debug) debug_leg "$deep" ;;
			*) die "unknown leg $leg" ;;
		esac
	done
	[ "$deep" = --deep ] && run_deep "$rt82"
	check_matrix
	echo "phpt: $PASSED passed, $FAILED failed, $SKIPPED skipped"
	[ "$FAILED" = 0 ]
}

# The run fails when fewer than two PHP versions ran, or no debug ZTS build
# (unless legs were chosen by hand with TSP_LEGS).
check_matrix() {
	local versions
	versions=$(printf '%s\n' "${LEGS_RAN[@]}" | sed 's/-debug$//' | sort -u | wc -l)
	echo "matrix: ${#LEGS_RAN[@]} legs ran (${LEGS_RAN[*]}), $versions PHP versions"
	[ -n "${TSP_LEGS:-}" ] && return 0
	if [ "$versions" -lt 2 ]; then
		echo "matrix: fewer than two PHP versions ran" >&2; FAILED=$((FAILED + 1))
	fi
	if ! printf '%s\n' "${LEGS_RAN[@]}" | grep -e '-debug$' >/dev/null; then
		echo "matrix: no debug ZTS build" >&2; FAILED=$((FAILED + 1))
	fi
}

# The slow checks of the host's PHP: valgrind, AddressSanitizer, fuzzing,
# load and fault tests, packages.
run_deep() {
	local rt82=$1 out p f l
	need_pkgs valgrind clang
	say "phpt under valgrind (PHP 8.2, run-tests -m)"
	out=$ROOT/tests/phpt-output-valgrind.txt
	TSP_EXT=$EXT TEST_PHP_EXECUTABLE=$(command -v "$PHP") NO_INTERACTION=1 in_netns "$PHP" -n "$rt82" -n -q -m -j2 \
		-d pcre.jit=0 -d extension="$EXT" tests/ > "$out" 2>&1 || true
	p=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$out"); f=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$out")
	l=$(sed -nE 's/^Tests leaked *: *([0-9]+).*/\1/p' "$out")
	p=${p:-0}; f=${f:-0}; l=${l:-0}
	[ "$p" = 0 ] && f=$((f + 1))
	echo "valgrind: $p passed, $((f + l)) failed ($l leaked)"
	[ "$f" = 0 ] && [ "$l" = 0 ] || sed -n '/^FAILED TEST SUMMARY/,/^=====/p;/^LEAKED TEST SUMMARY/,/^=====/p' "$out" >&2
	PASSED=$((PASSED + p)); FAILED=$((FAILED + f + l))
	say "phpt with an AddressSanitizer + UBSan build (PHP 8.2)"
	run_tsp_suite asan scripts/asan-phpt.sh "$PHP" "$rt82"
	if [ -x tests/fuzz/run.sh ]; then
		say "libFuzzer harnesses of src/core/ (${FUZZ_SECONDS:-60} s each)"
		run_tsp_suite fuzz tests/fuzz/run.sh
	fi
	if [ -x stress/run.sh ]; then
		say "load and fault tests (stress/)"
		run_tsp_suite stress in_netns env PHP="$(command -v "$PHP")" TSP_EXT="$EXT" stress/run.sh
	fi
	run_upstream
	say "packages: package.xml, composer.json, pecl package, install and uninstall"
	need_pkgs php-pear composer php8.2-xml
	run_tsp_suite package scripts/check-package.sh
}

# PHP's own tests (ext/sockets/tests and the stream server tests of
# ext/standard) from the served PHP 8.2 source package, run against the
# bundled extension and against ours on this machine's PHP 8.2.
run_upstream() {
	local got src
	if ! got=$(scripts/php-debug.sh --source 2>/dev/null | tail -n 1) || [ "${got#unavailable}" != "$got" ]; then
		leg_skipped upstream "${got#unavailable: }"
		return 0
	fi
	src=${got#* }
	case ${got%% *} in
		8.2.*) ;;
		*) src=$(ls "$TSP_CACHE"/src/php8.2-*/php8.2_*.orig.tar.* 2>/dev/null | sort -V | tail -n 1 || true) ;;
	esac
	if [ -z "$src" ]; then
		leg_skipped upstream "no PHP 8.2 source package is served"
		return 0
	fi
	say "PHP's own socket tests ($(basename "$src"): bundled sockets vs tsp_sockets, PHP 8.2)"
	run_tsp_suite upstream scripts/upstream-tests.sh --php "$(command -v "$PHP")" --ext "$EXT" --src "$src"
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
	local extdir ini=/etc/php/8.2/mods-available/tsp_sockets.ini mods
	extdir=$("$PHP_CONFIG" --extension-dir)
	[ -e "$STATE_DIR/installed" ] && die "already installed; ./dev.sh uninstall first"
	say "installing into this machine's PHP 8.2 (recorded in $STATE_DIR for ./dev.sh uninstall)"
	as_root mkdir -p "$STATE_DIR"
	# what phpenmod/phpdismod will change, as it is now
	as_root tar -C / -cf "$STATE_DIR/php-modules.tar" "${MODS_STATE#/}" 2>/dev/null || true
	[ -e "$extdir/tsp_sockets.so" ] && as_root cp "$extdir/tsp_sockets.so" "$STATE_DIR/previous-tsp_sockets.so"
	say "make install"
	as_root make install >/dev/null
	say "writing $ini"
	printf '; tsp_sockets, a replacement for the bundled sockets extension\n; priority=20\nextension=tsp_sockets.so\n' \
		| as_root tee "$ini" >/dev/null
	say "phpdismod sockets; phpenmod tsp_sockets"
	as_root phpdismod -v 8.2 sockets
	as_root phpenmod -v 8.2 tsp_sockets
	as_root touch "$STATE_DIR/installed"
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
	local extdir ini=/etc/php/8.2/mods-available/tsp_sockets.ini
	extdir=$("$PHP_CONFIG" --extension-dir)
	[ -e "$STATE_DIR/installed" ] || die "not installed by ./dev.sh install"
	say "phpdismod tsp_sockets; phpenmod sockets"
	as_root phpdismod -v 8.2 tsp_sockets || true
	as_root phpenmod -v 8.2 sockets || true
	as_root rm -f "$ini" "$extdir/tsp_sockets.so"
	[ -e "$STATE_DIR/previous-tsp_sockets.so" ] && as_root cp "$STATE_DIR/previous-tsp_sockets.so" "$extdir/tsp_sockets.so"
	# phpenmod/phpdismod's own records, as they were before the install
	if [ -f "$STATE_DIR/php-modules.tar" ]; then
		as_root rm -rf "$MODS_STATE"
		as_root tar -C / -xf "$STATE_DIR/php-modules.tar"
	fi
	as_root rm -rf "$STATE_DIR"
	if "$PHP" -m | grep -x tsp_sockets >/dev/null; then
		die "uninstall check failed: php -m still lists tsp_sockets"
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
	leg) shift; do_leg "$@" ;;
	demo) do_demo ;;
	stub) do_stub ;;
	re2c) do_re2c ;;
	install) do_install ;;
	uninstall) do_uninstall ;;
	bench) shift; do_bench "$@" ;;
	fuzz-diff) do_build; TSP_RANDOM_SEED=${2:?seed} TSP_RANDOM_COUNT=${3:?count} run_random 8.2 "$(command -v "$PHP")" "$EXT"
		echo "phpt: $PASSED passed, $FAILED failed, $SKIPPED skipped"; [ "$FAILED" = 0 ] ;;
	*) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
