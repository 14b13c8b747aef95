#!/usr/bin/env bash
# Configures and builds into build/ (Release with debug info). Used by the two
# README commands.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="${BOXOFFICE_BUILD_DIR:-$root/build}"
# ccache (installed with the other packages) makes rebuilds after a checkout cheap.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
