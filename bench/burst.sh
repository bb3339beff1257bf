#!/usr/bin/env bash
# Burst of simultaneous connects against a slowly accepting stream_socket_server():
# core's default backlog (32) against tsp_sockets' (net.core.somaxconn), side by side.
#   bench/burst.sh [N=2000] [ROUNDS=3] [PAUSE_US=500]
set -euo pipefail
BENCH_ME=burst.sh
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
EXT=$ROOT/modules/tsp_sockets.so
N=${1:-2000}; ROUNDS=${2:-3}; PAUSE=${3:-500}
mkdir -p "$OUT"
cc_bench burst_client "$OUT"
raise_nofile

run_one() { # $1 = extra php flags
	local log port line
	log=$(mktemp)
	# shellcheck disable=SC2086
	"$PHP" -n -d extension="$EXT" $1 "$BENCH/burst_server.php" "$N" "$PAUSE" 60 >"$log" 2>&1 &
	local pid=$!
	for _ in $(seq 1 100); do port=$(head -n 1 "$log" 2>/dev/null || true); [ -n "$port" ] && break; sleep 0.05; done
	line=$("$OUT/burst_client" "$port" "$N" 20000)
	wait "$pid" || true
	rm -f "$log"
	echo "$line"
}

echo "burst: $N simultaneous connects to 127.0.0.1, server accepts one per ${PAUSE}us; somaxconn=$(cat /proc/sys/net/core/somaxconn)"
printf '%-34s %s\n' "server" "result"
for r in $(seq 1 "$ROUNDS"); do
	printf '%-34s %s\n' "core (backlog 32) round $r" "$(run_one '-d tsp_sockets.stream_server=0')"
	printf '%-34s %s\n' "tsp_sockets (default) round $r" "$(run_one '')"
done | tee "$OUT/burst.txt"
