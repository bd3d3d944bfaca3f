#pragma once

#include "auditrepository.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace punchclock::ui {

// One audit record in full: when, who and from where, what and to which object, each value
// before and after, and the record's place in the hash chain.
class AuditDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailsPane(QWidget *parent = nullptr);

    // Null shows the "select a record" hint.
    void showEntry(const storage::AuditEntry *entry);

private:
    QLabel *value(const char *objectName);

    QLabel *m_empty;
    QWidget *m_fields;
    QLabel *m_action;
    QLabel *m_time;
    QLabel *m_actor;
    QLabel *m_origin;
    QLabel *m_object;
    QTableWidget *m_values;
    QLabel *m_chain;
};

} // namespace punchclock::ui
