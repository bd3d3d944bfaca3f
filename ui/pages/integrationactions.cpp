#include "integrationactions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "destinationdialog.h"
#include "integrationtext.h"
#include "replayfromdialog.h"

#include "integrationadmin.h"

#include "destinationrepository.h"

#include <QLocale>
#include <QMessageBox>

#include <algorithm>

#include <limits>

namespace punchclock::ui {

namespace {

using services::Actor;
using services::IntegrationAdmin;
using services::Outcome;

int count(const Outcome &outcome)
{
    return int(std::min<qint64>(outcome.id, std::numeric_limits<int>::max()));
}

} // namespace

IntegrationActions::IntegrationActions(ConsoleContext &context, QWidget *dialogParent)
    : m_context(context)
    , m_parent(dialogParent)
{}

IntegrationActions::Result IntegrationActions::add()
{
    DestinationDialog dialog(m_context, std::nullopt, m_parent);
    Result result;
    if (dialog.exec() != QDialog::Accepted) {
        result.cancelled = true;
        return result;
    }
    result.destinationId = dialog.destinationId();
    result.done = tr("Destination %1 added. Punches stored from now on are queued for it; Replay from… sends "
                     "earlier ones.")
                      .arg(dialog.name());
    return result;
}

IntegrationActions::Result IntegrationActions::edit(qint64 destinationId)
{
    // As stored now, not as the table showed it a moment ago.
    const std::optional<storage::DestinationRow> stored = m_context.reader().wait(
        [destinationId](const QSqlDatabase &db) { return storage::DestinationRepository(db).find(destinationId); });
    Result result;
    if (!stored) {
        result.failure = IntegrationText::refusal(Outcome::notFound(QString::number(destinationId)));
        return result;
    }
    DestinationDialog dialog(m_context, stored, m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        result.cancelled = true;
        return result;
    }
    result.done = tr("Destination %1 changed.").arg(dialog.name());
    return result;
}

IntegrationActions::Result IntegrationActions::remove(const Destination &destination)
{
    const storage::OutboxBacklog &backlog = destination.backlog;
    const qint64 undelivered = backlog.pending + backlog.failed + backlog.parked;
    const QString question =
        undelivered > 0 ? tr("Remove %1? Its %n event(s) not delivered yet are removed with it and never sent.",
                             nullptr, int(std::min<qint64>(undelivered, std::numeric_limits<int>::max())))
                              .arg(destination.row.name)
                        : tr("Remove %1? Its queue is removed with it.").arg(destination.row.name);
    if (QMessageBox::question(m_parent, tr("Remove destination"), question) != QMessageBox::Yes) {
        Result result;
        result.cancelled = true;
        return result;
    }
    return change(
        destination,
        [id = destination.row.id](const QSqlDatabase &db, const Actor &actor) {
            return IntegrationAdmin(db, nullptr).remove(actor, id);
        },
        [name = destination.row.name](const Outcome &) {
            return tr("Destination %1 removed with its queue.").arg(name);
        });
}

IntegrationActions::Result IntegrationActions::setEnabled(const Destination &destination, bool enabled)
{
    return change(
        destination,
        [id = destination.row.id, enabled](const QSqlDatabase &db, const Actor &actor) {
            // Everything else as stored now: a change made elsewhere meanwhile is kept.
            const std::optional<storage::DestinationRow> row = storage::DestinationRepository(db).find(id);
            if (!row)
                return Outcome::notFound(QString::number(id));
            services::DestinationSettings settings = IntegrationAdmin::settingsOf(*row);
            settings.enabled = enabled;
            return IntegrationAdmin(db, nullptr).change(actor, id, settings);
        },
        [name = destination.row.name, enabled](const Outcome &) {
            return enabled
                       ? tr("%1 delivers again.").arg(name)
                       : tr("%1 is paused: events are queued for it and none is sent until it is resumed.").arg(name);
        });
}

IntegrationActions::Result IntegrationActions::sendAgain(const Destination &destination,
                                                         const QList<storage::OutboxStatus> &statuses)
{
    return change(
        destination,
        [id = destination.row.id, statuses](const QSqlDatabase &db, const Actor &actor) {
            return IntegrationAdmin(db, nullptr).retry(actor, id, statuses);
        },
        [name = destination.row.name](const Outcome &outcome) {
            return tr("%n event(s) of %1 will be sent again, at once.", nullptr, count(outcome)).arg(name);
        });
}

IntegrationActions::Result IntegrationActions::tryNow(const Destination &destination)
{
    // A retry of no status sets nothing pending again; it only ends the wait.
    return change(
        destination,
        [id = destination.row.id](const QSqlDatabase &db, const Actor &actor) {
            return IntegrationAdmin(db, nullptr).retry(actor, id, {});
        },
        [name = destination.row.name](const Outcome &) { return tr("%1 is tried again at once.").arg(name); });
}

IntegrationActions::Result IntegrationActions::replay(const Destination &destination)
{
    ReplayFromDialog dialog(destination.row.name, QDate::currentDate(), m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        Result result;
        result.cancelled = true;
        return result;
    }
    const QDate from = dialog.from();
    return change(
        destination,
        [id = destination.row.id, from](const QSqlDatabase &db, const Actor &actor) {
            return IntegrationAdmin(db, nullptr).replay(actor, id, from);
        },
        [name = destination.row.name, from](const Outcome &outcome) {
            //: %1 the day, %2 the destination
            return tr("%n event(s) from %1 on are queued again for %2.", nullptr, count(outcome))
                .arg(QLocale().toString(from, QLocale::ShortFormat), name);
        });
}

IntegrationActions::Result
IntegrationActions::change(const Destination &destination,
                           const std::function<Outcome(const QSqlDatabase &, const Actor &)> &work,
                           const std::function<QString(const Outcome &)> &done)
{
    const Outcome outcome =
        m_context.reader().wait([&work, actor = m_context.actor()](const QSqlDatabase &db) { return work(db, actor); });
    Result result;
    if (!outcome.ok()) {
        result.failure = IntegrationText::refusal(outcome, destination.row.name);
        return result;
    }
    m_context.notifyChanged(ConsoleContext::Settings);
    result.done = done(outcome);
    return result;
}

} // namespace punchclock::ui
