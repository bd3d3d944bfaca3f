#include "settingsstore.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "permissiontext.h"

#include "settingsadmin.h"

#include <QLabel>

namespace punchclock::ui {

SettingsStore::SettingsStore(ConsoleContext &context)
    : m_context(context)
{}

bool SettingsStore::take(QHash<QString, QString> stored, quint64 savesWhenAsked)
{
    if (savesWhenAsked != m_saves)
        return false;
    m_stored = std::move(stored);
    return true;
}

QString SettingsStore::value(const char *key, const QString &fallback) const
{
    return m_stored.value(QLatin1String(key), fallback);
}

bool SettingsStore::save(const char *key, const QString &value, QLabel *errorLabel)
{
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::SettingsAdmin(db).set(actor, QLatin1String(key), value); });
    if (outcome.status == services::Outcome::Status::NotAllowed) {
        showError(errorLabel, PermissionText::denied(outcome));
        return false;
    }
    if (!outcome.ok()) {
        showError(errorLabel, tr("The setting could not be saved; the database may be busy. Try again."));
        return false;
    }
    showError(errorLabel, {});
    // Known at once, before the page reads it back: a second edit compares with this one.
    m_stored.insert(QLatin1String(key), value);
    ++m_saves;
    m_context.notifyChanged(ConsoleContext::Settings);
    return true;
}

QLabel *SettingsStore::errorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void SettingsStore::showError(QLabel *errorLabel, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
}

QLabel *SettingsStore::hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("pageSummary"));
    return label;
}

bool SettingsStore::isBeingEdited(const QWidget *field)
{
    return field->hasFocus();
}

} // namespace punchclock::ui
