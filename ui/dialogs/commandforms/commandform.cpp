#include "commandform.h"

#include <QFormLayout>
#include <QLabel>
#include <QMetaProperty>
#include <QRegularExpression>
#include <QStyle>

namespace punchclock::ui {

CommandForm::CommandForm(ConsoleContext &context, protocol::CommandCode code, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_code(code)
    , m_layout(new QFormLayout(this))
{
    setObjectName(QString::fromLatin1(protocol::commandCodeName(code)).toLower() + QStringLiteral("Form"));
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addMessageLabel(QString());
}

void CommandForm::setDraft(const QJsonObject &)
{
}

void CommandForm::setTerminal(const CommandTerminal &)
{
}

void CommandForm::setUsers(const QList<storage::UserRow> &)
{
}

QString CommandForm::fieldFor(const QString &errorField) const
{
    if (m_messages.contains(errorField))
        return errorField;
    const qsizetype end = errorField.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    const QString head = end < 0 ? errorField : errorField.left(end);
    return m_messages.contains(head) ? head : QString();
}

void CommandForm::showMessages(const QHash<QString, QString> &errors, const QHash<QString, QString> &warnings)
{
    m_showsErrors = false;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QLabel *label = it.value();
        const bool isError = errors.contains(it.key()) && errorShown(it.key());
        m_showsErrors = m_showsErrors || isError;
        const QString text = isError ? errors.value(it.key()) : warnings.value(it.key());
        label->setText(text);
        label->setVisible(!text.isEmpty());
        const QString role = isError ? QStringLiteral("fieldError") : QString();
        if (label->property("role").toString() != role) {
            label->setProperty("role", role);
            label->style()->unpolish(label);
            label->style()->polish(label);
        }
    }
}

void CommandForm::watchEdits()
{
    m_watching = true;
}

void CommandForm::revealMessages()
{
    m_revealed = true;
}

void CommandForm::markEdited(const QString &field)
{
    if (m_watching)
        m_edited.insert(field);
}

void CommandForm::userPropertyChanged()
{
    const QString field = m_fieldByWidget.value(sender());
    if (!m_watching || m_edited.contains(field))
        return;
    m_edited.insert(field);
    // The widget may have told the form of its change before this slot ran: check again.
    Q_EMIT changed();
}

bool CommandForm::errorShown(const QString &field) const
{
    // The form's general line speaks of the whole form: it waits for any edit.
    return m_revealed || m_edited.contains(field) || (field.isEmpty() && hasEdits());
}

QLabel *CommandForm::messageLabel(const QString &field) const
{
    return m_messages.value(field);
}

void CommandForm::addField(const QString &label, QWidget *widget, const QString &field)
{
    m_layout->insertRow(m_layout->rowCount() - 1, label, widget);
    if (field.isEmpty())
        return;
    QLabel *message = addMessageLabel(field);
    m_layout->insertRow(m_layout->rowCount() - 1, QString(), message);
    // The value a widget edits is its user property (a line edit's text, a combo's choice, a
    // spin box's value, a check box's state).
    const QMetaProperty value = widget->metaObject()->userProperty();
    if (value.hasNotifySignal()) {
        m_fieldByWidget.insert(widget, field);
        connect(widget, value.notifySignal(), this,
                metaObject()->method(metaObject()->indexOfSlot("userPropertyChanged()")));
    }
}

void CommandForm::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setProperty("role", QStringLiteral("pageSummary"));
    m_layout->insertRow(m_layout->rowCount() - 1, note);
}

QLabel *CommandForm::addMessageLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setVisible(false);
    if (field.isEmpty()) {
        label->setObjectName(QStringLiteral("formMessage"));
        m_layout->addRow(label);
    }
    m_messages.insert(field, label);
    return label;
}

} // namespace punchclock::ui
