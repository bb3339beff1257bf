#!/usr/bin/env bash
# HTTP servers in PHP (tsp_sockets and the bundled ext/sockets) against the
# same servers written in C, in one run.      usage: bench/serve.sh
# Prints a Markdown report and saves it to bench/out/serve.md; raw client,
# strace and callgrind outputs go to bench/out/serve_raw/ (bench/out is
# git-ignored). Loopback (127.0.0.1) only; every loop is bounded; ~5-6 min.
#
# Servers (each prints its port, then serves until SIGTERM or 10 s idle):
#   accept loop   bench/serve_accept.c (cc -O2) and bench/serve_accept.php:
#                 accept, read the request (<= 1 KiB), write a short HTTP/1.0
#                 reply, close. Client: ab (no keep-alive), ab -n AB_N -c AB_C.
#   keep-alive    bench/serve_poll.c (poll()) and bench/serve_keepalive.php
#                 (socket_select(); PHP has no poll()): non-blocking listener,
#                 every connection in the set, HTTP/1.1 keep-alive replies.
#                 Client: wrk -t1 -c WRK_C -d WRK_D (keep-alive).
#   WORKERS=1     one process. WORKERS=2 (one per core): prefork (fork /
#                 pcntl_fork), every worker opens its OWN SO_REUSEPORT listener
#                 on the same port (no shared listener); the parent only waits.
#   Each PHP server runs with tsp_sockets (php -n -d extension=TSP_SO) and
#   with ext/sockets (php -n -d extension=sockets).
#
# Placements ("config"; server and client pinned with taskset -c):
#   1w          1 worker on core 0, client on core 1 (the C-vs-PHP comparison)
#   pf2@0       2 workers, both on core 0, client on core 1
#   pf2@0-1     2 workers on cores 0-1, client on core 1 (shares a core with one worker)
#   1w-free     1 worker, nothing pinned
#   pf2-free    2 workers, nothing pinned
# Each round runs every config and, inside it, C, tsp, ext in turn
# (C, tsp, ext, C, tsp, ext, ...); ROUNDS rounds, medians reported (the
# accept loop's 1w gets ROUNDS_1W rounds: its CPU ratio has the 1.05 target).
#
# Figures:
#   req/s         the client's figure (ab "Requests per second", wrk
#                 "Requests/sec"), after a short warm-up that is not measured.
#   CPU µs/req    server CPU time per request, all server processes (parent
#                 and workers), read right before and right after the client
#                 run, difference / requests the client completed:
#                   stat:  utime+stime (+cutime+cstime) from /proc/PID/stat,
#                          split user+sys; 10 ms ticks, so +-1 tick is
#                          +-0.33 us/req at 30,000 requests;
#                   sched: on-CPU ns from /proc/PID/schedstat (the same time
#                          without tick rounding; the finer figure).
#                 Both include the loopback TCP softirq work the kernel does in
#                 the server's context. ab opens up to -c surplus connections
#                 near the end (< 0.2 % with the defaults), served in the
#                 window too.
#   xC            PHP CPU us/req / C CPU us/req (medians, same run; the range
#                 is over the per-round PHP/C pairs). Target: tsp_sockets <=
#                 1.05 x C for one worker on the accept loop (ext/sockets was
#                 measured earlier at about 1.04 x).
#   busy          CPU seconds / wall seconds of the client run, in cores:
#                 server processes (sched), client (bash `time` of ab/wrk,
#                 single-threaded: 1.00 = saturated) and the whole machine
#                 (/proc/stat non-idle ticks, of 2.00 here). "other" = machine
#                 - server - client: load from elsewhere (this machine may be
#                 shared); a run with other > OTHER_MAX cores is repeated
#                 (bounded), the rejected runs are listed in the report.
#   ctxsw/req     voluntary + involuntary context switches of the server
#                 processes (/proc/PID/status) / requests: fewer = more
#                 requests served per wake-up (batching).
#   syscalls/req  a separate, shorter run of each one-worker server (1w
#                 placement) with `strace -f -c -p` attached after start-up and
#                 detached after the client: total calls / requests, and per
#                 system call name.
#   Ir/req        user-space instructions per request (callgrind, accept loop,
#                 one worker): (Ir(K2 requests) - Ir(K1)) / (K2 - K1), so
#                 start-up cancels; the per-function split shows where the
#                 PHP servers spend instructions the C server does not.
#   scale-up      req/s with 2 workers / req/s with 1 worker. Target 1.6 x when
#                 the client has its own core; this machine has 2 cores, so
#                 the client always takes part of the cores the workers need.
#                 The report states the ceiling that implies: req/s <= cores /
#                 (machine CPU per request of the one-worker run).
#
# Tunables (environment): ROUNDS=3 ROUNDS_1W=5 AB_N=30000 AB_C=50 WRK_C=50
#   WRK_D=3 ST_AB_N=3000 ST_WRK_D=2 CG_K1=1000 CG_K2=3000 CALLGRIND=1
#   OTHER_MAX=0.25 RETRY_MAX=12 PHP=php8.2 TSP_SO=modules/tsp_sockets.so
#   CONFIGS="1w pf2@0 pf2@0-1 1w-free pf2-free"
set -euo pipefail

BENCH_ME=serve.sh
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RAW=$OUT/serve_raw
use_tsp_so
tunables ROUNDS=3 ROUNDS_1W=5 AB_N=30000 AB_C=50 WRK_C=50 WRK_D=3 ST_AB_N=3000 ST_WRK_D=2 \
	CG_K1=1000 CG_K2=3000 CALLGRIND=1 "CONFIGS=1w pf2@0 pf2@0-1 1w-free pf2-free" OTHER_MAX=0.25 RETRY_MAX=12
IDLE_S=10
T_START=$(date +%s)

need_tool ab apache2-utils
need_tool wrk wrk
need_tool strace strace
need_tool taskset util-linux
need_tool valgrind valgrind
need_tool cc build-essential
need_tsp_so
"$PHP" -n -d extension=sockets -r 'exit(extension_loaded("sockets") ? 0 : 1);' || die "ext/sockets does not load"
"$PHP" -n -d "extension=$TSP_SO" -r 'exit(function_exists("socket_create") && extension_loaded("tsp_sockets") && function_exists("pcntl_fork") ? 0 : 1);' \
	|| die "tsp_sockets (or pcntl) does not load from $TSP_SO"
NCPU=$(nproc)
[ "$NCPU" -ge 2 ] || die "needs 2 cores (found $NCPU)"

clean_raw
cc_bench serve_accept "$OUT"
cc_bench serve_poll "$OUT"
CLK_TCK=$(getconf CLK_TCK)
TSV=$RAW/runs.tsv
printf 'kind\tcfg\twho\tround\trps\treqs\tuticks\tsticks\twall\tclient_cpu\tsched_ns\tmachine_busy_ticks\tmachine_total_ticks\tctxsw\n' >"$TSV"
MD=$OUT/serve.md.tmp
: >"$MD"

# ------------------------------------------------------------ servers ----
# server_cmd KIND WHO WORKERS [MAX_REQ]: the command line, into the array CMD
server_cmd() {
	local kind=$1 who=$2 w=$3 max=${4:-0} script bin
	case $kind in accept) bin=$OUT/serve_accept script=$BENCH/serve_accept.php ;; ka) bin=$OUT/serve_poll script=$BENCH/serve_keepalive.php ;; esac
	case $who in
		c) CMD=("$bin" "$w" "$max" "$IDLE_S") ;;
		tsp) CMD=("$PHP" -n -d "extension=$TSP_SO" "$script" "$w" "$max" "$IDLE_S") ;;
		ext) CMD=("$PHP" -n -d extension=sockets "$script" "$w" "$max" "$IDLE_S") ;;
	esac
}

# start_server KIND WHO WORKERS CPUS [PREFIX...]: sets SPID PORT PIDS (server + workers)
start_server() {
	local kind=$1 who=$2 w=$3 cpus=$4 i
	shift 4
	server_cmd "$kind" "$who" "$w"
	SOUT=$RAW/server.out
	: >"$SOUT" # truncate here: the redirection below happens asynchronously
	# shellcheck disable=SC2046
	"$@" $(pin "$cpus") "${CMD[@]}" >"$SOUT" 2>>"$RAW/server.err" &
	SPID=$!
	PORT=""
	for ((i = 0; i < 200; i++)); do
		if [ "$(grep -c '^ready' "$SOUT" 2>/dev/null || true)" -ge "$w" ]; then
			PORT=$(awk '/^port /{ print $2; exit }' "$SOUT")
			break
		fi
		kill -0 "$SPID" 2>/dev/null || break
		sleep 0.05
	done
	[ -n "$PORT" ] || { cat "$SOUT" "$RAW/server.err" >&2; die "server did not start: $kind $who $w"; }
	PIDS="$SPID"
	if [ "$w" -gt 1 ]; then
		for ((i = 0; i < 50; i++)); do
			PIDS="$SPID $(pgrep -P "$SPID" | tr '\n' ' ')"
			[ "$(wc -w <<<"$PIDS")" -eq $((w + 1)) ] && break
			sleep 0.02
		done
		[ "$(wc -w <<<"$PIDS")" -eq $((w + 1)) ] || die "expected $w workers under $SPID, found: $PIDS"
	fi
}
stop_server() {
	local p i
	for p in $PIDS; do kill -TERM "$p" 2>/dev/null || true; done
	wait "$SPID" 2>/dev/null || true
	for ((i = 0; i < 100; i++)); do
		local alive=0
		for p in $PIDS; do [ -d /proc/"$p" ] && alive=1; done
		[ $alive = 0 ] && return 0
		sleep 0.02
	done
	note "warning: server processes still alive: $PIDS"
}
# "utime stime sched_ns busy total": utime and stime ticks summed over PIDS
# (fields 14+16 and 15+17 of /proc/PID/stat), their time on CPU in ns (first
# field of /proc/PID/schedstat: the same quantity without the 10 ms
# rounding; single-threaded processes), and the machine's non-idle and total
# ticks over all cores (/proc/stat "cpu" line; idle = idle + iowait).
cpu_ticks() {
	local p u
	u=$(for p in $PIDS; do cat /proc/"$p"/stat 2>/dev/null || true; done |
		awk '{ sub(/^.*\) /, ""); split($0, f, " "); u += f[12] + f[14]; s += f[13] + f[15] } END { print u + 0, s + 0 }')
	echo "$u" "$(for p in $PIDS; do cat /proc/"$p"/schedstat 2>/dev/null || true; done | awk '{ n += $1 } END { printf "%.0f", n }')" \
		"$(awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t; exit }' /proc/stat)" \
		"$(for p in $PIDS; do cat /proc/"$p"/status 2>/dev/null || true; done | awk '/ctxt_switches/ { n += $2 } END { print n + 0 }')"
}

# ------------------------------------------------------------- clients ----
# client KIND CPUS N_OR_D OUTFILE: runs ab or wrk; prints "rps reqs wall client_cpu_s"
client() {
	local kind=$1 cpus=$2 n=$3 f=$4 tf=$4.time
	# shellcheck disable=SC2046
	if [ "$kind" = accept ]; then
		{ TIMEFORMAT='%3R %3U %3S'; time timeout 120 $(pin "$cpus") ab -r -n "$n" -c "$AB_C" "http://127.0.0.1:$PORT/" >"$f" 2>&1; } 2>"$tf" || true
		awk -v t="$(cat "$tf")" '
			/^Complete requests:/ { c = $3 } /^Failed requests:/ { fl = $3 } /^Requests per second:/ { r = $4 }
			END { split(t, a, " "); if (fl > 0) c -= fl; print r + 0, c + 0, a[1], a[2] + a[3] }' "$f"
	else
		{ TIMEFORMAT='%3R %3U %3S'; time timeout 120 $(pin "$cpus") wrk -t1 -c "$WRK_C" -d "${n}s" "http://127.0.0.1:$PORT/" >"$f" 2>&1; } 2>"$tf" || true
		awk -v t="$(cat "$tf")" '
			/ requests in / { c = $1 } /^Requests\/sec:/ { r = $2 } /Non-2xx/ { bad += $NF }
			END { split(t, a, " "); print r + 0, c - bad, a[1], a[2] + a[3] }' "$f"
	fi
}
warmup() { # KIND CPUS
	# shellcheck disable=SC2046
	if [ "$1" = accept ]; then
		timeout 30 $(pin "$2") ab -r -n 1000 -c 10 "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true
	else
		timeout 30 $(pin "$2") ab -k -r -n 2000 -c 10 "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true
	fi
}

declare -A CFG_W CFG_S CFG_C CFG_DESC
CFG_W[1w]=1 CFG_S[1w]=0 CFG_C[1w]=1 CFG_DESC[1w]="1 worker on core 0, client on core 1"
CFG_W[pf2@0]=2 CFG_S[pf2@0]=0 CFG_C[pf2@0]=1 CFG_DESC[pf2@0]="2 workers both on core 0, client on core 1"
CFG_W[pf2@0-1]=2 CFG_S[pf2@0-1]=0-1 CFG_C[pf2@0-1]=1 CFG_DESC[pf2@0-1]="2 workers on cores 0-1, client on core 1"
CFG_W[1w-free]=1 CFG_S[1w-free]="" CFG_C[1w-free]="" CFG_DESC[1w-free]="1 worker, nothing pinned"
CFG_W[pf2-free]=2 CFG_S[pf2-free]="" CFG_C[pf2-free]="" CFG_DESC[pf2-free]="2 workers, nothing pinned"
for cfg in $CONFIGS; do [ -n "${CFG_W[$cfg]:-}" ] || die "unknown config $cfg"; done
WHO_NAME_c="C" WHO_NAME_tsp="PHP tsp_sockets" WHO_NAME_ext="PHP ext/sockets"
who_name() { local v=WHO_NAME_$1; echo "${!v}"; }

# One measured run. The CPU time of the whole machine not spent by the server
# or the client ("other": other processes, softirq outside them) is checked;
# above OTHER_MAX cores the run is repeated (at most 2 times per run and
# RETRY_MAX times in all), since this machine may be shared.
RETRIES=0
run_one() { # KIND CFG WHO ROUND
	local kind=$1 cfg=$2 who=$3 r=$4 n t0 t1 res try other line
	for ((try = 0; try < 3; try++)); do
		start_server "$kind" "$who" "${CFG_W[$cfg]}" "${CFG_S[$cfg]}"
		warmup "$kind" "${CFG_C[$cfg]}"
		if [ "$kind" = accept ]; then n=$AB_N; else n=$WRK_D; fi
		t0=$(cpu_ticks)
		res=$(client "$kind" "${CFG_C[$cfg]}" "$n" "$RAW/${kind}_${cfg}_${who}_$r.txt")
		t1=$(cpu_ticks)
		stop_server
		set -- $res
		local rps=$1 reqs=$2 wall=$3 ccpu=$4
		set -- $t0 $t1
		line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$kind" "$cfg" "$who" "$r" "$rps" "$reqs" \
			$(($7 - $1)) $(($8 - $2)) "$wall" "$ccpu" $(($9 - $3)) $((${10} - $4)) $((${11} - $5)) $((${12} - $6)))
		other=$(awk -v b=$((${10} - $4)) -v t=$((${11} - $5)) -v c="$NCPU" -v ns=$(($9 - $3)) -v cc="$ccpu" -v w="$wall" \
			'BEGIN { if (t > 0 && w > 0) printf "%.2f", b / t * c - ns / 1e9 / w - cc / w; else print 0 }')
		awk -v k="$kind" -v c="$cfg" -v w="$who" -v r="$r" -v rps="$rps" -v n="$reqs" -v u=$(($7 - $1)) -v s=$(($8 - $2)) -v ns=$(($9 - $3)) -v hz="$CLK_TCK" -v o="$other" \
			'BEGIN { printf "    %-6s %-8s %-3s round %d: %7.0f req/s, %6d requests, %5.1f µs CPU/req (stat), %6.2f (schedstat), other load %.2f cores\n", k, c, w, r, rps, n, (n ? (u + s) / hz * 1e6 / n : 0), (n ? ns / 1e3 / n : 0), o }' >&2
		if awk -v o="$other" -v m="$OTHER_MAX" 'BEGIN { exit !(o > m) }' && [ "$try" -lt 2 ] && [ "$RETRIES" -lt "$RETRY_MAX" ]; then
			RETRIES=$((RETRIES + 1))
			note "other load $other cores > $OTHER_MAX: repeating this run (retry $RETRIES of at most $RETRY_MAX)"
			printf '%s\trejected\n' "$line" >>"$RAW/rejected.tsv"
			sleep 1
			continue
		fi
		break
	done
	printf '%s\n' "$line" >>"$TSV"
	[ "$reqs" -gt 0 ] || note "warning: no requests completed ($kind $cfg $who round $r), see $RAW"
}

# ---------------------------------------------------------- main runs ----
MAXR=$ROUNDS
[ "$ROUNDS_1W" -gt "$MAXR" ] && MAXR=$ROUNDS_1W
for kind in accept ka; do
	note "$kind: configs $CONFIGS; C, tsp, ext alternating; $ROUNDS rounds$([ $kind = accept ] && echo " ($ROUNDS_1W for 1w)")"
	for ((r = 1; r <= MAXR; r++)); do
		for cfg in $CONFIGS; do
			if [ "$cfg" = 1w ] && [ "$kind" = accept ]; then [ "$r" -le "$ROUNDS_1W" ] || continue; else [ "$r" -le "$ROUNDS" ] || continue; fi
			for who in c tsp ext; do run_one "$kind" "$cfg" "$who" "$r"; done
		done
	done
done

# -------------------------------------------------------------- strace ----
declare -A SC SCL SCR
strace_one() { # KIND WHO
	local kind=$1 who=$2 f=$RAW/strace_$1_$2 spid i res n
	start_server "$kind" "$who" 1 "${CFG_S[1w]}"
	warmup "$kind" "${CFG_C[1w]}"
	strace -f -c -U calls,errors,name -o "$f.strace" -p "$SPID" 2>"$f.err" &
	spid=$!
	for ((i = 0; i < 100; i++)); do grep -q attached "$f.err" 2>/dev/null && break; sleep 0.05; done
	if [ "$kind" = accept ]; then n=$ST_AB_N; else n=$ST_WRK_D; fi
	res=$(client "$kind" "${CFG_C[1w]}" "$n" "$f.client")
	kill -INT "$spid" 2>/dev/null || true
	wait "$spid" 2>/dev/null || true
	stop_server
	set -- $res
	SCR[$kind.$who]=$2
	{ read -r SC[$kind.$who]; read -r SCL[$kind.$who]; } < <(awk -v d="$2" '
		/^-/ || !($1 ~ /^[0-9]+$/) { next }
		$NF == "total" { t = $1; next }
		{ v[$NF] = $1 / d }
		END {
			printf "%.2f\n", (d ? t / d : 0)
			n = 0; for (k in v) if (v[k] >= 0.005) o[++n] = sprintf("%.2f %s", v[k], k)
			s = ""
			# sort by value descending (simple insertion sort; few names)
			for (i = 2; i <= n; i++) { x = o[i]; j = i - 1; while (j > 0 && (o[j] + 0) < (x + 0)) { o[j + 1] = o[j]; j-- } o[j + 1] = x }
			for (i = 1; i <= n; i++) { split(o[i], p, " "); s = s (i > 1 ? ", " : "") p[2] " " p[1] }
			print s
		}' "$f.strace")
	note "    strace $kind $who: ${SC[$kind.$who]} syscalls/req over $2 requests"
}
note "strace: one worker, server on core ${CFG_S[1w]}, client on core ${CFG_C[1w]} (ab -n $ST_AB_N; wrk -d ${ST_WRK_D}s)"
for kind in accept ka; do for who in c tsp ext; do strace_one "$kind" "$who"; done; done

# ----------------------------------------------------------- callgrind ----
declare -A IR
callgrind_one() { # WHO K -> total Ir on stdout
	local who=$1 k=$2 f=$RAW/cg_$1_$2.out i
	server_cmd accept "$who" 1 "$k"
	ZEND_DONT_UNLOAD_MODULES=1 timeout 300 valgrind --tool=callgrind --callgrind-out-file="$f" "${CMD[@]}" >"$f.stdout" 2>"$f.log" &
	local vpid=$!
	PORT=""
	for ((i = 0; i < 600; i++)); do
		grep -q '^ready' "$f.stdout" 2>/dev/null && { PORT=$(awk '/^port /{ print $2; exit }' "$f.stdout"); break; }
		sleep 0.05
	done
	[ -n "$PORT" ] || { tail "$f.log" >&2; die "callgrind server did not start ($who)"; }
	timeout 120 ab -r -n "$k" -c 10 "http://127.0.0.1:$PORT/" >"$f.ab" 2>&1 || true
	wait "$vpid" || { tail "$f.log" >&2; die "callgrind run failed ($who $k)"; }
	cg_total "$f"
}
function_delta() { # WHO N
	cg_top "$RAW/cg_${1}_$CG_K1.out" "$RAW/cg_${1}_$CG_K2.out" $((CG_K2 - CG_K1)) "$2"
}
# The same, summed per object file (php8.2, the extension, libc, ...); lines
# without an object are header code inlined into a function: a zif_/tsp_
# function is counted to tsp_sockets.so.
object_delta() { # WHO
	cg_delta "$RAW/cg_${1}_$CG_K1.out" "$RAW/cg_${1}_$CG_K2.out" $((CG_K2 - CG_K1)) no obj |
		awk -F '\t' '{ v = $1 + 0; if (v >= 0.5 || v <= -0.5) printf "%s %.0f\n", $2, v }' |
		sort -k2,2gr | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 } END { print "" }'
}
if [ "$CALLGRIND" = 1 ]; then
	note "callgrind: accept loop, one worker, $CG_K1 and $CG_K2 requests (ab -c 10)"
	for who in c tsp ext; do
		i1=$(callgrind_one "$who" "$CG_K1")
		i2=$(callgrind_one "$who" "$CG_K2")
		IR[$who]=$(per_iter "$i1" "$i2" $((CG_K2 - CG_K1)))
		note "    $who: ${IR[$who]} Ir/request"
	done
fi

# -------------------------------------------------------------- report ----
# col KIND CFG WHO EXPR: the values of an awk expression over the rounds, one a line
# (u, s: user, sys µs/req from /proc/PID/stat; ns: µs/req from schedstat;
# rps; n: requests; wall: s; ccpu: client CPU s; mach: machine busy cores;
# mach_us: machine non-idle CPU µs/req)
col() {
	awk -F '\t' -v k="$1" -v c="$2" -v w="$3" -v hz="$CLK_TCK" -v ncpu="$NCPU" '
		NR > 1 && $1 == k && $2 == c && $3 == w && $6 > 0 {
			rps = $5; n = $6; u = $7 / hz * 1e6 / n; s = $8 / hz * 1e6 / n; wall = $9; ccpu = $10
			ns = $11 / 1e3 / n; mach = ($13 > 0 ? $12 / $13 * ncpu : 0); mach_us = $12 / hz * 1e6 / n; cs = $14 / n
			print '"$4"'
		}' "$TSV"
}
med() { col "$@" | median; }
# per-round ratio of CPU/req, WHO vs C of the same round: "min–max"; MODE stat|sched
pair_range() { # KIND CFG WHO MODE
	awk -F '\t' -v k="$1" -v c="$2" -v w="$3" -v m="$4" '
		NR > 1 && $1 == k && $2 == c && $6 > 0 { v[$3 "," $4] = (m == "stat" ? $7 + $8 : $11) / $6; if ($3 == w) r[$4] = 1 }
		END { for (i in r) if (v["c," i] > 0) print v[w "," i] / v["c," i] }' "$TSV" | range "%.3f"
}
has_cfg() { [[ " $CONFIGS " == *" $1 "* ]]; }
times_x() { if [ "$1" = n/a ]; then echo n/a; else echo "$1 ×"; fi; }

KIND_NAME_accept="accept loop (ab -n $AB_N -c $AB_C, no keep-alive)"
KIND_NAME_ka="keep-alive (wrk -t1 -c $WRK_C -d ${WRK_D}s)"
kind_name() { local v=KIND_NAME_$1; echo "${!v}"; }

md "# HTTP servers: PHP (tsp_sockets, ext/sockets) vs C"
md ""
md "$(date -u '+%Y-%m-%d %H:%M UTC'), $("$PHP" -r 'echo "PHP ", PHP_VERSION;'), $NCPU cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), kernel $(uname -r)"
md "tsp_sockets: $TSP_SO ($(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && git diff --quiet HEAD -- . 2>/dev/null || echo ', working tree differs'), built $(date -u -r "$TSP_SO" '+%H:%M UTC'))"
md ""
md "- Medians over the rounds (accept loop 1w: $ROUNDS_1W rounds, everything else: $ROUNDS); C, tsp, ext alternated in every round."
md "- **CPU µs/req**: server CPU time during the client run / requests, all server processes. *stat* = utime+stime from /proc/PID/stat (user+sys; 10 ms ticks, so ±1 tick ≈ ±$(awk -v n="$AB_N" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", 1e6 / hz / n }') µs/req on the accept loop); *sched* = on-CPU ns from /proc/PID/schedstat (the same time, not rounded to ticks). Both include the loopback TCP softirq work the kernel runs in the server's context."
md "- **×C** = PHP CPU µs/req / C CPU µs/req (ratio of the medians; range = the per-round PHP/C pairs)."
md "- **busy**: CPU seconds / wall seconds of the client run, in cores: server processes, client (ab, wrk -t1: one thread, ≤ 1.00), other (machine − server − client: anything else on this possibly shared machine) and the whole machine (/proc/stat non-idle, of $NCPU.00). Runs with other > $OTHER_MAX cores were repeated: $RETRIES repeat(s)$([ -s "$RAW/rejected.tsv" ] && printf ' (%s)' "$(awk -F '\t' '{ printf "%s%s %s %s r%s", (NR > 1 ? ", " : ""), $1, $2, $3, $4 }' "$RAW/rejected.tsv")")."
md "- **ctx switches/req**: voluntary + involuntary context switches of the server processes (/proc/PID/status) / requests: how many requests one wake-up serves (batching)."
md "- Prefork = 2 workers (pcntl_fork / fork), each with its own SO_REUSEPORT listener on the same port (no shared listener)."
md "- Placements: $(for cfg in $CONFIGS; do printf '**%s** = %s; ' "$cfg" "${CFG_DESC[$cfg]}"; done)"

for kind in accept ka; do
	md ""
	md "## $(kind_name $kind)"
	md ""
	md "| placement | server | req/s | req/s range | C req/s | CPU µs/req stat (user+sys) | C stat | ×C stat | CPU µs/req sched | C sched | ×C sched | ×C sched per round | busy: server / client / other / machine | server ctx switches/req |"
	md "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	for cfg in $CONFIGS; do
		crps=$(med $kind "$cfg" c rps)
		cst=$(med $kind "$cfg" c 'u + s')
		csc=$(med $kind "$cfg" c ns)
		for who in c tsp ext; do
			rps=$(med $kind "$cfg" "$who" rps)
			rr=$(col $kind "$cfg" "$who" rps | range "%.0f")
			st=$(med $kind "$cfg" "$who" 'u + s')
			su=$(med $kind "$cfg" "$who" u)
			ss=$(med $kind "$cfg" "$who" s)
			sc=$(med $kind "$cfg" "$who" ns)
			csw=$(fmt "$(med $kind "$cfg" "$who" cs)" %.2f)
			busy="$(fmt "$(med $kind "$cfg" "$who" 'ns * n / 1e6 / wall')" %.2f) / $(fmt "$(med $kind "$cfg" "$who" 'ccpu / wall')" %.2f) / $(fmt "$(med $kind "$cfg" "$who" 'mach - ns * n / 1e6 / wall - ccpu / wall')" %.2f) / $(fmt "$(med $kind "$cfg" "$who" mach)" %.2f)"
			if [ "$who" = c ]; then
				md "| $cfg | C | $(fmt "$rps" %.0f) | $rr | | $(fmt "$st" %.1f) ($(fmt "$su" %.1f)+$(fmt "$ss" %.1f)) | | | $(fmt "$sc" %.2f) | | | | $busy | $csw |"
			else
				md "| $cfg | $(who_name "$who") | $(fmt "$rps" %.0f) | $rr | $(fmt "$crps" %.0f) | $(fmt "$st" %.1f) ($(fmt "$su" %.1f)+$(fmt "$ss" %.1f)) | $(fmt "$cst" %.1f) | $(ratio "$st" "$cst" %.3f) | $(fmt "$sc" %.2f) | $(fmt "$csc" %.2f) | **$(ratio "$sc" "$csc" %.3f)** | $(pair_range $kind "$cfg" "$who" sched) | $busy | $csw |"
			fi
		done
	done
	md ""
	md "System calls per request (strace -f -c attached to the one-worker server after start-up, 1w placement, $([ $kind = accept ] && echo "ab -n $ST_AB_N; ab's few surplus connections make some counts 1.01" || echo "wrk -d ${ST_WRK_D}s")):"
	md ""
	md "| server | syscalls/req | C syscalls/req | by name, per request |"
	md "| --- | ---: | ---: | --- |"
	for who in c tsp ext; do
		md "| $(who_name "$who") | ${SC[$kind.$who]} | $([ "$who" = c ] || echo "${SC[$kind.c]}") | ${SCL[$kind.$who]} |"
	done
done

md ""
md "## Targets"
md ""
if has_cfg 1w; then
	cst=$(med accept 1w c 'u + s')
	csc=$(med accept 1w c ns)
	for who in tsp ext; do
		x1=$(ratio "$(med accept 1w "$who" 'u + s')" "$cst" %.3f)
		x2=$(ratio "$(med accept 1w "$who" ns)" "$csc" %.3f)
		ok=$(awk -v x="$x2" 'BEGIN { print (x != "n/a" && x <= 1.05) ? "yes" : "NO" }')
		md "- Accept loop, one worker, server CPU per request ≤ 1.05 × C: $(who_name "$who") **$x2 ×** (schedstat; per-round pairs $(pair_range accept 1w "$who" sched)), $x1 × by /proc/PID/stat ticks (per-round pairs $(pair_range accept 1w "$who" stat)) → **$ok**"
	done
fi
if has_cfg 1w && has_cfg pf2@0-1; then
	md ""
	md "Prefork (2 workers) / one worker, req/s (target ≥ 1.6 × with the client on a core of its own):"
	md ""
	md "| server | pf2@0-1 / 1w | pf2@0 / 1w | pf2-free / 1w-free |"
	md "| --- | ---: | ---: | ---: |"
	for kind in accept ka; do
		for who in c tsp ext; do
			one=$(med $kind 1w "$who" rps)
			s01=$(ratio "$(med $kind pf2@0-1 "$who" rps)" "$one")
			s0=$(has_cfg pf2@0 && ratio "$(med $kind pf2@0 "$who" rps)" "$one" || echo n/a)
			sf=$(has_cfg pf2-free && has_cfg 1w-free && ratio "$(med $kind pf2-free "$who" rps)" "$(med $kind 1w-free "$who" rps)" || echo n/a)
			md "| $kind, $(who_name "$who") | $(times_x "$s01") | $(times_x "$s0") | $(times_x "$sf") |"
		done
	done
	md ""
	md "What this 2-core machine can and cannot show: the 1.6 × target assumes 2 worker cores plus a core for the client (≥ 3 cores). Here, one worker per core leaves no core for the client: in pf2@0-1 the second worker shares core 1 with ab/wrk. Every request costs the machine the same CPU whatever the server layout (client + server + kernel TCP on both ends), so req/s can never exceed $NCPU cores / (machine CPU µs per request). From the one-worker runs (medians):"
	md ""
	for kind in accept ka; do
		for who in c tsp; do
			mu=$(med $kind 1w "$who" mach_us)
			mb=$(med $kind 1w "$who" mach)
			one=$(med $kind 1w "$who" rps)
			ceil=$(awk -v m="$mu" -v c="$NCPU" 'BEGIN { if (m > 0) printf "%.0f", c * 1e6 / m; else print "n/a" }')
			md "- $kind, $(who_name "$who"): 1w machine busy $(fmt "$mb" %.2f) of $NCPU.00 cores, $(fmt "$mu" %.1f) µs machine CPU per request → ceiling $ceil req/s = $(ratio "$ceil" "$one") × the 1w req/s ($(fmt "$one" %.0f)), for any number of workers; pf2@0-1 machine busy $(fmt "$(med $kind pf2@0-1 "$who" mach)" %.2f)."
		done
	done
	md ""
	md "So a 1.6 × scale-up is out of reach here whenever that ceiling is below 1.6 ×. pf2@0 (2 workers on core 0) vs 1w shows the effect of a second process without an extra core; pf2@0-1 adds core 1, shared with the client. The single-threaded clients also cap req/s (client busy near 1.00 = saturated), so on this machine the CPU µs/req columns, not req/s, are what compare the servers."
fi

if [ "$CALLGRIND" = 1 ]; then
	md ""
	md "## Where the PHP accept loop spends its user-space instructions (callgrind)"
	md ""
	md "One worker, (Ir($CG_K2 requests) − Ir($CG_K1)) / $((CG_K2 - CG_K1)); user space only (the kernel's TCP work, most of the CPU time, is not counted here)."
	md ""
	md "| server | Ir/request | minus C | by object file (Ir/request) |"
	md "| --- | ---: | ---: | --- |"
	for who in c tsp ext; do
		md "| $(who_name "$who") | ${IR[$who]} | $([ "$who" = c ] || echo $((IR[$who] - IR[c]))) | $(object_delta "$who") |"
	done
	for who in tsp ext c; do
		md ""
		md "Per function, $(who_name "$who") (self Ir per request, top 15):"
		md ""
		md '```'
		function_delta "$who" 15 >>"$MD"
		md '```'
	done
fi

T_END=$(date +%s)
md ""
md "Run time: $((T_END - T_START)) s. Command: \`bench/serve.sh\` ($(for v in ROUNDS ROUNDS_1W AB_N AB_C WRK_C WRK_D ST_AB_N ST_WRK_D CG_K1 CG_K2 CALLGRIND; do printf '%s=%s ' "$v" "${!v}"; done)CONFIGS=\"$CONFIGS\"). Raw data: bench/out/serve_raw/."
mv "$MD" "$OUT/serve.md"
cat "$OUT/serve.md"
