#!/usr/bin/env bash
# Installs the Debian 12 packages the box office needs, only those missing.
# Called by run-app.sh and run-tests.sh; safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config ccache lld
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
  libqrencode-dev libpq-dev libcsv-dev libsodium-dev
  postgresql-15 postgresql-client-15
  # High availability: the pg_auto_failover monitor extension and pg_autoctl
  # (scripts/ha-local.sh, the ha tests, docs/DEPLOYMENT.md).
  postgresql-15-auto-failover pg-auto-failover-cli
  fonts-thai-tlwg fonts-dejavu-core
  # Tickets and receipts: Noto Sans and Noto Sans Thai, loaded from their
  # files; the tests read the PDFs back with pdftotext and pdftoppm.
  fonts-noto-core poppler-utils
  clang-format clang-tidy git
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
