#include "integrationspage.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "destinationdetailspane.h"
#include "detailssplitter.h"
#include "icons.h"
#include "outboxeventmodel.h"
#include "pageheader.h"
#include "permissiontext.h"

#include "destinationrepository.h"
#include "outboxrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace punchclock::ui {

namespace {

const QString splitterKey = QStringLiteral("integrations/splitter");
// While the page shows, deliveries show as they happen (the deliverer's commits reach the
// console's change notices too, but those do not tell that a wait ran out).
constexpr int TickMs = 2000;

using Destination = DestinationTableModel::Destination;
using storage::OutboxStatus;

} // namespace

IntegrationsPage::IntegrationsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_actions(context, this)
    , m_header(new PageHeader(tr("Integrations"), this))
    , m_addButton(new QPushButton(this))
    , m_readOnly(new QLabel(this))
    , m_message(new QLabel(this))
    , m_model(new DestinationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(QStringLiteral("destinationsTable"), this))
    , m_events(new OutboxEventModel(this))
    , m_details(new DestinationDetailsPane(m_events, this))
    , m_splitter(new DetailsSplitter(QStringLiteral("integrationsSplitter"), splitterKey, this))
    , m_read(context.reader(), this, [this](QList<Destination> destinations) { present(std::move(destinations)); })
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_header->setObjectName(QStringLiteral("integrationsHeader"));
    buildActions();
    m_addButton->setObjectName(QStringLiteral("addDestinationButton"));
    m_addButton->setIcon(m_add->icon());
    m_addButton->setText(m_add->text());
    connect(m_addButton, &QPushButton::clicked, m_add, &QAction::trigger);
    m_header->addAction(m_addButton);

    m_readOnly->setObjectName(QStringLiteral("integrationsReadOnly"));
    m_readOnly->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("integrationsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("integrationsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_edit, m_remove, m_pause, m_resume});
    toolbar->addSeparator();
    // Failed and parked at a click; either alone from its menu.
    auto *sendAgain = new QToolButton(toolbar);
    sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    sendAgain->setDefaultAction(m_sendAgain);
    sendAgain->setMenu(m_sendAgainMenu);
    sendAgain->setPopupMode(QToolButton::MenuButtonPopup);
    sendAgain->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(sendAgain);
    toolbar->addActions({m_tryNow, m_replay});

    m_events->setSource(context.reader());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DestinationTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!QSettings().contains(QStringLiteral("tables/destinationsTable/header")))
        m_table->sortByColumn(DestinationTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(
        {m_edit, m_remove, m_pause, m_resume, m_sendAgain, m_sendFailed, m_sendParked, m_tryNow, m_replay});

    // Few destinations, many events: the table above, the selected one's events below.
    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->setPanes(m_table, m_details, 200, 400);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_readOnly);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IntegrationsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntegrationsPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IntegrationsPage::showSelected);
    // Punches from the server queue events; a destination is a setting. The outbox's own table
    // is unknown to ConsoleContext::areasOf, so the commits of the deliverer and of other PCs
    // arrive as a change of everything, settings included: the badge follows while the page is
    // hidden. Corrections and changes of employees made here show at the next tick.
    connect(&context, &ConsoleContext::punchesChanged, this, &IntegrationsPage::reload);
    connect(&context, &ConsoleContext::settingsChanged, this, &IntegrationsPage::reload);
    connect(&context, &ConsoleContext::actorChanged, this, &IntegrationsPage::updateActions);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &IntegrationsPage::reload);
    updateActions();
    reload();
}

IntegrationsPage::~IntegrationsPage() = default;

QAction *IntegrationsPage::makeAction(const char *name, const char *icon, const QString &text,
                                      const std::function<IntegrationActions::Result(const Destination &)> &act)
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, act] {
        // A copy: the change's notices reload the model under it.
        if (const Destination *selected = selectedDestination())
            report(act(Destination(*selected)));
    });
    QWidget::addAction(action);
    return action;
}

void IntegrationsPage::buildActions()
{
    m_add = new QAction(themedIcon("list-add"), tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addDestination"));
    connect(m_add, &QAction::triggered, this, [this] { report(m_actions.add()); });
    m_edit = makeAction("editDestination", "document-edit", tr("&Edit…"),
                        [this](const Destination &destination) { return m_actions.edit(destination.row.id); });
    m_remove = makeAction("removeDestination", "edit-delete", tr("&Remove"),
                          [this](const Destination &destination) { return m_actions.remove(destination); });
    m_remove->setShortcut(QKeySequence::Delete);
    m_pause = makeAction("pauseDestination", "state-pause", tr("&Pause"),
                         [this](const Destination &destination) { return m_actions.pause(destination); });
    m_resume = makeAction("resumeDestination", "media-playback-start", tr("Res&ume"),
                          [this](const Destination &destination) { return m_actions.resume(destination); });
    const auto sendAgain = [this](const char *name, const QString &text, const QList<OutboxStatus> &statuses) {
        return makeAction(name, "view-refresh", text, [this, statuses](const Destination &destination) {
            return m_actions.sendAgain(destination, statuses);
        });
    };
    m_sendAgain = sendAgain("sendAgain", tr("&Send again"), {OutboxStatus::Failed, OutboxStatus::Parked});
    m_sendFailed = sendAgain("sendFailedAgain", tr("Send the &failed ones again"), {OutboxStatus::Failed});
    m_sendParked = sendAgain("sendParkedAgain", tr("Send the &parked ones again"), {OutboxStatus::Parked});
    m_sendAgainMenu = new QMenu(this);
    m_sendAgainMenu->setObjectName(QStringLiteral("sendAgainMenu"));
    m_sendAgainMenu->addActions({m_sendFailed, m_sendParked});
    m_tryNow = makeAction("tryDestinationNow", "state-sync", tr("&Try now"),
                          [this](const Destination &destination) { return m_actions.tryNow(destination); });
    m_replay = makeAction("replayDestination", "view-calendar-timeline", tr("Replay &from…"),
                          [this](const Destination &destination) { return m_actions.replay(destination); });
}

void IntegrationsPage::updateActions()
{
    const Destination *selected = selectedDestination();
    const bool mayChange = context().allows(services::Permission::ChangeSettings);
    const QString denied =
        mayChange ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::ChangeSettings);
    m_readOnly->setText(denied);
    m_readOnly->setVisible(!mayChange);
    m_add->setEnabled(mayChange);
    m_addButton->setEnabled(mayChange);
    m_addButton->setToolTip(mayChange ? tr("Send punches to a webhook, to Frappe HR · ERPNext or to Odoo") : denied);
    const bool paused = selected && !selected->row.enabled;
    const qint64 failed = selected ? selected->backlog.failed : 0;
    const qint64 parked = selected ? selected->backlog.parked : 0;
    const bool waiting = selected && selected->row.enabled && selected->row.failures > 0;
    const auto allow = [&](QAction *action, bool possible, const QString &why, const QString &what) {
        action->setEnabled(mayChange && selected && possible);
        action->setToolTip(!mayChange ? denied : !selected ? tr("Select a destination first.") : possible ? what : why);
    };
    allow(m_edit, true, {}, tr("Change its address, secret, what it receives and how"));
    allow(m_remove, true, {}, tr("Remove it and the events queued for it"));
    allow(m_pause, true, {}, tr("Queue its events without sending them, until it is resumed"));
    allow(m_resume, true, {}, tr("Send its events again as they are queued"));
    m_pause->setVisible(!paused);
    m_resume->setVisible(paused);
    allow(m_sendAgain, failed + parked > 0, tr("Nothing failed or is parked."),
          tr("Set its failed and parked events pending again, and send them at once"));
    allow(m_sendFailed, failed > 0, tr("Nothing failed."), tr("Set its failed events pending again"));
    allow(m_sendParked, parked > 0, tr("Nothing is parked."),
          tr("Set its parked events pending again, once the other system knows the employees"));
    allow(m_tryNow, waiting, tr("It is not waiting after failures."),
          tr("End the wait after failures: it is tried again at once"));
    allow(m_replay, true, {}, tr("Queue again everything it receives from a day on, delivered or not"));
}

void IntegrationsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reload();
    m_tick.start();
}

void IntegrationsPage::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    Page::hideEvent(event);
}

void IntegrationsPage::reload()
{
    m_read.request(&IntegrationsPage::read);
    // The events are read again when the page shows.
    if (isVisible())
        m_events->refresh();
}

QList<Destination> IntegrationsPage::read(const QSqlDatabase &db)
{
    QList<Destination> destinations;
    const storage::OutboxRepository outbox(db);
    for (storage::DestinationRow &row : storage::DestinationRepository(db).list()) {
        const storage::OutboxBacklog backlog = outbox.backlog(row.id);
        destinations.append({std::move(row), backlog});
    }
    return destinations;
}

void IntegrationsPage::present(QList<Destination> destinations)
{
    qint64 pending = 0;
    qint64 undeliverable = 0;
    for (const Destination &destination : std::as_const(destinations)) {
        pending += destination.backlog.pending;
        undeliverable += destination.backlog.failed + destination.backlog.parked;
    }
    const int count = int(destinations.size());
    // Updated in place: the selection and the scroll position stay.
    m_model->setDestinations(std::move(destinations));
    setBadge(int(std::min<qint64>(undeliverable, std::numeric_limits<int>::max())));
    if (count == 0) {
        m_header->setSummary(tr("No destination yet. Add one to send punches, as they arrive, to a webhook, to "
                                "Frappe HR · ERPNext or to Odoo."));
    } else {
        //: %1 the destinations, %2 the events waiting, %3 those failed or parked
        m_header->setSummary(tr("%1 · %2 · %3")
                                 .arg(tr("%n destination(s)", nullptr, count),
                                      tr("%n event(s) waiting", nullptr,
                                         int(std::min<qint64>(pending, std::numeric_limits<int>::max()))),
                                      tr("%n failed or parked", nullptr, badge())));
    }
    if (m_toSelect != 0 && selectDestination(m_toSelect))
        m_toSelect = 0;
    if (count > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, DestinationTableModel::NameColumn));
    updateActions();
}

const Destination *IntegrationsPage::selectedDestination() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->destinationAt(m_proxy->mapToSource(current).row()) : nullptr;
}

bool IntegrationsPage::selectDestination(qint64 destinationId)
{
    const int row = m_model->rowOf(destinationId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DestinationTableModel::NameColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void IntegrationsPage::showSelected()
{
    m_details->setDestination(selectedDestination());
    updateActions();
}

void IntegrationsPage::report(const IntegrationActions::Result &result)
{
    if (result.cancelled)
        return;
    const bool failed = !result.failure.isEmpty();
    m_message->setProperty("role", failed ? QStringLiteral("fieldError") : QString());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(failed ? result.failure : result.done);
    m_message->show();
    m_toSelect = result.destinationId;
    reload();
}

} // namespace punchclock::ui
