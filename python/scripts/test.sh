#!/usr/bin/env bash
# The Python package's tests, as the README's test command runs them (from the server's Maven build):
# a venv of Debian's python3 with its system packages (pytest, docker, twilio come from Debian: no
# package index is needed), the package installed offline into it (its pytest plugin with it), then
# pytest against the packaged server (src/test/sh/with-server.sh: started on a free port, stopped at
# the end), or against CSMOCK_URL when set. Where python3 or those packages are missing, the tests are skipped with a
# message, unless CSMOCK_PYTHON_REQUIRED=true (.ci/run) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${CSMOCK_PYTHON:-/usr/bin/python3}"

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

# the package's tests, then the example consumer project (examples/python-consumer), against one mock
venv="$PWD/target/venv/bin/python"
../src/test/sh/with-server.sh bash -c "cd tests && '$venv' -m pytest -p no:cacheprovider -q -rs . \
  && cd ../../examples/python-consumer && '$venv' -m pytest -p no:cacheprovider -q -rs tests"
