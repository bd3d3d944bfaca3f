#include "historydialog.h"

#include "auditdetailspane.h"
#include "auditreader.h"
#include "audittablemodel.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "datatableview.h"
#include "permissiontext.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

#include <functional>

namespace punchclock::ui {

namespace {

// What a history reads: the entries the actor may see, or nullopt with `why`.
using HistoryRead = std::function<std::optional<QList<storage::AuditEntry>>(
    const services::AuditReader &reader, const services::Actor &actor, services::Outcome *why)>;

// The dialog for a history read on the console's reader, or the reason it could not be read.
HistoryDialog *openHistory(ConsoleContext &context, const HistoryRead &read, const QString &title,
                           const QString &intro, QWidget *parent)
{
    const services::Actor actor = context.actor();
    services::Outcome why;
    const std::optional<QList<storage::AuditEntry>> entries = context.reader().wait(
        [&](const QSqlDatabase &db) { return read(services::AuditReader(db), actor, &why); });
    if (!entries) {
        QMessageBox::warning(parent, title,
                             why.status == services::Outcome::Status::NotAllowed
                                 ? PermissionText::denied(why)
                                 : HistoryDialog::tr("The history could not be read from the database."));
        return nullptr;
    }
    auto *dialog = new HistoryDialog(title, intro, *entries, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString named(const QString &id, const QString &name)
{
    //: An employee or terminal in a history's title: "Ana Núñez (7)"
    return name.isEmpty() || name == id ? id : HistoryDialog::tr("%1 (%2)").arg(name, id);
}

} // namespace

HistoryDialog::HistoryDialog(const QString &title, const QString &intro, const QList<storage::AuditEntry> &entries,
                             QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditTableModel(this))
    , m_table(new DataTableView(QStringLiteral("historyTable"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("historyIntro"));
    introLabel->setWordWrap(true);
    m_model->setEntries(entries);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setColumnHidden(AuditTableModel::OriginColumn, true);
    m_table->fitColumnsToContents(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    auto *details = new AuditDetailsPane(this);
    details->setObjectName(QStringLiteral("historyDetails"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *empty = new QLabel(tr("Nothing has been changed here through Punchclock since its audit trail began."), this);
    empty->setObjectName(QStringLiteral("historyEmpty"));
    empty->setWordWrap(true);
    empty->setVisible(entries.isEmpty());
    splitter->setVisible(!entries.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(empty);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, details](const QModelIndex &current) { details->showEntry(m_model->entryAt(current.row())); });
    if (!entries.isEmpty())
        m_table->selectRow(0);
    // Room for the table and the pane, within the screen (1280×720 included).
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1100, screen.width() - 40), std::min(600, screen.height() - 80));
}

HistoryDialog *HistoryDialog::showUser(ConsoleContext &context, const QString &userId, const QString &name,
                                       QWidget *parent)
{
    return openHistory(
        context,
        [&userId](const services::AuditReader &reader, const services::Actor &actor, services::Outcome *why) {
            return reader.userHistory(actor, userId, why);
        },
        tr("History of %1").arg(named(userId, name)),
        tr("Every change to this employee through Punchclock, newest first: their record, department, "
           "credentials, schedule, leave, corrections of their punches and commands sent for them."),
        parent);
}

HistoryDialog *HistoryDialog::showTerminal(ConsoleContext &context, const QString &devId, const QString &name,
                                           QWidget *parent)
{
    return openHistory(
        context,
        [&devId](const services::AuditReader &reader, const services::Actor &actor, services::Outcome *why) {
            return reader.terminalHistory(actor, devId, why);
        },
        tr("History of %1").arg(named(devId, name)),
        tr("Every change to this terminal, newest first: approval, blocking, its address, and the commands "
           "sent to it."),
        parent);
}

HistoryDialog *HistoryDialog::showDay(ConsoleContext &context, const QString &userId, const QString &name, QDate day,
                                      QWidget *parent, const QDateTime &from, const QDateTime &to)
{
    const auto read = [&](const services::AuditReader &reader, const services::Actor &actor, services::Outcome *why) {
        return from.isValid() && to.isValid() ? reader.periodHistory(actor, userId, from, to, why)
                                              : reader.dayHistory(actor, userId, day, why);
    };
    //: The history of one employee's day: "Ana Núñez (7) on 02/03/2026"
    return openHistory(context, read,
                       tr("History of %1 on %2").arg(named(userId, name), QLocale().toString(day, QLocale::ShortFormat)),
                       tr("The corrections of this employee's punches that touched this day, newest first: punches "
                          "added, voided or moved from or to it, and corrections revoked."),
                       parent);
}

} // namespace punchclock::ui
