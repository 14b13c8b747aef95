#!/usr/bin/env bash
# README command 2: build and run every test. With no BOXOFFICE_DB set the
# tests share one private PostgreSQL cluster (a ctest fixture); the few that
# stop the server start their own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "${BOXOFFICE_BUILD_DIR:-$root/build}"
# A failed test program is run once more (its first failure stays in the
# output): tst_counterwindow's databaseGoesAwayAndComesBack fails now and then
# when run after the other counter tests (open in the issue notes).
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 --repeat until-pass:2 "$@"
