#include "auditpage.h"

#include "auditcsvwriter.h"
#include "auditdetailspane.h"
#include "auditfilterbar.h"
#include "auditreader.h"
#include "audittablemodel.h"
#include "consolecontext.h"
#include "datatableview.h"
#include "detailssplitter.h"
#include "icons.h"
#include "pageheader.h"
#include "permissiontext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <limits>

namespace punchclock::ui {

namespace {

const QString splitterKey = QStringLiteral("audit/splitter");

QString readFailure(const services::Outcome &why)
{
    if (why.status == services::Outcome::Status::NotAllowed)
        return PermissionText::denied(why);
    return AuditPage::tr("The audit trail could not be read from the database. Press F5 to try again.");
}

} // namespace

AuditPage::AuditPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_header(new PageHeader(tr("Audit trail"), this))
    , m_filters(new AuditFilterBar(this))
    , m_model(new AuditTableModel(this))
    , m_table(new DataTableView(QStringLiteral("auditTable"), this))
    , m_details(new AuditDetailsPane(this))
    , m_splitter(new DetailsSplitter(QStringLiteral("auditSplitter"), splitterKey, this))
    , m_message(new QLabel(this))
    , m_verify(new QPushButton(themedIcon("security-high"), tr("&Verify the chain"), this))
    , m_export(new QPushButton(themedIcon("document-export"), tr("&Export CSV…"), this))
    , m_actors(context.reader(), this, [this](std::optional<QStringList> actors) {
        if (actors)
            m_filters->setActors(*actors);
    })
{
    m_filters->setObjectName(QStringLiteral("auditFilters"));
    m_verify->setObjectName(QStringLiteral("verifyAuditChain"));
    m_verify->setToolTip(tr("Check that no record was changed or removed since it was written"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    m_header->addAction(m_verify);
    m_export->setObjectName(QStringLiteral("exportAudit"));
    m_export->setToolTip(tr("Save the records matching the filters as a CSV file (Ctrl+E)"));
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    m_header->addAction(m_export);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &AuditPage::exportCsv);
    addAction(exportAction);

    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setProperty("role", QStringLiteral("fieldError"));
    m_message->setWordWrap(true);
    m_message->hide();

    const bool firstRun = !QSettings().contains(QStringLiteral("tables/auditTable/header"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // newest first, as the chain runs
    if (firstRun) {
        const QFontMetrics metrics = m_table->fontMetrics();
        const int x = metrics.horizontalAdvance(QLatin1Char('x'));
        auto *header = m_table->horizontalHeader();
        header->resizeSection(AuditTableModel::TimeColumn,
                              metrics.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)),
                                                                           QLocale::ShortFormat)) + 24);
        header->resizeSection(AuditTableModel::ActorColumn, x * 14);
        header->resizeSection(AuditTableModel::ActionColumn, x * 30);
        header->resizeSection(AuditTableModel::ObjectColumn, x * 24);
        header->resizeSection(AuditTableModel::ChangeColumn, x * 40);
    }
    m_table->setAccessibleName(tr("Audit trail"));

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_splitter->setPanes(m_table, m_details, 900, 360);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &AuditFilterBar::filterChanged, this, &AuditPage::applyFilters);
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const services::Outcome &why) {
        m_message->setText(readFailure(why));
        m_message->show();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::showSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    // Every change through the services is recorded with it: any news may mean new records.
    for (auto signal : {&ConsoleContext::terminalsChanged, &ConsoleContext::usersChanged,
                        &ConsoleContext::punchesChanged, &ConsoleContext::jobsChanged,
                        &ConsoleContext::settingsChanged, &ConsoleContext::attendanceChanged}) {
        connect(&context, signal, this, [this] {
            if (isVisible())
                m_model->refresh();
        });
    }
    connect(&context, &ConsoleContext::actorChanged, this, &AuditPage::actorChanged);
    actorChanged();
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // The news of changes made while another page showed was not read then; someone new may
    // have acted meanwhile.
    refreshActors();
    m_model->refresh();
}

void AuditPage::actorChanged()
{
    const bool allowed = context().allows(services::Permission::ViewAuditTrail);
    m_verify->setEnabled(allowed);
    m_export->setEnabled(allowed);
    reload();
}

void AuditPage::reload()
{
    m_message->hide();
    refreshActors();
    applyFilters();
}

void AuditPage::refreshActors()
{
    m_actors.request(
        [actor = context().actor()](const QSqlDatabase &db) { return services::AuditReader(db).actors(actor); });
}

void AuditPage::applyFilters()
{
    m_message->hide();
    m_model->setTrail(context().reader(), context().actor(), m_filters->filter());
}

void AuditPage::showSummary()
{
    const int rows = m_model->rowCount();
    QString summary = m_model->hasOlder() ? tr("The newest %n records; scroll for older ones", nullptr, rows)
                                          : tr("%n records", nullptr, rows);
    if (!m_chainState.isEmpty())
        summary += QStringLiteral(" · ") + m_chainState;
    m_header->setSummary(summary);
}

void AuditPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->showEntry(current.isValid() ? m_model->entryAt(current.row()) : nullptr);
}

void AuditPage::verifyChain()
{
    services::Outcome why;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const services::Actor actor = context().actor();
    // The whole chain is read: long on a big trail, so on the reader, the window painting.
    const std::optional<storage::AuditVerification> verified = context().reader().wait(
        [&actor, &why](const QSqlDatabase &db) { return services::AuditReader(db).verify(actor, &why); });
    QApplication::restoreOverrideCursor();
    if (!verified) {
        QMessageBox::warning(this, tr("Verify the audit trail"), readFailure(why));
        return;
    }
    const storage::AuditVerification &result = *verified;
    if (result.broken == storage::AuditVerification::Break::Unreadable) {
        QMessageBox::warning(this, tr("Verify the audit trail"), readFailure(services::Outcome::storage()));
        return;
    }
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (result.ok) {
        m_chainState = tr("chain intact at %1").arg(time);
        QMessageBox::information(
            this, tr("Verify the audit trail"),
            tr("All %n records are as they were written.", nullptr, int(std::min<qint64>(result.rows, std::numeric_limits<int>::max()))) +
                QStringLiteral("\n\n") +
                tr("The last record's hash is %1. Note it somewhere else (on paper, in an e-mail): only a copy kept "
                   "outside this database shows records cut off the end.")
                    .arg(result.lastHash));
    } else {
        m_chainState = tr("chain broken at record %1").arg(result.firstBrokenId);
        const QString what = result.broken == storage::AuditVerification::Break::LinkBroken
            ? tr("The audit trail was changed after it was written: the record before record %1 is missing or was "
                 "changed.")
                  .arg(result.firstBrokenId)
            : tr("The audit trail was changed after it was written: the content of record %1 is not what was "
                 "written.")
                  .arg(result.firstBrokenId);
        QMessageBox::critical(this, tr("Verify the audit trail"),
                              what + QLatin1Char(' ') +
                                  tr("Every record from there on is suspect; keep a copy of the database file before "
                                     "anything else."));
        const int row = m_model->rowOf(result.firstBrokenId);
        if (row >= 0)
            m_table->selectRow(row);
    }
    showSummary();
}

void AuditPage::exportCsv()
{
    if (!context().allows(services::Permission::ViewAuditTrail))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"), QDir(folder).filePath(tr("audit-trail.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool AuditPage::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export the audit trail"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QProgressDialog progress(tr("Exporting the audit trail…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("auditExportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    services::Outcome why;
    const auto outcome = AuditCsvWriter::write(context().reader(), context().actor(), m_filters->filter(), file,
                                               [&progress](qint64 written) {
                                                   progress.setLabelText(tr("Exporting the audit trail: %n records…",
                                                                            nullptr, int(written)));
                                                   QApplication::processEvents();
                                                   return !progress.wasCanceled();
                                               },
                                               &why);
    progress.reset();
    switch (outcome) {
    case AuditCsvWriter::Outcome::Cancelled: file.cancelWriting(); return false;
    case AuditCsvWriter::Outcome::Failed:
        file.cancelWriting();
        QMessageBox::warning(this, tr("Export the audit trail"),
                             why.ok() ? tr("%1 could not be written.").arg(QDir::toNativeSeparators(path))
                                      : readFailure(why));
        return false;
    case AuditCsvWriter::Outcome::Written: break;
    }
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export the audit trail"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace punchclock::ui
