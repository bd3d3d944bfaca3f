#pragma once

#include "auditrepository.h"
#include "datepresetpicker.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace punchclock::ui {

// The Audit page's filters: a date range with presets (the last 30 days by default), who
// (everyone the trail names), what (a kind of change), and an object (a kind and an id).
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    using Range = DatePresetPicker::Preset;

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
    void changed();

    DatePresetPicker *m_dates;
    QComboBox *m_actor;
    QComboBox *m_category;
    QComboBox *m_objectKind;
    QLineEdit *m_objectId;
    QTimer *m_typing;
    bool m_quiet = false;
};

} // namespace punchclock::ui
