#pragma once

#include "consolereader.h"

#include <QSemaphore>
#include <QSqlDatabase>

#include <memory>

namespace punchclock::test {

// What the tests of pages reading on the console's reader thread use to tell where a read ran
// and to put reads in a chosen order. For a context whose reads run on the reader's thread.

// The GUI thread's connection closed for the life of the object: a read there fails and finds
// nothing, so what a page shows meanwhile was read on the reader's own connection.
class GuiConnectionClosed
{
public:
    explicit GuiConnectionClosed(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_db.close();
    }
    ~GuiConnectionClosed() { m_db.open(); }
    GuiConnectionClosed(const GuiConnectionClosed &) = delete;
    GuiConnectionClosed &operator=(const GuiConnectionClosed &) = delete;

private:
    QSqlDatabase m_db;
};

// Keeps the reader's thread busy until release() or the end of the object's life: the reads
// asked meanwhile wait behind it.
class ReaderHold
{
public:
    ReaderHold(ui::ConsoleReader &reader, QObject *receiver)
    {
        reader.read<int>(
            receiver,
            [gate = m_gate](const QSqlDatabase &) {
                gate->acquire();
                return 0;
            },
            [](int) {});
    }
    ~ReaderHold() { release(); }
    ReaderHold(const ReaderHold &) = delete;
    ReaderHold &operator=(const ReaderHold &) = delete;

    void release()
    {
        if (!m_released)
            m_gate->release();
        m_released = true;
    }

private:
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
    bool m_released = false;
};

// Blocks the GUI thread until the reader's thread has done every read asked so far. Their
// results are not shown yet: they wait as events for the GUI thread.
inline bool readsDoneButNotShown(ui::ConsoleReader &reader, QObject *receiver)
{
    auto done = std::make_shared<QSemaphore>();
    reader.read<int>(
        receiver,
        [done](const QSqlDatabase &) {
            done->release();
            return 0;
        },
        [](int) {});
    return done->tryAcquire(1, 10000);
}

} // namespace punchclock::test
