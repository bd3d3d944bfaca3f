#pragma once

#include "outboxrepository.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::integrations {

// One queued event with what it is about, read when it is sent: a punch, a correction or the
// audit record of a change of an employee.
struct DeliveryItem
{
    storage::OutboxRow row;
    bool found = false; // false: the subject is gone (erased with its employee)
    QJsonObject event;  // the event as a webhook receives it (docs/integrations.md)
    // What a check-in needs: the employee, the terminal, the site's wall-clock time
    // ("YYYY-MM-DD hh:mm:ss") and "in", "out" or "".
    QString userId;
    QString devId;
    QString wallTime;
    QString direction;
    QString correctionKind;   // "add", "void", "move", "revoke" for a correction
    QString previousWallTime; // a void or a move: the punch's time before it
};

// Reads the subjects of `rows` (one query per kind of event), in the order of `rows`; nullopt
// when the database could not be read.
std::optional<QList<DeliveryItem>> loadDeliveryItems(const QSqlDatabase &db, const QList<storage::OutboxRow> &rows);

} // namespace punchclock::integrations
