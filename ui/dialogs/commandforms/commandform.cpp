#include "commandform.h"

#include <QFormLayout>
#include <QLabel>
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

void CommandForm::setTerminal(const QString &, const QString &)
{
}

void CommandForm::reloadChoices()
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
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QLabel *label = it.value();
        const bool isError = errors.contains(it.key());
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

QLabel *CommandForm::messageLabel(const QString &field) const
{
    return m_messages.value(field);
}

void CommandForm::addField(const QString &label, QWidget *widget, const QString &field)
{
    m_layout->insertRow(m_layout->rowCount() - 1, label, widget);
    if (!field.isEmpty()) {
        QLabel *message = addMessageLabel(field);
        m_layout->insertRow(m_layout->rowCount() - 1, QString(), message);
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
