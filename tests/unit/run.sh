#!/usr/bin/env bash
# Builds src/core/ with tests/unit/unit.c under ASan and UBSan and runs it.
# Last line: "unit: N passed, N failed".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/unit/build
mkdir -p "$OUT"
CC=${CC:-cc}
"$CC" -std=gnu11 -g -O1 -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -I"$ROOT" -o "$OUT/unit" \
	"$ROOT/tests/unit/unit.c" "$ROOT"/src/core/tsp_*.c
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$OUT/unit" "$ROOT/tsp_sockets.stub.php"
