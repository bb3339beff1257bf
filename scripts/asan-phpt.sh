#!/usr/bin/env bash
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# The phpt suite with the extension built with -fsanitize=address,undefined
# (./configure --enable-tsp-sockets-asan, in .build/asan). PHP itself is not
# instrumented: the sanitizer runtime is preloaded, after a small library
# (tests/asan/no_deepbind.c) that lets PHP's RTLD_DEEPBIND dlopen() through,
# and the Zend allocator is off (USE_ZEND_ALLOC=0) so that every emalloc is
# a malloc the sanitizer sees. A finding makes the test's output differ, so
# it fails; reports are also counted from the sanitizer's log files.
#   scripts/asan-phpt.sh [PHP] [RUN_TESTS]
# Last line: "asan: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/lib.sh"
PHP=${1:-php8.2}
RT=${2:-/usr/lib/php/$(php-config8.2 --extension-dir | sed 's|.*/||')/build/run-tests.php}
CONFIG=${PHP_CONFIG:-php-config${PHP#php}}
DIR=$ROOT/.build/asan
OUT=$ROOT/tests/phpt-output-asan.txt
LOGS=$DIR/reports

copy_tree "$ROOT" "$DIR"
build_ext "$DIR" "${PHPIZE:-phpize${PHP#php}}" "$CONFIG" --enable-tsp-sockets-asan >&2 \
	|| { echo "asan: 0 passed, 1 failed (the ASan build failed)"; exit 1; }
cc -shared -fPIC -O1 -o "$DIR/no_deepbind.so" "$ROOT/tests/asan/no_deepbind.c" -ldl \
	|| { echo "asan: 0 passed, 1 failed (the preload library did not build)"; exit 1; }
asan=$(realpath "$(cc -print-file-name=libasan.so)")
ubsan=$(realpath "$(cc -print-file-name=libubsan.so)")
[ -f "$asan" ] && [ -f "$ubsan" ] || { echo "asan: 0 passed, 1 failed (no sanitizer runtime: $asan $ubsan)"; exit 1; }
rm -rf "$LOGS"; mkdir -p "$LOGS"

probe_netns "$PHP"
export LD_PRELOAD="$DIR/no_deepbind.so:$asan:$ubsan"
export ASAN_OPTIONS="verify_asan_link_order=0:detect_leaks=1:abort_on_error=0:log_path=$LOGS/asan:handle_segv=1"
# a leak is judged from its report (below: ours or not), never from the exit
# status of a process: PHP 8.2 itself leaks a few objects at the end of some
# scripts under USE_ZEND_ALLOC=0, which would otherwise turn a child server's
# exit status into 1 (memory errors still stop the process with ASan's code)
export LSAN_OPTIONS="exitcode=0"
export UBSAN_OPTIONS="print_stacktrace=1:log_path=$LOGS/ubsan"
export USE_ZEND_ALLOC=0
TSP_EXT=$DIR/modules/tsp_sockets.so TEST_PHP_EXECUTABLE=$(command -v "$PHP") NO_INTERACTION=1 \
	in_netns "$PHP" -n "$RT" -n -q -j"$(nproc)" -d extension="$DIR/modules/tsp_sockets.so" tests/ >"$OUT" 2>&1
unset LD_PRELOAD
p=$(sed -nE 's/^Tests passed *: *([0-9]+).*/\1/p' "$OUT"); f=$(sed -nE 's/^Tests failed *: *([0-9]+).*/\1/p' "$OUT")
p=${p:-0}; f=${f:-0}
[ "$p" = 0 ] && f=$((f + 1))
# Every error report counts; a leak counts when one of its frames is ours
# (the preload reaches every program a test starts: sh, ip, mktemp and PHP's
# own allocations at a fatal error are not this extension's).
count_reports() {
	awk '
		/ERROR: AddressSanitizer: detected memory leaks/ { next }
		/ERROR: AddressSanitizer:/ || /runtime error:/ { n++; next }
		/^(Direct|Indirect) leak of/ { leak = 1; ours = 0; next }
		leak && /tsp_sockets\.so|\/(binding|src\/core)\/|\/tsp_[a-z_]+\.c/ { ours = 1 }
		leak && /^$/ { if (ours) n++; leak = 0 }
		END { if (leak && ours) n++; print n + 0 }' "$LOGS"/* 2>/dev/null || echo 0
}
reports=$(count_reports)
if [ "$f" != 0 ] || [ "$reports" != 0 ]; then
	sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$OUT"
	grep -h -B2 -A14 -E 'ERROR: AddressSanitizer|runtime error:|tsp_sockets\.so' "$LOGS"/* 2>/dev/null | head -n 80
fi
echo "asan: sanitizer reports: $reports (logs in $LOGS)"
echo "asan: $p passed, $((f + reports)) failed"
[ "$f" = 0 ] && [ "$reports" = 0 ]
