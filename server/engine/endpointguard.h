#pragma once

#include "registrationrefusals.h"
#include "serversettings.h"

#include "terminalrepository.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace punchclock::engine {

// The terminal endpoint's rules, decided before anything is written: where terminals may talk
// from (allowed networks), whether a pinned terminal talks from its own address, and how many
// new terminals may wait for approval. All of it in memory, so that a flood of requests from
// outside or of made-up dev_ids costs no database work; the counts of pending terminals come
// from the database every few seconds (takeCensus) and are kept up to date in between.
class EndpointGuard
{
public:
    enum class Refusal {
        None,
        OutsideAllowedNetworks,
        TooManyPending, // a new terminal, while too many wait for approval
        TooManyNew,     // a new terminal approved automatically, beyond the caps within the hour
        NotPinnedAddress,
    };

    // A refusal of each kind from each address is logged once a minute at most.
    static constexpr qint64 LogIntervalSeconds = 60;
    // Addresses whose refusals are being held back; beyond them a new one is not logged either,
    // so that a flood from many addresses floods neither the log nor memory.
    static constexpr int MaxThrottledAddresses = 1024;
    static constexpr qint64 AutoApprovalWindowSeconds = 3600;

    explicit EndpointGuard(const QDateTime &startedUtc = QDateTime::currentDateTimeUtc());

    void applySettings(const ServerSettings &settings);
    // What the database holds now. Registrations admitted since and not committed yet are
    // counted on top.
    void takeCensus(storage::RegistrationCensus census);
    // The admitted registrations' writes were committed or rolled back: the next census tells.
    void registrationsSettled() { m_uncommitted.clear(); }

    // Before the terminal is looked up. Refuses what is outside the allowed networks, and an
    // unknown dev_id while registrations are full.
    Refusal screen(const QString &devId, const QString &address, const QDateTime &nowUtc);
    // After the lookup (`standing` empty for a terminal the database does not know). Refuses a
    // pinned terminal talking from another address, and a new terminal beyond the caps; counts
    // the new terminal it admits.
    Refusal admit(const QString &devId, const QString &address,
                  const std::optional<storage::TerminalStanding> &standing, const QDateTime &nowUtc);

    // Whether to log this refusal now.
    bool shouldLog(Refusal refusal, const QString &address, const QDateTime &nowUtc);
    // True the first time a known terminal is seen talking from `to` instead of `from`, and
    // at most once a minute for the same terminal and address.
    bool isNewMove(const QString &devId, const QString &from, const QString &to, const QDateTime &nowUtc);

    bool isAllowed(const QString &address) const;
    // In the census or admitted since: a terminal, not a dev_id made up by a flood.
    bool isKnown(const QString &devId) const { return m_known.contains(devId); }
    const RegistrationRefusals &refusals() const { return m_refusals; }
    int pendingFrom(const QString &address) const { return m_pendingByAddress.value(address); }
    int pending() const { return m_pending; }

private:
    bool onceAMinute(const QString &key, const QDateTime &nowUtc); // throttles logs and records
    bool registrationsFull(const QString &address) const;
    // With automatic approval nothing waits, yet a flood of made-up dev_ids must not become as
    // many approved terminals: the same caps count the terminals approved in the current hour.
    bool autoApprovalsFull(const QString &address, const QDateTime &nowUtc);
    Refusal refuseRegistration(const QString &address, const QDateTime &nowUtc);
    void countPending(const QString &devId, const QString &address);

    QList<Subnet> m_allowedNetworks;
    int m_maxPendingPerAddress = 16;
    int m_maxPending = 256;
    bool m_newTerminalsWait = true; // false when new terminals are approved automatically

    QSet<QString> m_known;
    QHash<QString, int> m_pendingByAddress;
    int m_pending = 0;
    QHash<QString, QString> m_uncommitted; // dev_id → address, admitted since the last commit
    QDateTime m_autoApprovalHour;           // when the current hour of automatic approvals began
    QHash<QString, int> m_autoApprovedByAddress;
    int m_autoApproved = 0;

    RegistrationRefusals m_refusals;
    QHash<QString, QDateTime> m_lastLogged;   // refusal kind and address → when it was last logged
    QHash<QString, QString> m_announcedMoves; // dev_id → the address its move to was logged for
};

} // namespace punchclock::engine
