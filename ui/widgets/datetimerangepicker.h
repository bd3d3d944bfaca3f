#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QPushButton;

namespace punchclock::ui {

// A range of terminal wall times, each bound optional, with the presets operators use: Today,
// This month, Since last pull (when the terminal has been pulled before) and All.
class DateTimeRangePicker : public QWidget
{
    Q_OBJECT

public:
    explicit DateTimeRangePicker(QWidget *parent = nullptr);

    // Invalid when that bound is off.
    QDateTime begin() const;
    QDateTime end() const;
    void setRange(const QDateTime &begin, const QDateTime &end);
    // Where the last pull ended; invalid disables "Since last pull".
    void setLastPull(const QDateTime &until);
    QDateTime lastPull() const { return m_lastPull; }

    void selectToday();
    void selectThisMonth();
    void selectSinceLastPull();
    void selectAll();

Q_SIGNALS:
    void rangeChanged();

private:
    QCheckBox *m_hasBegin;
    QDateTimeEdit *m_begin;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QPushButton *m_sinceLastPull;
    QDateTime m_lastPull;
};

} // namespace punchclock::ui
