#pragma once

#include "auditrepository.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace punchclock::ui {

// The Audit page's filters: a date range with presets (the last 30 days by default), who
// (everyone the trail names), what (a kind of change), and an object (a kind and an id).
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Today, Last7Days, Last30Days, ThisYear, AllTime, Custom };
    Q_ENUM(Range)

    explicit AuditFilterBar(QWidget *parent = nullptr);

    storage::AuditFilter filter() const;

    void setRange(Range range);
    void setCustomRange(QDate from, QDate to);
    void setActors(const QStringList &actors);
    void setActor(const QString &actor);
    void setCategory(const QString &prefix);
    void setObject(const QString &kind, const QString &id);
    // `today` stands in for the current date (tests).
    void setToday(QDate today);

Q_SIGNALS:
    void filterChanged();

private:
    void rangeChosen();
    void changed();

    QDate m_today;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_actor;
    QComboBox *m_category;
    QComboBox *m_objectKind;
    QLineEdit *m_objectId;
    QTimer *m_typing;
    bool m_quiet = false;
};

} // namespace punchclock::ui
