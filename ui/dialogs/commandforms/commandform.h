#pragma once

#include "protocolcodes.h"
#include "recordlibrary.h"
#include "userrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// The terminal chosen in the command builder, with what the forms need to know of it, read on
// the console's reader by the dialog.
struct CommandTerminal
{
    QString devId; // empty while none is chosen
    QString name;  // as the operator sees it: its dev_id when it has none
    QDateTime logsPulledUntil; // terminal wall clock; invalid when never pulled
    std::optional<int> nameLimit; // the characters a read-back showed it keeps of a name
    // What it announced (fk_bin_data_lib): whether its user ids are numbers. Unknown when none is chosen.
    protocol::RecordLibrary recordLibrary = protocol::RecordLibrary::Unknown;
};

// The right side of the command builder for one command: pickers that produce the parameters
// as the CLI takes them (JSON + binaries referenced as "BIN_k"). The dialog validates them with
// the protocol library and hands the verdict back, which the form shows under the field concerned.
class CommandForm : public QWidget
{
    Q_OBJECT

public:
    struct Input
    {
        QJsonObject parameters;
        QList<QByteArray> binaries;
        // What the form itself finds wrong (an unreadable file, a confirmation not typed), with
        // the field it shows under; empty when nothing.
        QString problemField;
        QString problem;
    };

    CommandForm(ConsoleContext &context, protocol::CommandCode code, QWidget *parent = nullptr);

    protocol::CommandCode code() const { return m_code; }
    virtual Input input() const = 0;
    // Fills the fields from parameters as a job carried them ("Edit and send again").
    virtual void setDraft(const QJsonObject &parameters);
    // The terminal chosen in the dialog: some forms offer what it holds or ask for its name.
    virtual void setTerminal(const CommandTerminal &terminal);
    // The users in the store, to choose from (as read, and again when they change).
    virtual void setUsers(const QList<storage::UserRow> &users);

    // The field a protocol error path ("enroll_data_array[1].enroll_data") is shown under.
    virtual QString fieldFor(const QString &errorField) const;
    // Errors and warnings by field; fields not named are cleared. An error shows only under a
    // field edited since watchEdits(), or under every field after revealMessages(): nothing is
    // red before the operator typed anything.
    void showMessages(const QHash<QString, QString> &errors, const QHash<QString, QString> &warnings);
    // From now on, a change of a field's value counts as the operator's edit (before, the dialog
    // is filling the form in).
    void watchEdits();
    // Send was pressed, or a job's parameters were loaded to send again: every error shows.
    void revealMessages();
    // The operator changed something since watchEdits().
    bool hasEdits() const { return !m_edited.isEmpty(); }
    // An error is on screen (Send then stays disabled until it is put right).
    bool showsErrors() const { return m_showsErrors; }
    // The label under `field` ("" for the form's general one); objectName "<field>Message".
    QLabel *messageLabel(const QString &field) const;

Q_SIGNALS:
    void changed();

protected:
    ConsoleContext &context() const { return m_context; }
    // A labelled row with a message line under it; `field` is the parameter key it carries.
    void addField(const QString &label, QWidget *widget, const QString &field);
    void addNote(const QString &text);
    // For a field whose widget has no user property (a file or a date range): its edit signal
    // calls this before the form's changed().
    void markEdited(const QString &field);
    QFormLayout *formLayout() const { return m_layout; }

private Q_SLOTS:
    void userPropertyChanged();

private:
    QLabel *addMessageLabel(const QString &field);
    bool errorShown(const QString &field) const;

    ConsoleContext &m_context;
    protocol::CommandCode m_code;
    QFormLayout *m_layout;
    QHash<QString, QLabel *> m_messages;
    QHash<const QObject *, QString> m_fieldByWidget;
    QSet<QString> m_edited;
    bool m_watching = false;
    bool m_revealed = false;
    bool m_showsErrors = false;
};

} // namespace punchclock::ui
