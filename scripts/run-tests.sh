#!/usr/bin/env bash
# README command 2: build and run every test. With no BOXOFFICE_DB set the
# tests share one private PostgreSQL cluster (a ctest fixture); the few that
# stop the server start their own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "${BOXOFFICE_BUILD_DIR:-$root/build}"
status=0
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 "$@" || status=$?
if [ "$status" -ne 0 ] && [ -f Testing/Temporary/LastTestsFailed.log ]; then
    # CI keeps only the end of the output: repeat why each failed test failed.
    echo "== why the failed tests failed =="
    while IFS=: read -r _ name; do
        echo "-- $name"
        awk -v t="$name" '$0 ~ ("^[0-9]+/[0-9]+ Test: " t "$") {on = 1; next}
            on && /^Test time/ {on = 0}
            on && /(FAIL!|Loc:|Actual|Expected|unexpected|QWARN|QCRITICAL|Totals:|Segmentation|Timeout)/ {print}' \
            Testing/Temporary/LastTest.log | tail -n 30
    done < Testing/Temporary/LastTestsFailed.log
fi
exit "$status"
