#pragma once

#include "consolereader.h"
#include "punchbrowser.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace punchclock::ui {

// The selected punch in words: who, where, when (the terminal's clock), how, why it is
// flagged, and the photo the terminal took, if it sent one. Read on the console's reader; a
// punch selected meanwhile replaces one still on its way.
class PunchDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit PunchDetailsPane(ConsoleReader &reader, QWidget *parent = nullptr);

    // 0 clears the pane.
    void showPunch(qint64 punchId);
    // The punch shown; 0 while none is.
    qint64 punchId() const { return m_punchId; }

private:
    struct Read
    {
        qint64 punchId = 0;
        std::optional<storage::PunchDetails> details;
        QByteArray photo;
    };
    static Read read(const QSqlDatabase &db, qint64 punchId);
    void present(const Read &read);
    QLabel *value(const char *objectName);

    RepeatedRead<Read> m_read;
    qint64 m_wanted = 0; // the punch asked for last
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
