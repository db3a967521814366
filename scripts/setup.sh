#!/usr/bin/env bash
# Installs the Debian packages the Miyamoto SDK builds against. Idempotent: when
# every package is already installed it changes nothing and exits at once.
#
#   libsecp256k1-dev   secp256k1 signatures (Exchanges, through the CSecp256k1 target)
#   libsqlite3-dev     the embedded SQLite journal (GRDB links the system SQLite)
#   libssl-dev         TLS for the NIO HTTP/WebSocket clients
#   libcurl4-openssl-dev  Foundation's networking on Linux links it
#   pkg-config         SwiftPM finds libsecp256k1 through it
set -euo pipefail

packages=(libsecp256k1-dev libsqlite3-dev libssl-dev libcurl4-openssl-dev pkg-config)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo (missing: ${missing[*]})" >&2; exit 1; }
  sudo="sudo"
fi

echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
