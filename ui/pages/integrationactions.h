#pragma once

#include "destinationtablemodel.h"

#include "outboxrepository.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QSqlDatabase;
class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// What the Integrations page does to a destination, as the command line's `integrations`
// does it and in its words: asks what it needs (dialogs parented to the page), changes it
// through services::IntegrationAdmin on the console's reader, as the signed-in operator, and
// says what happened.
class IntegrationActions
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationActions)

public:
    struct Result
    {
        bool cancelled = false;   // the operator changed their mind: nothing to report
        QString done;             // what was changed
        QString failure;          // why nothing was
        qint64 destinationId = 0; // one just added
    };
    using Destination = DestinationTableModel::Destination;

    IntegrationActions(ConsoleContext &context, QWidget *dialogParent);

    Result add();
    Result edit(qint64 destinationId);
    // Asks first, saying how many events go with it.
    Result remove(const Destination &destination);
    Result pause(const Destination &destination) { return setEnabled(destination, false); }
    Result resume(const Destination &destination) { return setEnabled(destination, true); }
    // Its events of these statuses pending again, and the wait after failures ended.
    Result sendAgain(const Destination &destination, const QList<storage::OutboxStatus> &statuses);
    // The wait after failures ended: the deliverer tries at its next round.
    Result tryNow(const Destination &destination);
    // Everything it receives from a day the operator picks, queued again.
    Result replay(const Destination &destination);

private:
    Result setEnabled(const Destination &destination, bool enabled);
    // `work` on the reader, as the operator; `done` says what happened when it succeeded.
    Result change(const Destination &destination,
                  const std::function<services::Outcome(const QSqlDatabase &, const services::Actor &)> &work,
                  const std::function<QString(const services::Outcome &)> &done);

    ConsoleContext &m_context;
    QWidget *m_parent;
};

} // namespace punchclock::ui
