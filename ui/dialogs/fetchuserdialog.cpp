#include "fetchuserdialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "identifiers.h"
#include "problemlabel.h"
#include "terminalrepository.h"
#include "usermessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

FetchUserDialog::FetchUserDialog(ConsoleContext &context, const QString &devId, const QString &userId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fetchUserDialog"));
    setWindowTitle(tr("Fetch user from terminal"));

    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(QStringLiteral("terminalCombo"));
    const QList<storage::TerminalRow> terminals =
        context.reader().wait([](const QSqlDatabase &db) { return storage::TerminalRepository(db).list(); });
    for (const storage::TerminalRow &terminal : terminals) {
        if (terminal.approval == storage::Approval::Blocked)
            continue;
        m_terminal->addItem(terminal.name.isEmpty() ? terminal.devId : tr("%1 (%2)").arg(terminal.name, terminal.devId),
                            terminal.devId);
    }
    m_terminal->setCurrentIndex(qMax(0, m_terminal->findData(devId)));

    m_userId = new QLineEdit(userId, this);
    m_userId->setObjectName(QStringLiteral("fetchUserIdEdit"));
    m_userId->setMaxLength(protocol::MaxIdentifierLength);

    m_error = new ProblemLabel(QStringLiteral("fetchUserError"), this);

    auto *explanation = new QLabel(
        tr("The terminal sends the user's name, photo and credentials at its next poll; they replace what is "
           "stored here for the credentials it has."),
        this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Terminal:"), m_terminal);
    form->addRow(tr("&User ID:"), m_userId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("fetchUserButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString FetchUserDialog::devId() const
{
    return m_terminal->currentData().toString();
}

QString FetchUserDialog::userId() const
{
    return m_userId->text().trimmed();
}

void FetchUserDialog::accept()
{
    QString error;
    if (devId().isEmpty())
        error = tr("No terminal to fetch from: a terminal appears here once it has contacted this PC.");
    else if (!protocol::isValidUserId(userId()))
        error = UserMessages::parameterError(protocol::ParameterError::InvalidUserId);
    if (!error.isEmpty()) {
        m_error->showProblem(error);
        return;
    }
    QDialog::accept();
}

} // namespace punchclock::ui
