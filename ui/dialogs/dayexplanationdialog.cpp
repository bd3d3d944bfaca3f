#include "dayexplanationdialog.h"

#include "figureexplanation.h"
#include "punchexplanationtext.h"
#include "reportcellformat.h"

#include "walltime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

using namespace engine::attendance;

namespace {

QString directionText(protocol::Direction direction)
{
    switch (direction) {
    case protocol::Direction::In:
        return DayExplanationDialog::tr("In");
    case protocol::Direction::Out:
        return DayExplanationDialog::tr("Out");
    default:
        return DayExplanationDialog::tr("Not recorded");
    }
}

QString sourceText(PunchSource source)
{
    switch (source) {
    case PunchSource::Terminal:
        return DayExplanationDialog::tr("Terminal");
    case PunchSource::Added:
        return DayExplanationDialog::tr("Added by hand");
    case PunchSource::Moved:
        return DayExplanationDialog::tr("Corrected");
    case PunchSource::Voided:
        return DayExplanationDialog::tr("Voided");
    }
    return {};
}

} // namespace

DayExplanationDialog::DayExplanationDialog(const QString &employee, const DayResult &day, QWidget *parent)
    : QDialog(parent)
    , m_punches(new QTableWidget(int(day.punches.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("dayExplanationDialog"));
    const QLocale locale;
    //: Window title: employee and working day
    setWindowTitle(tr("%1 — %2").arg(employee, locale.toString(day.date, QLocale::LongFormat)));

    auto *heading = new QLabel(summary(day), this);
    heading->setObjectName(QStringLiteral("explanationSummary"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Which rule produced each figure.
    auto *figures = new QLabel(FigureExplanation::lines(day).join(QLatin1Char('\n')), this);
    figures->setObjectName(QStringLiteral("explanationFigures"));
    figures->setWordWrap(true);
    figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_punches->setObjectName(QStringLiteral("explanationPunches"));
    m_punches->setHorizontalHeaderLabels(
        {tr("Time"), tr("Direction"), tr("Working day"), tr("Why this day"), tr("What it counted as"), tr("Source")});
    m_punches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_punches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_punches->verticalHeader()->hide();
    m_punches->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < day.punches.size(); ++row) {
        const PunchExplanation &punch = day.punches.at(row);
        const QStringList cells{ReportCellFormat::dateTime(punch.punch.time),
                                directionText(punch.punch.direction),
                                locale.toString(punch.workingDate, QLocale::ShortFormat),
                                PunchExplanationText::assignment(punch),
                                PunchExplanationText::outcome(punch),
                                sourceText(punch.punch.source)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_punches->setItem(row, col, item);
        }
    }
    m_punches->resizeColumnsToContents();

    auto *empty = new QLabel(tr("No punches on this working day."), this);
    empty->setObjectName(QStringLiteral("explanationEmpty"));
    empty->setVisible(day.punches.isEmpty());
    m_punches->setVisible(!day.punches.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_correct = buttons->addButton(tr("C&orrect punches…"), QDialogButtonBox::ActionRole);
    m_correct->setObjectName(QStringLiteral("correctPunches"));
    connect(m_correct, &QPushButton::clicked, this, [this, userId = day.userId, date = day.date] {
        accept();
        Q_EMIT correctionRequested(userId, date);
    });

    // The calendar day, stretched to the punches it counted: a night shift's morning belongs to it.
    QDateTime from = protocol::walltime::make(day.date, QTime(0, 0));
    QDateTime to = protocol::walltime::make(day.date.addDays(1), QTime(0, 0));
    for (const PunchExplanation &punch : day.punches) {
        if (punch.workingDate != day.date)
            continue;
        from = std::min(from, punch.punch.time);
        to = std::max(to, punch.punch.time.addSecs(1));
    }
    auto *history = buttons->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    history->setObjectName(QStringLiteral("dayHistory"));
    history->setToolTip(tr("Who added, voided or moved punches of this day, and when"));
    connect(history, &QPushButton::clicked, this, [this, userId = day.userId, date = day.date, from, to] {
        Q_EMIT historyRequested(userId, date, from, to);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(figures);
    layout->addWidget(m_punches, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(960, 360);
}

QString DayExplanationDialog::summary(const DayResult &day) const
{
    QString plan;
    if (day.holiday)
        plan = tr("Holiday");
    else if (day.leave)
        plan = day.leaveKind.isEmpty() ? tr("Leave") : tr("Leave: %1").arg(day.leaveKind);
    else if (day.noSchedule)
        plan = tr("No schedule");
    else if (day.dayOff)
        plan = tr("Day off");
    else
        plan = tr("Shift %1").arg(day.shiftName);
    //: Day summary: plan, worked, expected, late, early leave, overtime
    return tr("%1 · worked %2 of %3 · late %4 · left early %5 · overtime %6")
        .arg(plan, ReportCellFormat::duration(day.workedMinutes), ReportCellFormat::duration(day.expectedMinutes),
             ReportCellFormat::duration(day.lateMinutes), ReportCellFormat::duration(day.earlyLeaveMinutes),
             ReportCellFormat::duration(day.overtimeMinutes));
}

void DayExplanationDialog::setCorrectionAllowed(bool allowed, const QString &why)
{
    m_correct->setEnabled(allowed);
    m_correct->setToolTip(why);
}

} // namespace punchclock::ui
