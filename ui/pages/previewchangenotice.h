#pragma once

#include "reportchanges.h"
#include "reportrequest.h"

#include <QCoreApplication>

class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// The Reports page's line "3 new punches for the period shown since this preview. Preview
// again". Terminals deliver all day long: the line appears only when something the preview
// would have used came in (punches or corrections of its days and people, a change of the
// rules), says what, and waits for the operator to preview again; it never refreshes by itself.
class PreviewChangeNotice
{
    Q_DECLARE_TR_FUNCTIONS(PreviewChangeNotice)

public:
    PreviewChangeNotice(ConsoleContext &context, QLabel *label);

    // A preview of `request` is being calculated: what arrives from now on is news to it.
    void previewStarted(const engine::reports::ReportRequest &request);
    // That preview is shown.
    void previewShown();
    // No preview is shown any more.
    void clear();
    // Looks again after a change in the store. True when the preview is out of date.
    bool check();

private:
    void show();

    ConsoleContext &m_context;
    QLabel *m_label;
    storage::ReportScope m_startedScope;
    storage::ReportChanges::Mark m_startedMark;
    storage::ReportScope m_scope;
    storage::ReportChanges::Mark m_mark;
    bool m_active = false;
    int m_punches = 0;
    int m_corrections = 0;
    bool m_rules = false;
};

} // namespace punchclock::ui
