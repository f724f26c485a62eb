#!/usr/bin/env bash
# Installs the Debian 12 packages pcrecords needs to build, test and run (only those missing).
set -euo pipefail

packages=(
  cmake g++ make pkg-config python3
  libwxgtk3.2-dev libsqlitecpp-dev libsqlite3-dev libpugixml-dev libexpat1-dev libboost-test-dev
  libcairo2-dev libpango1.0-dev libgdk-pixbuf-2.0-dev libkainjow-mustache-dev libsodium-dev libpqxx-dev
  sqlite3 postgresql xvfb xauth imagemagick poppler-utils fonts-dejavu-core fonts-noto-core fonts-symbola clang-format gettext
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
