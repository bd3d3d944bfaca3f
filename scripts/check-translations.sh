#!/usr/bin/env bash
# Fails when a shipped translation is unfinished: every message of the Chinese and Spanish
# catalogues translated, and every plural form of the English one (its other strings are the
# source text). Vanished or obsolete entries and empty translations fail too, named by file,
# context and source text: lrelease counts an empty translation as finished, and the console
# would show nothing where the string belongs.
# It also fails on a tr() string of ui/ or app/ that the catalogues do not hold yet (run
# update_translations, then translate), and on a date or time in ui/ formatted by hand rather
# than by QLocale, which ignores the console's language ("Sunday, 6 December 2026" in Spanish).
# Usage: scripts/check-translations.sh [LRELEASE [FOLDER]]   (FOLDER defaults to translations/;
# lupdate is taken from LRELEASE's folder)
set -euo pipefail
cd "$(dirname "$0")/.."

lrelease=${1:-/usr/lib/qt6/bin/lrelease}
folder=${2:-translations}
lupdate=$(dirname "$lrelease")/lupdate
status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# What both awk programs below share: a record runs from after one </message> to the next
# (a new context may start in it); read_message() reads its context, block and source text,
# with the XML entities turned back into characters, and is false when it holds no message.
ts_reader='
    function unescape(text) {
        gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text)
        gsub(/&apos;/, "\047", text); gsub(/&amp;/, "\\&", text)
        return text
    }
    function read_message() {
        if (match($0, /<name>[^<]*<\/name>/))
            context = unescape(substr($0, RSTART + 6, RLENGTH - 13))
        if (!match($0, /<message[ >]/))
            return 0
        block = substr($0, RSTART)
        source = ""
        if (match(block, /<source>[^<]*<\/source>/))
            source = unescape(substr(block, RSTART + 8, RLENGTH - 17))
        return 1
    }
    BEGIN { RS = "</message>" }'

# Prints one line per defect of one .ts file. `mode` is "all" (every message must carry a
# translation) or "plurals" (only the plural forms are written; the rest is the source text).
scan() {
    awk -v file="$1" -v mode="$2" "$ts_reader"'
        function report(problem) {
            printf "%s: %s: \"%s\": %s\n", file, context, source, problem
        }
        {
            if (!read_message())
                next
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

# One line per message of a .ts file: context, source text and disambiguation, tab-separated.
messages() {
    awk "$ts_reader"'
        {
            if (!read_message())
                next
            comment = ""
            if (match(block, /<comment>[^<]*<\/comment>/))
                comment = unescape(substr(block, RSTART + 9, RLENGTH - 19))
            # One line each, also for a text of several lines.
            gsub(/\n/, "\\n", source)
            printf "%s\t%s\t%s\n", context, source, comment
        }' "$1" | LC_ALL=C sort -u
}

# The strings the sources ask for now, as update_translations would extract them.
if ! "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h ui app -ts "$scratch/sources.ts" \
    >"$scratch/lupdate.log" 2>&1; then
    echo "check-translations: $lupdate failed:" >&2
    cat "$scratch/lupdate.log" >&2
    status=1
else
    messages "$scratch/sources.ts" >"$scratch/sources.txt"
    for ts in "$folder/punchclock_zh_CN.ts" "$folder/punchclock_es.ts"; do
        missing=$(messages "$ts" | LC_ALL=C comm -23 "$scratch/sources.txt" -)
        if [ -n "$missing" ]; then
            echo "check-translations: $ts lacks strings the sources use (run update_translations, then translate):" >&2
            echo "$missing" >&2
            status=1
        fi
    done
fi

# Dates and times people read go through QLocale of the chosen language; a QDate, QTime or
# QDateTime formatted with its own toString("…") or Qt::TextDate is English whatever the
# language. A format for files or the protocol stays, its line marked "// fixed format: why".
hand_formatted=$(grep -rnE --include='*.cpp' --include='*.h' \
    '\.toString\((QStringLiteral\(|QLatin1String\(|u)?"|Qt::(TextDate|RFC2822Date)' ui |
    grep -v '// fixed format:' || true)
if [ -n "$hand_formatted" ]; then
    echo "check-translations: dates or times formatted outside QLocale in ui/ (use QLocale().toString(…), or" \
        "mark a file or protocol format with // fixed format: why):" >&2
    echo "$hand_formatted" >&2
    status=1
fi
exit $status
