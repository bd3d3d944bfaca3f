#include "terminalpickerdialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "statustone.h"
#include "terminalhealth.h"
#include "terminalrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int BlockedRole = Qt::UserRole + 2;

void setChoosable(QListWidgetItem *item, bool choosable)
{
    item->setFlags(choosable ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                             : Qt::ItemIsUserCheckable);
}

QString terminalLabel(const storage::TerminalRow &terminal)
{
    return terminal.name.isEmpty() ? terminal.devId
                                   : TerminalPickerDialog::tr("%1 (%2)").arg(terminal.name, terminal.devId);
}

} // namespace

TerminalPickerDialog::TerminalPickerDialog(ConsoleContext &context, const QString &title, const QString &explanation,
                                           const QString &acceptText, const QStringList &checked, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("terminalPickerDialog"));
    setWindowTitle(title);
    setMinimumWidth(480);

    auto *explanationLabel = new QLabel(explanation, this);
    explanationLabel->setWordWrap(true);

    m_sourceLabel = new QLabel(tr("&Read the user from:"), this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceLabel->setBuddy(m_source);
    m_sourceLabel->hide();
    m_source->hide();

    auto *listLabel = new QLabel(tr("&Terminals:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("terminalList"));
    listLabel->setBuddy(m_list);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<storage::TerminalRow> terminals =
        context.reader().wait([](const QSqlDatabase &db) { return storage::TerminalRepository(db).list(); });
    for (const storage::TerminalRow &terminal : terminals) {
        QString state;
        StatusTone tone = StatusTone::Good;
        switch (engine::TerminalHealth::stateOf(terminal, now)) {
        case engine::TerminalHealth::State::Online: state = tr("Online"); break;
        case engine::TerminalHealth::State::Offline:
            state = tr("Offline: the job waits for its next poll");
            tone = StatusTone::Bad;
            break;
        case engine::TerminalHealth::State::Pending:
            state = tr("Waiting for approval");
            tone = StatusTone::Waiting;
            break;
        case engine::TerminalHealth::State::Blocked:
            state = tr("Blocked");
            tone = StatusTone::Inactive;
            break;
        }
        auto *item = new QListWidgetItem(toneIcon(tone), tr("%1 · %2").arg(terminalLabel(terminal), state), m_list);
        item->setData(Qt::UserRole, terminal.devId);
        item->setData(Qt::UserRole + 1, terminalLabel(terminal));
        const bool blocked = terminal.approval == storage::Approval::Blocked;
        item->setData(BlockedRole, blocked);
        setChoosable(item, !blocked);
        item->setCheckState(!blocked && checked.contains(terminal.devId) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_source, &QComboBox::currentIndexChanged, this, &TerminalPickerDialog::hideSource);
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("terminalPickerError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("terminalPickerButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_source);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_list->setFocus();
}

void TerminalPickerDialog::askForSource(const QStringList &sources)
{
    m_source->clear();
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (sources.contains(item->data(Qt::UserRole).toString()))
            m_source->addItem(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole));
    }
    m_sourceLabel->show();
    m_source->show();
    m_source->setFocus();
    hideSource();
}

void TerminalPickerDialog::hideSource()
{
    const QString source = sourceDevId();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool isSource = item->data(Qt::UserRole).toString() == source;
        if (isSource)
            item->setCheckState(Qt::Unchecked);
        item->setHidden(isSource);
        setChoosable(item, !isSource && !item->data(BlockedRole).toBool());
    }
}

QStringList TerminalPickerDialog::checkedDevIds() const
{
    QStringList devIds;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            devIds << item->data(Qt::UserRole).toString();
    }
    return devIds;
}

QString TerminalPickerDialog::sourceDevId() const
{
    return m_source->isHidden() ? QString() : m_source->currentData().toString();
}

void TerminalPickerDialog::setChecked(const QString &devId, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() == devId && item->flags().testFlag(Qt::ItemIsEnabled))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void TerminalPickerDialog::accept()
{
    QString error;
    if (!m_source->isHidden() && m_source->count() == 0)
        error = tr("No terminal holds this user yet: fetch it from a terminal first.");
    else if (checkedDevIds().isEmpty())
        error = tr("Tick at least one terminal.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace punchclock::ui
