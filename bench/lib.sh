# shellcheck shell=bash
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# Shell helpers of the bench/*.sh scripts. Source it first:
#   BENCH_ME=select.sh                  # the name die() puts in front
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It sets BENCH (this folder), ROOT (the checkout), OUT (bench/out, git-ignored)
# and PHP (default php8.2), sources scripts/lib.sh (note, need_pkgs, ...) and
# defines functions only. Progress goes to standard error (note); standard
# output is each script's report.

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
# shellcheck disable=SC2034 # for the scripts
OUT=$BENCH/out
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
PHP=${PHP:-php8.2}

# die, as scripts/lib.sh's, with the script's name in front
die() { printf '%s: %s\n' "${BENCH_ME:-bench}" "$*" >&2; exit 1; }

# ------------------------------------------------------- tools, PHP, limits ----

# tunables NAME=DEFAULT...: each NAME as the environment sets it, DEFAULT
# when it is unset or empty
tunables() {
	local _kv _name
	for _kv in "$@"; do
		_name=${_kv%%=*}
		printf -v "$_name" '%s' "${!_name:-${_kv#*=}}"
	done
}

# need_tool TOOL PACKAGE: installs the Debian PACKAGE when TOOL is missing
need_tool() {
	command -v "$1" >/dev/null && return 0
	need_pkgs "$2"
	command -v "$1" >/dev/null || die "$1 still missing after installing $2"
}
# need_cmds HINT TOOL...: dies naming the first TOOL missing, HINT after it
need_cmds() {
	local hint=$1 t
	shift
	for t in "$@"; do
		command -v "$t" >/dev/null || die "$t is missing$hint"
	done
}

# use_tsp_so: php (when PHP is not installed) and TSP_SO, the extension
# measured (default: modules/tsp_sockets.so of this checkout)
use_tsp_so() {
	command -v "$PHP" >/dev/null || PHP=php
	TSP_SO=${TSP_SO:-$ROOT/modules/tsp_sockets.so}
}
need_tsp_so() { [ -f "$TSP_SO" ] || die "$TSP_SO is missing (./dev.sh build)"; }
need_ext_sockets() {
	"$PHP" -n -d extension=sockets -r 'exit(extension_loaded("sockets") ? 0 : 1);' \
		|| die "the bundled ext/sockets does not load with: $PHP -n -d extension=sockets"
}

# raise_nofile: the soft descriptor limit up to the hard one (when allowed)
raise_nofile() { ulimit -n "$(ulimit -Hn)" 2>/dev/null || true; }
# need_nofile_for KS: dies unless the largest K of KS fits under ulimit -n
need_nofile_for() {
	local k kmax=0
	for k in $1; do [ "$k" -gt "$kmax" ] && kmax=$k; done
	[ "$(ulimit -n)" -ge $((kmax + 64)) ] || die "ulimit -n is $(ulimit -n); K=$kmax needs more (raise the hard limit)"
}

# clean_raw: an empty RAW folder for this run's raw outputs
clean_raw() {
	mkdir -p "$RAW"
	rm -f "$RAW"/*
}
# cc_bench NAME DIR: bench/NAME.c compiled to DIR/NAME
cc_bench() { cc -O2 -Wall -o "$2/$1" "$BENCH/$1.c"; }

# pin CPUS: the taskset prefix of a command ("" when CPUS is empty: not pinned)
pin() { if [ -n "$1" ]; then echo "taskset -c $1"; fi; }

# cpu_model: the processor's name from /proc/cpuinfo
cpu_model() { awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo; }

# --------------------------------------------------------------- numbers ----

# md LINE...: one line of the report being written to MD
md() { printf '%s\n' "$*" >>"$MD"; }

# median of a column of numbers ("nan" for none)
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# range FORMAT: "min–max" of a column of numbers ("n/a" for none)
range() { sort -g | awk -v f="$1" 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR) printf f "–" f, lo, hi; else printf "n/a" }'; }
# ratio A B [FORMAT=%.2f] -> A/B, "n/a" when either is missing or B is 0
ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b + 0 == 0 || a == "nan" || b == "nan" || a == "" || b == "") print "n/a"; else printf f, a / b }'; }
# fmt VALUE FORMAT ("n/a" for a missing value)
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { if (v == "nan" || v == "") print "n/a"; else printf f, v }'; }
# thousands VALUE: rounded, with thousands separators ("12,345")
thousands() { awk -v v="$1" 'BEGIN { if (v == "nan") { print "n/a"; exit } v = sprintf("%.0f", v); s = ""; while (length(v) > 3) { s = "," substr(v, length(v) - 2) s; v = substr(v, 1, length(v) - 3) } print v s }'; }
# per_iter A B D: (B - A) / D, rounded
per_iter() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { printf "%.0f", (b - a) / d }'; }

# ------------------------------------------------------------- callgrind ----

# cg_total FILE: the total instructions (Ir) of a callgrind output file
cg_total() { awk '/^(summary|totals):/ { print $2; exit }' "$1"; }

# callgrind_ir TIMEOUT FILE WHAT CMD...: runs CMD under callgrind into FILE
# (its output in FILE.log) and prints the total Ir; dies "callgrind run
# failed WHAT" with the log's end when CMD fails
callgrind_ir() {
	local t=$1 f=$2 what=$3
	shift 3
	ZEND_DONT_UNLOAD_MODULES=1 timeout "$t" valgrind --tool=callgrind --callgrind-out-file="$f" "$@" >"$f.log" 2>&1 \
		|| { tail -n 20 "$f.log" >&2; die "callgrind run failed$what"; }
	cg_total "$f"
}

# cg_delta LO HI D INCLUSIVE BY: Ir per iteration, (HI - LO) / D, of each
# function (BY=fn) or object file (BY=obj) that callgrind_annotate lists
# in both callgrind files, as "value<TAB>name" lines. An object file is named
# by its base name; a line without one is header code inlined into a
# function: a zif_/tsp_ function counts to tsp_sockets.so.
cg_delta() {
	awk -v d="$3" -v by="$5" '
		function parse(line,   num, fn) {
			if (line !~ /^ *[0-9][0-9,]* +\(/) return 0
			num = line; sub(/^ */, "", num); sub(/ .*/, "", num); gsub(/,/, "", num)
			fn = line; sub(/^ *[0-9,]+ +\([^)]*\) +/, "", fn)
			if (fn ~ /PROGRAM TOTALS/) return 0
			if (by == "fn") key = fn
			else if (match(fn, /\[[^]]*\]$/)) { key = substr(fn, RSTART + 1, RLENGTH - 2); sub(/.*\//, "", key) }
			else if (fn ~ /:(zif_|tsp_)/) key = "tsp_sockets.so"
			else key = "inlined-header-code"
			val = num + 0; return 1
		}
		FNR == NR { if (parse($0)) lo[key] += val; next }
		{ if (parse($0)) hi[key] += val }
		END { for (k in hi) printf "%.17g\t%s\n", (hi[k] - lo[k]) / d, k }' \
		<(callgrind_annotate --auto=no --threshold=100 --inclusive="$4" "$1" 2>/dev/null) \
		<(callgrind_annotate --auto=no --threshold=100 --inclusive="$4" "$2" 2>/dev/null)
}
# cg_top LO HI D N: the N functions with the most self Ir per iteration
# (at least 0.5), "   1234.5  name" lines
cg_top() {
	cg_delta "$1" "$2" "$3" no fn | awk -F '\t' '$1 >= 0.5 { printf "%10.1f  %s\n", $1, $2 }' | sort -gr | first_n "$4"
}
# first_n N: the first N lines. Unlike head it reads all its input, so that
# the writer never dies of SIGPIPE (a failed pipeline under pipefail).
first_n() { awk -v n="$1" 'NR <= n'; }

# ------------------------------------------------------ ping-pong servers ----
# For select.sh, stream_select.sh and iopoll.sh: a server started in the
# background prints its port on its first line; the client then runs.

# first_line FILE PID TRIES: FILE's first line once there, polled every 25 ms
# while PID lives, at most TRIES times (empty when none came)
first_line() {
	local line="" _
	for _ in $(seq 1 "$3"); do
		line=$(head -n 1 "$1" 2>/dev/null || true)
		[ -n "$line" ] && break
		kill -0 "$2" 2>/dev/null || break
		sleep 0.025
	done
	printf '%s' "$line"
}
# not_started PID: stops a server that printed no port, and says so
not_started() {
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
	echo "FAIL server did not start"
}
# end_server PID TRIES: waits (25 ms steps, at most TRIES) for PID to end at
# the client's EOF, then stops it
end_server() {
	local _
	for _ in $(seq 1 "$2"); do kill -0 "$1" 2>/dev/null || break; sleep 0.025; done
	kill "$1" 2>/dev/null || true
}
# select_failure ERRFILE WIDTH: when the server logged SELECT_FAILED, prints
# "FAIL FD_SETSIZE" or "FAIL <its first WIDTH characters>"; else returns 1
select_failure() {
	grep -q '^SELECT_FAILED' "$1" || return 1
	if grep -q 'FD_SETSIZE' "$1"; then
		echo "FAIL FD_SETSIZE"
	else
		echo "FAIL $(grep -m1 '^SELECT_FAILED' "$1" | cut -c1-"$2")"
	fi
}

# pingpong_rounds KS: one uncounted C run at K = 100, then ROUNDS rounds of
# every K of KS and every server of SERVERS; run_one SERVER K ROUND (the
# script's) gives each result, appended to RES[SERVER.K], one a line
pingpong_rounds() {
	local r k s v
	v=$(run_one c 100 warmup)
	note "    warm-up (not counted) K=100 c: $v"
	for r in $(seq 1 "$ROUNDS"); do
		for k in $1; do
			for s in "${SERVERS[@]}"; do
				v=$(run_one "$s" "$k" "$r")
				RES[$s.$k]+="$v"$'\n'
				note "    round $r K=$k $s: $v"
			done
		done
	done
}

# k_head LABEL KS: the two head lines of a table with a column per K
k_head() {
	local row="| $1 |" sep="| --- |" k
	for k in $2; do row+=" K = $(thousands "$k") |"; sep+=" ---: |"; done
	printf '%s\n%s\n' "$row" "$sep"
}
# c_ratio_rows KS LABEL TARGET SERVER...: a line per SERVER, "| NAME LABEL |"
# and its median (MED) over the C server's at each K ("fails" without one);
# TARGET's ratios below 0.90 are marked, and such a ratio or a failure of
# TARGET sets the caller's verdict to **missed**
# shellcheck disable=SC2034 # verdict is the caller's
c_ratio_rows() {
	local ks=$1 label=$2 target=$3 s k r ok row
	shift 3
	for s in "$@"; do
		row="| ${SNAME[$s]}$label |"
		for k in $ks; do
			if [ "${MED[$s.$k]}" = nan ]; then
				row+=" fails |"
				[ "$s" = "$target" ] && verdict="**missed**"
				continue
			fi
			r=$(ratio "${MED[$s.$k]}" "${MED[c.$k]}")
			if [ "$s" = "$target" ]; then
				ok=$(awk -v r="$r" 'BEGIN { print (r != "n/a" && r >= 0.90) ? "" : " **< 0.9**" }')
				[ -z "$ok" ] || verdict="**missed**"
				row+=" ${r}x$ok |"
			else
				row+=" ${r}x |"
			fi
		done
		printf '%s\n' "$row"
	done
}
# k_rows KS: a line per server of SERVERS, its name (SNAME) and CELL per K
k_rows() {
	local s k row
	for s in "${SERVERS[@]}"; do
		row="| ${SNAME[$s]} |"
		for k in $1; do row+=" ${CELL[$s.$k]} |"; done
		printf '%s\n' "$row"
	done
}
