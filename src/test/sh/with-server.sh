#!/usr/bin/env bash
# Runs a command against a mock: the one at CSMOCK_URL when set, else the packaged server
# (CSMOCK_SERVER_JAR, default target/quarkus-app/quarkus-run.jar of this repository) started on a
# free port of 127.0.0.1 and stopped when the command ends. The command gets CSMOCK_URL.
# Used by the Node and Python packages' test scripts.
#   src/test/sh/with-server.sh npm test
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
JAR="${CSMOCK_SERVER_JAR:-$here/target/quarkus-app/quarkus-run.jar}"

if [ -n "${CSMOCK_URL:-}" ]; then
  exec "$@"
fi
[ -f "$JAR" ] || { echo "no packaged server at $JAR: run ./mvnw package first" >&2; exit 1; }
log="$(mktemp)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
java -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$JAR" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
CSMOCK_URL="http://127.0.0.1:$port" "$@"
