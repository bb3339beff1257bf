#!/usr/bin/env bash
# Runs the API fuzzers (fuzz.php, reentry.php: see the modes below) for several seeds; a seed fails when PHP exits non-zero, is
# killed (crash, abort, hard time limit) or does not print its closing line. Ends with
# "apifuzz: N passed, N failed" and exits non-zero when a seed failed.
#
#   tests/apifuzz/run.sh                  seeds 1..5, 20000 calls per seed, 60 s of wall clock split across seeds
#   SEEDS="7 8" ITERATIONS=5000 SECONDS_TOTAL=20 tests/apifuzz/run.sh
#   VALGRIND=1 tests/apifuzz/run.sh       the same under valgrind (defaults: seeds 1..2, 2000 calls, 600 s);
#                                         a seed fails on any valgrind error or definite leak
#
# Two modes run, one after the other (MODES, default "api reentry"):
#   api      fuzz.php: every function with random arguments (SEEDS, ITERATIONS, SECONDS_TOTAL)
#   reentry  reentry.php: the converters user code can re-enter (sendmsg/recvmsg messages,
#            set_option arrays, select arrays) under hostile __toString(), references, error
#            handlers and destructors (REENTRY_SEEDS, default "1 2"; REENTRY_ITERATIONS, default
#            60000, 2000 under valgrind; REENTRY_SECONDS, default 30 in all, 300 under valgrind)
#
# Environment: PHP (default php), TSP_EXT or EXT (default modules/tsp_sockets.so), SEEDS, ITERATIONS,
# SECONDS_TOTAL (SECONDS is accepted too), NETNS=0 to run without a private network namespace.
#
# Each seed runs in a private network namespace (unshare -n, only lo up) when the machine allows
# it, so wildcard binds and names needing DNS stay on this process. On failure the last calls
# (tests/apifuzz/out/ring-SEED.txt, written before each call) are printed: rerun with
#   php -n -d extension=modules/tsp_sockets.so tests/apifuzz/fuzz.php SEED ITERATIONS SECONDS
# (reentry.php for the reentry mode, its ring in tests/apifuzz/out/ring-reentry-SEED.txt).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$HERE/out"
mkdir -p "$OUT"

PHP=${PHP:-php}
EXT=${TSP_EXT:-${EXT:-$ROOT/modules/tsp_sockets.so}}
VALGRIND=${VALGRIND:-0}

MODES=${MODES:-"api reentry"}
REENTRY_SEEDS=${REENTRY_SEEDS:-"1 2"}
if [ "$VALGRIND" = 1 ]; then
	SEEDS=${SEEDS:-"1 2"}
	ITERATIONS=${ITERATIONS:-2000}
	TOTAL=${SECONDS_TOTAL:-600}
	REENTRY_ITERATIONS=${REENTRY_ITERATIONS:-2000}
	REENTRY_TOTAL=${REENTRY_SECONDS:-300}
else
	SEEDS=${SEEDS:-"1 2 3 4 5"}
	ITERATIONS=${ITERATIONS:-20000}
	TOTAL=${SECONDS_TOTAL:-60}
	REENTRY_ITERATIONS=${REENTRY_ITERATIONS:-60000}
	REENTRY_TOTAL=${REENTRY_SECONDS:-30}
fi
# bash's own $SECONDS counts up from the start of the shell; only take it when exported by the caller
if [ -z "${SECONDS_TOTAL:-}" ] && printenv SECONDS >/dev/null 2>&1; then
	TOTAL=$(printenv SECONDS)
fi

if [ ! -f "$EXT" ]; then
	echo "apifuzz: $EXT missing, building" >&2
	(cd "$ROOT" && ./dev.sh build) || { echo "apifuzz: build failed"; echo "apifuzz: 0 passed, 1 failed"; exit 1; }
fi
if [ "$VALGRIND" = 1 ] && ! command -v valgrind >/dev/null; then
	echo "apifuzz: valgrind is not installed (apt-get install valgrind)"
	echo "apifuzz: 0 passed, 1 failed"
	exit 1
fi

# Run a private copy of the extension: a rebuild of modules/tsp_sockets.so while PHP has it mapped
# (someone running make in this checkout) kills PHP with SIGBUS/SIGSEGV, which is not a finding.
SNAP="$OUT/tsp_sockets.snapshot.so"
cp "$EXT" "$SNAP.tmp" && mv -f "$SNAP.tmp" "$SNAP" || { echo "apifuzz: cannot copy $EXT"; echo "apifuzz: 0 passed, 1 failed"; exit 1; }
echo "extension: $EXT ($(stat -c '%y' "$EXT" | cut -d. -f1), sha1 $(sha1sum "$SNAP" | cut -c1-12)), run from a copy"

# a private network namespace with only lo, when we can have one
ns=()
isolated=0
if [ "${NETNS:-1}" != 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null \
	&& unshare -n sh -c 'ip link set lo up' >/dev/null 2>&1; then
	ns=(unshare -n sh -c 'ip link set lo up; sysctl -qw net.ipv4.tcp_syn_retries=1 2>/dev/null; exec "$@"' sh)
	isolated=1
elif [ "${TSP_PRIVATE_NETNS:-}" = 1 ] && [ -w /proc/sys/net/ipv4/tcp_syn_retries ]; then
	# the caller made this process a private network namespace (scripts/chroot.sh run):
	# isolated as well, with the same bound on SYN retransmits (a blocking connect to a
	# full listen queue gives up after about 3 s instead of minutes)
	echo 1 > /proc/sys/net/ipv4/tcp_syn_retries
	isolated=1
fi

passed=0
failed=0
# run_seed MODE SCRIPT SEED ITERATIONS SECONDS
run_seed() {
	local mode=$1 script=$2 seed=$3 iters=$4 per=$5 hard ring log vlog tmp cmd start rc took summary why tag
	if [ "$VALGRIND" = 1 ]; then
		hard=$(( per + 300 ))    # valgrind's start-up and leak check come on top
	else
		hard=$(( per + 30 ))
	fi
	tag=$([ "$mode" = api ] && echo "$seed" || echo "$mode-$seed")
	ring="$OUT/ring-$tag.txt"
	log="$OUT/run-$tag.log"
	vlog="$OUT/valgrind-$tag.log"
	rm -f "$ring" "$vlog"
	tmp=$(mktemp -d /tmp/apifuzz.XXXXXX)
	cmd=("$PHP" -n -d "extension=$SNAP" -d memory_limit=256M "$HERE/$script" "$seed" "$iters" "$per")
	if [ "$VALGRIND" = 1 ]; then
		cmd=(env USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind -q --error-exitcode=9 --exit-on-first-error=yes --leak-check=full
			--errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=30 --log-file="$vlog" "${cmd[@]}")
	fi
	start=$(date +%s)
	APIFUZZ_NETNS=$isolated APIFUZZ_RING="$ring" APIFUZZ_TMP="$tmp" APIFUZZ_TABLE=${APIFUZZ_TABLE:-1} \
		timeout -s KILL "$hard" "${ns[@]}" "${cmd[@]}" >"$log" 2>&1 </dev/null
	rc=$?
	took=$(( $(date +%s) - start ))
	for c in "$tmp"/core*; do
		[ -f "$c" ] && mv -f "$c" "$OUT/core-$tag"
	done
	rm -rf "$tmp"
	summary=$(grep -a '^apifuzz: ' "$log" | tail -1)
	why=""
	if [ "$rc" -ne 0 ]; then
		case $rc in
			137) why="killed (SIGKILL: hard limit of ${hard}s or out of memory)" ;;
			9) why="valgrind reported errors" ;;
			*) [ "$rc" -gt 128 ] && why="killed by signal $((rc - 128))" || why="exit status $rc" ;;
		esac
	elif [ -z "$summary" ]; then
		why="no closing line"
	elif [ "$VALGRIND" = 1 ] && [ -s "$vlog" ] && grep -qE '(definitely lost|Invalid|uninitialised|Mismatched)' "$vlog"; then
		why="valgrind log not empty"
	fi
	if [ -z "$why" ]; then
		passed=$((passed + 1))
		echo "$([ "$mode" = api ] || echo "$mode ")seed $seed: ok in ${took}s: ${summary#apifuzz: }"
		grep -a '^slow call' "$log" | head -n 3 | cut -c1-300 | sed 's/^/    /' 
	else
		failed=$((failed + 1))
		echo "$([ "$mode" = api ] || echo "$mode ")seed $seed: FAILED ($why) after ${took}s"
		echo "--- last lines of output ($log)"
		tail -n 15 "$log" | cut -c1-400
		if [ -f "$ring" ]; then
			echo "--- last calls ($ring)"
			cut -c1-600 "$ring"
		fi
		if [ "$VALGRIND" = 1 ] && [ -s "$vlog" ]; then
			echo "--- valgrind ($vlog)"
			head -n 80 "$vlog"
			if grep -q 'tsp_sockets.so' "$vlog"; then
				echo "--- valgrind frames in tsp_sockets.so: $(grep -c 'tsp_sockets.so' "$vlog")"
			fi
		fi
		[ -f "$OUT/core-$tag" ] && echo "--- core dump: $OUT/core-$tag"
		echo "--- reproduce: APIFUZZ_NETNS=$isolated ${cmd[*]}"
	fi
}

for mode in $MODES; do
	case $mode in
		api)
			nseeds=$(wc -w <<<"$SEEDS")
			per=$(( TOTAL / nseeds ))
			[ "$per" -ge 1 ] || per=1
			for seed in $SEEDS; do
				run_seed api fuzz.php "$seed" "$ITERATIONS" "$per"
			done
			;;
		reentry)
			nseeds=$(wc -w <<<"$REENTRY_SEEDS")
			per=$(( REENTRY_TOTAL / nseeds ))
			[ "$per" -ge 1 ] || per=1
			for seed in $REENTRY_SEEDS; do
				run_seed reentry reentry.php "$seed" "$REENTRY_ITERATIONS" "$per"
			done
			;;
		*)
			echo "apifuzz: unknown mode $mode"
			failed=$((failed + 1))
			;;
	esac
done

echo "network namespace: $([ $isolated = 1 ] && echo yes || echo no), modes: $MODES, api seeds: $SEEDS ($ITERATIONS calls, $TOTAL s), reentry seeds: $REENTRY_SEEDS ($REENTRY_ITERATIONS calls, $REENTRY_TOTAL s)$([ "$VALGRIND" = 1 ] && echo ', valgrind')"
echo "apifuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
