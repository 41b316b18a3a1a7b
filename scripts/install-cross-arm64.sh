#!/usr/bin/env bash
# Installs what publishing the Native AOT hub for a Raspberry Pi (linux-arm64) needs on an x64
# Debian 12 build machine: Debian's aarch64 cross binutils and gcc (crt files, libgcc; clang links
# with them), arm64's zlib through multiarch, and qemu-user to run the result here as a check:
#
#   scripts/install-cross-arm64.sh
#   ./edgequeue publish-hub --rid linux-arm64
#   qemu-aarch64 artifacts/hub-native/linux-arm64/EdgeQueue.Hub check --site edge-hub/EdgeQueue.Hub/Sites/demo-hall.json
#
# Not needed on the Pi itself: there `./edgequeue publish-hub` builds for linux-arm64 natively
# (apt-get install clang zlib1g-dev).
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
export DEBIAN_FRONTEND=noninteractive
$sudo dpkg --add-architecture arm64
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends clang zlib1g-dev binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu zlib1g-dev:arm64 qemu-user
echo "install-cross-arm64: ready; ./edgequeue publish-hub --rid linux-arm64"
