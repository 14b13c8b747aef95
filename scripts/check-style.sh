#!/usr/bin/env bash
# Style gate, run by ctest: `check-style.sh format` (clang-format, no changes
# allowed) or `check-style.sh tidy BUILD_DIR` (clang-tidy with .clang-tidy,
# warnings are errors). Fix formatting with: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app ui models services translations tests bench -name '*.cpp' -o -name '*.h')
fi
case "${1:-format}" in
  format)
    clang-format --dry-run --Werror "${files[@]}"
    echo "clang-format: ${#files[@]} files clean"
    ;;
  tidy)
    build="${2:-$root/build}"
    mapfile -t sources < <(printf '%s\n' "${files[@]}" | grep '\.cpp$')
    # run-clang-tidy (LLVM 14) has no -warnings-as-errors: any finding fails.
    run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${sources[@]/#/$root/}" > "$build/clang-tidy.log" 2>&1 || true
    if grep -qE '(warning|error):' "$build/clang-tidy.log"; then
      grep -E '(warning|error):' "$build/clang-tidy.log" | sort -u | head -50
      echo "clang-tidy: findings (full log: $build/clang-tidy.log)"
      exit 1
    fi
    echo "clang-tidy: ${#sources[@]} files clean"
    ;;
  *) echo "usage: $0 format|tidy [build-dir]" >&2; exit 2 ;;
esac
