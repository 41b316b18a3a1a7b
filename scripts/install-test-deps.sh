#!/usr/bin/env bash
# Installs the Debian packages the tests talk to (DESIGN.md §3), only those that are missing.
# Real peers, not fakes: Mosquitto and its clients, Python Paho, PostgreSQL, Chromium (driven by
# Playwright's bundled driver), qrencode/zbarimg for printed QR codes, sox for audio checks, aplay
# (alsa-utils, played to its null device) for the speaker, openssl for the hub's test certificates.
# python3 also serves as a plain child service in the launcher tests (ServiceProcessTests);
# libgpiod2 is what the hub opens its pins through on a Pi (the tests drive a simulated GpioDriver;
# the library is installed as on the Pi). clang and zlib1g-dev link the Native AOT hub, which
# ./test publishes and the 12_NativeHub_* scenarios run. axe-core (npm, pinned in
# tests/EdgeQueue.Testing.Browser/axe) checks the pages' accessibility inside Chromium. procps gives
# the kill the tests stop PostgreSQL and the broker hosts with (not essential in a minimal Debian).
# rabbitmq-server (3.10.8 on Debian 12) is the clustered central broker the sync suite also runs
# over: the tests start their own node with the MQTT plugin enabled in its own enabled_plugins file
# (RabbitMqRunner), so nothing is enabled or started system-wide here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# axe-core from the npm registry, exactly the version in the lock file (node and npm from Debian if absent).
install_axe() {
  local axe="$root/tests/EdgeQueue.Testing.Browser/axe"
  if [ -f "$axe/node_modules/axe-core/axe.min.js" ]; then
    return
  fi
  echo "test dependencies: installing axe-core from npm"
  npm ci --prefix "$axe" --no-audit --no-fund --loglevel=error
}

packages=(
  mosquitto mosquitto-clients python3 python3-paho-mqtt
  rabbitmq-server
  postgresql
  chromium
  qrencode zbar-tools
  sox alsa-utils openssl
  libgpiod2
  clang zlib1g-dev
  procps
)
if ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all Debian packages present"
  install_axe
  exit 0
fi

echo "test dependencies: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
# Services the packages would start (mosquitto on 1883, a postgres cluster) are not wanted:
# tests start their own servers on free loopback ports.
made_policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  $sudo sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'
  made_policy=1
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
if [ -n "$made_policy" ]; then
  $sudo rm -f /usr/sbin/policy-rc.d
fi
install_axe
