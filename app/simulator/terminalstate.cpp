#include "terminalstate.h"

#include "identifiers.h"
#include "walltime.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace punchclock::simulator {

using protocol::CredentialKind;
using protocol::LogRecord;
using protocol::VerifyMethod;

namespace {

constexpr int passwordBackup = 10;
constexpr int cardBackup = 11;
constexpr int faceBackup = 12;
// Seeded punches fall in office hours: 07:00 plus up to twelve hours.
constexpr int firstPunchSecond = 7 * 3600;
constexpr int punchWindowSeconds = 12 * 3600;

const std::array<const char *, 16> firstNames{"Amelia", "Bruno",   "Chiara", "Dmitri", "Elena",    "Farid",
                                              "Greta",  "Hiroshi", "Ines",   "Jonas",  "Kateřina", "Luis",
                                              "Maya",   "Nikolai", "Olga",   "Pedro"};
const std::array<const char *, 12> lastNames{"Novak",  "Schmidt", "Rossi",    "Müller", "García", "Kowalski",
                                             "Nguyen", "Okafor",  "Andersen", "Yilmaz", "Santos", "Dubois"};

QRandomGenerator generator(quint64 seed, quint32 stream)
{
    const std::array<quint32, 3> words{quint32(seed), quint32(seed >> 32), stream};
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

QByteArray randomBytes(QRandomGenerator &random, int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QByteArray randomDigits(QRandomGenerator &random, int count)
{
    QByteArray digits;
    for (int i = 0; i < count; ++i)
        digits.append(char('0' + random.bounded(10)));
    return digits;
}

// Enough of a JPEG to pass a magic-number check: SOI, a JFIF APP0 segment, filler, EOI.
QByteArray fakeJpeg(QRandomGenerator &random)
{
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    jpeg.append(randomBytes(random, 2000 + random.bounded(1000)));
    jpeg.append("\xFF\xD9", 2);
    return jpeg;
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

protocol::CredentialFlags SimulatedUser::credentialFlags() const
{
    protocol::CredentialFlags flags;
    for (auto it = credentials.begin(); it != credentials.end(); ++it) {
        switch (protocol::credentialKind(it.key())) {
        case CredentialKind::Fingerprint: ++flags.fingers; break;
        case CredentialKind::Password: flags.password = true; break;
        case CredentialKind::Card: flags.card = true; break;
        case CredentialKind::Face: flags.face = true; break;
        case CredentialKind::Palm: ++flags.palms; break;
        case CredentialKind::Vein: ++flags.veins; break;
        case CredentialKind::Photo:
        case CredentialKind::Invalid: break;
        }
    }
    return flags;
}

QList<VerifyMethod> SimulatedUser::verifyMethods() const
{
    const protocol::CredentialFlags flags = credentialFlags();
    QList<VerifyMethod> methods;
    if (flags.fingers > 0)
        methods.append(VerifyMethod::Fingerprint);
    if (flags.face)
        methods.append(VerifyMethod::Face);
    if (flags.card)
        methods.append(VerifyMethod::Card);
    if (flags.password)
        methods.append(VerifyMethod::Password);
    return methods;
}

protocol::UserEnrollment SimulatedUser::toEnrollment() const
{
    protocol::UserEnrollment enrollment;
    enrollment.userId = userId;
    enrollment.name = name;
    enrollment.privilegeName = protocol::privilegeName(privilege);
    enrollment.enabled = enabled;
    enrollment.photo = photo;
    for (auto it = credentials.begin(); it != credentials.end(); ++it)
        enrollment.credentials.append({it.key(), it.value()});
    return enrollment;
}

bool TerminalState::IdOrder::operator()(const QString &left, const QString &right) const
{
    // Numeric ids in numeric order (2 before 10), as a terminal lists them.
    if (left.size() != right.size() && isDigits(left) && isDigits(right))
        return left.size() < right.size();
    return left < right;
}

TerminalState::TerminalState(TerminalModel model)
    : m_model(std::move(model))
{}

void TerminalState::seed(const SeedOptions &options)
{
    QList<SimulatedUser> staff;
    QRandomGenerator random = generator(options.seed, 0);
    for (int number = 1; number <= options.users; ++number)
        staff.append(seededUser(number, random));
    seed(options, staff);
}

void TerminalState::seed(const SeedOptions &options, const QList<SimulatedUser> &staff)
{
    m_users.clear();
    m_logs.clear();
    m_lastModeByUser.clear();
    m_lastPunchTime = {};
    for (const SimulatedUser &user : staff)
        putUser(user);
    seedLogs(options);
}

SimulatedUser TerminalState::seededUser(int number, QRandomGenerator &random) const
{
    SimulatedUser user;
    user.userId = QString::number(number);
    user.name = QString::fromUtf8(firstNames[size_t(random.bounded(int(firstNames.size())))]) + QLatin1Char(' ') +
                QString::fromUtf8(lastNames[size_t(random.bounded(int(lastNames.size())))]);
    user.privilege = (number == 1 || number % 10 == 0) ? protocol::Privilege::Manager : protocol::Privilege::User;
    user.credentials.insert(0, randomBytes(random, m_model.fingerTemplateSize));
    if (random.bounded(2) == 0)
        user.credentials.insert(1, randomBytes(random, m_model.fingerTemplateSize));
    if (random.bounded(10) < 3)
        user.credentials.insert(passwordBackup, randomDigits(random, 4 + random.bounded(3)));
    if (random.bounded(10) < 4)
        user.credentials.insert(cardBackup, randomDigits(random, 10));
    if (m_model.hasFace() && random.bounded(10) < 6)
        user.credentials.insert(faceBackup, randomBytes(random, m_model.faceTemplateSize));
    if (random.bounded(4) == 0)
        user.photo = fakeJpeg(random);
    return user;
}

QByteArray TerminalState::captureCredential(int backupNumber, QRandomGenerator &random) const
{
    switch (protocol::credentialKind(backupNumber)) {
    case protocol::CredentialKind::Password: return randomDigits(random, 6);
    case protocol::CredentialKind::Card: return randomDigits(random, 10);
    case protocol::CredentialKind::Face: return randomBytes(random, m_model.faceTemplateSize);
    default: return randomBytes(random, m_model.fingerTemplateSize);
    }
}

void TerminalState::seedLogs(const SeedOptions &options)
{
    const QList<SimulatedUser> staff = users();
    if (staff.isEmpty() || options.logs <= 0)
        return;
    QRandomGenerator random = generator(options.seed, quint32(options.terminalIndex) + 1);
    const QDate until = options.logsUntil.isValid() ? options.logsUntil : hostWallClock().date();
    const int days = std::max(options.logDays, 1);
    QSet<QPair<QString, QDateTime>> taken;
    QList<LogRecord> seeded;
    while (seeded.size() < options.logs) {
        const SimulatedUser &user = staff.at(random.bounded(int(staff.size())));
        const QDate day = until.addDays(-1 - random.bounded(days));
        const int second = firstPunchSecond + random.bounded(punchWindowSeconds);
        const QDateTime ioTime = protocol::walltime::make(day, QTime(0, 0).addSecs(second));
        const int mode = second < 13 * 3600 ? 1 : 2;
        LogRecord log = makeLog(user, ioTime, mode, random);
        if (!taken.contains({user.userId, ioTime})) {
            taken.insert({user.userId, ioTime});
            seeded.append(std::move(log));
        }
    }
    std::stable_sort(seeded.begin(), seeded.end(),
                     [](const LogRecord &left, const LogRecord &right) { return left.ioTime < right.ioTime; });
    m_logs = seeded;
}

LogRecord TerminalState::makeLog(const SimulatedUser &user, const QDateTime &ioTime, int mode,
                                 QRandomGenerator &random) const
{
    LogRecord log;
    log.userId = user.userId;
    log.ioTime = ioTime;
    log.ioMode = protocol::decodeIoMode(library(), m_model.ioModeCode(mode));
    const QList<VerifyMethod> methods = user.verifyMethods();
    const VerifyMethod method =
        methods.isEmpty() ? VerifyMethod::Password : methods.at(random.bounded(int(methods.size())));
    log.verifyModeRaw = m_model.verifyCode(method);
    log.verifyMethods = protocol::verifyMethodsFromCode(library(), log.verifyModeRaw);
    return log;
}

protocol::PollInfo TerminalState::pollInfo() const
{
    protocol::PollInfo poll;
    poll.name = m_fkName;
    poll.clock = now();
    poll.firmware = m_model.firmware;
    poll.firmwareFilename = m_model.firmwareFilename;
    poll.library = m_model.library;
    poll.fpDataVersion = m_model.fpDataVersion;
    poll.faceDataVersion = m_model.faceDataVersion;
    poll.supportedEnrollData = m_model.supportedEnrollData;
    return poll;
}

QString TerminalState::storedName(const QString &name) const
{
    return m_nameLimit > 0 ? name.left(m_nameLimit) : name;
}

QString TerminalState::canonicalUserId(const QString &userId) const
{
    const QString trimmed = userId.trimmed();
    if (protocol::hasTextUserIds(library()))
        return protocol::isValidUserId(trimmed) ? trimmed : QString();
    // u32 ids: the terminal keeps the number, not the text.
    bool ok = false;
    const quint32 number = trimmed.toUInt(&ok);
    return ok && isDigits(trimmed) && number > 0 ? QString::number(number) : QString();
}

const SimulatedUser *TerminalState::user(const QString &userId) const
{
    const auto it = m_users.find(canonicalUserId(userId));
    return it == m_users.end() ? nullptr : &it->second;
}

SimulatedUser *TerminalState::user(const QString &userId)
{
    const auto it = m_users.find(canonicalUserId(userId));
    return it == m_users.end() ? nullptr : &it->second;
}

void TerminalState::putUser(SimulatedUser user)
{
    user.userId = canonicalUserId(user.userId);
    if (user.userId.isEmpty())
        return;
    user.name = storedName(user.name);
    const QString id = user.userId;
    m_users.insert_or_assign(id, std::move(user));
}

bool TerminalState::removeUser(const QString &userId)
{
    return m_users.erase(canonicalUserId(userId)) > 0;
}

QList<SimulatedUser> TerminalState::users() const
{
    QList<SimulatedUser> list;
    list.reserve(qsizetype(m_users.size()));
    for (const auto &entry : m_users)
        list.append(entry.second);
    return list;
}

QStringList TerminalState::userIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_users.size()));
    for (const auto &entry : m_users)
        ids.append(entry.first);
    return ids;
}

QList<LogRecord> TerminalState::logsBetween(const QDateTime &begin, const QDateTime &end) const
{
    QList<LogRecord> matching;
    for (const LogRecord &log : m_logs) {
        if ((!begin.isValid() || log.ioTime >= begin) && (!end.isValid() || log.ioTime <= end))
            matching.append(log);
    }
    return matching;
}

std::optional<LogRecord> TerminalState::punch(const QString &userId, QRandomGenerator &random)
{
    const SimulatedUser *who = user(userId);
    if (!who || !who->enabled)
        return std::nullopt;
    QDateTime ioTime = now();
    if (m_lastPunchTime.isValid() && ioTime <= m_lastPunchTime)
        ioTime = m_lastPunchTime.addSecs(1);
    m_lastPunchTime = ioTime;
    // Staff come in, then go out: alternate per user.
    const int mode = m_lastModeByUser.value(who->userId, 2) == 1 ? 2 : 1;
    m_lastModeByUser.insert(who->userId, mode);
    const LogRecord log = makeLog(*who, ioTime, mode, random);
    m_logs.append(log);
    return log;
}

QDateTime TerminalState::hostWallClock()
{
    return protocol::walltime::now(QTimeZone::systemTimeZone());
}

QDateTime TerminalState::now() const
{
    return hostWallClock().addSecs(m_clockOffsetSeconds);
}

void TerminalState::setClock(const QDateTime &wallTime)
{
    m_clockOffsetSeconds = hostWallClock().secsTo(wallTime);
}

bool TerminalState::applyPendingServer()
{
    if (!m_pendingServer)
        return false;
    m_server = *std::exchange(m_pendingServer, std::nullopt);
    return true;
}

} // namespace punchclock::simulator
