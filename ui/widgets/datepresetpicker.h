#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace punchclock::ui {

// "Date: [preset ▾]" with the two date fields shown only for a custom range: the date filter
// of the Punches and Audit pages. The presets are counted back from `today`, which tests set.
class DatePresetPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Today, Yesterday, Last7Days, Last30Days, ThisWeek, ThisMonth, LastMonth, ThisYear, AllTime, Custom };
    Q_ENUM(Preset)

    // `name` prefixes the object names: <name>DateRange, <name>DateFrom, <name>DateTo.
    DatePresetPicker(const QString &name, const QList<Preset> &presets, Preset initial, QWidget *parent = nullptr);

    Preset preset() const;
    // Both null for "All time".
    QDate from() const;
    QDate to() const;

    void setPreset(Preset preset);
    void setCustomRange(QDate from, QDate to);
    void setToday(QDate today);

    static QString presetName(Preset preset);

Q_SIGNALS:
    void rangeChanged();

private:
    void presetChosen();
    void dateEdited();

    QDate m_today;
    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_quiet = false;
};

} // namespace punchclock::ui
