#pragma once

#include <QPushButton>

namespace punchclock::ui {

class ConsoleContext;

// "Download users from terminals…" for the Users page while it has no users: the roster of every
// approved terminal in one go (RosterDownloadDialog). Shown only while the store holds no user;
// disabled, saying why, without an approved terminal or the right to manage users.
class RosterDownloadButton : public QPushButton
{
    Q_OBJECT

public:
    explicit RosterDownloadButton(ConsoleContext &context, QWidget *parent = nullptr);

private:
    void refresh();
    QStringList approvedTerminals() const;
    void download();

    ConsoleContext &m_context;
};

} // namespace punchclock::ui
