#!/usr/bin/env bash
# Style gate, run by ctest: `check-style.sh format` (clang-format, no changes
# allowed) or `check-style.sh tidy BUILD_DIR` (clang-tidy with .clang-tidy,
# warnings are errors). Fix formatting with: clang-format -i $(git ls-files '*.cpp' '*.h')
#
# clang-tidy takes minutes over the whole tree, so a normal run looks at what
# changed: the .cpp files that differ from a base (committed or not, and new
# untracked ones), and the .cpp files that include a changed header (directly
# or through other headers). The base is, in order:
#   BOXOFFICE_TIDY_BASE (any git revision) if set;
#   the merge-base with the branch's upstream (@{upstream}) if it has one;
#   the merge-base with main (or master) when on another branch;
#   otherwise HEAD~1: the last commit and the working tree.
# Everything of the product (not tests/) is checked when CI=true (CI sets it),
# when BOXOFFICE_TIDY=all, when .clang-tidy itself changed, and outside a git
# checkout; BOXOFFICE_TIDY=everything adds the test programs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
in_git=false
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  in_git=true
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app ui models services translations tests bench -name '*.cpp' -o -name '*.h')
fi

tidy_base() {
  if [[ -n "${BOXOFFICE_TIDY_BASE:-}" ]]; then
    git merge-base HEAD "$BOXOFFICE_TIDY_BASE"
    return
  fi
  local upstream branch
  if upstream=$(git rev-parse --abbrev-ref --symbolic-full-name '@{upstream}' 2>/dev/null); then
    git merge-base HEAD "$upstream"
    return
  fi
  for branch in main master; do
    if git rev-parse -q --verify "refs/heads/$branch" >/dev/null \
      && [[ $(git rev-parse HEAD) != $(git rev-parse "refs/heads/$branch") ]]; then
      git merge-base HEAD "refs/heads/$branch"
      return
    fi
  done
  git rev-parse -q --verify HEAD~1 || git rev-parse HEAD
}

# Prints the .cpp files to check, or "all".
tidy_selection() {
  if [[ "${CI:-}" == true || "${BOXOFFICE_TIDY:-}" == all || "${BOXOFFICE_TIDY:-}" == everything || $in_git == false ]]; then
    echo all
    return
  fi
  local base
  base=$(tidy_base)
  echo "clang-tidy: changes since $(git rev-parse --short "$base")" >&2
  local changed
  changed=$( (git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h' .clang-tidy
    git ls-files --others --exclude-standard -- '*.cpp' '*.h') | sort -u)
  if grep -qx '.clang-tidy' <<<"$changed"; then
    echo all
    return
  fi
  local sources headers more header name
  sources=$(grep '\.cpp$' <<<"$changed" || true)
  headers=$(grep '\.h$' <<<"$changed" || true)
  # Headers reach a translation unit through other headers too: follow them
  # until no new header turns up. Includes name a header by its path inside
  # a layer ("sale/saleengine.h") or, in tests, by its file name.
  local seen=""
  while [[ -n "$headers" ]]; do
    seen=$(printf '%s\n%s\n' "$seen" "$headers" | sed '/^$/d' | sort -u)
    more=""
    while IFS= read -r header; do
      name=$(basename "$header")
      more+=$(git grep -lE "#include \"([^\"]*/)?${name//./\\.}\"" -- '*.cpp' '*.h' || true)
      more+=$'\n'
    done <<<"$headers"
    sources=$(printf '%s\n%s\n' "$sources" "$(grep '\.cpp$' <<<"$more" || true)" | sed '/^$/d' | sort -u)
    headers=$(comm -13 <(echo "$seen") <(grep '\.h$' <<<"$more" | sort -u || true) | sed '/^$/d')
  done
  # Only files that still exist (a deleted header's includers are gone too).
  while IFS= read -r f; do
    [[ -n "$f" && -f "$f" ]] && echo "$f"
  done <<<"$sources"
}

case "${1:-format}" in
  format)
    clang-format --dry-run --Werror "${files[@]}"
    echo "clang-format: ${#files[@]} files clean"
    ;;
  tidy)
    build="${2:-$root/build}"
    mapfile -t selection < <(tidy_selection)
    if [[ "${selection[*]:-}" == all ]]; then
      # Everything of the product. The test programs (tests/) are checked
      # whenever they change (the normal run above) and with
      # BOXOFFICE_TIDY=everything, not in CI: at 30-40 s of clang-tidy each
      # (QtTest and QtWidgets parsed and matched whole) the fifty of them
      # alone would take CI past its 25 minutes on 2 cores.
      if [[ "${BOXOFFICE_TIDY:-}" == everything ]]; then
        mapfile -t sources < <(printf '%s\n' "${files[@]}" | grep '\.cpp$')
      else
        mapfile -t sources < <(printf '%s\n' "${files[@]}" | grep '\.cpp$' | grep -v '^tests/')
      fi
    else
      sources=("${selection[@]}")
    fi
    if [[ ${#sources[@]} -eq 0 ]]; then
      echo "clang-tidy: no changed source files (BOXOFFICE_TIDY=all checks everything)"
      exit 0
    fi
    # run-clang-tidy takes each file as a regular expression over the
    # compilation database: anchor it, so only that file matches.
    patterns=()
    for f in "${sources[@]}"; do
      patterns+=("^$(printf '%s' "$root/$f" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
    done
    # The build's compile commands without the precompiled headers (GCC's
    # .gch is no use to clang, and each file must include what it uses).
    mkdir -p "$build/tidy"
    sed -E 's# -Winvalid-pch##g; s# -include [^ "]*cmake_pch\.hxx##g' "$build/compile_commands.json" \
      > "$build/tidy/compile_commands.json"
    # run-clang-tidy (LLVM 14) has no -warnings-as-errors: any finding fails.
    # Every file (CI): one unit per build target, the same findings in a
    # fraction of the time (scripts/tidy-batches.py says how and why).
    if [[ "${selection[*]:-}" == all ]]; then
      "$root/scripts/tidy-batches.py" "$root" "$build/tidy" "$(nproc)" "$build/clang-tidy.log" "${sources[@]}"
    else
      run-clang-tidy -quiet -p "$build/tidy" -j "$(nproc)" "${patterns[@]}" > "$build/clang-tidy.log" 2>&1 || true
    fi
    if grep -qE '(warning|error):' "$build/clang-tidy.log"; then
      grep -E '(warning|error):' "$build/clang-tidy.log" | sort -u | head -50
      echo "clang-tidy: findings (full log: $build/clang-tidy.log)"
      exit 1
    fi
    echo "clang-tidy: ${#sources[@]} files clean"
    ;;
  *) echo "usage: $0 format|tidy [build-dir]" >&2; exit 2 ;;
esac
