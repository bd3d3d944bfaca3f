#pragma once

#include "consoletestbed.h"
#include "widgetlookup.h"

#include "settingspage.h"

#include <QApplication>
#include <QSpinBox>
#include <QString>
#include <QTest>

#include <memory>

namespace punchclock::test {

// The Settings page over a temporary database without a terminal server, shown and active, as
// the tests of its sections start from. `readsOnReaderThread`: the page reads as on PostgreSQL,
// on the console's reader thread; bed().waitForReads() waits for what it asked.
class SettingsPageFixture
{
public:
    // False with *error set when the database or the window could not be set up.
    bool open(QString *error, bool readsOnReaderThread = false)
    {
        m_bed = std::make_unique<ConsoleTestbed>();
        ConsoleTestbed::Options options;
        options.startServer = false;
        if (!m_bed->open(options, error))
            return false;
        m_bed->createContext(readsOnReaderThread);
        m_page = std::make_unique<ui::SettingsPage>(m_bed->context());
        m_page->resize(1000, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        if (!QTest::qWaitForWindowActive(m_page.get())) {
            *error = QStringLiteral("the Settings page did not become the active window");
            return false;
        }
        return true;
    }

    void close()
    {
        m_page.reset();
        m_bed.reset();
    }

    ConsoleTestbed &bed() const { return *m_bed; }
    ui::SettingsPage &page() const { return *m_page; }

    template <typename T>
    T *widget(const char *objectName) const
    {
        return findWidget<T>(m_page.get(), objectName);
    }

    // What the operator does in a spin box: types a number, then leaves the field.
    void enter(const char *spinBox, int value) const
    {
        auto *field = widget<QSpinBox>(spinBox);
        field->setValue(value);
        Q_EMIT field->editingFinished();
    }

private:
    std::unique_ptr<ConsoleTestbed> m_bed;
    std::unique_ptr<ui::SettingsPage> m_page;
};

} // namespace punchclock::test
