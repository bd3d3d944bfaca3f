#include "payrollprofiledialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "icons.h"
#include "payrollprofiletext.h"
#include "permissiontext.h"
#include "rangespinbox.h"

#include "payrollprofiles.h"

#include "settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

using engine::reports::HoursFormat;
using engine::reports::PayrollColumn;
using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileColumn;

enum Cell { ColumnCell, KindCell, HeaderCell };
constexpr int ColumnRole = Qt::UserRole + 1;

// A date whose day cannot pass for a month, so that the example shows which is which.
const QDate exampleDate(2026, 3, 31);

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

QPushButton *button(const QIcon &icon, const QString &text, const char *name)
{
    auto *pushButton = new QPushButton(icon, text);
    pushButton->setObjectName(QLatin1String(name));
    return pushButton;
}

} // namespace

PayrollProfileDialog::PayrollProfileDialog(ConsoleContext &context, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_choice(combo(this, "payrollProfileChoice"))
    , m_name(new QLineEdit(this))
    , m_columns(new QTableWidget(0, 3, this))
    , m_newColumn(combo(this, "payrollNewColumn"))
    , m_add(button(themedIcon("list-add"), tr("&Add"), "addPayrollColumn"))
    , m_remove(button(QIcon(), tr("Re&move"), "removePayrollColumn"))
    , m_up(button(QIcon(), tr("&Up"), "movePayrollColumnUp"))
    , m_down(button(QIcon(), tr("Do&wn"), "movePayrollColumnDown"))
    , m_hours(combo(this, "payrollHoursFormat"))
    , m_decimals(new RangeSpinBox(0, PayrollProfile::MaxDecimalPlaces, this))
    , m_separator(combo(this, "payrollDecimalSeparator"))
    , m_dateFormat(combo(this, "payrollDateFormat"))
    , m_dateExample(new QLabel(this))
    , m_delimiter(combo(this, "payrollDelimiter"))
    , m_problem(new QLabel(this))
    , m_save(button(themedIcon("document-save"), tr("&Save"), "savePayrollProfile"))
    , m_removeProfile(button(themedIcon("edit-delete"), tr("&Remove profile…"), "removePayrollProfile"))
{
    setObjectName(QStringLiteral("payrollProfileDialog"));
    setWindowTitle(tr("Payroll profiles"));
    m_mayChange = context.allows(services::Permission::ChangeSettings);
    m_name->setObjectName(QStringLiteral("payrollProfileName"));
    m_name->setMaxLength(PayrollProfile::MaxNameLength);
    m_columns->setObjectName(QStringLiteral("payrollColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Kind of leave"), tr("Header in the file")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    if (!m_mayChange)
        m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_save->setDefault(true);
    for (const PayrollColumn column : engine::reports::allPayrollColumns())
        m_newColumn->addItem(PayrollProfileText::columnName(column), int(column));
    m_hours->addItem(tr("Hours and minutes (7:30)"), int(HoursFormat::HoursMinutes));
    m_hours->addItem(tr("Decimal hours (7.50)"), int(HoursFormat::Decimal));
    m_decimals->setObjectName(QStringLiteral("payrollDecimalPlaces"));
    m_separator->addItem(tr("Point (7.50)"), QStringLiteral("."));
    m_separator->addItem(tr("Comma (7,50)"), QStringLiteral(","));
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems({QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd/MM/yyyy"),
                            QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyyMMdd")});
    m_dateExample->setObjectName(QStringLiteral("payrollDateExample"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_problem->setObjectName(QStringLiteral("payrollProfileProblem"));
    m_problem->setProperty("role", QStringLiteral("fieldError"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_newColumn, 1);
    columnButtons->addWidget(m_add);
    columnButtons->addWidget(m_remove);
    columnButtons->addWidget(m_up);
    columnButtons->addWidget(m_down);
    auto *decimals = new QHBoxLayout;
    decimals->addWidget(m_hours, 1);
    //: Before the number of decimal places of decimal hours
    decimals->addWidget(new QLabel(tr("places:"), this));
    decimals->addWidget(m_decimals);
    decimals->addWidget(m_separator);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateFormat, 1);
    dates->addWidget(m_dateExample);
    auto *form = new QFormLayout;
    form->addRow(tr("&Start from:"), m_choice);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Hours:"), decimals);
    form->addRow(tr("&Dates:"), dates);
    form->addRow(tr("Fields separated by:"), m_delimiter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_removeProfile, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns, 1);
    layout->addLayout(columnButtons);
    if (!m_mayChange) {
        auto *hint =
            new QLabel(PermissionText::notAllowed(context.actor(), services::Permission::ChangeSettings), this);
        hint->setObjectName(QStringLiteral("payrollProfilesReadOnly"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_choice, &QComboBox::activated, this, [this] {
        if (const auto chosen = m_profiles.find(m_choice->currentData().toString()))
            load(*chosen);
    });
    connect(m_add, &QPushButton::clicked, this, &PayrollProfileDialog::addColumn);
    connect(m_remove, &QPushButton::clicked, this, &PayrollProfileDialog::removeColumn);
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_columns, &QTableWidget::currentCellChanged, this, &PayrollProfileDialog::updateControls);
    connect(m_hours, &QComboBox::currentIndexChanged, this, &PayrollProfileDialog::updateControls);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &PayrollProfileDialog::updateControls);
    connect(m_name, &QLineEdit::textChanged, this, &PayrollProfileDialog::updateControls);
    connect(m_save, &QPushButton::clicked, this, &PayrollProfileDialog::save);
    connect(m_removeProfile, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed();
        if (QMessageBox::question(this, tr("Remove payroll profile"),
                                  tr("Remove the payroll profile “%1”? Exports choose another one then.").arg(name)) ==
            QMessageBox::Yes)
            removeProfile();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(current);
    resize(640, 560);
}

void PayrollProfileDialog::reload(const QString &select)
{
    m_profiles = m_context.reader().wait([](const QSqlDatabase &db) {
        return engine::reports::PayrollProfileList::read(storage::SettingsRepository(db));
    });
    m_choice->clear();
    for (const PayrollProfile &profile : m_profiles.profiles())
        m_choice->addItem(profile.name, profile.name);
    const std::optional<PayrollProfile> chosen = m_profiles.find(select);
    load(chosen.value_or(m_profiles.profiles().constFirst()));
    if (!m_profiles.storedProblem().ok())
        showProblem(PayrollProfileText::problem(m_profiles.storedProblem()));
    else if (!m_profiles.broken().isEmpty()) {
        const engine::reports::PayrollProfileList::Broken &broken = m_profiles.broken().constFirst();
        const QString problem = PayrollProfileText::problem(broken.problem);
        //: %1 a saved profile's name, %2 why it cannot be used
        showProblem(broken.name.isEmpty() ? problem
                                          : tr("The saved profile “%1” cannot be used: %2").arg(broken.name, problem));
    }
}

void PayrollProfileDialog::load(const PayrollProfile &profile)
{
    m_choice->setCurrentIndex(m_choice->findData(profile.name));
    m_name->setText(profile.name);
    m_columns->setRowCount(0);
    for (const PayrollProfileColumn &column : profile.columns)
        appendColumn(column);
    m_hours->setCurrentIndex(m_hours->findData(int(profile.hoursFormat)));
    m_decimals->setValue(profile.decimalPlaces);
    m_separator->setCurrentIndex(std::max(0, m_separator->findData(QString(profile.decimalSeparator))));
    m_dateFormat->setCurrentText(profile.dateFormat);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(profile.delimiter))));
    m_problem->hide();
    updateControls();
}

PayrollProfile PayrollProfileDialog::profile() const
{
    PayrollProfile profile;
    profile.name = m_name->text().trimmed();
    for (int row = 0; row < m_columns->rowCount(); ++row)
        profile.columns.append({PayrollColumn(m_columns->item(row, ColumnCell)->data(ColumnRole).toInt()),
                                m_columns->item(row, KindCell)->text().trimmed(),
                                m_columns->item(row, HeaderCell)->text()});
    profile.hoursFormat = HoursFormat(m_hours->currentData().toInt());
    profile.decimalPlaces = m_decimals->value();
    profile.decimalSeparator = m_separator->currentData().toString().front();
    profile.dateFormat = m_dateFormat->currentText().trimmed();
    profile.delimiter = m_delimiter->currentData().toString().front();
    return profile;
}

void PayrollProfileDialog::appendColumn(const PayrollProfileColumn &column)
{
    const int row = m_columns->rowCount();
    m_columns->insertRow(row);
    auto *name = new QTableWidgetItem(PayrollProfileText::columnName(column.column));
    name->setData(ColumnRole, int(column.column));
    name->setToolTip(PayrollProfileText::columnMeaning(column.column));
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    auto *kind = new QTableWidgetItem(column.leaveKind);
    if (column.column == PayrollColumn::LeaveDays)
        kind->setToolTip(tr("As leave is entered: vacation, sick, … Empty: every kind."));
    else
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
    m_columns->setItem(row, ColumnCell, name);
    m_columns->setItem(row, KindCell, kind);
    m_columns->setItem(row, HeaderCell, new QTableWidgetItem(column.header));
}

void PayrollProfileDialog::addColumn()
{
    const auto column = PayrollColumn(m_newColumn->currentData().toInt());
    appendColumn({column, QString(), engine::reports::payrollColumnKey(column)});
    m_columns->setCurrentCell(m_columns->rowCount() - 1, HeaderCell);
    updateControls();
}

void PayrollProfileDialog::removeColumn()
{
    const int row = m_columns->currentRow();
    if (row < 0)
        return;
    m_columns->removeRow(row);
    m_columns->setCurrentCell(std::min(row, m_columns->rowCount() - 1), ColumnCell);
    updateControls();
}

void PayrollProfileDialog::moveColumn(int by)
{
    const int row = m_columns->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_columns->rowCount())
        return;
    for (int cell = ColumnCell; cell <= HeaderCell; ++cell) {
        QTableWidgetItem *moving = m_columns->takeItem(row, cell);
        m_columns->setItem(row, cell, m_columns->takeItem(target, cell));
        m_columns->setItem(target, cell, moving);
    }
    m_columns->setCurrentCell(target, m_columns->currentColumn());
    updateControls();
}

void PayrollProfileDialog::updateControls()
{
    const int row = m_columns->currentRow();
    m_remove->setEnabled(m_mayChange && row >= 0);
    m_up->setEnabled(m_mayChange && row > 0);
    m_down->setEnabled(m_mayChange && row >= 0 && row + 1 < m_columns->rowCount());
    m_add->setEnabled(m_mayChange);
    const bool decimal = HoursFormat(m_hours->currentData().toInt()) == HoursFormat::Decimal;
    m_decimals->setEnabled(decimal);
    m_separator->setEnabled(decimal);
    PayrollProfile dates;
    dates.dateFormat = m_dateFormat->currentText().trimmed();
    m_dateExample->setText(!engine::reports::isPayrollDateFormat(dates.dateFormat)
                               ? QString()
                               //: %1 a date in the format chosen
                               : tr("e.g. %1").arg(dates.dateText(exampleDate)));
    const bool shipped = engine::reports::isShippedPayrollProfile(m_name->text());
    m_save->setEnabled(m_mayChange);
    m_removeProfile->setEnabled(m_mayChange && !shipped && m_profiles.find(m_name->text()).has_value());
}

void PayrollProfileDialog::save()
{
    const PayrollProfile edited = profile();
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::PayrollProfiles(db).save(actor, edited); });
    if (!outcome.ok()) {
        showProblem(PayrollProfileText::outcome(outcome, edited));
        if (outcome.id >= 0 && outcome.id < m_columns->rowCount())
            m_columns->setCurrentCell(int(outcome.id), HeaderCell);
        return;
    }
    m_context.notifyChanged(ConsoleContext::Settings);
    reload(edited.name);
    Q_EMIT profilesChanged(edited.name);
}

void PayrollProfileDialog::removeProfile()
{
    const QString name = m_name->text().trimmed();
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::PayrollProfiles(db).remove(actor, name); });
    if (!outcome.ok()) {
        showProblem(PayrollProfileText::outcome(outcome));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Settings);
    const QString fallback = engine::reports::shippedPayrollProfiles().constFirst().name;
    reload(fallback);
    Q_EMIT profilesChanged(fallback);
}

void PayrollProfileDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace punchclock::ui
