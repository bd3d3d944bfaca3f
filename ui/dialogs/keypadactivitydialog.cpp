#include "keypadactivitydialog.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "datepresetpicker.h"
#include "keypadlogtablemodel.h"
#include "permissiontext.h"

#include "keypadlogreader.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace punchclock::ui {

using Preset = DatePresetPicker::Preset;

KeypadActivityDialog::KeypadActivityDialog(ConsoleContext &context, const storage::TerminalRow &terminal,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_terminal(terminal)
    , m_commands(context, this)
    , m_dates(new DatePresetPicker(QStringLiteral("keypad"),
                                   {Preset::AllTime, Preset::Today, Preset::Last7Days, Preset::Last30Days,
                                    Preset::ThisMonth, Preset::LastMonth, Preset::ThisYear, Preset::Custom},
                                   Preset::AllTime, this))
    , m_download(new QPushButton(tr("&Download from the terminal"), this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_model(new KeypadLogTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(QStringLiteral("keypadActivityTable"), this))
    , m_read(context.reader(), this, [this](Entries entries) { present(std::move(entries)); })
{
    setObjectName(QStringLiteral("keypadActivityDialog"));
    setWindowTitle(tr("Keypad activity of %1").arg(TerminalCommands::titleOf(terminal)));
    auto *intro = new QLabel(tr("What managers did at this terminal's keypad (enrolments, deletions, settings), on the "
                                "terminal's clock, as far as it has been downloaded. The terminal keeps this log "
                                "itself: download it again to see what was done since."),
                             this);
    intro->setObjectName(QStringLiteral("keypadIntro"));
    intro->setWordWrap(true);
    m_download->setObjectName(QStringLiteral("keypadDownload"));
    m_message->setObjectName(QStringLiteral("keypadMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("keypadSummary"));
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KeypadLogTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(KeypadLogTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_dates);
    filters->addStretch(1);
    filters->addWidget(m_download);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_dates, &DatePresetPicker::rangeChanged, this, &KeypadActivityDialog::reload);
    connect(m_download, &QPushButton::clicked, this, &KeypadActivityDialog::download);
    connect(m_message, &QLabel::linkActivated, this,
            [this](const QString &link) { m_context.showJob(link.section(QLatin1Char(':'), 1).toLongLong()); });
    // A download ends when the terminal answers: the finished job brings the new records.
    connect(&context, &ConsoleContext::jobsChanged, this, &KeypadActivityDialog::reload);
    connect(&context, &ConsoleContext::actorChanged, this, [this] {
        updateDownload();
        reload();
    });
    updateDownload();
    reload();
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(900, screen.width() - 40), std::min(560, screen.height() - 80));
}

KeypadActivityDialog *KeypadActivityDialog::showFor(ConsoleContext &context, const storage::TerminalRow &terminal,
                                                    QWidget *parent)
{
    if (!context.allows(services::Permission::ViewKeypadActivity)) {
        QMessageBox::warning(parent, tr("Keypad activity"),
                             PermissionText::notAllowed(context.actor(), services::Permission::ViewKeypadActivity));
        return nullptr;
    }
    auto *dialog = new KeypadActivityDialog(context, terminal, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void KeypadActivityDialog::reload()
{
    storage::KeypadLogFilter filter;
    filter.devId = m_terminal.devId;
    filter.from = m_dates->from();
    filter.to = m_dates->to();
    m_read.request([filter, actor = m_context.actor()](const QSqlDatabase &db) {
        Entries entries;
        entries.filter = filter;
        entries.rows = services::KeypadLogReader(db).entries(actor, filter, &entries.why);
        return entries;
    });
}

void KeypadActivityDialog::present(Entries entries)
{
    if (!entries.rows) {
        m_model->setRows({});
        m_summary->setText(entries.why.status == services::Outcome::Status::NotAllowed
                               ? PermissionText::notAllowed(m_context.actor(), services::Permission::ViewKeypadActivity)
                               : tr("The keypad activity could not be read from the database."));
        return;
    }
    const int count = int(entries.rows->size());
    m_model->setRows(std::move(*entries.rows));
    if (count > 0)
        m_summary->setText(tr("%n action(s)", nullptr, count));
    else if (entries.filter.from.isValid() || entries.filter.to.isValid())
        m_summary->setText(tr("Nothing was done at the keypad on these days, as far as has been downloaded."));
    else
        m_summary->setText(tr("Nothing downloaded yet: download the keypad activity from the terminal."));
}

void KeypadActivityDialog::updateDownload()
{
    const bool mayManage = m_context.allows(services::Permission::ManageTerminals);
    const bool approved = m_terminal.approval == storage::Approval::Approved;
    m_download->setEnabled(mayManage && approved);
    if (!mayManage)
        m_download->setToolTip(PermissionText::notAllowed(m_context.actor(), services::Permission::ManageTerminals));
    else if (!approved)
        m_download->setToolTip(tr("Approve the terminal first: terminals that are not approved are sent no commands."));
    else
        m_download->setToolTip(tr("Ask the terminal for its whole keypad log at its next poll"));
}

void KeypadActivityDialog::download()
{
    TerminalCommands::show(m_commands.downloadKeypadLog(m_terminal), m_message);
}

} // namespace punchclock::ui
