#!/usr/bin/env bash
# The benchmark: builds and starts the packaged application on 127.0.0.1, warms it up, measures,
# and prints one table, then the table of the mock beside its peers (bench/peers.sh: the Quarkus
# floor, the Vert.x ceiling, WireMock). See docs/performance.md. Everything it starts, it stops.
#   bench/run.sh                         # 32 connections, 2 threads, 10 s per load
#   DURATION=20s CONNECTIONS=64 bench/run.sh
#   SKIP_BUILD=1 bench/run.sh            # reuse target/quarkus-app
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18085}"
CEILING_PORT="${CEILING_PORT:-18090}"
JAR=target/quarkus-app/quarkus-run.jar
# the JVM options the mock is launched with (README run command, Dockerfile.jvm)
APP_OPTS="${APP_OPTS:--XX:+UseSerialGC -Xmn32m}"
ACCOUNT=AC0123456789abcdef0123456789abcdef
export WRK_AUTH="Basic $(printf '%s' "$ACCOUNT:bench" | base64 -w0)"
LOG=target/bench
mkdir -p "$LOG"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk from Debian's packages" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >"$LOG/wrk-install.log" 2>&1
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q package -DskipTests
fi

APP=""
CEILING=""
cleanup() {
  for pid in $APP $CEILING; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

wait_200() { # port [url-path]
  local n=0
  until curl -sf -o /dev/null -H "Authorization: $WRK_AUTH" "http://127.0.0.1:$1/v1/CompositionSettings/Default"; do
    sleep 0.01; n=$((n + 1))
    if [ $n -gt 6000 ]; then echo "no answer on port $1" >&2; exit 1; fi
  done
}
start_app() { # extra JVM options...
  # shellcheck disable=SC2086
  java $APP_OPTS "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT -jar "$JAR" >"$LOG/app.log" 2>&1 &
  APP=$!
  wait_200 $PORT
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; }

# wrk: prints "requests/s p50_ms p99_ms non2xx"
load() { # script url duration
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "bench/$1" "$2" >"$LOG/wrk.out" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + 0 }' "$LOG/wrk.out"
}
heap_used_kb() { # after a full GC: the sum of the heap's generations (Serial, Parallel) or regions (G1)
  jcmd "$APP" GC.run >/dev/null
  jcmd "$APP" GC.heap_info | awk '/generation|garbage-first heap|PSYoungGen|ParOldGen/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); sum += v } }
    END { print sum + 0 }'
}
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
threads_of() { awk '/^Threads/ { print $2 }' "/proc/$1/status"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The ceiling is measured before and after the mock's GET and POST runs, and the higher figure
# counts, so that a quiet moment of a shared machine never flatters the mock's ratios.
ceiling() {
  java -cp "target/quarkus-app/lib/main/*" bench/CeilingServer.java $CEILING_PORT >"$LOG/ceiling.log" 2>&1 &
  CEILING=$!
  wait_200 $CEILING_PORT
  load get.lua "http://127.0.0.1:$CEILING_PORT/v1/CompositionSettings/Default" 3s >/dev/null
  load get.lua "http://127.0.0.1:$CEILING_PORT/v1/CompositionSettings/Default" "$DURATION"
  kill "$CEILING"; wait "$CEILING" 2>/dev/null || true; CEILING=""
}
echo "== ceiling: a bare Vert.x route" >&2
read -r ceil_rps ceil_p50 ceil_p99 _ < <(ceiling)

echo "== the mock: GET and POST" >&2
start_app
URL="http://127.0.0.1:$PORT/v1/CompositionSettings/Default"
load post.lua "$URL" 5s >/dev/null
load get.lua "$URL" 5s >/dev/null
read -r get_rps get_p50 get_p99 get_bad < <(load get.lua "$URL" "$DURATION")
read -r post_rps post_p50 post_p99 post_bad < <(load post.lua "$URL" "$DURATION")
rss_after_load=$(rss_mib "$APP")
stop_app
echo "== ceiling again" >&2
read -r ceil2_rps ceil2_p50 ceil2_p99 _ < <(ceiling)
if [ "$ceil2_rps" -gt "$ceil_rps" ]; then ceil_rps=$ceil2_rps; ceil_p50=$ceil2_p50; ceil_p99=$ceil2_p99; fi
start_app
load get.lua "$URL" 5s >/dev/null

echo "== 10,000 fault rules for other accounts (interleaved with runs without them, same process)" >&2
python3 bench/tools.py rules 10000 >"$LOG/rules.json"
base_total=0; rules_total=0
for round in 1 2; do
  read -r rps _ _ _ < <(load get.lua "$URL" "$DURATION"); base_total=$((base_total + rps))
  curl -sf -X PUT -H 'Content-Type: application/json' --data-binary @"$LOG/rules.json" "http://127.0.0.1:$PORT/__admin/snapshot"
  read -r rps _ _ _ < <(load get.lua "$URL" "$DURATION"); rules_total=$((rules_total + rps))
  curl -sf -X POST "http://127.0.0.1:$PORT/__admin/reset"
done
base_rps=$((base_total / 2)); rules_rps=$((rules_total / 2))

echo "== 1,000 concurrent requests with a 1 s delay" >&2
DELAYED=ACde1a7ed000000000000000000000000a
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/__admin/faults" \
  -d '{"account": "'$DELAYED'", "delay": {"fixedMs": 1000}}'
threads_before=$(threads_of "$APP")
read -r delay_wall delay_ok < <(ulimit -n 65536 2>/dev/null || true; python3 bench/tools.py delays $PORT $DELAYED 1000)
threads_after=$(threads_of "$APP")
curl -sf -X POST "http://127.0.0.1:$PORT/__admin/reset"

echo "== memory per stored account (100,000 accounts)" >&2
heap_before=$(heap_used_kb)
SEED_COUNT=50000 wrk -t2 -c16 -d40s -s bench/seed.lua "http://127.0.0.1:$PORT" >"$LOG/seed.out" 2>&1
last=$(printf 'AC%08x%024x' 2 50000)
curl -sf -o /dev/null "http://127.0.0.1:$PORT/__admin/accounts/$last/CompositionSettings" || { echo "seeding did not reach 100,000 accounts" >&2; exit 1; }
heap_after=$(heap_used_kb)
bytes_per_account=$(( (heap_after - heap_before) * 1024 / 100000 ))
stop_app

echo "== -Xmx64m" >&2
start_app -Xmx64m
read -r small_get_rps _ _ small_get_bad < <(load get.lua "$URL" 5s)
read -r small_post_rps _ _ small_post_bad < <(load post.lua "$URL" 5s)
stop_app
small_ok=no
if [ "$small_get_rps" -gt 0 ] && [ "$small_post_rps" -gt 0 ] && [ "$small_get_bad" -eq 0 ] && [ "$small_post_bad" -eq 0 ]; then small_ok=yes; fi

echo "== start-up to the first 200 (5 runs each)" >&2
CDS=target/bench-app-cds.jsa
rm -f "$CDS"
# shellcheck disable=SC2086
java $APP_OPTS -XX:ArchiveClassesAtExit="$CDS" -Dcsmock.training-run=true -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port=$PORT -jar "$JAR" >"$LOG/cds.log" 2>&1
startup() { # jvm options...
  local start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $APP_OPTS "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT -jar "$JAR" >"$LOG/startup.log" 2>&1 &
  APP=$!
  wait_200 $PORT
  end=$(date +%s%N)
  stop_app
  echo $(( (end - start) / 1000000 ))
}
startup_cds=$(for i in 1 2 3 4 5; do startup -XX:SharedArchiveFile="$CDS"; done | median)
startup_plain=$(for i in 1 2 3 4 5; do startup; done | median)

pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", 100 * a / b }'; }
met() { if awk "BEGIN { exit !($1) }"; then echo yes; else echo NO; fi; }
get_pct=$(pct "$get_rps" "$ceil_rps")
post_pct=$(pct "$post_rps" "$ceil_rps")
rules_cost=$(awk -v a="$rules_rps" -v b="$base_rps" 'BEGIN { printf "%.1f", 100 * (b - a) / b }')

cat <<TABLE

Composition Settings Mock benchmark — $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(java -version 2>&1 | head -1)
wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, after a warm-up; the mock runs with: java $APP_OPTS -jar $JAR

| measure | value | target | met |
|---|---|---|---|
| ceiling: bare Vert.x route, GET (higher of two runs) | $ceil_rps req/s, p50 $ceil_p50 ms, p99 $ceil_p99 ms | | |
| GET /v1/CompositionSettings/Default | $get_rps req/s ($get_pct % of ceiling), p50 $get_p50 ms, p99 $get_p99 ms | ≥ 70 %, p99 ≤ 10 ms | $(met "$get_pct >= 70 && $get_p99 <= 10") |
| POST (whole form, one account) | $post_rps req/s ($post_pct % of ceiling), p50 $post_p50 ms, p99 $post_p99 ms | ≥ 50 %, p99 ≤ 10 ms | $(met "$post_pct >= 50 && $post_p99 <= 10") |
| GET with 10,000 rules for other accounts | $rules_rps req/s ($rules_cost % below $base_rps without them) | cost ≤ 5 % | $(met "$rules_cost <= 5") |
| start-up to the first 200, median of 5, AppCDS | $startup_cds ms | ≤ 1000 ms | $(met "$startup_cds <= 1000") |
| start-up to the first 200, median of 5, no AppCDS | $startup_plain ms | | |
| RSS after the loads | $rss_after_load MiB | ≤ 200 MiB | $(met "$rss_after_load <= 200") |
| heap per stored account (100,000 accounts) | $bytes_per_account bytes | ≤ 600 bytes | $(met "$bytes_per_account <= 600") |
| serves with -Xmx64m (GET and POST, no errors) | $small_ok ($small_get_rps GET/s, $small_post_rps POST/s) | yes | $(met "\"$small_ok\" == \"yes\"") |
| 1,000 concurrent requests with a 1 s delay | $delay_wall s wall, $delay_ok answered 200, threads $threads_before → $threads_after | ≤ 1.5 s, no thread growth | $(met "$delay_wall <= 1.5 && $delay_ok == 1000 && $threads_after <= $threads_before") |
TABLE

echo >&2
bench/peers.sh
