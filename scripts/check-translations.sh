#!/usr/bin/env bash
# Translation gate, run by ctest: `check-translations.sh BUILD_DIR`.
# Runs lupdate over the sources (the same project and options as the
# boxoffice_i18n_lupdate target) into copies of the committed .ts files and
# fails when the committed files are out of date (a tr() string missing or
# gone) or when a Thai message, or an English plural form, is unfinished.
# Fix with: cmake --build build --target boxoffice_i18n_lupdate, then translate.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
lupdate=/usr/lib/qt6/bin/lupdate
generator=$(find /usr/lib -path '*Qt6LinguistTools/GenerateLUpdateProject.cmake' -print -quit)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/translations/boxoffice_en.ts "$root"/translations/boxoffice_th.ts "$work"/
(cd "$build/translations" && cmake -DIN_FILE=.lupdate/boxoffice_i18n_project.cmake \
  -DOUT_FILE="$work/project.json" -P "$generator")
"$lupdate" -silent -project "$work/project.json" -no-obsolete -locations none \
  -ts "$work/boxoffice_en.ts" "$work/boxoffice_th.ts"
status=0
for lang in en th; do
  if ! diff -u "$root/translations/boxoffice_$lang.ts" "$work/boxoffice_$lang.ts" >"$work/$lang.diff"; then
    echo "translations/boxoffice_$lang.ts is out of date with the sources (run the boxoffice_i18n_lupdate target):"
    head -40 "$work/$lang.diff"
    status=1
  fi
done
python3 - "$work/boxoffice_th.ts" "$work/boxoffice_en.ts" <<'PY' || status=1
import re, sys
bad = 0
for path, numerus_only in ((sys.argv[1], False), (sys.argv[2], True)):
    text = open(path, encoding='utf-8').read()
    for ctx in re.finditer(r'<context>\s*<name>(.*?)</name>(.*?)</context>', text, re.S):
        for msg in re.finditer(r'<message( numerus="yes")?>(.*?)</message>', ctx.group(2), re.S):
            if numerus_only and not msg.group(1):
                continue
            if 'type="unfinished"' in msg.group(2):
                source = re.search(r'<source>(.*?)</source>', msg.group(2), re.S).group(1)
                print(f"{path.rsplit('/', 1)[-1]}: unfinished in {ctx.group(1)}: {source}")
                bad += 1
sys.exit(1 if bad else 0)
PY
exit $status
