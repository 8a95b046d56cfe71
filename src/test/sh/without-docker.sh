#!/usr/bin/env bash
# Runs a command where no Docker engine answers, as on a laptop or CI runner without Docker: DOCKER_HOST
# points nowhere and, where this machine has a Docker socket, the command runs in a mount namespace of
# its own with the socket hidden (unshare, as root: Testcontainers would otherwise find the socket on its
# own). Where the socket cannot be hidden, the command is skipped with a message, unless
# CSMOCK_WITHOUT_DOCKER_REQUIRED=true (.ci/run) makes that a failure.
set -euo pipefail

export DOCKER_HOST=unix:///nonexistent/csmock-no-docker.sock
sockets=()
for socket in /var/run/docker.sock /run/docker.sock "${XDG_RUNTIME_DIR:-/nonexistent}/docker.sock" "$HOME/.docker/run/docker.sock"; do
  if [ -e "$socket" ]; then
    real="$(readlink -f "$socket")"
    [[ " ${sockets[*]-} " == *" $real "* ]] || sockets+=("$real")
  fi
done
if [ ${#sockets[@]} -eq 0 ]; then
  exec "$@"
fi
if ! unshare -m true 2>/dev/null; then
  if [ "${CSMOCK_WITHOUT_DOCKER_REQUIRED:-false}" = true ]; then
    echo "The run without Docker is required (CSMOCK_WITHOUT_DOCKER_REQUIRED=true) but the Docker socket cannot be hidden here (unshare needs root)" >&2
    exit 1
  fi
  echo "SKIPPED the run without Docker: the Docker socket cannot be hidden here (unshare needs root)"
  exit 0
fi
echo "== without Docker (hidden: ${sockets[*]}): $*"
SOCKETS="${sockets[*]}" exec unshare -m bash -c 'for socket in $SOCKETS; do mount --bind /dev/null "$socket"; done; exec "$@"' \
  bash "$@"
