#!/usr/bin/env bash
# The mock beside its peers, in one run on this machine: the ceiling (a bare Vert.x route), the
# framework's floor (a bare Quarkus REST app of the same Quarkus version, bench/floor; also on the
# aot-jar with a JDK 25 AOT cache, so the floor is comparable), WireMock standalone started as its
# documentation says, and the mock — with the README's command, on JDK 25 with an AOT cache on the
# fast-jar and on the aot-jar (what the image runs), and `docker run` of the image when Docker and
# the image are there. For each: start-up to the first 200 (median of 5); for the main ones GET and
# POST req/s and p99 under wrk and RSS after the loads; ratios to WireMock. Prints a table.
#   bench/peers.sh                  # also run at the end of bench/run.sh
#   DURATION=10s bench/peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PEERS_PORT:-18095}"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"
JAVA17="${JAVA17:-java}"
JAVA25="${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25-jdk*/bin/java 2>/dev/null | head -1 || true)}"
APP_OPTS="${APP_OPTS:--XX:+UseSerialGC -Xmn32m}"
JAR=target/quarkus-app/quarkus-run.jar
LOG=target/bench
mkdir -p "$LOG"
ACCOUNT=AC0123456789abcdef0123456789abcdef
export WRK_AUTH="Basic $(printf '%s' "$ACCOUNT:bench" | base64 -w0)"
URL="http://127.0.0.1:$PORT/v1/CompositionSettings/Default"

command -v wrk >/dev/null || { echo "wrk is missing: run bench/run.sh, which installs it" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
[ -f bench/floor/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -f bench/floor/pom.xml package
WIREMOCK_JAR="$LOG/wiremock-standalone-$WIREMOCK_VERSION.jar"
[ -f "$WIREMOCK_JAR" ] || ./mvnw -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
  -DoutputDirectory="$LOG" -Dmdep.overWriteReleases=true

SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_200() { # what: polls the URL until it answers 200 (fails after a minute)
  local n=0
  until curl -sf -o /dev/null -H "Authorization: $WRK_AUTH" "$URL"; do
    sleep 0.005; n=$((n + 1))
    if [ $n -gt 12000 ]; then echo "no 200 from: $1" >&2; return 1; fi
  done
}
start() { # command...: starts, waits for the first 200, prints the milliseconds it took
  local begin end
  begin=$(date +%s%N)
  "$@" >"$LOG/peer.log" 2>&1 &
  SERVER=$!
  wait_200 "$*" || { cat "$LOG/peer.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - begin) / 1000000 ))
}
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
load() { # script duration: prints "req/s p99_ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "bench/$1" "$URL" >"$LOG/wrk.out" 2>&1
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 } $1 == "99%" { p99 = ms($2) } END { printf "%.0f %.2f\n", rps, p99 }' "$LOG/wrk.out"
}
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

measure() { # name post?(yes|no) command...: prints "name startup get_rps get_p99 post_rps post_p99 rss"
  local name=$1 post=$2; shift 2
  local startups
  startups=$(for i in 1 2 3 4 5; do start "$@"; stop; done | median)
  start "$@" >/dev/null
  load get.lua 5s >/dev/null
  [ "$post" = yes ] && load post.lua 5s >/dev/null
  read -r get_rps get_p99 < <(load get.lua "$DURATION")
  post_rps=-; post_p99=-
  if [ "$post" = yes ]; then read -r post_rps post_p99 < <(load post.lua "$DURATION"); fi
  rss=$(rss_mib "$SERVER")
  stop
  echo "$name $startups $get_rps $get_p99 $post_rps $post_p99 $rss"
}

# an AOT cache for any server: start it recording, send it real requests, stop it (the JVM writes the
# cache as it exits); the mock has its own training run (-Dcsmock.training-run=true), used below
train_by_traffic() { # cache command...
  local cache=$1; shift
  rm -f "$cache"
  start "$@" >/dev/null
  wrk -t1 -c4 -d3s -s bench/get.lua "$URL" >/dev/null 2>&1 || true
  wrk -t1 -c4 -d2s -s bench/post.lua "$URL" >/dev/null 2>&1 || true
  stop
  [ -s "$cache" ] || { echo "no AOT cache was written to $cache" >&2; exit 1; }
}
aot_jar() { # project-dir destination: the project packaged as an aot-jar, copied there (its fast-jar is kept)
  if [ ! -f "$2/quarkus-run.jar" ]; then
    ./mvnw -B -q -f "$1/pom.xml" package -DskipTests -Dquarkus.package.jar.type=aot-jar
    rm -rf "$2" && cp -r "$1/target/quarkus-app" "$2"
    ./mvnw -B -q -f "$1/pom.xml" package -DskipTests
  fi
}
train_mock() { # cache jar: the mock's own training run (real requests to itself), writing a JDK 25 AOT cache
  rm -f "$1"
  "$JAVA25" $APP_OPTS -XX:AOTCacheOutput="$1" -Dcsmock.training-run=true -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$PORT" -jar "$2" >"$LOG/training.log" 2>&1
}
startup_only() { # name command...: prints "name startup - - - - -"
  local name=$1; shift
  echo "$name $(for i in 1 2 3 4 5; do start "$@"; stop; done | median) - - - - -"
}
docker_startup() { # image: start to the first 200 of `docker run`, in ms
  local begin end id
  begin=$(date +%s%N)
  id=$(docker run -d --rm -p "127.0.0.1:$PORT:8080" "$1")
  wait_200 "the image $1" || { docker rm -f "$id" >/dev/null; exit 1; }
  end=$(date +%s%N)
  docker rm -f "$id" >/dev/null
  echo $(( (end - begin) / 1000000 ))
}

results=()
echo "== peers: ceiling" >&2
results+=("$(measure ceiling no "$JAVA17" -cp "target/quarkus-app/lib/main/*" bench/CeilingServer.java "$PORT")")
echo "== peers: WireMock $WIREMOCK_VERSION" >&2
results+=("$(measure wiremock yes "$JAVA17" -jar "$WIREMOCK_JAR" --port "$PORT" --bind-address 127.0.0.1 --root-dir bench/wiremock --disable-banner)")
echo "== peers: Quarkus floor" >&2
results+=("$(measure floor yes "$JAVA17" $APP_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar bench/floor/target/quarkus-app/quarkus-run.jar)")
echo "== peers: the mock, README command" >&2
results+=("$(measure mock yes "$JAVA17" $APP_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR")")
if [ -n "$JAVA25" ]; then
  echo "== peers: the mock on JDK 25 with an AOT cache from a training run, fast-jar" >&2
  train_mock "$LOG/app.aot" "$JAR"
  results+=("$(startup_only mock-jdk25-aot-fastjar "$JAVA25" $APP_OPTS -XX:AOTCache="$LOG/app.aot" -XX:AOTMode=on \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR")")

  echo "== peers: the mock on JDK 25 with an AOT cache, aot-jar (the image's packaging)" >&2
  # the aot-jar in its own folder, at an absolute path used by training and runs alike
  AOT_APP="$PWD/$LOG/aot-app"
  aot_jar . "$AOT_APP"
  train_mock "$AOT_APP/app.aot" "$AOT_APP/quarkus-run.jar"
  results+=("$(measure mock-jdk25-aot-jar yes "$JAVA25" $APP_OPTS -XX:AOTCache="$AOT_APP/app.aot" -XX:AOTMode=on \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$AOT_APP/quarkus-run.jar")")

  echo "== peers: the Quarkus floor on JDK 25, aot-jar with an AOT cache" >&2
  FLOOR_AOT="$PWD/$LOG/floor-aot-app"
  aot_jar bench/floor "$FLOOR_AOT"
  train_by_traffic "$FLOOR_AOT/app.aot" "$JAVA25" $APP_OPTS -XX:AOTCacheOutput="$FLOOR_AOT/app.aot" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$FLOOR_AOT/quarkus-run.jar"
  results+=("$(startup_only floor-jdk25-aot-jar "$JAVA25" $APP_OPTS -XX:AOTCache="$FLOOR_AOT/app.aot" -XX:AOTMode=on \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$FLOOR_AOT/quarkus-run.jar")")
fi
IMAGE="${IMAGE:-composition-settings-mock:jvm}"
if command -v docker >/dev/null && docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "== peers: docker run $IMAGE" >&2
  results+=("docker-run $(for i in 1 2 3 4 5; do docker_startup "$IMAGE"; done | median) - - - - -")
fi

printf '%s\n' "${results[@]}" | awk -v date="$(date -u +%Y-%m-%d)" -v cores="$(nproc)" -v d="$DURATION" -v c="$CONNECTIONS" '
  { name[NR] = $1; st[NR] = $2; gr[NR] = $3; gp[NR] = $4; pr[NR] = $5; pp[NR] = $6; rss[NR] = $7; if ($1 == "wiremock") w = NR }
  function ratio(a, b, fmt) { return (a == "-" || b == "-" || b == 0) ? "" : sprintf(" (" fmt ")", a / b) }
  END {
    printf "\nPeers, one run: %s, %s cores, wrk -t2 -c%s -d%s; start-up = start to the first 200, median of 5; ratios to WireMock\n\n", date, cores, c, d
    print "| server | start-up | GET req/s | GET p99 | POST req/s | POST p99 | RSS after load |"
    print "|---|---|---|---|---|---|---|"
    for (i = 1; i <= NR; i++)
      printf "| %s | %d ms%s | %s%s | %s%s%s | %s%s | %s%s%s | %s%s%s |\n", name[i], st[i], ratio(st[i], st[w], "%.2f×"),
        gr[i], ratio(gr[i], gr[w], "%.1f×"), gp[i], gp[i] == "-" ? "" : " ms", ratio(gp[i], gp[w], "%.2f×"),
        pr[i], ratio(pr[i], pr[w], "%.1f×"), pp[i], pp[i] == "-" ? "" : " ms", ratio(pp[i], pp[w], "%.2f×"),
        rss[i], rss[i] == "-" ? "" : " MiB", ratio(rss[i], rss[w], "%.2f×")
  }'
