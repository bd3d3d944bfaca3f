#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace punchclock::ui {

// What an operation on several employees came to, one line each: who, and done or why not.
// Nobody selected is left out, so a refusal (another department's employee, a closed period)
// is seen where it happened.
class UserBulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    struct Line
    {
        QString who; // "Alice (7)"
        bool ok = false;
        QString text; // what was done, or why not
    };

    UserBulkResultDialog(const QString &title, const QList<Line> &lines, QWidget *parent = nullptr);

    // "3 done, 1 not": the page's status line says it too.
    static QString summary(const QList<Line> &lines);
};

} // namespace punchclock::ui
