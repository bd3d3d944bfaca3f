#pragma once

#include <QFrame>

class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// A strip above the pages while the console cannot read its database. A page that fails to read
// shows an empty table, which looks like "no terminals" or "no punches"; this says otherwise,
// keeps the driver's words, and offers to try again (the console also retries every 2 s).
class DatabaseErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DatabaseErrorBanner(ConsoleContext &context, QWidget *parent = nullptr);

private:
    void showError(const QString &message);

    QLabel *m_text;
};

} // namespace punchclock::ui
