#!/usr/bin/env bash
# Load and fault tests of tsp_sockets. Runs every stress/*.php listed below
# with its own time budget (coreutils timeout; the script's forked children
# are in its process group and go with it), prints each script's output and
# ends with "stress: N passed, N failed"; exits non-zero when anything failed.
#
#   PHP      the PHP binary (default: php8.2, else php)
#   TSP_EXT  the extension (default: modules/tsp_sockets.so of this checkout)
#   STRESS_ONLY="signals gigabyte"   run only these scripts
#
# The extension is copied to a private temporary directory first, so that a
# rebuild of modules/ while the tests run cannot change it under them.
# Expected duration on 2 cores: about one minute; at most the sum of the
# budgets (520 s).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
PHP=${PHP:-$(command -v php8.2 || command -v php)}
EXT=${TSP_EXT:-$ROOT/modules/tsp_sockets.so}

# name:budget in seconds
TESTS=(
	hold_10k:90
	accept_cycles:150
	bad_clients:60
	signals:100
	gigabyte:120
	stream_select_10k:60
)

# give_up WHY: no test can run; says why, then the closing line counts one failure
give_up() {
	printf 'stress: %s\n' "$*" >&2
	echo "stress: 0 passed, 1 failed"
	exit 1
}

[ -f "$EXT" ] || give_up "$EXT not found (build with ./dev.sh build or set TSP_EXT)"
TMP=$(mktemp -d /tmp/tsp_stress_run.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cp "$EXT" "$TMP/tsp_sockets.so"
SNAP=$TMP/tsp_sockets.so

# posix is a shared extension on Debian; load it unless it is built in
POSIX=()
"$PHP" -n -m | grep -x posix >/dev/null || POSIX=(-d extension=posix)
"$PHP" -n "${POSIX[@]}" -m | grep -x posix >/dev/null || give_up "the posix extension is missing"
"$PHP" -n -m | grep -x pcntl >/dev/null || give_up "the pcntl extension is missing"

echo "stress: PHP $("$PHP" -n -r 'echo PHP_VERSION;') ($PHP), extension $EXT (copied to $SNAP)"
echo "stress: $(nproc) CPUs, RLIMIT_NOFILE hard $(ulimit -Hn), somaxconn $(cat /proc/sys/net/core/somaxconn 2>/dev/null)"

# scripts/lib.sh's counters, from 0 here (it takes them from the environment)
PASSED=0
FAILED=0
SUMMARY=()
T_ALL=$EPOCHREALTIME
for entry in "${TESTS[@]}"; do
	name=${entry%%:*}
	budget=${entry##*:}
	if [ -n "${STRESS_ONLY:-}" ] && ! [[ " $STRESS_ONLY " == *" $name "* ]]; then
		continue
	fi
	echo
	echo "=== $name (budget ${budget} s) ==="
	t0=$EPOCHREALTIME
	out=$(cd "$ROOT" && STRESS_BUDGET=$budget TSP_EXT=$SNAP timeout -k 5 "$budget" \
		"$PHP" -n "${POSIX[@]}" -d extension="$SNAP" "stress/$name.php" 2>&1)
	rc=$?
	secs=$(seconds_since "$t0")
	echo "$out"
	verdict=PASS
	reason=""
	if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
		verdict=FAIL; reason="killed after its budget of $budget s (exit $rc)"
	elif [ "$rc" -gt 128 ]; then
		verdict=FAIL; reason="died of signal $((rc - 128))"
	elif [ "$rc" != 0 ]; then
		verdict=FAIL; reason="exit $rc"
	elif ! echo "$out" | grep "^PASS: $name" >/dev/null; then
		verdict=FAIL; reason="no PASS line"
	fi
	if [ "$verdict" = PASS ]; then
		PASSED=$((PASSED + 1))
	else
		FAILED=$((FAILED + 1))
	fi
	line=$(printf '%-14s %s %6s s%s' "$name" "$verdict" "$secs" "${reason:+  ($reason)}")
	echo "--- $line"
	SUMMARY+=("$line")
done

echo
echo "=== summary ($(seconds_since "$T_ALL") s) ==="
for l in "${SUMMARY[@]}"; do
	echo "$l"
done
echo "stress: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
