#pragma once

#include "consolereader.h"
#include "reportchanges.h"
#include "reportrequest.h"

#include <QCoreApplication>

#include <functional>

class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// The Reports page's line "3 new punches for the period shown since this preview. Preview
// again". Terminals deliver all day long: the line appears only when something the preview
// would have used came in (punches or corrections of its days and people, a change of the
// rules), says what, and waits for the operator to preview again; it never refreshes by itself.
// It looks on the console's reader, never on the GUI thread.
class PreviewChangeNotice
{
    Q_DECLARE_TR_FUNCTIONS(PreviewChangeNotice)

public:
    // `outOfDate` is called each time a look finds the preview out of date.
    PreviewChangeNotice(ConsoleContext &context, QLabel *label, std::function<void()> outOfDate);

    // A preview of `request` is being calculated.
    void previewStarted(const engine::reports::ReportRequest &request);
    // That preview is shown; `mark` is where the store stood before its calculation read it:
    // what arrived after counts as news.
    void previewShown(const storage::ReportChanges::Mark &mark);
    // No preview is shown any more.
    void clear();
    // Looks again after a change in the store.
    void check();

private:
    // What a look found, for the preview shown when it was asked for.
    struct Found
    {
        int punches = 0;
        int corrections = 0;
        bool rules = false;
        quint64 preview = 0; // m_preview when asked for
    };
    void showFound(const Found &found);

    QLabel *m_label;
    std::function<void()> m_outOfDate;
    storage::ReportScope m_startedScope;
    storage::ReportScope m_scope;
    storage::ReportChanges::Mark m_mark;
    bool m_active = false;
    quint64 m_preview = 0; // counts the previews shown and cleared: a look for an older one is dropped
    RepeatedRead<Found> m_read;
};

} // namespace punchclock::ui
