#pragma once

#include "modaldialogs.h"

#include <QMessageBox>
#include <QString>

namespace punchclock::test {

// What the next message box said, kept once it was closed.
struct MessageSeen
{
    bool seen = false;
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
};

// Closes the next message box once it shows, keeping what it said in *seen, which must outlive it.
inline void closeNextMessage(MessageSeen *seen)
{
    *seen = MessageSeen();
    whenModalShows<QMessageBox>([seen](QMessageBox *box) {
        seen->seen = true;
        seen->text = box->text();
        seen->icon = box->icon();
        box->accept();
    });
}

} // namespace punchclock::test
