#!/usr/bin/env bash
# The Node package's tests, as the README's test command runs them (from the server's Maven build):
# install, build (ES modules, CommonJS, declarations), type-check a TypeScript consumer, then run the
# tests with node's test runner against the packaged server (src/test/sh/with-server.sh: started on a
# free port, stopped at the end), or against CSMOCK_URL when it is set. Where npm or the npm registry is missing, the
# tests are skipped with a message, unless CSMOCK_NODE_REQUIRED=true (.ci/run) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

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

# the package's tests, then the example consumer project (examples/node-consumer), against one mock
../src/test/sh/with-server.sh bash -c 'npm test && cd ../examples/node-consumer \
  && { npm install --no-audit --no-fund --loglevel=error >/tmp/csmock-npm-example.log 2>&1 \
       || { tail -20 /tmp/csmock-npm-example.log; exit 1; }; } && npm test'
