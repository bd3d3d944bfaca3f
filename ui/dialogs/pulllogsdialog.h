#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace punchclock::ui {

class ProblemLabel;

// Which logs to fetch from a terminal (GET_LOG_DATA): presets for the usual cases, or any
// range of days.
class PullLogsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Preset {
        SinceLastPull,
        Today,
        Yesterday,
        ThisMonth,
        LastMonth,
        Everything,
        Custom,
    };

    // `today` is the site's date.
    explicit PullLogsDialog(const QString &terminalTitle, const QDate &today, QWidget *parent = nullptr);

    void setPreset(Preset preset);
    void setRange(const QDate &from, const QDate &to);
    Preset preset() const;
    // Inclusive days; both invalid for SinceLastPull and Everything.
    QDate from() const;
    QDate to() const;

private:
    void applyPreset();
    void validate();

    QDate m_today;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QFormLayout *m_form;
    ProblemLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock::ui
