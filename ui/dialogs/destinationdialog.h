#pragma once

#include "destinationrepository.h"
#include "integrationadmin.h"
#include "outcome.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;
class OdooFields;
class ProblemLabel;
class RangeSpinBox;

// Adds a destination of the outbox or edits one (docs/integrations.md): its name, kind (fixed
// once added), address, what it receives, its secret and the kind's settings. The secret is
// never shown again once saved: left empty when editing, the stored one is kept; a webhook's can
// be generated, and is then shown once to be copied for the receiver. Save checks the settings
// as services::IntegrationAdmin does, naming and focusing the field it refuses, then adds or
// changes the destination through it.
class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    // `stored`: the destination edited; nullopt adds one.
    DestinationDialog(ConsoleContext &context, const std::optional<storage::DestinationRow> &stored,
                      QWidget *parent = nullptr);

    // The destination saved, once accepted.
    qint64 destinationId() const { return m_destinationId; }
    QString name() const;
    // Fills the secret with 32 random bytes in hex and shows it for the receiver.
    void generateSecret();

    void accept() override;

private:
    QString kind() const;
    void applyKind();
    services::DestinationSettings typedSettings() const;
    // The field the refusal is about, or null.
    QWidget *fieldOf(const services::Outcome &outcome) const;
    void showRefusal(const services::Outcome &outcome);

    ConsoleContext &m_context;
    std::optional<storage::DestinationRow> m_stored;
    qint64 m_destinationId = 0;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QCheckBox *m_punches;
    QCheckBox *m_corrections;
    QCheckBox *m_userChanges;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QPushButton *m_generate;
    QWidget *m_secretRow;
    QWidget *m_generatedPanel;
    QLineEdit *m_generated;
    RangeSpinBox *m_batchSize;
    QLineEdit *m_apiKey;
    QComboBox *m_version;
    QLineEdit *m_employeeField;
    OdooFields *m_odoo;
    RangeSpinBox *m_timeout;
    QCheckBox *m_enabled;
    ProblemLabel *m_error;
};

} // namespace punchclock::ui
