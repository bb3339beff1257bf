#!/usr/bin/env bash
# ext/sockets (bundled) vs tsp_sockets, side by side in one run.
# usage: bench/run.sh [all|ab|ops]     (normally through ./dev.sh bench)
# Tunables (environment): ROUNDS=5 AB_N=20000 AB_C=50 STRACE_N=2000 K1=2000 K2=4000
#                         PHP=php8.2 TSP_SO=modules/tsp_sockets.so
# Prints a Markdown table and saves it to bench/out/results.md; raw outputs
# (ab, strace, callgrind) are kept in bench/out/raw/.
set -euo pipefail

BENCH_ME=bench
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RAW=$OUT/raw
use_tsp_so
tunables ROUNDS=5 AB_N=20000 AB_C=50 STRACE_N=2000 K1=2000 K2=4000
WHAT=${1:-all}
case $WHAT in all|ab|ops) ;; *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;; esac

need_cmds " (./dev.sh bench installs apache2-utils, strace, valgrind)" ab strace valgrind callgrind_annotate timeout awk
need_tsp_so

# Which extension a run loads, into the array EXTA. "none": plain php -n (core streams, empty loop).
EXTA=()
ext_args() {
	case $1 in
		ext) EXTA=(-d extension=sockets) ;;
		tsp) EXTA=(-d "extension=$TSP_SO") ;;
		none) EXTA=() ;;
	esac
}
need_ext_sockets
ext_args tsp
"$PHP" -n "${EXTA[@]}" -r 'exit(extension_loaded("tsp_sockets") && function_exists("socket_listen_info") ? 0 : 1);' \
	|| die "tsp_sockets does not load from $TSP_SO"

clean_raw
CLK_TCK=$(getconf CLK_TCK)
MD=$OUT/results.md.tmp
: >"$MD"

# "total" then "name value" lines -> the total, then "name value, ..." (most first)
total_and_list() {
	local total
	read -r total
	echo "$total"
	sort -k2,2gr -k1,1 | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 } END { print "" }'
}

# strace -c -U calls,name output -> "name calls" lines, plus "TOTAL n".
strace_counts() {
	awk '/^-/ { next } $1 ~ /^[0-9]+$/ { if ($NF == "total") print "TOTAL", $1; else print $NF, $1 }' "$1"
}
# per-op syscall delta: strace_delta FILE_LOW FILE_HIGH DIVISOR -> "total" on stdout line 1, then "name=x.xx ..." on line 2
strace_delta() {
	awk -v d="$3" '
		FNR == NR { lo[$1] = $2; next }
		{ hi[$1] = $2 }
		END {
			printf "%.2f\n", (hi["TOTAL"] - lo["TOTAL"]) / d
			s = ""
			for (k in hi) if (k != "TOTAL") { v = (hi[k] - lo[k]) / d; if (v >= 0.005 || v <= -0.005) s = s sprintf("%s %.2f\n", k, v) }
			for (k in lo) if (!(k in hi)) s = s sprintf("%s %.2f\n", k, -lo[k] / d)
			printf "%s", s
		}' <(strace_counts "$1") <(strace_counts "$2") | total_and_list
}

# ---------------------------------------------------------------- (a) ab ----

SRV_PID=""
PORT=""
# start_server EXT N LOG [wrapper command...]: background server, sets SRV_PID and PORT.
start_server() {
	local e=$1 n=$2 log=$3
	shift 3
	ext_args "$e"
	timeout 180 "$@" "$PHP" -n "${EXTA[@]}" "$BENCH/accept_server.php" "$n" >"$log" 2>"$log.err" &
	SRV_PID=$!
	PORT=""
	for _ in $(seq 1 300); do # up to 15 s (strace start-up is slower)
		PORT=$(awk '/^port /{ print $2; exit }' "$log")
		[ -n "$PORT" ] && return 0
		kill -0 "$SRV_PID" 2>/dev/null || break
		sleep 0.05
	done
	kill "$SRV_PID" 2>/dev/null || true
	cat "$log.err" >&2
	die "server ($e) did not start"
}

# ab_run EXT N TAG -> leaves $RAW/TAG.ab and $RAW/TAG.srv; prints "rps cpu_us_proc cpu_us_rusage served empty failed extra"
ab_run() {
	local e=$1 n=$2 tag=$3 rc=0
	start_server "$e" "$n" "$RAW/$tag.srv"
	timeout 120 ab -r -q -n "$n" -c "$AB_C" "http://127.0.0.1:$PORT/" >"$RAW/$tag.ab" 2>&1 || rc=$?
	if [ "$rc" != 0 ]; then
		kill "$SRV_PID" 2>/dev/null || true
		wait "$SRV_PID" 2>/dev/null || true
		tail -n 5 "$RAW/$tag.ab" >&2
		die "ab failed ($e, $tag)"
	fi
	wait "$SRV_PID" || die "server failed ($e, $tag): $(cat "$RAW/$tag.srv.err")"
	local rps failed served empty extra ticks us
	rps=$(awk '/^Requests per second/ { print $4 }' "$RAW/$tag.ab")
	failed=$(awk '/^Failed requests/ { print $3 }' "$RAW/$tag.ab")
	served=$(awk '/^served / { print $2 }' "$RAW/$tag.srv")
	empty=$(awk '/^empty / { print $2 }' "$RAW/$tag.srv")
	extra=$(awk '/^extra / { print $2 }' "$RAW/$tag.srv")
	ticks=$(awk '/^cpu_ticks / { print $2 }' "$RAW/$tag.srv")
	us=$(awk '/^cpu_us / { print $2 }' "$RAW/$tag.srv")
	[ "$served" = "$n" ] || die "server ($e, $tag) served $served of $n"
	awk -v r="$rps" -v t="$ticks" -v u="$us" -v s="$served" -v hz="$CLK_TCK" -v em="$empty" -v f="${failed:-0}" -v x="$extra" \
		'BEGIN { printf "%s %.3f %.3f %d %d %d %d\n", r, t * 1e6 / hz / s, u / s, s, em, f, x }'
}

# strace_server EXT N TAG -> $RAW/TAG.trace (full strace -f of the server)
strace_server() {
	local e=$1 n=$2 tag=$3
	start_server "$e" "$n" "$RAW/$tag.srv" strace -f -o "$RAW/$tag.trace"
	timeout 120 ab -r -q -n "$n" -c "$AB_C" "http://127.0.0.1:$PORT/" >"$RAW/$tag.ab" 2>&1 \
		|| { kill "$SRV_PID" 2>/dev/null || true; die "ab under strace failed ($e)"; }
	wait "$SRV_PID" || die "strace'd server failed ($e, $tag)"
	[ "$(awk '/^served / { print $2 }' "$RAW/$tag.srv")" = "$n" ] || die "strace'd server ($e) did not serve $n"
}

# Syscalls inside the measured loop only: after the first getrusage (end of the
# start reading) and before the next open of /proc/self/stat (end reading).
# window_counts TRACE DIVISOR -> line 1 total/DIVISOR, line 2 "name x.xx, ..."
window_counts() {
	awk '
		/^[0-9]+ +(\+\+\+|---)/ { next }
		{ line = $0; sub(/^[0-9]+ +/, "", line); name = line; sub(/\(.*/, "", name) }
		state == 0 && name == "getrusage" { state = 1; next }
		state == 1 && name ~ /^open/ && line ~ /"\/proc\/[a-z0-9]+\/stat"/ { state = 2; next }
		state == 1 && name ~ /^[a-z_0-9]+$/ { print name }
	' "$1" | sort | uniq -c | awk -v d="$2" '
		{ t += $1; s[$2] = $1 }
		END { printf "%.2f\n", t / d; for (k in s) printf "%s %.2f\n", k, s[k] / d }' | total_and_list
}

bench_ab() {
	note "(a) accept loop: warm-up"
	ab_run ext 2000 warm_ext >/dev/null
	ab_run tsp 2000 warm_tsp >/dev/null
	local r e line
	for r in $(seq 1 "$ROUNDS"); do
		for e in ext tsp; do
			note "(a) round $r/$ROUNDS: $e, ab -n $AB_N -c $AB_C"
			line=$(ab_run "$e" "$AB_N" "ab_${e}_$r")
			echo "$line" >>"$RAW/ab_$e.rounds"
			echo "$line" | awk -v e="$e" '{ printf "    %s: %s req/s, %s us/req (/proc), %s us/req (getrusage), %s empty, %s failed, %s drained\n", e, $1, $2, $3, $5, $6, $7 }' >&2
		done
	done
	for e in ext tsp; do
		note "(a) syscalls: $e under strace -f, $STRACE_N requests"
		strace_server "$e" "$STRACE_N" "st_${e}"
	done

	local rps_ext rps_tsp cpu_ext cpu_tsp ru_ext ru_tsp sc_ext sc_tsp scl_ext scl_tsp
	rps_ext=$(awk '{ print $1 }' "$RAW/ab_ext.rounds" | median); rps_tsp=$(awk '{ print $1 }' "$RAW/ab_tsp.rounds" | median)
	cpu_ext=$(awk '{ print $2 }' "$RAW/ab_ext.rounds" | median); cpu_tsp=$(awk '{ print $2 }' "$RAW/ab_tsp.rounds" | median)
	ru_ext=$(awk '{ print $3 }' "$RAW/ab_ext.rounds" | median); ru_tsp=$(awk '{ print $3 }' "$RAW/ab_tsp.rounds" | median)
	{ read -r sc_ext; read -r scl_ext; } < <(window_counts "$RAW/st_ext.trace" "$STRACE_N")
	{ read -r sc_tsp; read -r scl_tsp; } < <(window_counts "$RAW/st_tsp.trace" "$STRACE_N")
	local empties
	empties=$(cat "$RAW"/ab_ext.rounds "$RAW"/ab_tsp.rounds | awk '{ e += $5; f += $6; x += $7 } END { printf "%d empty connections in the measured loops, %d failed requests reported by ab, %d surplus ab connections drained after the measured loops", e, f, x }')

	md "## (a) Accept-loop server: \`ab -n $AB_N -c $AB_C\` (HTTP/1.0, no keep-alive), 127.0.0.1"
	md ""
	md "Median of $ROUNDS rounds per extension, run alternately (ext, tsp, ext, tsp, ...). ab and the server share 2 cores and"
	md "ab is the bottleneck, so requests/s says little: **server CPU/request and syscalls/request are the figures that matter.**"
	md "Most of the server's CPU per request is the kernel's TCP work (accept, loopback send/receive, close), the same for"
	md "both extensions; the extension's own user-space share is of the order of a microsecond (see (b)), so CPU/request differences"
	md "smaller than the min–max spread between rounds are noise."
	md ""
	md "| figure | ext/sockets median (min–max) | tsp_sockets median (min–max) | tsp/ext |"
	md "| --- | ---: | ---: | ---: |"
	rg() { awk -v c="$2" '{ print $c }' "$RAW/ab_$1.rounds" | range "$3"; }
	md "| requests/s (ab; client-bound) | $(fmt "$rps_ext" %.0f) ($(rg ext 1 %.0f)) | $(fmt "$rps_tsp" %.0f) ($(rg tsp 1 %.0f)) | $(ratio "$rps_tsp" "$rps_ext") |"
	md "| server CPU µs/request (utime+stime, /proc/PID/stat, ${CLK_TCK} Hz ticks) | $(fmt "$cpu_ext" %.2f) ($(rg ext 2 %.1f)) | $(fmt "$cpu_tsp" %.2f) ($(rg tsp 2 %.1f)) | $(ratio "$cpu_tsp" "$cpu_ext") |"
	md "| server CPU µs/request (getrusage cross-check) | $(fmt "$ru_ext" %.2f) ($(rg ext 3 %.1f)) | $(fmt "$ru_tsp" %.2f) ($(rg tsp 3 %.1f)) | $(ratio "$ru_tsp" "$ru_ext") |"
	md "| server syscalls/request (strace -f, $STRACE_N requests, serving loop only) | $sc_ext | $sc_tsp | $(ratio "$sc_tsp" "$sc_ext") |"
	md ""
	md "Syscalls per request, ext/sockets: $scl_ext"
	md ""
	md "Syscalls per request, tsp_sockets: $scl_tsp"
	md ""
	md "Rounds, in order (req/s / server CPU µs per request from /proc / from getrusage):"
	md ""
	local f
	for e in ext tsp; do
		f=$(awk '{ printf "%s%s/%s/%s", (NR > 1 ? "; " : ""), $1, $2, $3 }' "$RAW/ab_$e.rounds")
		md "- $e: $f"
	done
	md "- $empties, over all rounds"
	md ""
}

# --------------------------------------------------------- (b) callgrind ----

OPS=(cblc rw cac sss bind6)
declare -A OP_NAME=(
	[cblc]="socket_create + socket_bind(127.0.0.1, 0) + socket_listen + socket_close"
	[rw]="socket_write + socket_read, 64 bytes, socket_create_pair(AF_UNIX, SOCK_STREAM)"
	[sss]="stream_socket_server(\"tcp://127.0.0.1:0\") + fclose (the target parsed as text)"
	[bind6]="socket_create(AF_INET6) + socket_bind(\"::1%1\", 0) + socket_close (address and numeric scope parsed as text)"
	[cac]="connect cycle: socket_create + socket_set_nonblock + socket_connect (EINPROGRESS) + socket_accept + 2 × socket_close"
	[streams]="reference: core streams fwrite + fread, 64 bytes, stream_socket_pair"
	[empty]="reference: the empty for loop (contained in every line)"
)
declare -A IR SC SCL

callgrind_one() { # EXT OP K -> prints total Ir
	local e=$1 op=$2 k=$3
	ext_args "$e"
	callgrind_ir 600 "$RAW/cg_$1_$2_$3.out" ": $e $op $k" "$PHP" -n "${EXTA[@]}" "$BENCH/ops.php" "$op" "$k"
}

strace_one() { # EXT OP K -> $RAW/st_EXT_OP_K.strace
	local e=$1 op=$2 k=$3
	ext_args "$e"
	timeout 300 strace -f -c -U calls,errors,name -o "$RAW/st_$1_$2_$3.strace" \
		"$PHP" -n "${EXTA[@]}" "$BENCH/ops.php" "$op" "$k" >"$RAW/st_$1_$2_$3.log" 2>&1 \
		|| { cat "$RAW/st_$1_$2_$3.log" >&2; die "strace run failed: $e $op $k"; }
}

measure_op() { # EXT OP: fills IR/SC/SCL[EXT.OP]
	local e=$1 op=$2 i1 i2
	i1=$(callgrind_one "$e" "$op" "$K1")
	i2=$(callgrind_one "$e" "$op" "$K2")
	IR[$e.$op]=$(per_iter "$i1" "$i2" $((K2 - K1)))
	strace_one "$e" "$op" "$K1"
	strace_one "$e" "$op" "$K2"
	{ read -r SC[$e.$op]; read -r SCL[$e.$op]; } < <(strace_delta "$RAW/st_${e}_${op}_$K1.strace" "$RAW/st_${e}_${op}_$K2.strace" $((K2 - K1)))
	note "    $e $op: ${IR[$e.$op]} Ir/iter, ${SC[$e.$op]} syscalls/iter"
}

# Per-function instructions per iteration: (annotate(K2) - annotate(K1)) / (K2 - K1), top N.
function_delta() { # EXT OP N
	cg_top "$RAW/cg_${1}_${2}_$K1.out" "$RAW/cg_${1}_${2}_$K2.out" $((K2 - K1)) "$3"
}

bench_ops() {
	local e op
	note "(b) callgrind + strace, K=$K1 and K=$K2 (per iteration = difference / $((K2 - K1)))"
	for op in "${OPS[@]}"; do
		for e in ext tsp; do measure_op "$e" "$op"; done
	done
	measure_op none streams
	measure_op none empty

	md "## (b) Instructions per operation (callgrind Ir; (Ir(K=$K2) - Ir(K=$K1)) / $((K2 - K1)), start-up cancels)"
	md ""
	md "Target: tsp_sockets at most 0.60 × ext/sockets instructions, and never more syscalls per operation."
	md ""
	md "| operation (per iteration) | ext/sockets Ir | tsp_sockets Ir | tsp/ext | ≤ 0.60? | ext syscalls | tsp syscalls | syscalls ≤ ext? |"
	md "| --- | ---: | ---: | ---: | :---: | ---: | ---: | :---: |"
	local worst="" worst_r=0 r ok sok
	for op in "${OPS[@]}"; do
		r=$(ratio "${IR[tsp.$op]}" "${IR[ext.$op]}")
		ok=$(awk -v r="$r" 'BEGIN { print (r != "n/a" && r <= 0.60) ? "yes" : "**no**" }')
		sok=$(awk -v a="${SC[tsp.$op]}" -v b="${SC[ext.$op]}" 'BEGIN { print (a <= b + 0.005) ? "yes" : "**no**" }')
		md "| ${OP_NAME[$op]} | ${IR[ext.$op]} | ${IR[tsp.$op]} | $r | $ok | ${SC[ext.$op]} | ${SC[tsp.$op]} | $sok |"
		if awk -v r="$r" -v w="$worst_r" 'BEGIN { exit !(r != "n/a" && r > w) }'; then worst=$op; worst_r=$r; fi
	done
	md "| ${OP_NAME[streams]} | ${IR[none.streams]} | | | | ${SC[none.streams]} | | |"
	md "| ${OP_NAME[empty]} | ${IR[none.empty]} | | | | ${SC[none.empty]} | | |"
	md ""
	md "Syscalls per iteration (strace -f -c, same scripts, K=$K2 minus K=$K1):"
	md ""
	for op in "${OPS[@]}"; do
		md "- $op, ext/sockets: ${SCL[ext.$op]}"
		md "- $op, tsp_sockets: ${SCL[tsp.$op]}"
	done
	md "- streams (core): ${SCL[none.streams]}"
	md ""
	md "Earlier reference on ext/sockets here: ~2,500 Ir create+bind+listen+close, ~1,360 write+read; core streams ~872 write+read."
	md ""
	if [ -n "$worst" ]; then
		md "### Where the instructions go: $worst (highest tsp/ext ratio, $worst_r)"
		md ""
		md "Instructions per iteration by function (self cost; callgrind_annotate of K=$K2 minus K=$K1, divided by $((K2 - K1)); top 15)."
		md ""
		for e in tsp ext; do
			md "$([ "$e" = tsp ] && echo tsp_sockets || echo ext/sockets):"
			md ""
			md '```'
			function_delta "$e" "$worst" 15 >>"$MD"
			md '```'
			md ""
		done
		callgrind_annotate --auto=no "$RAW/cg_tsp_${worst}_$K2.out" >"$RAW/annotate_tsp_${worst}_$K2.txt" 2>/dev/null || true
		md "Full annotate (start-up included): bench/out/raw/annotate_tsp_${worst}_$K2.txt"
		md ""
	fi
}

# ------------------------------------------------------------------ main ----

START=$(date +%s)
{
	echo "# ext/sockets vs tsp_sockets"
	echo ""
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $("$PHP" -n -r 'echo "PHP ", PHP_VERSION;'), $(nproc) cores, tsp_sockets: $TSP_SO ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ', work tree modified'))"
	echo ""
} >>"$MD"
case $WHAT in
	all) bench_ab; bench_ops ;;
	ab) bench_ab ;;
	ops) bench_ops ;;
esac
md "Run took $(($(date +%s) - START)) s."
mv "$MD" "$OUT/results.md"
echo
cat "$OUT/results.md"
echo
echo "saved: ${OUT#"$ROOT"/}/results.md"
