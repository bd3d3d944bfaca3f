#include "punchespage.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "detailssplitter.h"
#include "historydialog.h"
#include "icons.h"
#include "pageheader.h"
#include "punchcsvwriter.h"
#include "punchdetailspane.h"
#include "punchfilterbar.h"
#include "punchtablemodel.h"

#include "terminalrepository.h"
#include "userrepository.h"

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

#include <algorithm>

namespace punchclock::ui {

namespace {
const QString splitterKey = QStringLiteral("punches/splitter");
}

PunchesPage::PunchesPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_header(new PageHeader(tr("Punches"), this))
    , m_filters(new PunchFilterBar(this))
    , m_model(new PunchTableModel(context.reader(), this))
    , m_table(new DataTableView(QStringLiteral("punchTable"), this))
    , m_details(new PunchDetailsPane(context.reader(), this))
    , m_splitter(new DetailsSplitter(QStringLiteral("punchSplitter"), splitterKey, this))
    , m_error(new QLabel(this))
    , m_choices(context.reader(), this, [this](Choices choices) { showChoices(std::move(choices)); })
{
    m_filters->setObjectName(QStringLiteral("punchFilters"));
    auto *exportButton = new QPushButton(themedIcon("document-export"), tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportPunches"));
    exportButton->setToolTip(tr("Save the punches matching the filters as a CSV file (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &PunchesPage::exportCsv);
    m_header->addAction(exportButton);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &PunchesPage::exportCsv);
    addAction(exportAction);

    m_error->setObjectName(QStringLiteral("punchError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Before the first query: its count and failure may come at once (SQLite) or later.
    connect(m_model, &PunchTableModel::matchingCountChanged, this, &PunchesPage::showCount);
    connect(m_model, &PunchTableModel::loadFailed, this, [this] {
        m_error->setText(tr("Some punches could not be read from the database. Press F5 to try again."));
        m_error->show();
    });
    m_model->setQuery(scopedQuery());
    const bool firstRun = !QSettings().contains(QStringLiteral("tables/punchTable/header"));
    m_table->setModel(m_model);
    if (firstRun) {
        // Wide enough for the usual contents even when the first range shown is empty.
        const QFontMetrics metrics = m_table->fontMetrics();
        const QString sampleTime =
            QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat) + QStringLiteral(" 00:00:00");
        auto *header = m_table->horizontalHeader();
        const int x = metrics.horizontalAdvance(QLatin1Char('x'));
        // Never narrower than the header's own text (already fitted): "Entrada/Salida".
        const auto atLeast = [header](int column, int width) {
            header->resizeSection(column, std::max(width, header->sectionSize(column)));
        };
        atLeast(PunchTableModel::TimeColumn, metrics.horizontalAdvance(sampleTime) + 24);
        atLeast(PunchTableModel::UserColumn, x * 28);
        atLeast(PunchTableModel::TerminalColumn, x * 22);
        atLeast(PunchTableModel::DirectionColumn, x * 10);
        atLeast(PunchTableModel::VerifyColumn, x * 32);
    }
    m_table->sortByColumn(PunchTableModel::TimeColumn, Qt::DescendingOrder);
    // Only time sorts (the header tooltip says so): a click elsewhere puts the indicator back.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column != PunchTableModel::TimeColumn)
            m_table->horizontalHeader()->setSortIndicator(
                PunchTableModel::TimeColumn, m_model->query().newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_table->setAccessibleName(tr("Punches"));
    // The corrections of the selected punch's employee on its day.
    m_dayHistory = new QAction(themedIcon("view-history"), tr("&History of this day…"), this);
    m_dayHistory->setObjectName(QStringLiteral("punchDayHistory"));
    m_dayHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_dayHistory->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dayHistory->setEnabled(false);
    connect(m_dayHistory, &QAction::triggered, this, &PunchesPage::showDayHistory);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_dayHistory);

    m_details->setObjectName(QStringLiteral("punchDetails"));
    m_splitter->setPanes(m_table, m_details, 900, 320);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &PunchFilterBar::queryChanged, this, &PunchesPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PunchesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PunchesPage::showSelected);
    connect(&context, &ConsoleContext::punchesChanged, m_model, &PunchTableModel::refresh);
    connect(&context, &ConsoleContext::usersChanged, this, &PunchesPage::reloadChoices);
    connect(&context, &ConsoleContext::terminalsChanged, this, &PunchesPage::reloadChoices);
    connect(&context, &ConsoleContext::actorChanged, this, &PunchesPage::reload);
    reloadChoices();
}

PunchesPage::~PunchesPage() = default;

storage::PunchQuery PunchesPage::scopedQuery() const
{
    // An account of some departments sees their employees' punches only.
    storage::PunchQuery query = m_filters->query();
    query.departments = context().departmentScope();
    return query;
}

void PunchesPage::reload()
{
    m_error->hide();
    reloadChoices();
    storage::PunchQuery query = scopedQuery();
    query.newestFirst = m_model->query().newestFirst;
    m_model->setQuery(query);
}

void PunchesPage::applyFilters()
{
    storage::PunchQuery query = scopedQuery();
    query.newestFirst = m_model->query().newestFirst;
    m_error->hide();
    m_model->setQuery(query);
}

void PunchesPage::reloadChoices()
{
    m_choices.request(
        [departments = context().departmentScope()](const QSqlDatabase &db) { return readChoices(db, departments); });
}

PunchesPage::Choices PunchesPage::readChoices(const QSqlDatabase &db, const std::optional<QSet<qint64>> &departments)
{
    Choices choices;
    for (const storage::UserRow &user : storage::UserRepository(db).list()) {
        if (!departments || (user.departmentId && departments->contains(*user.departmentId)))
            choices.users.append({user.userId, user.name});
    }
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(db).list())
        choices.terminals.append({terminal.devId, terminal.name});
    return choices;
}

void PunchesPage::showChoices(Choices choices)
{
    m_filters->setUsers(choices.users);
    m_filters->setTerminals(choices.terminals);
}

void PunchesPage::showCount(qint64 count)
{
    if (count < 0) {
        m_header->setSummary(tr("Punches could not be counted"));
        return;
    }
    m_header->setSummary(tr("%n punches", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max()))));
}

void PunchesPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->showPunch(current.isValid() ? m_model->punchIdAt(current.row()) : 0);
    m_dayHistory->setEnabled(current.isValid());
}

void PunchesPage::showDayHistory()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const PunchTableModel::Owner owner = m_model->ownerAt(current.row());
    if (!owner.day.isValid())
        return;
    HistoryDialog::showDay(context(), owner.userId, owner.name, owner.day, this);
}

void PunchesPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export punches"), QDir(folder).filePath(tr("punches.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool PunchesPage::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export punches"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QProgressDialog progress(tr("Exporting punches…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("punchExportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    storage::PunchQuery query = m_model->query();
    const auto outcome =
        PunchCsvWriter::write(context().reader(), query, file, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 100 / total) : 100);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    switch (outcome) {
    case PunchCsvWriter::Outcome::Cancelled: file.cancelWriting(); return false;
    case PunchCsvWriter::Outcome::Failed:
        file.cancelWriting();
        QMessageBox::warning(this, tr("Export punches"),
                             tr("The punches could not be exported: reading the database or writing %1 failed.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    case PunchCsvWriter::Outcome::Written: break;
    }
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export punches"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace punchclock::ui
