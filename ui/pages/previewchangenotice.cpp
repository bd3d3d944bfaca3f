#include "previewchangenotice.h"

#include "consolecontext.h"

#include <QLabel>
#include <QLocale>

namespace punchclock::ui {

PreviewChangeNotice::PreviewChangeNotice(ConsoleContext &context, QLabel *label, std::function<void()> outOfDate)
    : m_label(label)
    , m_outOfDate(std::move(outOfDate))
    , m_read(context.reader(), label, [this](Found found) { showFound(found); })
{
    m_label->hide();
}

void PreviewChangeNotice::previewStarted(const engine::reports::ReportRequest &request)
{
    m_startedScope = {request.from, request.to, request.userId, request.departmentId, request.departmentScope};
}

void PreviewChangeNotice::previewShown(const storage::ReportChanges::Mark &mark)
{
    m_scope = m_startedScope;
    m_mark = mark;
    m_active = true;
    ++m_preview;
    m_label->hide();
}

void PreviewChangeNotice::clear()
{
    m_active = false;
    ++m_preview;
    m_label->hide();
}

void PreviewChangeNotice::check()
{
    if (!m_active)
        return;
    m_read.request([scope = m_scope, mark = m_mark, preview = m_preview](const QSqlDatabase &db) {
        const storage::ReportChanges changes(db);
        return Found{changes.newPunches(scope, mark), changes.newCorrections(scope, mark),
                     changes.ruleChanges(mark) > 0, preview};
    });
}

void PreviewChangeNotice::showFound(const Found &found)
{
    if (!m_active || found.preview != m_preview)
        return; // about a preview no longer shown
    if (found.punches == 0 && found.corrections == 0 && !found.rules)
        return;
    QStringList parts;
    if (found.punches > 0)
        parts << tr("%n new punches", nullptr, found.punches);
    if (found.corrections > 0)
        parts << tr("%n corrections", nullptr, found.corrections);
    QStringList sentences;
    if (!parts.isEmpty())
        sentences << tr("%1 for the period shown since this preview.").arg(QLocale().createSeparatedList(parts));
    if (found.rules)
        sentences << tr("The rules, schedules or calendar changed since this preview.");
    m_label->setText(sentences.join(QLatin1Char(' ')) +
                     QStringLiteral(" <a href=\"#preview\">%1</a>").arg(tr("Preview again")));
    m_label->show();
    m_outOfDate();
}

} // namespace punchclock::ui
