#!/usr/bin/env bash
# stream_select(): tsp_sockets' (poll(), no FD_SETSIZE limit) against core's (select()), tsp_sockets'
# socket_select() and a C poll() server, in one run (about five minutes).
#   bench/stream_select.sh
# Tunables (environment): ROUNDS=5 KS="100 1000 3000 10000" N=20000 MAX_MS=2000 CORE=0 K1=2000 K2=6000 M=100
#                         PHP=php8.2 TSP_SO=modules/tsp_sockets.so
# (1) ping-pong round trips/s and server CPU per round trip through a select loop with K idle
#     connections open (bench/select_client.c against bench/select_server.c and bench/select_server.php),
# (2) callgrind instructions of one stream_select() call over M streams (bench/stream_select_ops.php).
# Prints Markdown and saves it to bench/out/stream_select.md; raw logs in bench/out/stream_select/.
set -euo pipefail

BENCH_ME=stream_select.sh
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RAW=$OUT/stream_select
use_tsp_so
tunables ROUNDS=5 "KS=100 1000 3000 10000" N=20000 MAX_MS=2000 CORE=0 K1=2000 K2=6000 M=100
SERVERS=(c ours core sockets)
declare -A SNAME=(
	[c]="C, poll()"
	[ours]="PHP stream_select, tsp_sockets (poll)"
	[core]="PHP stream_select, core (select)"
	[sockets]="PHP socket_select, tsp_sockets"
)

need_tool taskset util-linux
need_tool valgrind valgrind
need_tool cc gcc
need_tool awk gawk

need_tsp_so
"$PHP" -n -d "extension=$TSP_SO" -r 'exit(ini_get("tsp_sockets.stream_select") === "1" ? 0 : 1);' \
	|| die "tsp_sockets from $TSP_SO does not replace stream_select()"

raise_nofile
need_nofile_for "$KS"

clean_raw
cc_bench select_client "$RAW"
cc_bench select_server "$RAW"

MD=$RAW/md.tmp
: >"$MD"

# ------------------------------------------------- (1) ping-pong through select ----

server_cmd() { # SERVER -> SCMD array
	case $1 in
		c) SCMD=("$RAW/select_server" 60) ;;
		ours) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/select_server.php" streams 60) ;;
		core) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d tsp_sockets.stream_select=0 -d display_errors=stderr "$BENCH/select_server.php" streams 60) ;;
		sockets) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/select_server.php" sockets 60) ;;
	esac
}

# SERVER K ROUND -> prints "RATE CPU_NS_PER_RTT", or "FAIL <reason>"
run_one() {
	local s=$1 k=$2 r=$3 base port="" pid spid="" rc=0 line
	base=$RAW/pp_${s}_${k}_$r
	server_cmd "$s"
	taskset -c "$CORE" timeout 90 "${SCMD[@]}" >"$base.srv.out" 2>"$base.srv.err" &
	pid=$!
	port=$(first_line "$base.srv.out" "$pid" 200)
	# the server is timeout's child: the client reads its CPU time
	spid=$(pgrep -P "$pid" | head -n 1 || true)
	if [ -z "$port" ] || [ -z "$spid" ]; then
		not_started "$pid"
		return
	fi
	line=$(taskset -c "$CORE" timeout 90 "$RAW/select_client" "$port" "$k" "$N" "$MAX_MS" 200 30000 "$spid" 2>&1) || true
	echo "$line" >"$base.cli"
	# The server ends at the client's EOF; give it a moment, then stop it.
	end_server "$pid" 200
	wait "$pid" || rc=$?
	echo "$rc" >"$base.srv.rc"
	if select_failure "$base.srv.err" 80; then
		:
	elif [[ $line == ok\ * ]] && [ "$rc" = 0 ]; then
		awk -v l="$line" 'BEGIN { n = split(l, f, " "); for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
			printf "%s %s\n", v["rate"], (v["srv_ns"] != "" && v["rtt"] > 0) ? v["srv_ns"] / v["rtt"] : "nan" }'
	elif [[ $line == ok\ * ]]; then
		echo "FAIL server exit $rc"
	else
		echo "FAIL client: ${line:-no output}"
	fi
}

declare -A RES
bench_pingpong() {
	note "(1) ping-pong: K in {$KS}, servers ${SERVERS[*]}, $ROUNDS rounds alternating, both on core $CORE"
	pingpong_rounds "$KS"
}

declare -A MED CPU CELL
summarise() {
	local s k vals nok nfail lo hi
	for s in "${SERVERS[@]}"; do
		for k in $KS; do
			vals=$(printf '%s' "${RES[$s.$k]}" | grep -v '^FAIL' | grep . || true)
			nok=$(printf '%s' "$vals" | grep -c . || true)
			nfail=$(printf '%s' "${RES[$s.$k]}" | grep -c '^FAIL' || true)
			if [ "$nok" = 0 ]; then
				MED[$s.$k]=nan
				CPU[$s.$k]=nan
				CELL[$s.$k]="**fails: $(printf '%s' "${RES[$s.$k]}" | head -n 1 | sed 's/^FAIL //')** ($nfail/$nfail)"
				continue
			fi
			MED[$s.$k]=$(printf '%s\n' "$vals" | awk '{ print $1 }' | median)
			CPU[$s.$k]=$(printf '%s\n' "$vals" | awk '$2 != "nan" { print $2 / 1000 }' | median)
			lo=$(printf '%s\n' "$vals" | awk '{ print $1 }' | sort -g | head -n 1)
			hi=$(printf '%s\n' "$vals" | awk '{ print $1 }' | sort -g | tail -n 1)
			CELL[$s.$k]="$(thousands "${MED[$s.$k]}") ($(thousands "$lo")–$(thousands "$hi"))"
			[ "$nfail" = 0 ] || CELL[$s.$k]+=" + $nfail failed"
		done
	done
}

report_pingpong() {
	local s k row r ok verdict=met verdict2=met f
	md "## (1) Ping-pong through a select loop with K idle connections"
	md ""
	md "One server process: a listener + K idle connections + 1 active connection, all in the read set of every"
	md "select call; it accepts when the listener is ready and echoes (read ≤ 64 bytes, write back) the active"
	md "connection's 1-byte message (bench/select_server.php \`streams\` and \`sockets\`, bench/select_server.c)."
	md "Client (bench/select_client.c): K idle connections, then one active connection doing 200 untimed round"
	md "trips, then up to $N timed ones or ${MAX_MS} ms, whichever first; it reads the server's CPU time"
	md "(/proc/PID/schedstat) before and after the timed ones. Client and server both pinned to core $CORE, so the"
	md "cost of the select call is on the critical path. $ROUNDS round(s), servers alternating within each round,"
	md "after one uncounted C run at K = 100; median (min–max)."
	md ""
	md "Round trips per second:"
	md ""
	k_head server "$KS" >>"$MD"
	k_rows "$KS" >>"$MD"
	md ""
	md "Server CPU per round trip (µs, median):"
	md ""
	k_head server "$KS" >>"$MD"
	for s in "${SERVERS[@]}"; do
		row="| ${SNAME[$s]} |"
		for k in $KS; do
			if [ "${CPU[$s.$k]}" = nan ]; then row+=" – |"; else row+=" $(awk -v v="${CPU[$s.$k]}" 'BEGIN { printf "%.1f", v }') |"; fi
		done
		md "$row"
	done
	md ""
	md "Ratios (medians):"
	md ""
	k_head ratio "$KS" >>"$MD"
	c_ratio_rows "$KS" " / C, round trips" ours ours core sockets >>"$MD"
	row="| ours / core, round trips |"
	for k in $KS; do
		if [ "${MED[ours.$k]}" = nan ] || [ "${MED[core.$k]}" = nan ]; then row+=" – |"; continue; fi
		r=$(ratio "${MED[ours.$k]}" "${MED[core.$k]}")
		ok=$(awk -v r="$r" 'BEGIN { print (r != "n/a" && r >= 1.00) ? "" : " **< 1**" }')
		[ -z "$ok" ] || verdict2="**missed**"
		row+=" ${r}x$ok |"
	done
	md "$row"
	row="| ours / core, server CPU per round trip |"
	for k in $KS; do
		if [ "${CPU[ours.$k]}" = nan ] || [ "${CPU[core.$k]}" = nan ]; then row+=" – |"; else row+=" $(ratio "${CPU[ours.$k]}" "${CPU[core.$k]}")x |"; fi
	done
	md "$row"
	row="| ours / C, server CPU per round trip |"
	for k in $KS; do
		if [ "${CPU[ours.$k]}" = nan ] || [ "${CPU[c.$k]}" = nan ]; then row+=" – |"; else row+=" $(ratio "${CPU[ours.$k]}" "${CPU[c.$k]}")x |"; fi
	done
	md "$row"
	md ""
	md "- Target: tsp_sockets' stream_select() at 0.9x of the C poll() server or better at every K: $verdict."
	md "- Target: not slower than core's stream_select() where core works (K below 1,024): $verdict2."
	f=$(grep -l '^SELECT_FAILED' "$RAW"/pp_core_*.srv.err 2>/dev/null | head -n 1 || true)
	if [ -n "$f" ]; then
		md "- Core's stream_select() fails once a descriptor reaches FD_SETSIZE: it warns"
		md "  \"$(grep -m1 -o 'stream_select(): .*' "$f" | head -n 1)"
		md "  $(grep -m1 'It is set to' "$f" | sed 's/[[:space:]]*$//')\" and returns false (server stops; logged in $(basename "$f"))."
	fi
	md ""
}

# ------------------------------------------------------- (2) callgrind ----

declare -A IR
callgrind_one() { # WHICH OP K -> prints total Ir
	local e=$1 op=$2 k=$3 off=()
	[ "$e" = core ] && off=(-d tsp_sockets.stream_select=0)
	callgrind_ir 300 "$RAW/cg_$1_$2_$3.out" " (or wrong result): $e $op $k" \
		"$PHP" -n -d "extension=$TSP_SO" "${off[@]}" "$BENCH/stream_select_ops.php" "$op" "$k" "$M"
}

bench_callgrind() {
	local e op a b
	note "(2) callgrind: stream_select_ops.php setup/idle/ready/last/rw over $M streams at K=$K1 and K=$K2"
	for e in core ours; do
		for op in setup idle ready last rw; do
			a=$(callgrind_one "$e" "$op" "$K1")
			b=$(callgrind_one "$e" "$op" "$K2")
			IR[$e.$op]=$(per_iter "$a" "$b" $((K2 - K1)))
			note "    $e $op: ${IR[$e.$op]} Ir/iteration"
		done
	done
}

report_callgrind() {
	local op r net_c net_o label
	md "## (2) Instructions per stream_select() call over $M streams (callgrind)"
	md ""
	md "bench/stream_select_ops.php: \`\$r = \$all; \$w = \$e = null; stream_select(\$r, \$w, \$e, 0)\` with \$all the $M ends of"
	md "$((M / 2)) stream_socket_pair()s. Ir per iteration = (Ir(K=$K2) − Ir(K=$K1)) / $((K2 - K1)), so start-up cancels."
	md "*idle*: none ready (returns 0); *ready*: one byte waits on the first stream (returns 1); *last*: on the last one,"
	md "as in a server whose active connection came last, with a \`foreach\` over the result (core's result array then"
	md "holds every key below the ready one as an empty slot, which the foreach walks too); *rw*: all $M in the read and"
	md "the write set, all writable (returns $M). *call only* subtracts the loop without the call (copying \$all, the"
	md "nulls: core ${IR[core.setup]}, ours ${IR[ours.setup]} Ir). User-space instructions only: both make one"
	md "select()/poll() system call."
	md ""
	md "| $M streams, timeout 0 | core Ir | tsp_sockets Ir | tsp/core |"
	md "| --- | ---: | ---: | ---: |"
	for op in idle ready last rw; do
		case $op in
			idle) label="none ready" ;; ready) label="one ready" ;; last) label="the last one ready, + foreach" ;;
			rw) label="read + write sets, all writable" ;;
		esac
		net_c=$(( ${IR[core.$op]} - ${IR[core.setup]} ))
		net_o=$(( ${IR[ours.$op]} - ${IR[ours.setup]} ))
		r=$(ratio "$net_o" "$net_c")
		md "| $label, call only | $(thousands "$net_c") ($(awk -v v="$net_c" -v m="$M" 'BEGIN { printf "%.0f", v / m }')/stream) | $(thousands "$net_o") ($(awk -v v="$net_o" -v m="$M" 'BEGIN { printf "%.0f", v / m }')/stream) | $r |"
	done
	md ""
}

# ------------------------------------------------------------------ main ----

START=$(date +%s)
LOAD0=$(cut -d" " -f1-3 /proc/loadavg)
bench_pingpong
summarise
bench_callgrind
{
	echo "# stream_select: tsp_sockets (poll) vs core (select) vs socket_select vs C poll()"
	echo ""
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(cpu_model)),"
	echo "$("$PHP" -r 'echo "PHP ", PHP_VERSION;'), ulimit -n $(ulimit -n), FD_SETSIZE 1024, load average at the start: $LOAD0, tsp_sockets: $TSP_SO"
	echo ""
} >"$RAW/head.md"
report_pingpong
report_callgrind
md "Run time $(($(date +%s) - START)) s. Command: bench/stream_select.sh (ROUNDS=$ROUNDS KS=\"$KS\" N=$N MAX_MS=$MAX_MS CORE=$CORE K1=$K1 K2=$K2 M=$M). Raw logs: bench/out/stream_select/."
cat "$RAW/head.md" "$MD" >"$OUT/stream_select.md"
rm -f "$MD"
cat "$OUT/stream_select.md"
