#!/usr/bin/env bash
# Installs the EdgeQueue hub of one hall on a Raspberry Pi (64-bit Raspberry Pi OS / Debian 12), with
# Debian's Mosquitto as the hall's MQTT broker (DESIGN.md §3: the production hall broker):
#
#   ./edgequeue publish-hub --rid linux-arm64          (on the build machine; or on the Pi itself)
#   sudo edge-hub/deploy/install-hub.sh --hub-dir artifacts/hub-native/linux-arm64 --site site.json
#
# 1. installs the Debian packages the hall needs (mosquitto, alsa-utils, libgpiod2);
# 2. creates the service user `edgequeue` (groups lp, audio, gpio, spi, dialout) and /var/lib/edgequeue;
# 3. copies the native hub (one executable, its two native libraries, the voice clips; not the debug
#    symbols) to /opt/edgequeue/hub and the site file to /etc/edgequeue/site.json
#    (root:edgequeue 0640: it holds password hashes) and checks the site file;
# 4. when the site's broker is external (the production setting: "mode": "external",
#    "url": "mqtt://127.0.0.1:1883"), writes Mosquitto's password and ACL files from the site file
#    (`EdgeQueue.Hub export-mosquitto`) to /etc/mosquitto/edgequeue (root:mosquitto 0640) and the
#    configuration fragment to /etc/mosquitto/conf.d/edgequeue.conf: devices log in with their own
#    password, client id = user name, each only on its own topics (DESIGN.md §5 rule 4);
# 5. installs and starts the systemd units (mosquitto, then edgequeue-hub).
#
# Run it again after every change of the site file's devices: it rewrites the files and restarts.
# For tests: --root DIR installs below DIR; --no-packages, --no-users and --no-systemd skip the
# steps that change the machine itself.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root=""
hub_dir=""
site=""
packages=1
users=1
systemd=1

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  echo "options: --hub-dir DIR --site FILE [--root DIR] [--no-packages] [--no-users] [--no-systemd]"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --hub-dir) hub_dir="$2"; shift 2 ;;
    --site) site="$2"; shift 2 ;;
    --root) root="$(realpath -m "$2")"; shift 2 ;;
    --no-packages) packages=0; shift ;;
    --no-users) users=0; shift ;;
    --no-systemd) systemd=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-hub: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

[ -n "$hub_dir" ] && [ -x "$hub_dir/EdgeQueue.Hub" ] || { echo "install-hub: --hub-dir must hold the published EdgeQueue.Hub (./edgequeue publish-hub --rid linux-arm64)" >&2; exit 2; }
[ -n "$site" ] && [ -f "$site" ] || { echo "install-hub: --site must name the hall's site file" >&2; exit 2; }

opt="$root/opt/edgequeue/hub"
etc="$root/etc/edgequeue"
data="$root/var/lib/edgequeue"
mosquitto_dir="$root/etc/mosquitto/edgequeue"
conf_d="$root/etc/mosquitto/conf.d"
units="$root/etc/systemd/system"

if [ "$packages" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q mosquitto alsa-utils libgpiod2
fi

if [ "$users" = 1 ]; then
  id edgequeue >/dev/null 2>&1 || useradd --system --home /var/lib/edgequeue --shell /usr/sbin/nologin edgequeue
  for group in lp audio gpio spi dialout; do
    getent group "$group" >/dev/null && usermod -aG "$group" edgequeue
  done
  owner="edgequeue"
  broker_group="mosquitto"
else
  owner="$(id -un)"
  broker_group="$(id -gn)"
fi

install -d -m 0755 "$opt" "$etc" "$conf_d" "$units"
install -d -m 0750 -o "$owner" "$data"
# Debug symbols (EdgeQueue.Hub.dbg, *.pdb: tens of MB) stay on the build machine for reading crash dumps.
(cd "$hub_dir" && find . -type f ! -name '*.dbg' ! -name '*.pdb' -print0 | while IFS= read -r -d '' f; do
  install -D -m "$([ -x "$f" ] && echo 0755 || echo 0644)" "$f" "$opt/$f"
done)
if [ "$users" = 1 ]; then
  install -m 0640 -o root -g edgequeue "$site" "$etc/site.json"
else
  install -m 0640 "$site" "$etc/site.json"
fi
check="$("$opt/EdgeQueue.Hub" check --site "$etc/site.json")"
echo "install-hub: $check"

# The check names the broker the site uses: "…; external broker mqtt://127.0.0.1:1883 as 'hub-…'".
if [[ "$check" == *"; external broker "* ]]; then
  mode=external
  install -d -m 0750 "$mosquitto_dir"
  "$opt/EdgeQueue.Hub" export-mosquitto --site "$etc/site.json" --out "$mosquitto_dir"
  chmod 0640 "$mosquitto_dir"/edgequeue.passwd "$mosquitto_dir"/edgequeue.acl
  chgrp "$broker_group" "$mosquitto_dir" "$mosquitto_dir"/edgequeue.passwd "$mosquitto_dir"/edgequeue.acl 2>/dev/null || true
  install -m 0644 "$mosquitto_dir/edgequeue.conf" "$conf_d/edgequeue.conf"
  echo "install-hub: Mosquitto configured from the site file: $conf_d/edgequeue.conf"
else
  mode=embedded
  echo "install-hub: the site runs the embedded broker; Mosquitto is not configured"
fi

install -m 0644 "$here/edgequeue-hub.service" "$units/edgequeue-hub.service"
if [ "$systemd" = 1 ]; then
  systemctl daemon-reload
  if [ "$mode" = "external" ]; then
    systemctl enable mosquitto
    systemctl restart mosquitto
  fi
  systemctl enable edgequeue-hub
  systemctl restart edgequeue-hub
  echo "install-hub: running; follow the log with: journalctl -u edgequeue-hub -f"
fi
