#include "databaseconfig.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace punchclock::storage {

namespace {

constexpr int MaxUrlLength = 2048;
const QLatin1String PasswordAdvice(" Put the password in ~/.pgpass (or the file PGPASSFILE names) instead.");

QString decoded(const QString &part, bool *ok)
{
    const QString text = QUrl::fromPercentEncoding(part.toUtf8());
    // A malformed escape comes back unchanged; a NUL would cut the libpq connection string short.
    *ok = !text.contains(QChar(0)) && !QRegularExpression(QStringLiteral("%(?![0-9A-Fa-f]{2})")).match(part).hasMatch();
    return text;
}

bool readPort(const QString &text, int *port, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        // Not repeated in the message: in a mistyped URL it may be part of a password.
        *error = QStringLiteral("The port in the database URL is not a number from 1 to 65535.");
        return false;
    }
    *port = value;
    return true;
}

// The part between "//" and the first "/" or "?": [user[:password]@][host][:port].
bool readAuthority(const QString &authority, DatabaseConfig *config, QString *error)
{
    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        bool ok = false;
        config->user = decoded(userInfo, &ok);
        if (!ok || config->user.isEmpty()) {
            *error = QStringLiteral("The user name in the database URL is empty or malformed.");
            return false;
        }
        hostPort = authority.mid(at + 1);
    }
    if (hostPort.contains(QLatin1Char(','))) {
        *error = QStringLiteral("Several hosts in one database URL are not supported.");
        return false;
    }
    static const QRegularExpression shape(QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]]*)(?::(.*))?$"));
    const QRegularExpressionMatch match = shape.match(hostPort);
    if (!match.hasMatch()) {
        *error = QStringLiteral("The host \"%1\" in the database URL is malformed.").arg(hostPort);
        return false;
    }
    bool ok = false;
    QString host = decoded(match.captured(1), &ok);
    if (!ok) {
        *error = QStringLiteral("The host \"%1\" in the database URL is malformed.").arg(match.captured(1));
        return false;
    }
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    config->host = host;
    return !match.hasCaptured(2) || readPort(match.captured(2), &config->port, error);
}

bool readParameter(const QString &pair, DatabaseConfig *config, QString *error)
{
    const qsizetype equals = pair.indexOf(QLatin1Char('='));
    bool keyOk = false;
    bool valueOk = false;
    const QString key = decoded(pair.left(equals), &keyOk);
    const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1), &valueOk);
    if (equals < 0 || !keyOk || !valueOk || value.isEmpty()) {
        *error = QStringLiteral("The parameter \"%1\" in the database URL is not of the form name=value.").arg(pair);
        return false;
    }
    if (key == QLatin1String("password") || key == QLatin1String("passfile")) {
        *error = QStringLiteral("The database URL carries a %1.").arg(key) + PasswordAdvice;
        return false;
    }
    if (key == QLatin1String("host"))
        config->host = value;
    else if (key == QLatin1String("port"))
        return readPort(value, &config->port, error);
    else if (key == QLatin1String("user"))
        config->user = value;
    else if (key == QLatin1String("dbname"))
        config->path = value;
    else if (key == QLatin1String("sslmode"))
        config->sslmode = value;
    else {
        *error = QStringLiteral("The database URL parameter \"%1\" is not supported "
                                "(supported: host, port, user, dbname, sslmode).")
                     .arg(key);
        return false;
    }
    return true;
}

} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.path = path;
    return config;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, QString *error)
{
    static const QRegularExpression shape(
        QStringLiteral("^postgres(?:ql)?://([^/?#]*)(?:/([^?#]*))?(?:\\?([^#]*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (url.size() > MaxUrlLength) {
        *error = QStringLiteral("The database URL is longer than %1 characters.").arg(MaxUrlLength);
        return std::nullopt;
    }
    // Before anything else, so that no error message ever repeats a password: a ":" before the
    // last "@" of the part ahead of the path is user:password, whatever else is malformed.
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    const QString afterScheme = schemeEnd < 0 ? QString() : url.mid(schemeEnd + 3).section(QLatin1Char('?'), 0, 0);
    if (afterScheme.left(std::max<qsizetype>(afterScheme.lastIndexOf(QLatin1Char('@')), 0)).contains(QLatin1Char(':'))) {
        *error = QStringLiteral("The database URL carries a password.") + PasswordAdvice;
        return std::nullopt;
    }
    const QRegularExpressionMatch match = shape.match(url);
    if (!match.hasMatch()) {
        *error = QStringLiteral("\"%1\" is not a database URL of the form "
                                "postgresql://user@host:port/dbname or postgresql:///dbname?host=/socket/folder.")
                     .arg(url.contains(QLatin1Char('@')) ? QStringLiteral("…") : url);
        return std::nullopt;
    }
    DatabaseConfig config;
    config.driver = QStringLiteral("QPSQL");
    if (!readAuthority(match.captured(1), &config, error))
        return std::nullopt;
    bool ok = false;
    config.path = decoded(match.captured(2), &ok);
    if (!ok || config.path.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("The database name \"%1\" in the URL is malformed.").arg(match.captured(2));
        return std::nullopt;
    }
    const QString query = match.captured(3);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (!readParameter(pair, &config, error))
            return std::nullopt;
    }
    if (config.path.isEmpty()) {
        *error = QStringLiteral("The database URL names no database (postgresql://host/dbname).");
        return std::nullopt;
    }
    return config;
}

bool DatabaseConfig::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString DatabaseConfig::displayName() const
{
    if (!isPostgres())
        return path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + path;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}

} // namespace punchclock::storage
