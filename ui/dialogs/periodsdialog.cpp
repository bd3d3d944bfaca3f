#include "periodsdialog.h"

#include "closedperiodrepository.h"
#include "closedperiodtablemodel.h"
#include "consolecontext.h"
#include "datatableview.h"
#include "icons.h"
#include "periodchangedialog.h"
#include "permissiontext.h"
#include "reportcellformat.h"
#include "sitecalendar.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

PeriodsDialog::PeriodsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new ClosedPeriodTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_periods(new DataTableView(QStringLiteral("closedPeriods"), this))
    , m_reopen(new QPushButton(themedIcon("document-edit"), tr("&Reopen…"), this))
    , m_lateCaption(new QLabel(this))
    , m_late(new QTableWidget(0, LatePunchColumnCount, this))
    , m_periodsRead(context.reader(), this,
                    [this](QList<storage::ClosedPeriodRow> periods) { presentPeriods(std::move(periods)); })
    , m_lateRead(context.reader(), this, [this](const LatePunches &late) { presentLatePunches(late); })
{
    setObjectName(QStringLiteral("periodsDialog"));
    setWindowTitle(tr("Closed periods"));
    auto *intro = new QLabel(tr("A closed period's results are final, as signed off: corrections and rule changes "
                                "that touch its days are refused, it keeps the attendance settings it was closed "
                                "with, and punches that arrive for it afterwards are kept but not counted."),
                             this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClosedPeriodTableModel::SortRole);
    m_periods->setModel(m_proxy);
    m_periods->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periods->setTextElideMode(Qt::ElideRight);
    m_periods->setWordWrap(false);
    m_periods->sortByColumn(ClosedPeriodTableModel::FromColumn, Qt::DescendingOrder);
    connect(m_periods->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showLatePunches();
    });

    auto *close = new QPushButton(themedIcon("view-certificate"), tr("Close a &period…"), this);
    close->setObjectName(QStringLiteral("closePeriod"));
    // Seen by everyone; closing and reopening by whom the role allows (the service decides).
    m_mayChange = context.allows(services::Permission::ClosePeriods);
    close->setEnabled(m_mayChange);
    if (!m_mayChange) {
        close->setToolTip(PermissionText::notAllowed(context.actor(), services::Permission::ClosePeriods));
        m_reopen->setToolTip(close->toolTip());
    }
    m_reopen->setObjectName(QStringLiteral("reopenPeriod"));
    connect(close, &QPushButton::clicked, this, &PeriodsDialog::closePeriod);
    connect(m_reopen, &QPushButton::clicked, this, &PeriodsDialog::reopenPeriod);
    auto *actions = new QHBoxLayout;
    actions->addWidget(close);
    actions->addWidget(m_reopen);
    actions->addStretch(1);

    m_lateCaption->setObjectName(QStringLiteral("latePunchesCaption"));
    m_lateCaption->setWordWrap(true);
    m_late->setObjectName(QStringLiteral("latePunches"));
    m_late->setHorizontalHeaderLabels({tr("Employee"), tr("Terminal"), tr("Punch time"), tr("Counts from")});
    m_late->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_late->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_late->setWordWrap(false);
    m_late->verticalHeader()->hide();
    m_late->horizontalHeader()->setStretchLastSection(true);
    auto *lateBox = new QGroupBox(tr("Punches that arrived after the period was closed"), this);
    auto *lateLayout = new QVBoxLayout(lateBox);
    lateLayout->addWidget(m_lateCaption);
    lateLayout->addWidget(m_late, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_periods, 3);
    layout->addLayout(actions);
    layout->addWidget(lateBox, 2);
    layout->addWidget(buttons);
    resize(1120, 640);

    // Another connection (the CLI) may close or reopen, or a late punch may arrive, meanwhile.
    connect(&context, &ConsoleContext::attendanceChanged, this, &PeriodsDialog::reload);
    connect(&context, &ConsoleContext::punchesChanged, this, &PeriodsDialog::showLatePunches);
    connect(&context, &ConsoleContext::terminalsChanged, this, &PeriodsDialog::showLatePunches);
    presentPeriods(context.reader().wait(&PeriodsDialog::readPeriods));
    m_periods->fitColumnsToContents(200);
    if (m_proxy->rowCount() > 0)
        m_periods->selectRow(0);
    updateActions();
    showLatePunches();
}

void PeriodsDialog::selectPeriod(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_periods->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    else
        m_selectWhenShown = id; // closed a moment ago: the reload that lists it is on its way
}

QList<storage::ClosedPeriodRow> PeriodsDialog::readPeriods(const QSqlDatabase &db)
{
    return storage::ClosedPeriodRepository(db).history();
}

void PeriodsDialog::reload()
{
    m_periodsRead.request(&PeriodsDialog::readPeriods);
}

void PeriodsDialog::presentPeriods(QList<storage::ClosedPeriodRow> periods)
{
    m_model->setPeriods(std::move(periods));
    if (m_selectWhenShown != 0 && m_model->rowOf(m_selectWhenShown) >= 0)
        selectPeriod(std::exchange(m_selectWhenShown, 0));
    updateActions();
    showLatePunches();
}

qint64 PeriodsDialog::selectedId() const
{
    const QModelIndexList rows = m_periods->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ClosedPeriodTableModel::IdRole).toLongLong();
}

void PeriodsDialog::updateActions()
{
    const storage::ClosedPeriodRow *period = m_model->periodAt(m_model->rowOf(selectedId()));
    m_reopen->setEnabled(m_mayChange && period && period->closed());
}

void PeriodsDialog::showLatePunches()
{
    const storage::ClosedPeriodRow *period = m_model->periodAt(m_model->rowOf(selectedId()));
    if (!period) {
        m_lateShownFor = 0;
        m_late->setRowCount(0);
        m_lateCaption->setText(m_model->rowCount() == 0
                                   ? tr("No period has been closed yet.")
                                   : tr("Select a period to see the punches that arrived after it was closed."));
        return;
    }
    if (period->id != m_lateShownFor) {
        // Another period's punches must not stand under this one while its own are read.
        m_late->setRowCount(0);
        m_lateCaption->clear();
        m_lateShownFor = period->id;
    }
    m_lateRead.request([period = *period](const QSqlDatabase &db) { return readLatePunches(db, period); });
}

PeriodsDialog::LatePunches PeriodsDialog::readLatePunches(const QSqlDatabase &db,
                                                          const storage::ClosedPeriodRow &period)
{
    LatePunches late;
    late.periodId = period.id;
    late.punches = storage::ClosedPeriodRepository(db).arrivedAfterClose(period);
    // tr() is thread-safe.
    for (const storage::UserRow &user : storage::UserRepository(db).list())
        late.users.insert(user.userId, user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId));
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(db).list())
        late.terminals.insert(terminal.devId, terminal.name.isEmpty()
                                                  ? terminal.devId
                                                  : tr("%1 (%2)").arg(terminal.name, terminal.devId));
    return late;
}

void PeriodsDialog::presentLatePunches(const LatePunches &late)
{
    const storage::ClosedPeriodRow *period = m_model->periodAt(m_model->rowOf(selectedId()));
    if (!period || period->id != late.periodId)
        return; // read for a period no longer selected
    const int count = int(late.punches.size());
    m_lateCaption->setText(
        period->closed()
            ? tr("%n punch(es) of its days arrived after it was closed: kept, not counted in it.", nullptr, count)
            : tr("%n punch(es) of its days arrived after it was closed; they count since it was "
                 "reopened.",
                 nullptr, count));
    m_late->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const storage::LatePunchRow &punch = late.punches.at(row);
        const QStringList cells{
            late.users.value(punch.userId, punch.userId), late.terminals.value(punch.devId, punch.devId),
            ReportCellFormat::dateTime(punch.ioTime), ReportCellFormat::dateTime(punch.countedAt.toLocalTime())};
        for (int column = 0; column < LatePunchColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_late->setItem(row, column, item);
        }
    }
    m_late->resizeColumnsToContents();
}

void PeriodsDialog::closePeriod()
{
    // Last month in the site's calendar: the period a payroll closes most often.
    const QDate today = m_context.reader().wait([](const QSqlDatabase &db) { return engine::SiteCalendar::today(db); });
    const QDate thisMonth(today.year(), today.month(), 1);
    auto *dialog = PeriodChangeDialog::closing(m_context, thisMonth.addMonths(-1), thisMonth.addDays(-1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog told the console of the change, which reloads the list.
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPeriod(dialog->periodId()); });
    dialog->open();
}

void PeriodsDialog::reopenPeriod()
{
    const storage::ClosedPeriodRow *period = m_model->periodAt(m_model->rowOf(selectedId()));
    if (!period || !period->closed())
        return;
    auto *dialog = PeriodChangeDialog::reopening(m_context, *period, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog told the console of the change, which reloads the list.
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPeriod(dialog->periodId()); });
    dialog->open();
}

} // namespace punchclock::ui
