#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace punchclock::storage {
class SettingsRepository;
}

namespace punchclock::engine {

// New terminals the endpoint refused because too many already wait for approval, counted since
// the server started. The engine writes them as compact JSON into the settings table every few
// seconds (never per request), which is how the console, in another thread or process, learns
// of a registration flood:
//   {"count":1984,"since":"…Z","last_at":"…Z","addresses":{"10.0.0.9":1984}}
// The row outlives the server that wrote it (a restart counts from 0 again and overwrites it at
// its first refusal): `last_at` says how recent the news is.
class RegistrationRefusals
{
public:
    static constexpr char SettingKey[] = "terminals.refused_registrations";
    // Addresses counted one by one. Beyond them a new address takes the place of the least
    // counted one and inherits its count, so memory stays bounded under a flood from many
    // addresses while the heaviest senders are still named (their counts become upper bounds).
    static constexpr int TrackedAddresses = 64;
    static constexpr int PublishedAddresses = 5;

    explicit RegistrationRefusals(QDateTime sinceUtc = {});

    void add(const QString &address, const QDateTime &atUtc);

    qint64 count() const { return m_count; }
    QDateTime sinceUtc() const { return m_since; }
    QDateTime lastAtUtc() const { return m_lastAt; } // invalid while nothing was refused
    // The addresses refused most, most first, at most `limit` of them.
    QList<QPair<QString, qint64>> topAddresses(int limit = PublishedAddresses) const;

    QByteArray toJson() const;
    // Nothing counted when `json` is empty or not what toJson() writes.
    static RegistrationRefusals fromJson(const QByteArray &json);
    // What the server last wrote; nothing counted when it never refused a registration.
    static RegistrationRefusals read(const storage::SettingsRepository &settings);

private:
    qint64 m_count = 0;
    QDateTime m_since;
    QDateTime m_lastAt;
    QHash<QString, qint64> m_byAddress;
};

} // namespace punchclock::engine
