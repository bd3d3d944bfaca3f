#include "payrollprofilelist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace punchclock::engine::reports {

namespace {

// The stored entries; nullopt with *problem set when the text is not a JSON array.
std::optional<QJsonArray> storedEntries(const QString &stored, PayrollProfileProblem *problem)
{
    if (stored.trimmed().isEmpty())
        return QJsonArray();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = {PayrollProfileError::InvalidStoredProfiles, -1,
                    QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
        return std::nullopt;
    }
    if (!document.isArray()) {
        *problem = {PayrollProfileError::InvalidStoredProfiles, -1, QStringLiteral("not a list of profiles")};
        return std::nullopt;
    }
    return document.array();
}

QString compact(const QJsonArray &entries)
{
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

bool named(const QJsonValue &entry, const QString &name)
{
    return samePayrollProfileName(entry.toObject().value(QLatin1String("name")).toString(), name);
}

} // namespace

PayrollProfileList PayrollProfileList::read(const storage::SettingsRepository &settings)
{
    return fromStored(settings.value(QLatin1String(SettingsKey)));
}

PayrollProfileList PayrollProfileList::fromStored(const QString &stored)
{
    PayrollProfileList list;
    list.m_profiles = shippedPayrollProfiles();
    const std::optional<QJsonArray> entries = storedEntries(stored, &list.m_storedProblem);
    if (!entries)
        return list;
    QList<PayrollProfile> saved;
    for (const QJsonValue &entry : *entries) {
        PayrollProfileProblem problem;
        const PayrollProfile profile =
            entry.isObject() ? PayrollProfile::fromJson(entry.toObject(), &problem) : PayrollProfile();
        if (!entry.isObject())
            problem = {PayrollProfileError::NotAProfile, -1, QString()};
        if (problem.ok())
            problem = profile.problem();
        if (problem.ok() && isShippedPayrollProfile(profile.name))
            problem = {PayrollProfileError::ShippedName, -1, profile.name};
        const bool taken = std::any_of(saved.cbegin(), saved.cend(), [&profile](const PayrollProfile &other) {
            return samePayrollProfileName(other.name, profile.name);
        });
        if (problem.ok() && taken)
            problem = {PayrollProfileError::DuplicateName, -1, profile.name};
        if (problem.ok())
            saved.append(profile);
        else
            list.m_broken.append({profile.name, problem});
    }
    std::sort(saved.begin(), saved.end(), [](const PayrollProfile &a, const PayrollProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    list.m_profiles += saved;
    return list;
}

std::optional<PayrollProfile> PayrollProfileList::find(const QString &name) const
{
    for (const PayrollProfile &profile : m_profiles) {
        if (samePayrollProfileName(profile.name, name))
            return profile;
    }
    return std::nullopt;
}

PayrollProfileProblem PayrollProfileList::problemOf(const QString &name) const
{
    if (find(name))
        return {};
    for (const Broken &broken : m_broken) {
        if (!broken.name.isEmpty() && samePayrollProfileName(broken.name, name))
            return broken.problem;
    }
    if (!m_storedProblem.ok())
        return m_storedProblem;
    return {PayrollProfileError::UnknownProfile, -1, name};
}

std::optional<QString> PayrollProfileList::storedWith(const QString &stored, const PayrollProfile &profile,
                                                      PayrollProfileProblem *problem)
{
    std::optional<QJsonArray> entries = storedEntries(stored, problem);
    if (!entries)
        return std::nullopt;
    // In the place of the first entry of its name; others of that name (a hand-edited list) go.
    qsizetype place = entries->size();
    for (qsizetype i = entries->size() - 1; i >= 0; --i) {
        if (named(entries->at(i), profile.name)) {
            entries->removeAt(i);
            place = i;
        }
    }
    entries->insert(std::min(place, entries->size()), profile.toJson());
    return compact(*entries);
}

std::optional<QString> PayrollProfileList::storedWithout(const QString &stored, const QString &name, bool *removed,
                                                         PayrollProfileProblem *problem)
{
    std::optional<QJsonArray> entries = storedEntries(stored, problem);
    if (!entries)
        return std::nullopt;
    *removed = false;
    for (qsizetype i = entries->size() - 1; i >= 0; --i) {
        if (named(entries->at(i), name)) {
            entries->removeAt(i);
            *removed = true;
        }
    }
    return compact(*entries);
}

} // namespace punchclock::engine::reports
