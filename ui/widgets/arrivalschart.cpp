#include "arrivalschart.h"

#include "barchartview.h"
#include "chartrefresh.h"
#include "connection.h"
#include "consolecontext.h"
#include "sitecalendar.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace punchclock::ui {

namespace reports = engine::reports;

namespace {

// A burst of punches refreshes the chart once.
constexpr int DebounceMs = 1500;

} // namespace

ArrivalsChart::ArrivalsChart(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_debounce(new QTimer(this))
    , m_counts(24, 0)
{
    setObjectName(QStringLiteral("arrivalsChart"));
    auto *hours = new QBarCategoryAxis;
    // A label every third hour so that they fit a half-width chart; the others need unique,
    // invisible names.
    for (int hour = 0; hour < 24; ++hour)
        hours->append(hour % 3 == 0 ? QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'))
                                    : QString(hour, QChar(0x200b)));
    m_view = new BarChartView(new QBarSet(tr("Arrivals")), hours, tr("Arrivals per hour today"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ArrivalsChart::refresh);
    refreshOnChanges(context, m_debounce);
    display(m_counts);
    refresh();
}

ArrivalsChart::~ArrivalsChart()
{
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

QList<int> ArrivalsChart::arrivalsPerHour(const QList<reports::EmployeeDays> &employees, QDate day)
{
    QList<int> counts(24, 0);
    for (const reports::EmployeeDays &employee : employees) {
        for (const auto &result : employee.days) {
            if (result.date == day && result.firstIn.isValid())
                ++counts[result.firstIn.time().hour()];
        }
    }
    return counts;
}

void ArrivalsChart::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const storage::DatabaseConfig config = m_context.connection().config();
    auto counts = std::make_shared<QList<int>>(24, 0);
    const std::optional<QSet<qint64>> departments = m_context.departmentScope();
    // Owned by this widget, so the destructor can wait for it.
    QThread *thread = QThread::create([config, counts, departments] {
        QString error;
        const auto connection = storage::Connection::open(config, &error);
        if (!connection)
            return;
        // The site's date, read here too: the database may be a network away from the GUI thread.
        const QDate today = engine::SiteCalendar::today(connection->database());
        reports::ReportRequest request;
        request.kind = reports::ReportKind::Daily;
        request.from = today;
        request.to = today;
        request.departmentScope = departments;
        if (const auto employees = reports::ReportBuilder(connection->database()).calculate(request))
            *counts = arrivalsPerHour(*employees, today);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, counts] {
        thread->deleteLater();
        m_running = false;
        display(*counts);
        Q_EMIT refreshed();
        if (std::exchange(m_again, false))
            refresh();
    });
    thread->start(QThread::LowPriority);
}

void ArrivalsChart::display(const QList<int> &counts)
{
    m_counts = counts;
    m_view->setCounts(counts);
}

} // namespace punchclock::ui
