#include "reportfilterbar.h"

#include "reporttexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock::ui {

namespace reports = engine::reports;

ReportFilterBar::ReportFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_department(new QComboBox(this))
    , m_employee(new QComboBox(this))
    , m_when(new QWidget(this))
    , m_scope(new QWidget(this))
    , m_firstRow(new QHBoxLayout)
    , m_secondRow(new QHBoxLayout)
{
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const reports::ReportKind kind : {reports::ReportKind::Daily, reports::ReportKind::Monthly,
                                           reports::ReportKind::Timecard, reports::ReportKind::Exceptions})
        m_kind->addItem(ReportTexts::title(kind), int(kind));

    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    applyPeriod(Period::ThisMonth);
    connect(m_period, &QComboBox::activated, this, [this] { applyPeriod(Period(m_period->currentData().toInt())); });
    for (QDateEdit *edit : {m_from, m_to}) {
        // Typing a date makes the period a custom one; the presets set dates with signals blocked.
        connect(edit, &QDateEdit::userDateChanged, this,
                [this] { m_period->setCurrentIndex(m_period->findData(int(Period::Custom))); });
    }

    m_department->setObjectName(QStringLiteral("reportDepartment"));
    m_employee->setObjectName(QStringLiteral("reportEmployee"));
    // Long names elide: the bar must fit a 1366-pixel screen in every language.
    for (QComboBox *combo : {m_department, m_employee}) {
        combo->setMinimumContentsLength(16);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    const auto addField = [](QBoxLayout *layout, const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, layout->parentWidget());
        caption->setBuddy(field);
        layout->addWidget(caption);
        layout->addWidget(field);
    };
    auto *when = new QHBoxLayout(m_when);
    when->setContentsMargins(0, 0, 0, 0);
    addField(when, tr("Repor&t:"), m_kind);
    addField(when, tr("Peri&od:"), m_period);
    when->addWidget(m_from);
    when->addWidget(new QLabel(QStringLiteral("–"), m_when));
    when->addWidget(m_to);
    auto *scope = new QHBoxLayout(m_scope);
    scope->setContentsMargins(0, 0, 0, 0);
    addField(scope, tr("&Department:"), m_department);
    addField(scope, tr("E&mployee:"), m_employee);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    m_firstRow->addWidget(m_when);
    m_firstRow->addWidget(m_scope);
    m_firstRow->addStretch(1);
    m_secondRow->addStretch(1);
}

bool ReportFilterBar::fitsOneRow(int width) const
{
    return width >= m_when->sizeHint().width() + m_firstRow->spacing() + m_scope->sizeHint().width();
}

int ReportFilterBar::rowsHeight() const
{
    const int row = std::max(m_when->sizeHint().height(), m_scope->sizeHint().height());
    const bool oneRow = m_firstRow->indexOf(m_scope) >= 0;
    return oneRow ? row : 2 * row + static_cast<const QBoxLayout *>(layout())->spacing();
}

QSize ReportFilterBar::sizeHint() const
{
    return {m_when->sizeHint().width() + m_firstRow->spacing() + m_scope->sizeHint().width(), rowsHeight()};
}

QSize ReportFilterBar::minimumSizeHint() const
{
    return {std::max(m_when->minimumSizeHint().width(), m_scope->minimumSizeHint().width()), rowsHeight()};
}

void ReportFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = fitsOneRow(event->size().width());
    if (oneRow == (m_firstRow->indexOf(m_scope) >= 0))
        return;
    // Moved between the rows; the page then gives the bar the height its hints ask for.
    (oneRow ? m_secondRow : m_firstRow)->removeWidget(m_scope);
    if (oneRow)
        m_firstRow->insertWidget(1, m_scope);
    else
        m_secondRow->insertWidget(0, m_scope);
    updateGeometry();
}

void ReportFilterBar::applyPeriod(Period period)
{
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    if (period == Period::ThisMonth) {
        m_from->setDate(thisMonth);
        m_to->setDate(thisMonth.addMonths(1).addDays(-1));
    } else if (period == Period::LastMonth) {
        m_from->setDate(thisMonth.addMonths(-1));
        m_to->setDate(thisMonth.addDays(-1));
    }
}

ReportFilterBar::Choices ReportFilterBar::readChoices(const QSqlDatabase &db)
{
    return {storage::DepartmentRepository(db).list(), storage::UserRepository(db).list()};
}

void ReportFilterBar::setChoices(const Choices &choices, const std::optional<QSet<qint64>> &departments)
{
    const QVariant department = m_department->currentData();
    const QVariant employee = m_employee->currentData();
    m_department->clear();
    //: An account of some departments: "all" are all of theirs
    m_department->addItem(departments ? tr("All my departments") : tr("All departments"));
    for (const storage::DepartmentRow &row : choices.departments) {
        if (!departments || departments->contains(row.id))
            m_department->addItem(row.name, row.id);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(department)));

    m_employee->clear();
    m_employee->addItem(departments ? tr("All my employees") : tr("All employees"));
    for (const storage::UserRow &user : choices.users) {
        if (departments && (!user.departmentId || !departments->contains(*user.departmentId)))
            continue;
        //: An employee in the filter: name and user id
        m_employee->addItem(user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId), user.userId);
    }
    if (employee.isValid())
        selectEmployee(employee.toString());
}

reports::ReportRequest ReportFilterBar::request() const
{
    reports::ReportRequest request;
    request.kind = reports::ReportKind(m_kind->currentData().toInt());
    request.from = m_from->date();
    request.to = m_to->date();
    if (m_department->currentData().isValid())
        request.departmentId = m_department->currentData().toLongLong();
    request.userId = m_employee->currentData().toString();
    return request;
}

QString ReportFilterBar::scopeText() const
{
    QStringList parts;
    if (m_department->currentData().isValid())
        parts.append(tr("Department: %1").arg(m_department->currentText()));
    if (m_employee->currentData().isValid())
        parts.append(tr("Employee: %1").arg(m_employee->currentText()));
    return parts.join(QStringLiteral(" · "));
}

void ReportFilterBar::showTimecardOf(const QString &userId)
{
    m_kind->setCurrentIndex(m_kind->findData(int(reports::ReportKind::Timecard)));
    selectEmployee(userId);
}

void ReportFilterBar::selectEmployee(const QString &userId)
{
    if (m_employee->findData(userId) < 0) {
        // Punches of an id that has no user record (deleted, or never fetched from a terminal)
        // are still reported; such an id belongs to no department.
        //: An employee in the filter known only from punches
        m_employee->addItem(tr("%1 (no user record)").arg(userId), userId);
        m_department->setCurrentIndex(0);
    }
    m_employee->setCurrentIndex(m_employee->findData(userId));
}

} // namespace punchclock::ui
