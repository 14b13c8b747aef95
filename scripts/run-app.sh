#!/usr/bin/env bash
# README command 1: build and open the box office. With no BOXOFFICE_DB set
# the app starts (or reuses) its own private PostgreSQL cluster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
exec "${BOXOFFICE_BUILD_DIR:-$root/build}/app/boxoffice" "$@"
