#!/usr/bin/env bash
#
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# Builds the libFuzzer harnesses of tests/fuzz/ (fuzz_<name>.c) into
# tests/fuzz/build/ and runs each for FUZZ_SECONDS seconds (default 60) on a
# temporary copy of its seed corpus (tests/fuzz/corpus/<name>/, never written
# to) plus the saved crashes of tests/fuzz/crashes/<name>-*, replayed as
# regression inputs.
#
#   tests/fuzz/run.sh              every harness
#   tests/fuzz/run.sh url inet     only these
#   FUZZ_SECONDS=3600 tests/fuzz/run.sh url
#
# Environment: FUZZ_SECONDS, CC (default clang), FUZZ_MAX_LEN (default 256),
# FUZZ_TIMEOUT (seconds one input may take, default 10), FUZZ_ARGS (more
# libFuzzer flags). A new crash, leak or timeout is saved as
# tests/fuzz/crashes/<name>-<sha1> and printed; the exit status is non-zero
# when any harness failed to build or did not run clean.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$here/build"
crashes="$here/crashes"
secs=${FUZZ_SECONDS:-60}
max_len=${FUZZ_MAX_LEN:-256}
unit_timeout=${FUZZ_TIMEOUT:-10}
cc=${CC:-clang}
# shellcheck disable=SC2054 # the commas belong to -fsanitize=
cflags=(-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -g -O1 -I"$root")

case $secs in
	''|*[!0-9]*) echo "fuzz: FUZZ_SECONDS must be a whole number of seconds" >&2; exit 2 ;;
esac

if [ $# -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in "$here"/fuzz_*.c; do
		n=${f##*/fuzz_}
		names+=("${n%.c}")
	done
fi

mkdir -p "$build"

# Can this compiler build a fuzzer at all?
probe="$build/.probe"
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void) d; (void) n; return 0; }\n' > "$probe.c"
if ! "$cc" "${cflags[@]}" "$probe.c" -o "$probe" > "$probe.log" 2>&1; then
	echo "fuzz: $cc cannot build libFuzzer harnesses (-fsanitize=fuzzer); install clang (apt-get install -y clang) or set CC" >&2
	cat "$probe.log" >&2
	exit 2
fi
rm -f "$probe" "$probe.c" "$probe.log"

passed=0
failed=0
start=$(date +%s)

for name in "${names[@]}"; do
	src="$here/fuzz_$name.c"
	bin="$build/fuzz_$name"
	log="$build/fuzz_$name.log"
	if [ ! -f "$src" ]; then
		echo "fuzz $name: no harness $src"
		failed=$((failed + 1))
		continue
	fi

	# the core files a harness needs are named in its "fuzz-sources:" line
	core=()
	# shellcheck disable=SC2013 # file names without white space, one line
	for s in $(sed -n 's@^/\* fuzz-sources: \(.*\) \*/$@\1@p' "$src"); do
		core+=("$root/$s")
	done
	if ! "$cc" "${cflags[@]}" "$src" "${core[@]}" -o "$bin" > "$build/fuzz_$name.build.log" 2>&1; then
		echo "fuzz $name: build failed"
		sed 's/^/    /' "$build/fuzz_$name.build.log"
		failed=$((failed + 1))
		continue
	fi

	work=$(mktemp -d "${TMPDIR:-/tmp}/tsp-fuzz-$name.XXXXXX")
	mkdir -p "$work/corpus" "$work/artifacts"
	if [ -d "$here/corpus/$name" ]; then
		cp -R "$here/corpus/$name/." "$work/corpus/"
	fi
	for c in "$crashes/$name"-*; do
		[ -f "$c" ] && cp "$c" "$work/corpus/"
	done

	# libFuzzer stops on its own after max_total_time; the outer timeout only
	# guards against a harness that hangs where libFuzzer cannot see it
	# shellcheck disable=SC2086
	timeout -k 10 $((secs + unit_timeout + 120)) "$bin" \
		-max_total_time="$secs" -max_len="$max_len" -timeout="$unit_timeout" \
		-print_final_stats=1 -artifact_prefix="$work/artifacts/" ${FUZZ_ARGS:-} \
		"$work/corpus" > "$log" 2>&1
	rc=$?

	runs=$(sed -n 's/^Done \([0-9][0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
	if [ -z "$runs" ]; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
	fi
	if [ -z "$runs" ]; then
		runs=$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$log" | tail -n 1)
	fi
	runs=${runs:-0}

	found=0
	saved=()
	for a in "$work/artifacts"/crash-* "$work/artifacts"/leak-* "$work/artifacts"/timeout-* "$work/artifacts"/oom-*; do
		[ -f "$a" ] || continue
		found=$((found + 1))
		mkdir -p "$crashes"
		dest="$crashes/$name-$(sha1sum "$a" | cut -c1-40)"
		cp "$a" "$dest"
		saved+=("$dest")
	done

	if [ "$rc" -eq 0 ] && [ "$found" -eq 0 ] && grep -q '^Done [0-9]* runs' "$log"; then
		echo "fuzz $name: $runs executions, 0 crashes"
		passed=$((passed + 1))
	else
		echo "fuzz $name: $runs executions, $found crashes (exit status $rc) FAILED"
		for dest in "${saved[@]+"${saved[@]}"}"; do
			echo "    input saved as ${dest#"$root"/} ($(wc -c < "$dest") bytes):"
			od -An -c "$dest" | head -n 20 | sed 's/^/      /'
			echo "    base64: $(base64 -w0 "$dest")"
			echo "    reproduce: ${bin#"$root"/} ${dest#"$root"/}"
		done
		# what went wrong, and where
		grep -m 1 -E 'invariant violated|runtime error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|ALARM|Test unit written|deadly signal' "$log" \
			| sed 's/^/    /'
		grep -E '^    #[0-9]+ ' "$log" | grep -v -E 'libFuzzer|fuzzer::|__sanitizer|libc\.so|_start|abort|raise|pthread_kill| in main ' \
			| head -n 12 | sed 's/^/  /'
		echo "    full log: ${log#"$root"/}"
		failed=$((failed + 1))
	fi
	rm -rf "$work"
done

echo "fuzz: wall time $(( $(date +%s) - start ))s"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
