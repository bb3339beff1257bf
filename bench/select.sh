#!/usr/bin/env bash
# socket_select(): tsp_sockets (poll/ppoll, no FD_SETSIZE limit) against ext/sockets (select()),
# core streams' stream_select() and a C poll() server, in one run (about 2.5 minutes).
#   bench/select.sh
# Tunables (environment): ROUNDS=5 KS="100 1000 3000" N=20000 MAX_MS=3000 CORE=0 K1=2000 K2=6000 MANY=1000
#                         PHP=php8.2 TSP_SO=modules/tsp_sockets.so
# (1) ping-pong round trips/s through a select loop with K idle connections open,
# (2) callgrind instructions of one socket_select() call on one socket.
# Prints Markdown and saves it to bench/out/select.md; raw logs in bench/out/select/.
set -euo pipefail

BENCH_ME=select.sh
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RAW=$OUT/select
use_tsp_so
tunables ROUNDS=5 "KS=100 1000 3000" N=20000 MAX_MS=3000 CORE=0 K1=2000 K2=6000 MANY=1000
SERVERS=(c tsp ext streams)
declare -A SNAME=(
	[c]="C, poll()"
	[tsp]="PHP tsp_sockets, socket_select"
	[ext]="PHP ext/sockets, socket_select"
	[streams]="PHP core streams, stream_select"
)

need_tool taskset util-linux
need_tool timeout coreutils
need_tool valgrind valgrind
need_tool callgrind_annotate valgrind
need_tool cc gcc
need_tool awk gawk

need_tsp_so
need_ext_sockets
"$PHP" -n -d "extension=$TSP_SO" -r 'exit(function_exists("socket_select") && extension_loaded("tsp_sockets") ? 0 : 1);' \
	|| die "tsp_sockets does not load from $TSP_SO"

raise_nofile
need_nofile_for "$KS"

clean_raw
cc_bench select_client "$RAW"
cc_bench select_server "$RAW"

MD=$RAW/select.md.tmp
: >"$MD"

# ------------------------------------------------- (1) ping-pong through select ----

server_cmd() { # SERVER -> SCMD array
	case $1 in
		c) SCMD=("$RAW/select_server" 60) ;;
		tsp) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/select_server.php" sockets 60) ;;
		ext) SCMD=("$PHP" -n -d extension=sockets -d display_errors=stderr "$BENCH/select_server.php" sockets 60) ;;
		streams) SCMD=("$PHP" -n -d display_errors=stderr "$BENCH/select_server.php" streams 60) ;;
	esac
}

# SERVER K ROUND -> prints a rate, or "FAIL <reason>"
run_one() {
	local s=$1 k=$2 r=$3 base port="" pid rc=0 line
	base=$RAW/pp_${s}_${k}_$r
	server_cmd "$s"
	taskset -c "$CORE" timeout 90 "${SCMD[@]}" >"$base.srv.out" 2>"$base.srv.err" &
	pid=$!
	port=$(first_line "$base.srv.out" "$pid" 200)
	if [ -z "$port" ]; then
		not_started "$pid"
		return
	fi
	line=$(taskset -c "$CORE" timeout 90 "$RAW/select_client" "$port" "$k" "$N" "$MAX_MS" 200 30000 2>&1) || true
	echo "$line" >"$base.cli"
	# The server ends at the client's EOF; give it a moment, then stop it.
	end_server "$pid" 200
	wait "$pid" || rc=$?
	echo "$rc" >"$base.srv.rc"
	if select_failure "$base.srv.err" 80; then
		:
	elif [[ $line == ok\ * ]] && [ "$rc" = 0 ]; then
		echo "${line##*rate=}"
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

declare -A MED CELL
summarise() {
	local s k vals nok nfail fails lo hi
	for s in "${SERVERS[@]}"; do
		for k in $KS; do
			vals=$(printf '%s' "${RES[$s.$k]}" | grep -v '^FAIL' || true)
			fails=$(printf '%s' "${RES[$s.$k]}" | grep '^FAIL' | sed 's/^FAIL //' | sort | uniq -c | awk '{ $1 = $1 " ×"; print }' | paste -sd ';' - || true)
			nok=$(printf '%s' "$vals" | grep -c . || true)
			nfail=$(printf '%s' "${RES[$s.$k]}" | grep -c '^FAIL' || true)
			if [ "$nok" = 0 ]; then
				MED[$s.$k]=nan
				if [ "$(printf '%s' "${RES[$s.$k]}" | grep '^FAIL' | sort -u | wc -l)" = 1 ]; then
					CELL[$s.$k]="**fails: $(printf '%s' "${RES[$s.$k]}" | head -n 1 | sed 's/^FAIL //')** ($nfail/$nfail)"
				else
					CELL[$s.$k]="**fails**: $fails"
				fi
				continue
			fi
			MED[$s.$k]=$(printf '%s\n' "$vals" | median)
			lo=$(printf '%s\n' "$vals" | sort -g | head -n 1)
			hi=$(printf '%s\n' "$vals" | sort -g | tail -n 1)
			CELL[$s.$k]="$(thousands "${MED[$s.$k]}") ($(thousands "$lo")–$(thousands "$hi"))"
			[ "$nfail" = 0 ] || CELL[$s.$k]+=" + $nfail failed: $fails"
		done
	done
}

report_pingpong() {
	local s k row r ok verdict=met
	md "## (1) Ping-pong round trips per second through a select loop with K idle connections"
	md ""
	md "One server process: a listener + K idle connections + 1 active connection, all in the read set of every"
	md "select call; it accepts when the listener is ready and echoes (read ≤ 64 bytes, write back) the active"
	md "connection's 1-byte message. Client (select_client.c): K idle connections, then one active connection doing"
	md "200 untimed round trips, then up to $N timed ones or ${MAX_MS} ms, whichever first. Client and server both"
	md "pinned to core $CORE (taskset), so the cost of the select call is on the critical path. $ROUNDS round(s), servers"
	md "alternating (C, tsp, ext, streams) within each round, after one uncounted C run at K = 100 as warm-up;"
	md "median (min–max) round trips/s."
	md ""
	k_head server "$KS" >>"$MD"
	k_rows "$KS" >>"$MD"
	md ""
	md "Ratio to the C poll() server at the same K (medians):"
	md ""
	k_head server "$KS" >>"$MD"
	c_ratio_rows "$KS" "" tsp tsp ext streams >>"$MD"
	row="| tsp_sockets / ext/sockets |"
	for k in $KS; do
		if [ "${MED[tsp.$k]}" = nan ] || [ "${MED[ext.$k]}" = nan ]; then row+=" – |"; else row+=" $(ratio "${MED[tsp.$k]}" "${MED[ext.$k]}")x |"; fi
	done
	md "$row"
	md ""
	md "- Target: tsp_sockets at 0.9x of C or better at every K, including K = 3,000: $verdict."
	md "- Earlier here on ext/sockets: 0.86x of C at K = 100, 0.77x at K = 1,000, failure at K = 3,000."
	local f
	for s in ext streams; do
		f=$(grep -l '^SELECT_FAILED' "$RAW"/pp_"${s}"_*.srv.err 2>/dev/null | head -n 1 || true)
		if [ -n "$f" ]; then
			md "- ${SNAME[$s]}: fails once a descriptor reaches FD_SETSIZE: the select call warns"
			md "  \"$(grep -m1 -o '[a-z_]*select(): .*' "$f" | head -n 1)"
			md "  $(grep -m1 'It is set to' "$f" | sed 's/[[:space:]]*$//')\" and returns false (server stops; logged in $(basename "$f"))."
		fi
	done
	md "- Core streams: accepted streams are set non-blocking (blocking ones would poll() once more before each recv)."
	md ""
}

# ------------------------------------------------------- (2) callgrind ----

declare -A IR
callgrind_one() { # EXT OP K -> prints total Ir
	local e=$1 op=$2 k=$3 extarg m=${MANY:-1000}
	case $e in ext) extarg=extension=sockets ;; tsp) extarg=extension=$TSP_SO ;; esac
	callgrind_ir 300 "$RAW/cg_$1_$2_$3.out" " (or wrong result): $e $op $k" \
		"$PHP" -n -d "$extarg" "$BENCH/select_ops.php" "$op" "$k" "$m"
}

# Per-function instructions per iteration: (annotate(K2) - annotate(K1)) / (K2 - K1), top N.
# Inclusive: callers that contain the whole loop body (main, execute_ex, ...) are left out.
function_delta() { # EXT OP N INCLUSIVE(yes|no) [K1 K2]
	local e=$1 op=$2 n=$3 inc=$4 k1=${5:-$K1} k2=${6:-$K2}
	cg_delta "$RAW/cg_${e}_${op}_$k1.out" "$RAW/cg_${e}_${op}_$k2.out" $((k2 - k1)) "$inc" fn |
		awk -F '\t' -v inc="$inc" -v body="${IR[$e.$op]}" '
			{ v = $1 + 0; k = $2; if (v >= 0.5 && (inc == "no" || (v < body - 0.5 && k ~ / \[/))) printf "%8.1f  %s\n", v, k }' |
		sort -gr | first_n "$n"
}

bench_callgrind() {
	local e op a b
	note "(2) callgrind: select_ops.php idle/ready/setup at K=$K1 and K=$K2"
	for e in ext tsp; do
		for op in setup idle ready; do
			a=$(callgrind_one "$e" "$op" "$K1")
			b=$(callgrind_one "$e" "$op" "$K2")
			IR[$e.$op]=$(per_iter "$a" "$b" $((K2 - K1)))
			note "    $e $op: ${IR[$e.$op]} Ir/iteration"
		done
		a=$(callgrind_one "$e" many 200)
		b=$(callgrind_one "$e" many 600)
		IR[$e.many]=$(per_iter "$a" "$b" 400)
		note "    $e many ($MANY sockets): ${IR[$e.many]} Ir/iteration"
	done
}

report_callgrind() {
	local op e net_e net_t r verdict worst=0
	md "## (2) Instructions for one socket_select() on one socket (callgrind)"
	md ""
	md "bench/select_ops.php: \`\$r = [\$a]; \$w = \$e = null; socket_select(\$r, \$w, \$e, 0)\`, \$a one end of"
	md "socket_create_pair(AF_UNIX, SOCK_STREAM). Ir per iteration = (Ir(K=$K2) − Ir(K=$K1)) / $((K2 - K1)), so start-up"
	md "cancels. *not ready*: nothing to read, returns 0 and \$r becomes []; *ready*: one unread byte waits on \$a,"
	md "returns 1 and \$r keeps \$a. *call only* subtracts the same loop without the socket_select() call"
	md "(building [\$a], the two nulls, the loop: ext ${IR[ext.setup]}, tsp ${IR[tsp.setup]} Ir)."
	md ""
	md "| socket_select, one socket, timeout 0 | ext/sockets Ir | tsp_sockets Ir | tsp/ext | ≤ 0.50? |"
	md "| --- | ---: | ---: | ---: | :---: |"
	for op in idle ready; do
		r=$(ratio "${IR[tsp.$op]}" "${IR[ext.$op]}")
		md "| $([ $op = idle ] && echo 'not ready' || echo ready), loop body | $(thousands "${IR[ext.$op]}") | $(thousands "${IR[tsp.$op]}") | $r | $(awk -v r="$r" 'BEGIN { print (r <= 0.5) ? "yes" : "**no**" }') |"
		net_e=$(( ${IR[ext.$op]} - ${IR[ext.setup]} ))
		net_t=$(( ${IR[tsp.$op]} - ${IR[tsp.setup]} ))
		r=$(ratio "$net_t" "$net_e")
		md "| $([ $op = idle ] && echo 'not ready' || echo ready), call only | $(thousands "$net_e") | $(thousands "$net_t") | $r | $(awk -v r="$r" 'BEGIN { print (r <= 0.5) ? "yes" : "**no**" }') |"
		awk -v r="$r" 'BEGIN { exit !(r > 0.5) }' && worst=1
	done
	r=$(ratio "${IR[tsp.many]}" "${IR[ext.many]}")
	md "| reference: $(thousands "$MANY") sockets, none ready, loop body | $(thousands "${IR[ext.many]}") ($(awk -v v="${IR[ext.many]}" -v m="$MANY" 'BEGIN { printf "%.0f", v / m }')/socket) | $(thousands "${IR[tsp.many]}") ($(awk -v v="${IR[tsp.many]}" -v m="$MANY" 'BEGIN { printf "%.0f", v / m }')/socket) | $r | |"
	md ""
	md "- Earlier here on ext/sockets: about 1,760 Ir for a one-socket select; target for tsp_sockets: at most half (≤ 880),"
	md "  i.e. ≤ 0.50 × ext/sockets measured in the same run."
	md "- Both are one poll()/select() system call per socket_select (valgrind counts user-space instructions only)."
	md ""
	if [ "$worst" = 1 ] || [ -n "${SELECT_ANNOTATE:-}" ]; then
		op=idle
		{
			md "### Where tsp_sockets' instructions go: socket_select, not ready (per call, K=$K2 minus K=$K1)"
			md ""
			md "Self cost per iteration by function (callgrind_annotate; php8.2 is stripped, so its static functions show as"
			md "addresses), top 20:"
			md ""
			md '```'
			function_delta tsp "$op" 20 no >>"$MD"
			md '```'
			md ""
			md "Inclusive cost per iteration (callers that hold the whole loop body left out), top 20:"
			md ""
			md '```'
			function_delta tsp "$op" 20 yes >>"$MD"
			md '```'
			md ""
			md "ext/sockets for comparison (self cost, top 12):"
			md ""
			md '```'
			function_delta ext "$op" 12 no >>"$MD"
			md '```'
			md ""
		}
	else
		md "The socket_select() call itself costs at most half of ext/sockets' (the call-only lines); the loop-body lines also count the PHP code around the call, the same for both (set SELECT_ANNOTATE=1 for the per-function breakdown)."
		md ""
	fi
	if [ "${IR[tsp.many]}" -gt "${IR[ext.many]}" ]; then
		md "### With $(thousands "$MANY") sockets tsp_sockets spends more user-space instructions than ext/sockets"
		md ""
		md "Self cost per call by function, $(thousands "$MANY") sockets none ready (K=600 minus K=200 calls), top 10, tsp_sockets:"
		md ""
		md '```'
		function_delta tsp many 10 no 200 600 >>"$MD"
		md '```'
		md ""
		md "ext/sockets:"
		md ""
		md '```'
		function_delta ext many 6 no 200 600 >>"$MD"
		md '```'
		md ""
	fi
}

# ------------------------------------------------------------------ main ----

START=$(date +%s)
bench_pingpong
summarise
bench_callgrind
{
	echo "# socket_select: tsp_sockets vs ext/sockets vs core streams vs C poll()"
	echo ""
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(cpu_model)),"
	echo "$("$PHP" -r 'echo "PHP ", PHP_VERSION;'), ulimit -n $(ulimit -n), FD_SETSIZE 1024, tsp_sockets: $TSP_SO"
	echo ""
} >"$RAW/head.md"
report_pingpong
report_callgrind
md "Run time $(($(date +%s) - START)) s. Command: bench/select.sh (ROUNDS=$ROUNDS KS=\"$KS\" N=$N MAX_MS=$MAX_MS CORE=$CORE K1=$K1 K2=$K2 MANY=$MANY). Raw logs: bench/out/select/."
cat "$RAW/head.md" "$MD" >"$OUT/select.md"
rm -f "$MD"
cat "$OUT/select.md"
