#pragma once

#include "datepresetpicker.h"
#include "punchbrowser.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace punchclock::ui {

// The Punches page's filters (ui-guide): a date range with presets (today by default), user
// (name or id, with completion), terminal, verify method, direction and "flagged only"; the
// active ones repeated as chips that clear themselves when clicked.
class PunchFilterBar : public QWidget
{
    Q_OBJECT

public:
    using Range = DatePresetPicker::Preset;

    struct Person
    {
        QString id;
        QString name;
    };

    explicit PunchFilterBar(QWidget *parent = nullptr);

    // The filter as the widgets show it (order: newest first).
    storage::PunchQuery query() const;

    void setRange(Range range);
    void setCustomRange(QDate from, QDate to);
    void setUsers(const QList<Person> &users);
    void setTerminals(const QList<Person> &terminals);
    // `today` stands in for the current date (tests).
    void setToday(QDate today);

Q_SIGNALS:
    void queryChanged();

private:
    QWidget *labelled(const QString &label, QWidget *field);
    void changed();
    void rebuildChips();
    void addChip(const QString &name, const QString &text, const std::function<void()> &clear);
    QStringList userIdsFor(const QString &text) const;

    DatePresetPicker *m_dates;
    QLineEdit *m_user;
    QStringListModel *m_userChoices;
    QTimer *m_userTyping;
    QComboBox *m_terminal;
    QComboBox *m_verify;
    QComboBox *m_direction;
    QCheckBox *m_flagged;
    QHBoxLayout *m_chips;
    QList<Person> m_users;
    bool m_quiet = false;
};

} // namespace punchclock::ui
