#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// How the Settings page reads and writes the database's settings: every write goes through
// services::SettingsAdmin with the signed-in operator (the server and other processes read them
// from the settings table) and tells the other pages; a refused or failed write is shown under
// the field instead of being lost.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(ConsoleContext &context);

    QString value(const char *key, const QString &fallback = {}) const;
    // Saves and clears `errorLabel`, or shows there why it could not be saved.
    bool save(const char *key, const QString &value, QLabel *errorLabel);

    // A hidden label under a field, for showError() (role fieldError).
    static QLabel *errorLabel(const char *objectName, QWidget *parent);
    // Shows `message` under a field (role fieldError); an empty message hides the label.
    static void showError(QLabel *errorLabel, const QString &message);
    // The paragraph that says what a section's fields do (role pageSummary).
    static QLabel *hintLabel(const QString &text, QWidget *parent);
    // A field the user is editing keeps what they typed when a change arrives from elsewhere.
    static bool isBeingEdited(const QWidget *field);

private:
    ConsoleContext &m_context;
};

} // namespace punchclock::ui
