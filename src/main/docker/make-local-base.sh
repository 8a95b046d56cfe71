#!/usr/bin/env bash
# Makes a JRE base image without any registry: a jlink'd Java runtime from a local JDK, the
# shared libraries it needs, /tmp and a non-root user (uid 1001), imported with `docker import`.
# Use it where images cannot be pulled. The JDK is $JDK_HOME, else a Temurin 25 JDK installed in
# /usr/lib/jvm, else the JDK of `javac`; the image is named after its Java release:
#   src/main/docker/make-local-base.sh            # e.g. composition-settings-mock-base:jre25
#   JDK_HOME=/usr/lib/jvm/java-17-openjdk-amd64 src/main/docker/make-local-base.sh   # ...:jre17
#   docker build --build-arg BASE_IMAGE=composition-settings-mock-base:jre25 --build-arg JAVA_RELEASE=25 \
#     -f src/main/docker/Dockerfile.jvm ...
# It prints the name of the image it made.
set -euo pipefail

temurin25="$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -1 || true)"
JDK="${JDK_HOME:-${temurin25:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}"
RELEASE="$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
IMAGE="${1:-composition-settings-mock-base:jre$RELEASE}"
MODULES="java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.naming.dns,\
jdk.net,jdk.unsupported,jdk.zipfs"

# a JDK with jmods links from them; JDK 24+ without them links from its own run-time image (JEP 493)
MODULE_PATH=()
if [ -d "$JDK/jmods" ]; then
  MODULE_PATH=(--module-path "$JDK/jmods")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"

"$JDK/bin/jlink" "${MODULE_PATH[@]}" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$root/opt/java" >&2

# the shared libraries of every binary and library of the runtime, at their host paths
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null | grep -o '/[^ ]*\.so[^ ]*' | sort -u |
  while read -r lib; do
    [ -e "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
for loader in /lib64/ld-linux-x86-64.so.2 /lib/ld-linux-aarch64.so.1; do
  if [ -e "$loader" ]; then
    mkdir -p "$root$(dirname "$loader")"
    cp -L "$loader" "$root$loader"
  fi
done

mkdir -p "$root/tmp" "$root/etc" "$root/home/mock" "$root/deployments"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nmock:x:1001:0:composition-settings-mock:/home/mock:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
chown 1001:0 "$root/home/mock" "$root/deployments"

tar -C "$root" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV PATH=/opt/java/bin:/usr/bin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  - "$IMAGE" > /dev/null
echo "$IMAGE: Java $RELEASE, $(docker image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}')" >&2
echo "$IMAGE"
