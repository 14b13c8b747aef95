#!/usr/bin/env bash
# README command 2: build and run every test. With no BOXOFFICE_DB set the
# tests share one private PostgreSQL cluster (a ctest fixture); the few that
# stop the server start their own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "${BOXOFFICE_BUILD_DIR:-$root/build}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 "$@"
