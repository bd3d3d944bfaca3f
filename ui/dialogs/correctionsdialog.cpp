#include "correctionsdialog.h"

#include "attendanceerrortext.h"
#include "consolecontext.h"
#include "icons.h"
#include "punchcorrectionrepository.h"
#include "reportcellformat.h"
#include "punchrepository.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QTableWidget *listTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString directionWord(const QString &direction)
{
    if (direction == QLatin1String("in"))
        return CorrectionsDialog::tr("In");
    if (direction == QLatin1String("out"))
        return CorrectionsDialog::tr("Out");
    return CorrectionsDialog::tr("Not recorded");
}

QString kindWord(storage::CorrectionKind kind)
{
    switch (kind) {
    case storage::CorrectionKind::Add:
        return CorrectionsDialog::tr("Added");
    case storage::CorrectionKind::Void:
        return CorrectionsDialog::tr("Voided");
    case storage::CorrectionKind::Move:
        return CorrectionsDialog::tr("Moved");
    case storage::CorrectionKind::Revoke:
        return CorrectionsDialog::tr("Revoked");
    }
    return {};
}

QString moment(const QDateTime &time, const QString &direction)
{
    if (!time.isValid())
        return {};
    //: A punch in the corrections log: time and direction
    return CorrectionsDialog::tr("%1 %2").arg(ReportCellFormat::dateTime(time), directionWord(direction));
}

} // namespace

CorrectionsDialog::CorrectionsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_employee(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_punches(listTable(this, "correctionPunches", {tr("Time"), tr("Direction"), tr("Terminal")}))
    , m_time(new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(9, 0)), this))
    , m_direction(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_history(listTable(this, "correctionHistory",
                          {tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After"), tr("Reason")}))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("correctionsDialog"));
    setWindowTitle(tr("Corrections of punches"));
    m_employee->setObjectName(QStringLiteral("correctionEmployee"));
    for (const storage::UserRow &user : storage::UserRepository(context.database()).list())
        m_employee->addItem(user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId), user.userId);
    m_date->setObjectName(QStringLiteral("correctionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setObjectName(QStringLiteral("correctionTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_direction->setObjectName(QStringLiteral("correctionDirection"));
    m_direction->addItem(tr("In"), QStringLiteral("in"));
    m_direction->addItem(tr("Out"), QStringLiteral("out"));
    m_direction->addItem(tr("Not recorded"), QString());
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Required: why, e.g. “forgot to punch out, confirmed by supervisor”"));
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_employee, &QComboBox::currentIndexChanged, this, &CorrectionsDialog::loadDay);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_time->setDate(date);
        loadDay();
    });
    connect(m_punches, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_punches->selectedItems();
        if (selected.isEmpty())
            return;
        m_time->setDateTime(m_punches->item(selected.first()->row(), 0)->data(Qt::UserRole + 1).toDateTime());
    });

    auto *add = new QPushButton(themedIcon("list-add"), tr("&Add punch"), this);
    add->setObjectName(QStringLiteral("addCorrectionPunch"));
    auto *voidButton = new QPushButton(themedIcon("edit-delete"), tr("&Void selected"), this);
    voidButton->setObjectName(QStringLiteral("voidPunch"));
    auto *move = new QPushButton(themedIcon("document-edit"), tr("&Move selected here"), this);
    move->setObjectName(QStringLiteral("movePunch"));
    connect(add, &QPushButton::clicked, this, &CorrectionsDialog::addPunch);
    connect(voidButton, &QPushButton::clicked, this, &CorrectionsDialog::voidPunch);
    connect(move, &QPushButton::clicked, this, &CorrectionsDialog::movePunch);

    auto *pick = new QFormLayout;
    pick->addRow(tr("E&mployee:"), m_employee);
    pick->addRow(tr("&Day:"), m_date);
    auto *change = new QFormLayout;
    change->addRow(tr("&Time:"), m_time);
    change->addRow(tr("Di&rection:"), m_direction);
    change->addRow(tr("R&eason:"), m_reason);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(move);
    actions->addWidget(voidButton);
    change->addRow(actions);
    change->addRow(m_error);
    auto *changeBox = new QGroupBox(tr("Correction"), this);
    changeBox->setLayout(change);

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(pick);
    left->addWidget(m_punches, 1);
    top->addLayout(left, 1);
    top->addWidget(changeBox, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(new QLabel(tr("Corrections of this employee, newest first:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    loadDay();
}

void CorrectionsDialog::showDay(const QString &userId, QDate date)
{
    const int index = m_employee->findData(userId);
    if (index < 0)
        m_employee->addItem(userId, userId);
    m_employee->setCurrentIndex(m_employee->findData(userId));
    m_date->setDate(date);
    loadDay();
}

void CorrectionsDialog::loadDay()
{
    const QString userId = m_employee->currentData().toString();
    storage::PunchFilter filter;
    filter.userId = userId;
    filter.from = m_date->date();
    filter.to = m_date->date();
    const QList<storage::PunchRow> punches =
        userId.isEmpty() ? QList<storage::PunchRow>() : storage::PunchRepository(m_context.database()).query(filter);
    m_punches->setRowCount(int(punches.size()));
    for (int row = 0; row < punches.size(); ++row) {
        const storage::PunchRow &punch = punches.at(row);
        auto *time = new QTableWidgetItem(ReportCellFormat::time(punch.ioTime.time()));
        time->setData(Qt::UserRole, punch.id);
        time->setData(Qt::UserRole + 1, punch.ioTime);
        m_punches->setItem(row, 0, time);
        m_punches->setItem(row, 1, new QTableWidgetItem(directionWord(punch.direction)));
        m_punches->setItem(row, 2, new QTableWidgetItem(punch.devId));
    }

    const QList<storage::CorrectionRow> history =
        userId.isEmpty() ? QList<storage::CorrectionRow>()
                         : storage::PunchCorrectionRepository(m_context.database()).history(userId);
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const storage::CorrectionRow &correction = history.at(row);
        QString what = kindWord(correction.kind);
        if (correction.revoked)
            what = tr("%1 (revoked)").arg(what);
        const QStringList cells{ReportCellFormat::dateTime(correction.changedAt.toLocalTime()),
                                correction.changedBy,
                                what,
                                moment(correction.previousTime, correction.previousDirection),
                                moment(correction.ioTime, correction.direction),
                                correction.reason};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_history->resizeColumnsToContents();
}

qint64 CorrectionsDialog::selectedPunch()
{
    const QList<QTableWidgetItem *> selected = m_punches->selectedItems();
    if (selected.isEmpty()) {
        showError(tr("Select the punch to correct first."));
        return 0;
    }
    return m_punches->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

QString CorrectionsDialog::direction() const
{
    return m_direction->currentData().toString();
}

void CorrectionsDialog::addPunch()
{
    storage::CorrectionError error = storage::CorrectionError::None;
    const auto id = storage::PunchCorrectionRepository(m_context.database())
                        .addPunch(m_employee->currentData().toString(), m_time->dateTime(), direction(), {},
                                  m_reason->text().trimmed(), m_context.operatorName(), &error);
    finish(id.has_value(), error);
}

void CorrectionsDialog::voidPunch()
{
    const qint64 punch = selectedPunch();
    if (punch == 0)
        return;
    storage::CorrectionError error = storage::CorrectionError::None;
    const auto id = storage::PunchCorrectionRepository(m_context.database())
                        .voidPunch(punch, m_reason->text().trimmed(), m_context.operatorName(), &error);
    finish(id.has_value(), error);
}

void CorrectionsDialog::movePunch()
{
    const qint64 punch = selectedPunch();
    if (punch == 0)
        return;
    storage::CorrectionError error = storage::CorrectionError::None;
    const auto id = storage::PunchCorrectionRepository(m_context.database())
                        .movePunch(punch, m_time->dateTime(), direction(), m_reason->text().trimmed(),
                                   m_context.operatorName(), &error);
    finish(id.has_value(), error);
}

bool CorrectionsDialog::finish(bool ok, storage::CorrectionError error)
{
    if (!ok) {
        showError(AttendanceErrorText::text(error));
        if (error == storage::CorrectionError::EmptyReason)
            m_reason->setFocus();
        return false;
    }
    m_error->hide();
    m_reason->clear();
    loadDay();
    m_context.notifyChanged(ConsoleContext::Attendance);
    return true;
}

void CorrectionsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
