#include "endpointguard.h"

#include <QHostAddress>

namespace punchclock::engine {

namespace {

// The HTTP layer already writes an IPv4 peer of a dual-stack socket as plain IPv4; an address
// given another way is treated alike, so that 10.0.0.0/8 matches ::ffff:10.1.2.3.
QHostAddress plainAddress(const QString &text)
{
    const QHostAddress address(text);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

EndpointGuard::EndpointGuard(const QDateTime &startedUtc)
    : m_refusals(startedUtc)
{}

void EndpointGuard::applySettings(const ServerSettings &settings)
{
    m_allowedNetworks = settings.allowedNetworks;
    m_maxPendingPerAddress = settings.maxPendingPerAddress;
    m_maxPending = settings.maxPending;
    // An automatically approved terminal does not wait, so the caps, which count waiting
    // terminals, do not apply to it.
    m_newTerminalsWait = !settings.autoApproveTerminals;
}

void EndpointGuard::takeCensus(storage::RegistrationCensus census)
{
    m_known = std::move(census.devIds);
    m_pendingByAddress = std::move(census.pendingByAddress);
    m_pending = census.pending;
    for (auto it = m_uncommitted.cbegin(); it != m_uncommitted.cend(); ++it) {
        if (!m_known.contains(it.key()))
            countPending(it.key(), it.value());
    }
}

EndpointGuard::Refusal EndpointGuard::screen(const QString &devId, const QString &address, const QDateTime &nowUtc)
{
    if (!isAllowed(address))
        return Refusal::OutsideAllowedNetworks;
    // A dev_id not in the census may still be a terminal registered a moment ago by another
    // process; while there is room, the lookup decides. When there is none, refusing it costs
    // at most a retry until the next census.
    if (!m_known.contains(devId)) {
        if (m_newTerminalsWait && registrationsFull(address))
            return refuseRegistration(address, nowUtc);
        if (!m_newTerminalsWait && autoApprovalsFull(address, nowUtc)) {
            m_refusals.add(address, nowUtc);
            return Refusal::TooManyNew;
        }
    }
    return Refusal::None;
}

EndpointGuard::Refusal EndpointGuard::admit(const QString &devId, const QString &address,
                                            const std::optional<storage::TerminalStanding> &standing,
                                            const QDateTime &nowUtc)
{
    if (standing) {
        m_known.insert(devId);
        // A pinned terminal that has never talked takes the address it first talks from.
        if (standing->pinned && !standing->remoteAddress.isEmpty() && standing->remoteAddress != address)
            return Refusal::NotPinnedAddress;
        return Refusal::None;
    }
    // Known here but not in the database: admitted earlier in the batch not yet committed.
    if (m_known.contains(devId))
        return Refusal::None;
    if (!m_newTerminalsWait) {
        if (autoApprovalsFull(address, nowUtc)) {
            m_refusals.add(address, nowUtc);
            return Refusal::TooManyNew;
        }
        m_known.insert(devId);
        ++m_autoApprovedByAddress[address];
        ++m_autoApproved;
        return Refusal::None;
    }
    if (registrationsFull(address))
        return refuseRegistration(address, nowUtc);
    m_uncommitted.insert(devId, address);
    countPending(devId, address);
    return Refusal::None;
}

bool EndpointGuard::shouldLog(Refusal refusal, const QString &address, const QDateTime &nowUtc)
{
    return onceAMinute(QString::number(int(refusal)) + QLatin1Char(' ') + address, nowUtc);
}

bool EndpointGuard::onceAMinute(const QString &key, const QDateTime &nowUtc)
{
    auto logged = m_lastLogged.find(key);
    if (logged != m_lastLogged.end()) {
        if (logged.value().secsTo(nowUtc) < LogIntervalSeconds)
            return false;
        logged.value() = nowUtc;
        return true;
    }
    if (m_lastLogged.size() >= MaxThrottledAddresses) {
        m_lastLogged.removeIf([&](QHash<QString, QDateTime>::iterator entry) {
            return entry.value().secsTo(nowUtc) >= LogIntervalSeconds;
        });
        if (m_lastLogged.size() >= MaxThrottledAddresses)
            return false;
    }
    m_lastLogged.insert(key, nowUtc);
    return true;
}

bool EndpointGuard::isNewMove(const QString &devId, const QString &from, const QString &to, const QDateTime &nowUtc)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return false;
    auto announced = m_announcedMoves.find(devId);
    if (announced != m_announcedMoves.end() && announced.value() == to)
        return false;
    // Someone who copies a dev_id and talks in turns with the real terminal moves it at every
    // request: each move to an address is announced (and recorded) once a minute at most.
    if (!onceAMinute(QStringLiteral("move ") + devId + QLatin1Char(' ') + to, nowUtc))
        return false;
    m_announcedMoves.insert(devId, to);
    return true;
}

bool EndpointGuard::isAllowed(const QString &address) const
{
    if (m_allowedNetworks.isEmpty())
        return true;
    const QHostAddress peer = plainAddress(address);
    for (const Subnet &network : m_allowedNetworks) {
        if (peer.isInSubnet(network))
            return true;
    }
    return false;
}

bool EndpointGuard::registrationsFull(const QString &address) const
{
    return m_pendingByAddress.value(address) >= m_maxPendingPerAddress || m_pending >= m_maxPending;
}

bool EndpointGuard::autoApprovalsFull(const QString &address, const QDateTime &nowUtc)
{
    if (!m_autoApprovalHour.isValid() || m_autoApprovalHour.secsTo(nowUtc) >= AutoApprovalWindowSeconds) {
        m_autoApprovalHour = nowUtc;
        m_autoApprovedByAddress.clear();
        m_autoApproved = 0;
    }
    return m_autoApprovedByAddress.value(address) >= m_maxPendingPerAddress || m_autoApproved >= m_maxPending;
}

EndpointGuard::Refusal EndpointGuard::refuseRegistration(const QString &address, const QDateTime &nowUtc)
{
    m_refusals.add(address, nowUtc);
    return Refusal::TooManyPending;
}

void EndpointGuard::countPending(const QString &devId, const QString &address)
{
    m_known.insert(devId);
    ++m_pendingByAddress[address];
    ++m_pending;
}

} // namespace punchclock::engine
