#pragma once

#include "consolereader.h"

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
    // What a refresh reads, on the console's reader.
    struct Snapshot
    {
        bool anyUser = false;
        QStringList approvedTerminals; // dev_ids
    };
    static Snapshot read(const QSqlDatabase &db);
    void refresh();
    void present(const Snapshot &snapshot);
    void download();

    ConsoleContext &m_context;
    QStringList m_approvedTerminals; // as last read
    RepeatedRead<Snapshot> m_read;
};

} // namespace punchclock::ui
