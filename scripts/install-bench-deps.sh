#!/usr/bin/env bash
# Installs what `./edgequeue bench brokers` and `bench store-durability` need beyond
# scripts/install-test-deps.sh: node and MQTT.js (npm "mqtt", the version in the committed
# package-lock.json), an independent MQTT client for the burst measurement; strace, which counts a
# store's syncs per commit. Idempotent: does nothing when they are already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mqttjs="$root/tests/EdgeQueue.Benchmarks/Mqtt/Comparison/mqttjs"

"$root/scripts/install-test-deps.sh"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench dependencies: installing nodejs npm"
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends nodejs npm
fi

if ! command -v strace >/dev/null; then
  echo "bench dependencies: installing strace"
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends strace
fi

# npm ci installs exactly the lock file; only when missing or older than the lock file.
if [ ! -f "$mqttjs/node_modules/.package-lock.json" ] || [ "$mqttjs/package-lock.json" -nt "$mqttjs/node_modules/.package-lock.json" ]; then
  echo "bench dependencies: npm ci (MQTT.js) in $mqttjs"
  npm ci --prefix "$mqttjs" --no-audit --no-fund --loglevel=error
else
  echo "bench dependencies: MQTT.js present"
fi
