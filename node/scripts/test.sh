#!/usr/bin/env bash
# The Node package's tests, as the README's test command runs them (from the server's Maven build):
# install, build (ES modules, CommonJS, declarations), type-check a TypeScript consumer, then run the
# tests with node's test runner against the packaged server (started here on a free port, stopped
# at the end), or against CSMOCK_URL when it is set. Where npm or the npm registry is missing, the
# tests are skipped with a message, unless CSMOCK_NODE_REQUIRED=true (.ci/run) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${CSMOCK_SERVER_JAR:-../target/quarkus-app/quarkus-run.jar}"

skip() {
  if [ "${CSMOCK_NODE_REQUIRED:-false}" = true ]; then
    echo "The Node tests are required (CSMOCK_NODE_REQUIRED=true) but $1" >&2
    exit 1
  fi
  echo "SKIPPED the Node package's tests: $1"
  exit 0
}

command -v npm >/dev/null 2>&1 || skip "npm is missing"
npm install --no-audit --no-fund --loglevel=error >/tmp/csmock-npm-install.log 2>&1 \
  || { tail -20 /tmp/csmock-npm-install.log; skip "npm install failed (is the npm registry reachable?)"; }
npm run --silent build
node_modules/.bin/tsc -p test/tsconfig.json

server=""
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; }
trap stop_server EXIT
if [ -z "${CSMOCK_URL:-}" ]; then
  [ -f "$JAR" ] || { echo "no packaged server at $JAR: run ./mvnw package first" >&2; exit 1; }
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  java -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$JAR" >target-server.log 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then break; fi
    kill -0 "$server" 2>/dev/null || { cat target-server.log >&2; exit 1; }
    sleep 0.1
  done
  export CSMOCK_URL="http://127.0.0.1:$port"
fi
npm test

# the example consumer project (examples/node-consumer), against the same mock
cd ../examples/node-consumer
npm install --no-audit --no-fund --loglevel=error >/tmp/csmock-npm-example.log 2>&1 || { tail -20 /tmp/csmock-npm-example.log; exit 1; }
npm test
