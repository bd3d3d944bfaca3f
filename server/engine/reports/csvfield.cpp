#include "csvfield.h"

namespace punchclock::engine::reports::csv {

QString field(const QString &text, QChar delimiter)
{
    static const QString special = QStringLiteral("\"\r\n");
    bool needsQuotes = false;
    for (QChar c : text)
        needsQuotes = needsQuotes || c == delimiter || special.contains(c);
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString line(const QStringList &fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += field(fields.at(i), delimiter);
    }
    return out + QLatin1String("\r\n");
}

QString spreadsheetSafe(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\n");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

} // namespace punchclock::engine::reports::csv
