#include "renameterminaldialog.h"

#include "commandbuilder.h"
#include "terminalmessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace punchclock::ui {

RenameTerminalDialog::RenameTerminalDialog(const QString &devId, const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(currentName))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("renameTerminalDialog"));
    setWindowTitle(tr("Rename terminal %1").arg(devId));
    m_name->setObjectName(QStringLiteral("terminalName"));
    m_name->setMaxLength(protocol::MaxTerminalNameLength);
    m_name->selectAll();
    m_error->setObjectName(QStringLiteral("terminalNameError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("renameTerminalButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));

    auto *hint = new QLabel(tr("Shown on the terminal's screen. English letters, digits and punctuation only."));
    hint->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    auto *label = new QLabel(tr("&Name:"));
    label->setBuddy(m_name);
    layout->addRow(label, m_name);
    layout->addRow(QString(), m_error);
    layout->addRow(hint);
    layout->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RenameTerminalDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString RenameTerminalDialog::name() const
{
    return m_name->text().trimmed();
}

void RenameTerminalDialog::validate()
{
    const protocol::BuiltCommand command = protocol::Commands::setFkName(name());
    m_error->setText(command.ok() ? QString() : TerminalMessages::parameterError(command.error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(command.ok());
}

} // namespace punchclock::ui
