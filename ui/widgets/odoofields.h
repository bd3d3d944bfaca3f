#pragma once

#include "outcome.h"

#include <QGroupBox>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace punchclock::ui {

class RangeSpinBox;

// The settings of an Odoo destination in the destination dialog (docs/integrations.md, "Odoo"):
// the API (JSON-RPC for Odoo 17 and 18, JSON-2 from 19), the database and the id of the API
// user that JSON-RPC signs in with, and how a terminal's user is found among Odoo's employees:
// by Badge ID, by PIN, or by a table of user numbers and employee ids kept here. A field the
// chosen API does not use is hidden, and the table shows only when it is chosen.
class OdooFields : public QGroupBox
{
    Q_OBJECT

public:
    explicit OdooFields(QWidget *parent = nullptr);

    // The fields as the destination's options set them, the deliverer's defaults where unset.
    void setOptions(const QJsonObject &options);
    // Sets the Odoo options in `options` and removes those the choices leave unused; the others
    // are kept as they are.
    void writeInto(QJsonObject &options) const;
    // Refused as services::IntegrationAdmin refuses employee_map when the table is chosen and is
    // empty, has a row without both numbers, or names a terminal user twice (which the option,
    // an object, could not keep); that row is made current.
    services::Outcome checkTable();
    // The field of an option (`database`, `employee_map`, …), or null.
    QWidget *fieldFor(const QString &option) const;

private:
    QString api() const;
    QString match() const;
    void applyApi();
    void applyMatch();
    void addRow();
    void removeSelectedRows();
    void setRowVisible(QWidget *field, bool visible);

    QFormLayout *m_form;
    QComboBox *m_api;
    QLineEdit *m_database;
    RangeSpinBox *m_userId;
    QComboBox *m_match;
    QWidget *m_tablePanel;
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace punchclock::ui
