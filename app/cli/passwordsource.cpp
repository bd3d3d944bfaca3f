#include "passwordsource.h"

#include "commandline.h"

#include <QFile>

#include <array>
#include <cstring>
#include <string.h> // explicit_bzero
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace punchclock::cli {

namespace {

constexpr qsizetype MaximumPasswordBytes = 1024;

// Echo off while the password is typed, back on when this goes out of scope.
class HiddenInput
{
public:
    HiddenInput()
    {
        m_active = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        // What was typed ahead of the prompt has been shown on the screen: it cannot be a password.
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~HiddenInput()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

// One line from the terminal, read a byte at a time so that nothing of it stays behind in a
// stdio buffer. False at the end of input or for a line too long to be a password.
bool readHiddenLine(QString *password)
{
    const HiddenInput hidden;
    std::array<char, MaximumPasswordBytes + 1> buffer{};
    qsizetype length = 0;
    bool complete = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            complete = true;
            break;
        }
        if (length < MaximumPasswordBytes)
            buffer.at(size_t(length)) = c;
        ++length;
    }
    c = 0;
    const bool fits = complete && length <= MaximumPasswordBytes;
    if (fits)
        *password = QString::fromLocal8Bit(buffer.data(), length);
    ::explicit_bzero(buffer.data(), buffer.size());
    return fits;
}

} // namespace

PasswordSource::~PasswordSource()
{
    for (QString &line : m_lines)
        wipe(&line);
}

bool PasswordSource::loadFile(CliContext &context, const QString &path, int *exitCode)
{
    *exitCode = Failure;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.failure(QStringLiteral("cannot read the password file %1 ($%2): %3")
                            .arg(path, QLatin1String(FileVariable), file.errorString()));
        return false;
    }
    // Asked of the file opened, so that it cannot be swapped between the check and the read.
    struct stat status
    {
    };
    if (::fstat(file.handle(), &status) != 0 || (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        context.failure(QStringLiteral("the password file %1 is open to others than its owner (mode %2); "
                                       "make it private with 'chmod 600 %1'")
                            .arg(path, QString::number(status.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0'))));
        return false;
    }
    QByteArray content = file.read(64 * MaximumPasswordBytes);
    QList<QByteArray> lines = content.split('\n');
    wipe(&content);
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        m_lines << QString::fromUtf8(line);
        wipe(&line);
    }
    // The newline that ends the last line opens no line of its own.
    while (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();
    m_loaded = true;
    return true;
}

bool PasswordSource::next(CliContext &context, const QString &what, Ask ask, QString *password, int *exitCode)
{
    const QString path = qEnvironmentVariable(FileVariable);
    if (!path.isEmpty()) {
        if (!m_loaded && !loadFile(context, path, exitCode))
            return false;
        if (m_used >= m_lines.size() || m_lines.at(m_used).isEmpty()) {
            const QString problem = m_used >= m_lines.size() ? QStringLiteral("has no line %1 for %2")
                                                             : QStringLiteral("has an empty line %1 for %2");
            *exitCode =
                context.failure(QStringLiteral("the password file %1 ").arg(path) + problem.arg(m_used + 1).arg(what));
            return false;
        }
        *password = m_lines.at(m_used++);
        return true;
    }
    if (!::isatty(STDIN_FILENO)) {
        *exitCode = context.usageError(QStringLiteral("%1 is needed, and there is no terminal to ask on: name a file "
                                                      "that holds it with $%2")
                                           .arg(what, QLatin1String(FileVariable)));
        return false;
    }
    context.err() << "Enter " << what << ": " << Qt::flush;
    if (!readHiddenLine(password)) {
        *exitCode = context.failure(QStringLiteral("no password given"));
        return false;
    }
    if (ask == Ask::Once)
        return true;
    context.err() << "Enter it again: " << Qt::flush;
    Secret again;
    const bool same = readHiddenLine(&again.text) && again.text == *password;
    if (!same) {
        wipe(password);
        *exitCode = context.failure(QStringLiteral("the two passwords differ; nothing was changed"));
        return false;
    }
    return true;
}

void wipe(QString *text)
{
    text->fill(QChar(u'\0'));
    text->clear();
}

void wipe(QByteArray *bytes)
{
    bytes->fill('\0');
    bytes->clear();
}

} // namespace punchclock::cli
