#!/usr/bin/env bash
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# Io\Poll against a C epoll server, socket_select() and stream_select(), in one run:
# ping-pong round trips through a server that holds K idle connections.
#   bench/iopoll.sh
# Tunables (environment): ROUNDS=5 KS="100 1000 10000 50000" N=20000 MAX_MS=3000 CORE=0 CLIENT_CORE=$CORE
#                         PHP=php8.2 TSP_SO=modules/tsp_sockets.so
# Servers: C epoll (bench/iopoll_server.c, the limit), tsp_sockets' Io\Poll on epoll
# (bench/iopoll_server.php), tsp_sockets' socket_select() and stream_select() on poll,
# and core's stream_select() (bench/select_server.php; PHP without the extension). Client: bench/iopoll_client.c. The server is
# pinned to core CORE, the client to CLIENT_CORE (by default the same core: the server's cost
# is then on the critical path, and no cross-core wake-up blurs it).
# A K the descriptor limit does not allow (ulimit -n, raised to the hard limit) is
# reported as such, and the largest K it allows is measured instead.
# Prints Markdown and saves it to bench/out/iopoll.md; raw logs in bench/out/iopoll/.
set -euo pipefail

BENCH_ME=iopoll.sh
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RAW=$OUT/iopoll
use_tsp_so
tunables ROUNDS=5 "KS=100 1000 10000 50000" N=20000 MAX_MS=3000 CORE=0
CLIENT_CORE=${CLIENT_CORE:-$CORE}
SERVERS=(c iopoll select sstream streams)
declare -A SNAME=(
	[c]="C, epoll (the limit)"
	[iopoll]="PHP tsp_sockets, Io\\Poll (epoll)"
	[select]="PHP tsp_sockets, socket_select (poll)"
	[sstream]="PHP tsp_sockets, stream_select (poll)"
	[streams]="PHP core, stream_select"
)

need_cmds "" taskset cc awk
need_tsp_so
"$PHP" -n -d "extension=$TSP_SO" -r 'exit(class_exists("Io\Poll\Context") && class_exists("SocketPollHandle") ? 0 : 1);' \
	|| die "tsp_sockets' Io\\Poll does not load from $TSP_SO"

raise_nofile
LIMIT=$(ulimit -n)
[ "$LIMIT" = unlimited ] && LIMIT=1048576
# what K a process can hold: K connections and a few more descriptors
fits() { [ $(($1 + 64)) -le "$LIMIT" ]; }
RUNKS=""
SKIPPED=""
for k in $KS; do
	if fits "$k"; then RUNKS+=" $k"; else SKIPPED+=" $k"; fi
done
if [ -n "$SKIPPED" ]; then
	KFIT=$(( (LIMIT - 100) / 1000 * 1000 ))
	case " $RUNKS " in *" $KFIT "*) ;; *) RUNKS+=" $KFIT" ;; esac
fi
RUNKS=${RUNKS# }

clean_raw
cc_bench iopoll_client "$RAW"
cc_bench iopoll_server "$RAW"

server_cmd() { # SERVER -> SCMD array
	case $1 in
		c) SCMD=("$RAW/iopoll_server" 120) ;;
		iopoll) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/iopoll_server.php" Epoll 120) ;;
		select) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/select_server.php" sockets 120) ;;
		sstream) SCMD=("$PHP" -n -d "extension=$TSP_SO" -d display_errors=stderr "$BENCH/select_server.php" streams 120) ;;
		streams) SCMD=("$PHP" -n -d display_errors=stderr "$BENCH/select_server.php" streams 120) ;;
	esac
}

# SERVER K ROUND -> prints "RATE CPU_US", or "FAIL <reason>"
run_one() {
	local s=$1 k=$2 r=$3 base port="" pid line
	base=$RAW/pp_${s}_${k}_$r
	server_cmd "$s"
	taskset -c "$CORE" "${SCMD[@]}" >"$base.srv.out" 2>"$base.srv.err" &
	pid=$!
	port=$(first_line "$base.srv.out" "$pid" 400)
	if [ -z "$port" ]; then
		not_started "$pid"
		return
	fi
	line=$(taskset -c "$CLIENT_CORE" timeout 300 "$RAW/iopoll_client" "$port" "$k" "$pid" "$N" "$MAX_MS" 200 120000 2>&1) || true
	echo "$line" >"$base.cli"
	end_server "$pid" 400
	wait "$pid" 2>/dev/null || true
	if select_failure "$base.srv.err" 70; then
		:
	elif [[ $line == ok\ * ]]; then
		echo "$(echo "$line" | sed -E 's/.*rate=([0-9.]+).*/\1/') $(echo "$line" | sed -E 's/.*cpu_us=(-?[0-9.]+).*/\1/')"
	else
		echo "FAIL client: ${line:-no output}"
	fi
}

declare -A RES
START=$(date +%s)
note "ping-pong: K in {$RUNKS}, servers ${SERVERS[*]}, $ROUNDS rounds alternating, server on core $CORE, client on core $CLIENT_CORE (ulimit -n $LIMIT)"
pingpong_rounds "$RUNKS"

declare -A RATE BEST CPU CELL
for s in "${SERVERS[@]}"; do
	for k in $RUNKS; do
		vals=$(printf '%s' "${RES[$s.$k]}" | grep -v '^FAIL' || true)
		if [ -z "$vals" ]; then
			RATE[$s.$k]=nan
			BEST[$s.$k]=nan
			CPU[$s.$k]=nan
			CELL[$s.$k]="**fails: $(printf '%s' "${RES[$s.$k]}" | head -n 1 | sed 's/^FAIL //')**"
			continue
		fi
		RATE[$s.$k]=$(printf '%s\n' "$vals" | awk '{ print $1 }' | median)
		BEST[$s.$k]=$(printf '%s\n' "$vals" | awk '{ print $1 }' | sort -g | tail -n 1)
		CPU[$s.$k]=$(printf '%s\n' "$vals" | awk '{ print $2 }' | median)
		nfail=$(printf '%s' "${RES[$s.$k]}" | grep -c '^FAIL' || true)
		CELL[$s.$k]="$(thousands "${RATE[$s.$k]}") ($(thousands "${BEST[$s.$k]}")) / $(awk -v c="${CPU[$s.$k]}" 'BEGIN { printf "%.1f", c }') µs"
		[ "$nfail" = 0 ] || CELL[$s.$k]+=" ($nfail failed)"
	done
done

MD=$OUT/iopoll.md
{
	echo "# Io\\Poll: ping-pong through a server holding K idle connections"
	echo ""
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(cpu_model)),"
	echo "$("$PHP" -r 'echo "PHP ", PHP_VERSION;'), kernel $(uname -r), ulimit -n $LIMIT, tsp_sockets: $TSP_SO"
	echo ""
	echo "One server process: a listener, K idle connections and 1 active one, all watched for reading; it"
	echo "accepts what the listener has and echoes (read ≤ 64 bytes, write back) the active connection's 1-byte"
	echo "message. Client (bench/iopoll_client.c): K idle connections, then 200 untimed round trips on the"
	echo "active one, then up to $N timed ones or ${MAX_MS} ms. Server on core $CORE, client on core $CLIENT_CORE. $ROUNDS rounds,"
	echo "servers alternating. Cells: median round trips per second (the best round in brackets: on a shared"
	echo "machine the best is the least disturbed) / median server CPU per round trip (/proc/PID/schedstat"
	echo "over the timed round trips)."
	echo ""
	k_head server "$RUNKS"
	k_rows "$RUNKS"
	echo ""
	echo "Round trips per second as a ratio to the C epoll server at the same K, and Io\\Poll against its own K = 100:"
	echo ""
	k_head ratio "$RUNKS"
	verdict=met
	for s in iopoll select sstream streams; do
		row="| ${SNAME[$s]} / C, round trips/s |"
		for k in $RUNKS; do
			r=$(ratio "${RATE[$s.$k]}" "${RATE[c.$k]}")
			if [ "$s" = iopoll ] && { [ "$r" = n/a ] || awk -v r="$r" 'BEGIN { exit !(r < 0.90) }'; }; then
				row+=" **${r}x** |"; verdict="**missed**"
			else
				row+=" ${r}x |"
			fi
		done
		echo "$row"
	done
	row="| ${SNAME[iopoll]} / C, best rounds |"
	for k in $RUNKS; do row+=" $(ratio "${BEST[iopoll.$k]}" "${BEST[c.$k]}")x |"; done
	echo "$row"
	row="| C / Io\\Poll, server CPU per round trip |"
	for k in $RUNKS; do row+=" $(ratio "${CPU[c.$k]}" "${CPU[iopoll.$k]}")x |"; done
	echo "$row"
	kmax=0
	for k in $RUNKS; do [ "$k" -gt "$kmax" ] && kmax=$k; done
	for s in iopoll c; do
		row="| ${SNAME[$s]}, K / K = 100, round trips/s |"
		for k in $RUNKS; do row+=" $(ratio "${RATE[$s.$k]}" "${RATE[$s.100]:-nan}")x |"; done
		echo "$row"
		row="| ${SNAME[$s]}, K = 100 / K, server CPU per round trip |"
		for k in $RUNKS; do row+=" $(ratio "${CPU[$s.100]:-nan}" "${CPU[$s.$k]}")x |"; done
		echo "$row"
	done
	flat=$(ratio "${RATE[iopoll.$kmax]}" "${RATE[iopoll.100]:-nan}")
	flatcpu=$(ratio "${CPU[iopoll.100]:-nan}" "${CPU[iopoll.$kmax]}")
	echo ""
	echo "- Target: Io\\Poll at 0.9x of the C epoll server or better at every K (medians): $verdict."
	if [ "$flat" != n/a ] && awk -v r="$flat" 'BEGIN { exit !(r >= 0.90) }'; then
		echo "- Target: Io\\Poll at the largest K ($(thousands "$kmax")) within 10% of its K = 100 round trips/s: met (${flat}x; server CPU per round trip ${flatcpu}x)."
	else
		echo "- Target: Io\\Poll at the largest K ($(thousands "$kmax")) within 10% of its K = 100 round trips/s: **missed** (${flat}x; server CPU per round trip ${flatcpu}x). Compare the C server's own K / K = 100 line: what it loses, the client and the kernel lose, not the server's wait."
	fi
	for k in $SKIPPED; do
		echo "- K = $(thousands "$k") not measured: a process here may hold at most $LIMIT descriptors (ulimit -n, the hard"
		echo "  limit; raising it needs CAP_SYS_RESOURCE); K = $(thousands "$KFIT") is the largest that fits."
	done
	f=$(grep -l 'FD_SETSIZE' "$RAW"/pp_streams_*.srv.err 2>/dev/null | head -n 1 || true)
	if [ -n "$f" ]; then
		echo "- Core's stream_select() fails once a descriptor reaches FD_SETSIZE (1024): \"$(grep -m1 -o 'stream_select(): .*' "$f" | head -n 1 | cut -c1-120)\"."
	fi
	echo "- socket_select() and stream_select() pass every descriptor to the kernel on every call: their cost grows with K."
	echo ""
	echo "Run time $(($(date +%s) - START)) s. Command: bench/iopoll.sh (ROUNDS=$ROUNDS KS=\"$KS\" N=$N MAX_MS=$MAX_MS CORE=$CORE CLIENT_CORE=$CLIENT_CORE). Raw logs: bench/out/iopoll/."
} >"$MD"
cat "$MD"
