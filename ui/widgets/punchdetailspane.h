#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace punchclock::ui {

// The selected punch in words: who, where, when (the terminal's clock), how, why it is
// flagged, and the photo the terminal took, if it sent one.
class PunchDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit PunchDetailsPane(QSqlDatabase db, QWidget *parent = nullptr);

    // 0 clears the pane.
    void showPunch(qint64 punchId);
    qint64 punchId() const { return m_punchId; }

private:
    QLabel *value(const char *objectName);

    QSqlDatabase m_db;
    qint64 m_punchId = 0;
    QLabel *m_empty;
    QWidget *m_fields;
    QLabel *m_time;
    QLabel *m_user;
    QLabel *m_terminal;
    QLabel *m_direction;
    QLabel *m_verify;
    QLabel *m_source;
    QLabel *m_received;
    QLabel *m_flags;
    QLabel *m_photo;
};

} // namespace punchclock::ui
