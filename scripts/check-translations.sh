#!/usr/bin/env bash
# Fails when a shipped translation is unfinished: every message of the Chinese and Spanish
# catalogues translated, and every plural form of the English one (its other strings are the
# source text). Usage: scripts/check-translations.sh [LRELEASE]
set -euo pipefail
cd "$(dirname "$0")/.."

lrelease=${1:-/usr/lib/qt6/bin/lrelease}
status=0
for ts in translations/punchclock_zh_CN.ts translations/punchclock_es.ts; do
    report=$("$lrelease" "$ts" -qm /dev/null 2>&1)
    if ! grep -q "(\([0-9]*\) finished and 0 unfinished)" <<<"$report" || grep -q "Ignored" <<<"$report"; then
        echo "check-translations: $ts is not finished:" >&2
        echo "$report" >&2
        status=1
    fi
done
unfinishedPlurals=$(awk '/<message numerus="yes">/ { plural = 1 } /<\/message>/ { plural = 0 }
    plural && /type="unfinished"/ { count++ } END { print count + 0 }' translations/punchclock_en.ts)
if [ "$unfinishedPlurals" -ne 0 ]; then
    echo "check-translations: translations/punchclock_en.ts has $unfinishedPlurals plural forms to write" >&2
    status=1
fi
exit $status
