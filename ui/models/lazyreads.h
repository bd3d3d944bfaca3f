#pragma once

#include "consolereader.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <algorithm>
#include <functional>

namespace punchclock::ui {

// The reads of a table model that reads lazily: its first page, the next page as a view
// scrolls, what changed since its last read. Through the console's reader they run off the GUI
// thread on PostgreSQL; given a database (tests), at once on this thread, where every
// step has its result before the call that queued it returns, as when the models read directly.
//
// A model's reads build on each other (the next page continues after the last row, a refresh
// reads from the last one's cursor), so they run one at a time, in order: a step reads what it
// needs from the model when it starts, after every earlier result was applied. A reset (a new
// filter) discards the steps waiting and the results on their way: rows read for the old
// filter would be wrong for the new one.
class LazyReads
{
public:
    explicit LazyReads(QObject *model)
        : m_model(model)
    {}

    // Where to read; what was asked of the old source is discarded.
    void setSource(ConsoleReader &reader)
    {
        discard();
        m_reader = &reader;
        m_db = QSqlDatabase();
    }
    void setSource(QSqlDatabase db)
    {
        discard();
        m_reader = nullptr;
        m_db = std::move(db);
    }
    bool hasSource() const { return m_reader || m_db.isValid(); }

    // The model was reset: the steps waiting and the result on its way are forgotten. Those
    // queued with a `dropped` callback hear of it once the reset is over.
    void discard()
    {
        ++m_generation;
        QList<std::function<void()>> dropped;
        for (const Step &step : std::as_const(m_steps)) {
            if (step.dropped)
                dropped << step.dropped;
        }
        if (m_reading && m_readingDropped)
            dropped.prepend(m_readingDropped);
        m_steps.clear();
        m_reading = false;
        m_readKind = Kind::Other;
        m_readingDropped = nullptr;
        if (!dropped.isEmpty())
            QMetaObject::invokeMethod(
                m_model,
                [dropped] {
                    for (const std::function<void()> &tell : dropped)
                        tell();
                },
                Qt::QueuedConnection);
    }

    // A step makes at most one read(); the next starts once that read's result is applied.
    // `dropped`, when given, runs instead should a reset discard the step or its read.
    void queue(std::function<void()> step, std::function<void()> dropped = nullptr)
    {
        m_steps.append({Kind::Other, std::move(step), std::move(dropped)});
        runSteps();
    }
    // What changed since the model's last read: queued once while it waits, since it reads from
    // the model's cursor as it stands when it starts (a flood of change notices costs one read).
    void refresh(std::function<void()> step)
    {
        if (!waiting(Kind::Refresh))
            enqueue(Kind::Refresh, std::move(step));
    }
    // The next page: queued once until its result is applied (canFetchMore is false meanwhile).
    void fetch(std::function<void()> step)
    {
        if (!fetching())
            enqueue(Kind::Fetch, std::move(step));
    }
    bool fetching() const { return waiting(Kind::Fetch) || (m_reading && m_readKind == Kind::Fetch); }

    // For a step: `work` where the source reads (touching nothing of the model: it may run on
    // another thread), then `apply` with its result here, unless discard() came in between.
    template <typename Result>
    void read(std::function<Result(const QSqlDatabase &)> work, std::function<void(Result)> apply)
    {
        m_reading = true;
        m_readKind = m_stepKind;
        m_readingDropped = m_stepDropped;
        std::function<void(Result)> deliver = [this, generation = m_generation,
                                               apply = std::move(apply)](Result result) {
            if (generation != m_generation)
                return;
            m_reading = false;
            m_readKind = Kind::Other;
            m_readingDropped = nullptr;
            apply(std::move(result));
            runSteps();
        };
        if (m_reader)
            m_reader->read<Result>(m_model, std::move(work), std::move(deliver));
        else
            deliver(work(m_db));
    }

private:
    enum class Kind { Other, Refresh, Fetch };
    struct Step
    {
        Kind kind;
        std::function<void()> run;
        std::function<void()> dropped;
    };

    bool waiting(Kind kind) const
    {
        return std::any_of(m_steps.cbegin(), m_steps.cend(), [kind](const Step &step) { return step.kind == kind; });
    }

    void enqueue(Kind kind, std::function<void()> run)
    {
        m_steps.append({kind, std::move(run), nullptr});
        runSteps();
    }

    void runSteps()
    {
        // A result applied at once runs inside a step: the loop below takes the next step then.
        if (m_inSteps)
            return;
        m_inSteps = true;
        while (!m_reading && !m_steps.isEmpty()) {
            const Step step = m_steps.takeFirst();
            m_stepKind = step.kind;
            m_stepDropped = step.dropped;
            step.run();
            m_stepKind = Kind::Other;
            m_stepDropped = nullptr;
        }
        m_inSteps = false;
    }

    QObject *m_model;
    ConsoleReader *m_reader = nullptr;
    QSqlDatabase m_db;
    QList<Step> m_steps;
    quint64 m_generation = 0; // results of an older one are discarded
    bool m_reading = false;   // a step's read is on its way
    Kind m_stepKind = Kind::Other;
    Kind m_readKind = Kind::Other;
    std::function<void()> m_stepDropped;    // of the step running now
    std::function<void()> m_readingDropped; // of the step whose read is on its way
    bool m_inSteps = false;
};

} // namespace punchclock::ui
