#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace punchclock::cli {

class CliContext;

// Where the command line gets passwords: from the file named by $PUNCHCLOCK_PASSWORD_FILE, for
// scripts, one a line in the order a terminal would ask for them (the operator signing in
// first, then a new password, given once); else from a prompt on the terminal, without echo. It
// never prints one, and overwrites what it held when it goes.
class PasswordSource
{
public:
    static constexpr char FileVariable[] = "PUNCHCLOCK_PASSWORD_FILE";

    enum class Ask {
        Once,
        Twice, // a new password: typed again on a terminal, to be sure
    };

    PasswordSource() = default;
    ~PasswordSource();
    PasswordSource(const PasswordSource &) = delete;
    PasswordSource &operator=(const PasswordSource &) = delete;

    // The next password into *password (`what` names it: "the password of anna"), or false with
    // the reason said and *exitCode set: 2 with neither a terminal on standard input nor a file, 1
    // when the file cannot be used, runs out of lines, or the two typed differ.
    bool next(CliContext &context, const QString &what, Ask ask, QString *password, int *exitCode);

private:
    bool loadFile(CliContext &context, const QString &path, int *exitCode);

    bool m_loaded = false;
    QStringList m_lines;
    qsizetype m_used = 0;
};

// Overwrites the characters before they are let go, so that a password does not linger in
// freed memory (the copies a library makes are beyond reach).
void wipe(QString *text);
void wipe(QByteArray *bytes);

// A password held for one command, wiped when it goes out of scope, whichever way that is.
struct Secret
{
    QString text;

    Secret() = default;
    ~Secret() { wipe(&text); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
};

} // namespace punchclock::cli
