#pragma once

#include <QWidget>

namespace punchclock::ui {

class ConsoleContext;

// One area of the main window (Dashboard, Terminals, …). Each page keeps itself current from
// the context's change signals; the main window shows its badge in the navigation list.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(ConsoleContext &context, QWidget *parent = nullptr);

    ConsoleContext &context() const { return m_context; }
    // What needs the operator's attention here (pending terminals, failed jobs); 0 shows none.
    int badge() const { return m_badge; }

    // F5: read everything again now.
    virtual void reload() = 0;

Q_SIGNALS:
    void badgeChanged(int count);

protected:
    void setBadge(int count);

private:
    ConsoleContext &m_context;
    int m_badge = 0;
};

} // namespace punchclock::ui
