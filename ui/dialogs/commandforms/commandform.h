#pragma once

#include "protocolcodes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace punchclock::ui {

class ConsoleContext;

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
    virtual void setTerminal(const QString &devId, const QString &name);
    // Users and terminals changed in the store.
    virtual void reloadChoices();

    // The field a protocol error path ("enroll_data_array[1].enroll_data") is shown under.
    virtual QString fieldFor(const QString &errorField) const;
    // Errors and warnings by field; fields not named are cleared.
    void showMessages(const QHash<QString, QString> &errors, const QHash<QString, QString> &warnings);
    // The label under `field` ("" for the form's general one); objectName "<field>Message".
    QLabel *messageLabel(const QString &field) const;

Q_SIGNALS:
    void changed();

protected:
    ConsoleContext &context() const { return m_context; }
    // A labelled row with a message line under it; `field` is the parameter key it carries.
    void addField(const QString &label, QWidget *widget, const QString &field);
    void addNote(const QString &text);
    QFormLayout *formLayout() const { return m_layout; }

private:
    QLabel *addMessageLabel(const QString &field);

    ConsoleContext &m_context;
    protocol::CommandCode m_code;
    QFormLayout *m_layout;
    QHash<QString, QLabel *> m_messages;
};

} // namespace punchclock::ui
