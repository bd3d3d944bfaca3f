#pragma once

#include <QDate>
#include <QDateTime>
#include <QTableWidget>

namespace punchclock::ui {

// A rule's versions through time, oldest first: from when each applied, what it said and who
// set it. The one in force on the site's today is bold.
class RuleHistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { From, What, ChangedBy, ColumnCount };

    struct Entry
    {
        QDate from; // invalid: from the start
        QString what;
        QString details; // the whole rule, for the tooltip
        QString changedBy;
        QDateTime changedAt; // UTC; invalid when not known
    };

    // `whatHeader` names the middle column ("Times", "Week").
    RuleHistoryTable(const QString &whatHeader, QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries, QDate today);
};

} // namespace punchclock::ui
