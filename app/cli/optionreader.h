#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace punchclock::cli {

// Reads the values of a subcommand's options and arguments, keeping the first problem in the
// words the user needs ("--start expects a time as HH:MM, not '25:00'"), so that a command reads
// everything first and answers one wrong command line with one message and exit status 2.
class OptionReader
{
public:
    explicit OptionReader(const QCommandLineParser &parser);

    // Not set: nullopt. Set but not a real YYYY-MM-DD day: nullopt and a problem.
    std::optional<QDate> date(const QCommandLineOption &option);
    // A required date option; missing, it is a problem that shows `usage` ("--from YYYY-MM-DD").
    QDate requiredDate(const QCommandLineOption &option);
    // From when a rule applies: "start" (from the start, an invalid date), a day, or `fallback`
    // when the option is not given.
    QDate from(const QCommandLineOption &option, QDate fallback);
    std::optional<QTime> time(const QCommandLineOption &option);
    std::optional<int> minutes(const QCommandLineOption &option);
    std::optional<int> number(const QCommandLineOption &option, int minimum, int maximum);
    // A positional argument that must be a day; `what` names it ("DATE").
    QDate dateArgument(const QString &what, const QString &value);
    // A required first and last day, the first not after the last; with `oneDayWithoutTo`, a
    // missing last day is the first (a one-day range).
    bool range(const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate *from, QDate *to,
               bool oneDayWithoutTo = false);
    // Optional first and last days (an invalid date where not given), the first not after the last.
    bool optionalRange(const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate *from,
                       QDate *to);

    void fail(const QString &problem);
    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

private:
    static QString optionName(const QCommandLineOption &option);
    bool inOrder(const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate from, QDate to);

    const QCommandLineParser &m_parser;
    QString m_problem;
};

// ISO date, or "start" for a rule that applies from the start (an invalid date).
QString fromText(QDate from);

} // namespace punchclock::cli
