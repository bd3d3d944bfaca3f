#!/usr/bin/env bash
# Fails when a shipped translation is unfinished: every message of the Chinese and Spanish
# catalogues translated, and every plural form of the English one (its other strings are the
# source text). Vanished or obsolete entries and empty translations fail too, named by file,
# context and source text: lrelease counts an empty translation as finished, and the console
# would show nothing where the string belongs.
# Usage: scripts/check-translations.sh [LRELEASE [FOLDER]]   (FOLDER defaults to translations/)
set -euo pipefail
cd "$(dirname "$0")/.."

lrelease=${1:-/usr/lib/qt6/bin/lrelease}
folder=${2:-translations}
status=0

# Prints one line per defect of one .ts file. `mode` is "all" (every message must carry a
# translation) or "plurals" (only the plural forms are written; the rest is the source text).
scan() {
    awk -v file="$1" -v mode="$2" '
        function unescape(text) {
            gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text)
            gsub(/&apos;/, "\047", text); gsub(/&amp;/, "\\&", text)
            return text
        }
        function report(problem) {
            printf "%s: %s: \"%s\": %s\n", file, context, source, problem
        }
        BEGIN { RS = "</message>" }
        {
            # A record runs from after one </message> to the next; a new context starts in it.
            if (match($0, /<name>[^<]*<\/name>/))
                context = unescape(substr($0, RSTART + 6, RLENGTH - 13))
            if (!match($0, /<message[ >]/))
                next
            block = substr($0, RSTART)
            source = ""
            if (match(block, /<source>[^<]*<\/source>/))
                source = unescape(substr(block, RSTART + 8, RLENGTH - 17))
            plural = block ~ /<message[^>]*numerus="yes"/
            if (block ~ /<translation[^>]*type="(vanished|obsolete)"/) {
                report("vanished or obsolete entry (run update_translations, which drops it)")
                next
            }
            if (plural) {
                if (block ~ /<numerusform[^>]*\/>/ || block ~ /<numerusform[^>]*>[ \t\r\n]*<\/numerusform>/)
                    report("empty plural form")
                else if (block ~ /<translation[^>]*type="unfinished"/)
                    report("plural forms marked unfinished")
                next
            }
            if (mode != "all")
                next
            if (block ~ /<translation[^>]*\/>/ || block ~ /<translation[^>]*>[ \t\r\n]*<\/translation>/)
                report("empty translation")
        }' "$1"
}

for ts in "$folder/punchclock_zh_CN.ts" "$folder/punchclock_es.ts"; do
    report=$("$lrelease" "$ts" -qm /dev/null 2>&1)
    if ! grep -q "(\([0-9]*\) finished and 0 unfinished)" <<<"$report" || grep -q "Ignored" <<<"$report"; then
        echo "check-translations: $ts is not finished:" >&2
        echo "$report" >&2
        status=1
    fi
done

for ts in "$folder/punchclock_zh_CN.ts" "$folder/punchclock_es.ts" "$folder/punchclock_en.ts"; do
    mode=all
    [ "$(basename "$ts")" = punchclock_en.ts ] && mode=plurals
    defects=$(scan "$ts" "$mode")
    if [ -n "$defects" ]; then
        echo "check-translations: $ts: entries to fix:" >&2
        echo "$defects" >&2
        status=1
    fi
done
exit $status
