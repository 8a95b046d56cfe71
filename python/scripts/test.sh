#!/usr/bin/env bash
# The Python package's tests, as the README's test command runs them (from the server's Maven build):
# a venv of Debian's python3 with its system packages (pytest, docker, twilio come from Debian: no
# package index is needed), the package installed offline into it (its pytest plugin with it), then
# pytest against the packaged server (started here on a free port, stopped at the end), or against
# CSMOCK_URL when set. Where python3 or those packages are missing, the tests are skipped with a
# message, unless CSMOCK_PYTHON_REQUIRED=true (.ci/run) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${CSMOCK_PYTHON:-/usr/bin/python3}"
JAR="${CSMOCK_SERVER_JAR:-../target/quarkus-app/quarkus-run.jar}"

skip() {
  if [ "${CSMOCK_PYTHON_REQUIRED:-false}" = true ]; then
    echo "The Python tests are required (CSMOCK_PYTHON_REQUIRED=true) but $1" >&2
    exit 1
  fi
  echo "SKIPPED the Python package's tests: $1"
  exit 0
}

[ -x "$PYTHON" ] || skip "$PYTHON is missing"
"$PYTHON" -c 'import pytest, twilio, setuptools, venv' 2>/dev/null \
  || skip "Debian's python3-pytest, python3-twilio, python3-setuptools or python3-venv is missing"

rm -rf target && mkdir -p target
"$PYTHON" -m venv --system-site-packages target/venv
target/venv/bin/python -m pip install --quiet --no-deps --no-build-isolation --no-index . >target/pip.log 2>&1 \
  || { cat target/pip.log; exit 1; }

server=""
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; }
trap stop_server EXIT
if [ -z "${CSMOCK_URL:-}" ]; then
  [ -f "$JAR" ] || { echo "no packaged server at $JAR: run ./mvnw package first" >&2; exit 1; }
  port=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  java -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$JAR" >target/server.log 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then break; fi
    kill -0 "$server" 2>/dev/null || { cat target/server.log >&2; exit 1; }
    sleep 0.1
  done
  export CSMOCK_URL="http://127.0.0.1:$port"
fi
venv="$PWD/target/venv/bin/python"
(cd tests && "$venv" -m pytest -p no:cacheprovider -q -rs .)
# the example consumer project (examples/python-consumer), against the same mock
cd ../examples/python-consumer && "$venv" -m pytest -p no:cacheprovider -q -rs tests
