#include "registrationrefusals.h"

#include "settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace punchclock::engine {

namespace {

const QString countKey = QStringLiteral("count");
const QString sinceKey = QStringLiteral("since");
const QString lastAtKey = QStringLiteral("last_at");
const QString addressesKey = QStringLiteral("addresses");

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

RegistrationRefusals::RegistrationRefusals(QDateTime sinceUtc)
    : m_since(std::move(sinceUtc))
{}

void RegistrationRefusals::add(const QString &address, const QDateTime &atUtc)
{
    ++m_count;
    m_lastAt = atUtc;
    auto counted = m_byAddress.find(address);
    if (counted != m_byAddress.end()) {
        ++counted.value();
        return;
    }
    qint64 inherited = 0;
    if (m_byAddress.size() >= TrackedAddresses) {
        const auto least = std::min_element(m_byAddress.cbegin(), m_byAddress.cend());
        inherited = least.value();
        m_byAddress.erase(least);
    }
    m_byAddress.insert(address, inherited + 1);
}

QList<QPair<QString, qint64>> RegistrationRefusals::topAddresses(int limit) const
{
    QList<QPair<QString, qint64>> top;
    top.reserve(m_byAddress.size());
    for (auto it = m_byAddress.cbegin(); it != m_byAddress.cend(); ++it)
        top.append({it.key(), it.value()});
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (top.size() > limit)
        top.resize(std::max(limit, 0));
    return top;
}

QByteArray RegistrationRefusals::toJson() const
{
    QJsonObject addresses;
    for (const auto &[address, count] : topAddresses())
        addresses.insert(address, double(count));
    const QJsonObject object{{countKey, double(m_count)},
                             {sinceKey, utcText(m_since)},
                             {lastAtKey, utcText(m_lastAt)},
                             {addressesKey, addresses}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RegistrationRefusals RegistrationRefusals::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RegistrationRefusals refusals(utcFromText(object.value(sinceKey).toString()));
    refusals.m_count = std::max<qint64>(0, object.value(countKey).toInteger());
    refusals.m_lastAt = utcFromText(object.value(lastAtKey).toString());
    const QJsonObject addresses = object.value(addressesKey).toObject();
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it)
        refusals.m_byAddress.insert(it.key(), it.value().toInteger());
    return refusals;
}

RegistrationRefusals RegistrationRefusals::read(const storage::SettingsRepository &settings)
{
    return fromJson(settings.value(QLatin1String(SettingKey)).toUtf8());
}

} // namespace punchclock::engine
