#include "latenesschart.h"

#include "attendancerepository.h"
#include "barchartview.h"
#include "chartrefresh.h"
#include "connection.h"
#include "consolecontext.h"
#include "sitecalendar.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QLocale>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace punchclock::ui {

namespace reports = engine::reports;

namespace {

constexpr int DebounceMs = 1500;

} // namespace

LatenessChart::LatenessChart(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_dates(new QBarCategoryAxis)
    , m_noShifts(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("latenessChart"));
    auto *bars = new QBarSet(tr("Late arrivals"));
    bars->setColor(QColor(0xda, 0x44, 0x53));
    m_view = new BarChartView(bars, m_dates, tr("Late arrivals per day, last %n days", nullptr, Days), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // An empty chart would read as "nobody was late" where lateness cannot be counted at all.
    m_noShifts->setObjectName(QStringLiteral("latenessNoShifts"));
    m_noShifts->setWordWrap(true);
    m_noShifts->setText(tr("No shift is set up yet, so nobody can be late: set up shifts and who works them "
                           "under Reports → Rules."));
    m_noShifts->hide();
    layout->addWidget(m_noShifts);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LatenessChart::refresh);
    refreshOnChanges(context, m_debounce);
    display(m_from, QList<int>(Days, 0), true);
    refresh();
}

LatenessChart::~LatenessChart()
{
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

QList<int> LatenessChart::latePerDay(const QList<reports::EmployeeDays> &employees, QDate from, int days)
{
    QList<int> counts(days, 0);
    for (const reports::EmployeeDays &employee : employees) {
        for (const auto &result : employee.days) {
            const qint64 index = from.daysTo(result.date);
            if (index >= 0 && index < days && result.lateMinutes > 0)
                ++counts[index];
        }
    }
    return counts;
}

void LatenessChart::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const storage::DatabaseConfig config = m_context.connection().config();
    // Until the site's date is read (here too, as the database may be a network away from the
    // GUI thread), the days shown last.
    auto from = std::make_shared<QDate>(m_from);
    auto counts = std::make_shared<QList<int>>(Days, 0);
    auto anyShift = std::make_shared<bool>(true);
    const std::optional<QSet<qint64>> departments = m_context.departmentScope();
    QThread *thread = QThread::create([config, from, counts, anyShift, departments] {
        QString error;
        const auto connection = storage::Connection::open(config, &error);
        if (!connection)
            return;
        const QDate today = engine::SiteCalendar::today(connection->database());
        *from = today.addDays(1 - Days);
        *anyShift = !storage::AttendanceRepository(connection->database()).shifts().isEmpty();
        reports::ReportRequest request;
        request.kind = reports::ReportKind::Daily;
        request.from = *from;
        request.to = today;
        request.departmentScope = departments;
        if (const auto employees = reports::ReportBuilder(connection->database()).calculate(request))
            *counts = latePerDay(*employees, *from, Days);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, from, counts, anyShift] {
        thread->deleteLater();
        m_running = false;
        display(*from, *counts, *anyShift);
        Q_EMIT refreshed();
        if (std::exchange(m_again, false))
            refresh();
    });
    thread->start(QThread::LowPriority);
}

void LatenessChart::display(QDate from, const QList<int> &counts, bool anyShift)
{
    m_from = from;
    m_counts = counts;
    m_noShifts->setVisible(!anyShift);
    QStringList dates;
    const QLocale locale;
    for (int day = 0; day < counts.size(); ++day) {
        const QDate date = from.addDays(day);
        // Every day a bar, a label on Mondays only, so that 30 labels never overlap; the other
        // days need unique, invisible names.
        dates.append(date.dayOfWeek() == Qt::Monday ? locale.toString(date, QStringLiteral("d MMM"))
                                                    : QString(day, QChar(0x200b)));
    }
    m_dates->clear();
    m_dates->append(dates);
    m_view->setCounts(counts);
}

} // namespace punchclock::ui
