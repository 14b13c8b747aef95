#!/usr/bin/env bash
# Configures and builds into build/ (Release with debug info). Used by the two
# README commands.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="${BOXOFFICE_BUILD_DIR:-$root/build}"
# ccache (installed with the other packages) makes rebuilds after a checkout
# cheap; with precompiled headers it caches only when told their time stamps
# and __DATE__/__TIME__ may be ignored (ccache's manual, "Precompiled headers").
# base_dir + nohashdir make the paths in the hash relative to the checkout, so
# a second clone or worktree of the project hits the same cache (ccache's
# manual, "Compiling in different directories").
launcher=()
command -v ccache >/dev/null \
  && launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime;CCACHE_BASEDIR=$root;CCACHE_NOHASHDIR=true;ccache")
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
