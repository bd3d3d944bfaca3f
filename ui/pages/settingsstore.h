#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// How the Settings page reads and writes the database's settings: every write goes through
// services::SettingsAdmin with the signed-in operator, on the console's reader (the server and
// other processes read them from the settings table), and tells the other pages; a refused or failed write is shown
// under the field instead of being lost. What the sections compare with before saving is what the page last read on the
// console's reader, with the saves made since: no read on the GUI thread.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(ConsoleContext &context);

    // The page's keys as read (absent: never set), asked for when saves() was `savesWhenAsked`.
    // False, and nothing taken, when a save came in between: what was read may predate it, and
    // the save asked for a newer read.
    bool take(QHash<QString, QString> stored, quint64 savesWhenAsked);
    // Successful saves so far: a read asked for now reflects them all.
    quint64 saves() const { return m_saves; }

    // As last read, or as saved here since.
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
    QHash<QString, QString> m_stored;
    quint64 m_saves = 0;
};

} // namespace punchclock::ui
