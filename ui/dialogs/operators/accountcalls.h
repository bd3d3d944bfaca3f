#pragma once

#include "consolereader.h"

#include <QSqlDatabase>

#include <utility>

namespace punchclock::ui {

// Where an account dialog's service calls run. With the console's window up, on its reader
// (ConsoleReader::wait): across a network the window keeps painting while a password is
// checked. Before the window exists (the sign-in at start, a new installation's first
// administrator) there is no window to keep painting: at once, on the connection given.
class AccountCalls
{
public:
    explicit AccountCalls(ConsoleReader &reader)
        : m_reader(&reader)
    {}
    explicit AccountCalls(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // `work` with the connection; it may use what the caller holds, but no widget.
    template <typename Work>
    auto run(Work work) const -> decltype(work(std::declval<const QSqlDatabase &>()))
    {
        return m_reader ? m_reader->wait(std::move(work)) : work(m_db);
    }

private:
    ConsoleReader *m_reader = nullptr;
    QSqlDatabase m_db;
};

} // namespace punchclock::ui
