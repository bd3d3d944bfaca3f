#include "previewchangenotice.h"

#include "consolecontext.h"

#include <QLabel>
#include <QLocale>

namespace punchclock::ui {

PreviewChangeNotice::PreviewChangeNotice(ConsoleContext &context, QLabel *label)
    : m_context(context)
    , m_label(label)
{
    m_label->hide();
}

void PreviewChangeNotice::previewStarted(const engine::reports::ReportRequest &request)
{
    // Taken before the calculation reads the store: what arrives meanwhile counts as news.
    m_startedScope = {request.from, request.to, request.userId, request.departmentId, request.departmentScope};
    m_startedMark = storage::ReportChanges(m_context.database()).mark();
}

void PreviewChangeNotice::previewShown()
{
    m_scope = m_startedScope;
    m_mark = m_startedMark;
    m_active = true;
    m_punches = 0;
    m_corrections = 0;
    m_rules = false;
    m_label->hide();
}

void PreviewChangeNotice::clear()
{
    m_active = false;
    m_label->hide();
}

bool PreviewChangeNotice::check()
{
    if (!m_active)
        return false;
    const storage::ReportChanges changes(m_context.database());
    m_punches = changes.newPunches(m_scope, m_mark);
    m_corrections = changes.newCorrections(m_scope, m_mark);
    m_rules = changes.ruleChanges(m_mark) > 0;
    const bool changed = m_punches > 0 || m_corrections > 0 || m_rules;
    if (changed)
        show();
    return changed;
}

void PreviewChangeNotice::show()
{
    QStringList parts;
    if (m_punches > 0)
        parts << tr("%n new punches", nullptr, m_punches);
    if (m_corrections > 0)
        parts << tr("%n corrections", nullptr, m_corrections);
    QStringList sentences;
    if (!parts.isEmpty())
        sentences << tr("%1 for the period shown since this preview.").arg(QLocale().createSeparatedList(parts));
    if (m_rules)
        sentences << tr("The rules, schedules or calendar changed since this preview.");
    m_label->setText(sentences.join(QLatin1Char(' ')) +
                     QStringLiteral(" <a href=\"#preview\">%1</a>").arg(tr("Preview again")));
    m_label->show();
}

} // namespace punchclock::ui
