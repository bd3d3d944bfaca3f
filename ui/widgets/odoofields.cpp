#include "odoofields.h"

#include "integrationtext.h"
#include "rangespinbox.h"
#include "screenfit.h"

#include "integrationadmin.h"

#include <QCollator>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>

namespace punchclock::ui {

namespace {

enum TableColumn { UserColumn, EmployeeColumn };

// What a new destination's user number starts at: in Odoo, the first administrator's.
constexpr int FirstAdministratorId = 2;

// An hr.employee id as typed: a whole number from 1 (Odoo's ids are PostgreSQL integers).
std::optional<int> employeeId(const QString &text)
{
    bool ok = false;
    const int id = text.toInt(&ok);
    return ok && id > 0 ? std::optional<int>(id) : std::nullopt;
}

QTableWidgetItem *employeeItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OdooFields::OdooFields(QWidget *parent)
    : QGroupBox(tr("Odoo"), parent)
    , m_form(new QFormLayout(this))
    , m_api(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_userId(new RangeSpinBox(1, std::numeric_limits<int>::max(), this))
    , m_match(new QComboBox(this))
    , m_tablePanel(new QWidget(this))
    , m_table(new QTableWidget(0, 2, m_tablePanel))
    , m_remove(new QPushButton(tr("Remove se&lected"), m_tablePanel))
{
    setObjectName(QStringLiteral("odooFields"));
    m_api->setObjectName(QStringLiteral("odooApi"));
    for (const QString &api : {IntegrationText::JsonRpcApi, IntegrationText::Json2Api})
        m_api->addItem(IntegrationText::odooApiName(api), api);
    m_api->setToolTip(tr("Odoo's version decides how Punchclock speaks to it: JSON-RPC up to Odoo 18, JSON-2 "
                         "from Odoo 19"));
    m_database->setObjectName(QStringLiteral("odooDatabase"));
    m_database->setToolTip(tr("The name of the Odoo database, as chosen when signing in to Odoo (for Odoo Online, "
                              "usually the name before .odoo.com)"));
    m_userId->setObjectName(QStringLiteral("odooUserId"));
    m_userId->setToolTip(tr("The number of the Odoo user the API key belongs to: open the user under Settings → "
                            "Users in Odoo, it ends the page's address (2 is the first administrator)"));
    m_match->setObjectName(QStringLiteral("odooEmployeeMatch"));
    for (const QString &match : {IntegrationText::BadgeMatch, IntegrationText::PinMatch, IntegrationText::MapMatch})
        m_match->addItem(IntegrationText::employeeMatchName(match), match);
    m_match->setToolTip(tr("Badge ID and PIN are on the employee's HR Settings tab in Odoo: enter there the user's "
                           "number on the terminals. Or keep a table of the numbers here."));

    m_tablePanel->setObjectName(QStringLiteral("odooEmployeeTablePanel"));
    auto *hint = new QLabel(tr("One row per employee: the number they have on the terminals, and their number in "
                               "Odoo, which ends the address of the employee's page there."),
                            m_tablePanel);
    hint->setObjectName(QStringLiteral("odooEmployeeTableHint"));
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("odooEmployeeMap"));
    m_table->setHorizontalHeaderLabels({tr("Terminal user"), tr("Odoo employee")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() * 5);
    auto *add = new QPushButton(tr("Add ro&w"), m_tablePanel);
    add->setObjectName(QStringLiteral("addOdooEmployee"));
    m_remove->setObjectName(QStringLiteral("removeOdooEmployee"));
    m_remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *tableLayout = new QVBoxLayout(m_tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(hint);
    tableLayout->addWidget(m_table);
    tableLayout->addLayout(buttons);

    m_form->addRow(tr("Odoo &version:"), m_api);
    m_form->addRow(tr("Data&base:"), m_database);
    m_form->addRow(tr("&User number:"), m_userId);
    m_form->addRow(tr("Employees &found by:"), m_match);
    m_form->addRow(m_tablePanel);
    for (QWidget *field : std::initializer_list<QWidget *>{m_api, m_database, m_userId, m_match})
        m_form->labelForField(field)->setObjectName(field->objectName() + QLatin1String("Label"));

    connect(m_api, &QComboBox::currentIndexChanged, this, &OdooFields::applyApi);
    connect(m_match, &QComboBox::currentIndexChanged, this, &OdooFields::applyMatch);
    connect(add, &QPushButton::clicked, this, &OdooFields::addRow);
    connect(m_remove, &QPushButton::clicked, this, &OdooFields::removeSelectedRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    setOptions({});
}

QString OdooFields::api() const
{
    return m_api->currentData().toString();
}

QString OdooFields::match() const
{
    return m_match->currentData().toString();
}

void OdooFields::setOptions(const QJsonObject &options)
{
    m_api->setCurrentIndex(std::max(
        0, m_api->findData(options.value(IntegrationText::OdooApiOption).toString(IntegrationText::JsonRpcApi))));
    m_database->setText(options.value(IntegrationText::DatabaseOption).toString());
    m_userId->setValue(options.value(IntegrationText::UserIdOption).toInt(FirstAdministratorId));
    m_match->setCurrentIndex(std::max(
        0,
        m_match->findData(options.value(IntegrationText::EmployeeMatchOption).toString(IntegrationText::BadgeMatch))));
    // In the order of the terminal's numbers: 8 before 10, as people count.
    const QJsonObject map = options.value(IntegrationText::EmployeeMapOption).toObject();
    QStringList users = map.keys();
    QCollator numbers;
    numbers.setNumericMode(true);
    std::sort(users.begin(), users.end(), numbers);
    m_table->setRowCount(0);
    for (const QString &user : users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QJsonValue id = map.value(user);
        m_table->setItem(row, UserColumn, new QTableWidgetItem(user));
        m_table->setItem(row, EmployeeColumn,
                         employeeItem(id.isDouble() ? QString::number(id.toInteger()) : id.toVariant().toString()));
    }
    applyApi();
    applyMatch();
}

void OdooFields::writeInto(QJsonObject &options) const
{
    options.insert(IntegrationText::OdooApiOption, api());
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        options.remove(IntegrationText::DatabaseOption);
    else
        options.insert(IntegrationText::DatabaseOption, database);
    if (api() == IntegrationText::JsonRpcApi)
        options.insert(IntegrationText::UserIdOption, m_userId->value());
    else
        options.remove(IntegrationText::UserIdOption);
    options.insert(IntegrationText::EmployeeMatchOption, match());
    if (match() != IntegrationText::MapMatch) {
        options.remove(IntegrationText::EmployeeMapOption);
        return;
    }
    QJsonObject map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString user = m_table->item(row, UserColumn)->text().trimmed();
        const QString employee = m_table->item(row, EmployeeColumn)->text().trimmed();
        if (user.isEmpty() && employee.isEmpty())
            continue;
        // A number typed wrong is kept as typed, for the check to refuse, rather than dropped.
        const std::optional<int> id = employeeId(employee);
        map.insert(user, id ? QJsonValue(*id) : QJsonValue(employee));
    }
    options.insert(IntegrationText::EmployeeMapOption, map);
}

services::Outcome OdooFields::checkTable()
{
    if (match() != IntegrationText::MapMatch)
        return {};
    // A cell still being edited (Save pressed from the keyboard) counts as typed: leaving it commits it.
    if (m_table->indexWidget(m_table->currentIndex()))
        m_table->setCurrentIndex(QModelIndex());
    services::Outcome refused = services::Outcome::refused(services::IntegrationError::BadOption);
    refused.subject = IntegrationText::EmployeeMapOption;
    QSet<QString> users;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString user = m_table->item(row, UserColumn)->text().trimmed();
        const QString employee = m_table->item(row, EmployeeColumn)->text().trimmed();
        if (user.isEmpty() && employee.isEmpty())
            continue;
        const bool userWrong = user.isEmpty() || users.contains(user);
        if (userWrong || !employeeId(employee)) {
            m_table->setCurrentCell(row, userWrong ? UserColumn : EmployeeColumn);
            return refused;
        }
        users.insert(user);
    }
    return users.isEmpty() ? refused : services::Outcome();
}

QWidget *OdooFields::fieldFor(const QString &option) const
{
    if (option == IntegrationText::OdooApiOption)
        return m_api;
    if (option == IntegrationText::DatabaseOption)
        return m_database;
    if (option == IntegrationText::UserIdOption)
        return m_userId;
    if (option == IntegrationText::EmployeeMatchOption)
        return m_match;
    return option == IntegrationText::EmployeeMapOption ? m_table : nullptr;
}

void OdooFields::applyApi()
{
    // JSON-2 knows the user by the API key, and needs the database only where the server holds several.
    const bool jsonRpc = api() == IntegrationText::JsonRpcApi;
    m_database->setPlaceholderText(jsonRpc ? tr("needed, e.g. prod") : tr("only if the server holds several"));
    setRowVisible(m_userId, jsonRpc);
}

void OdooFields::applyMatch()
{
    setRowVisible(m_tablePanel, match() == IntegrationText::MapMatch);
}

void OdooFields::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, UserColumn, new QTableWidgetItem);
    m_table->setItem(row, EmployeeColumn, employeeItem(QString()));
    m_table->setCurrentCell(row, UserColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, UserColumn));
}

void OdooFields::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    // From the bottom up, so that the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_table->removeRow(row);
}

void OdooFields::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
    // The dialog makes room for the rows shown rather than squeezing them.
    if (isVisible() && qobject_cast<QDialog *>(window()))
        ScreenFit::growToContents(window());
}

} // namespace punchclock::ui
