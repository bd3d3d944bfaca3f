#include "destinationdialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "integrationtext.h"
#include "odoofields.h"
#include "problemlabel.h"
#include "rangespinbox.h"
#include "screenfit.h"

#include "connection.h"
#include "secretbox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock::ui {

namespace {

constexpr int MaxNameLength = 100; // as services::IntegrationAdmin takes

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QCheckBox *checkBox(const char *name, const QString &text, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

// What the address and the secret are to each kind.
struct KindTexts
{
    QString url;
    QString urlTip;
    QString secretLabel;
    QString secretPlaceholder;
    QString secretTip;
};

KindTexts kindTexts(const QString &kind)
{
    if (kind == IntegrationText::Webhook)
        return {DestinationDialog::tr("https://payroll.example.com/punches"),
                DestinationDialog::tr("Where events are POSTed as JSON"), DestinationDialog::tr("Signing &secret:"),
                DestinationDialog::tr("type one, or Generate"), QString()};
    if (kind == IntegrationText::Odoo)
        return {DestinationDialog::tr("https://odoo.example.com"),
                DestinationDialog::tr("The Odoo server's address, as the browser shows it before /odoo or /web"),
                DestinationDialog::tr("API &key:"), DestinationDialog::tr("of the Odoo user Punchclock signs in as"),
                DestinationDialog::tr("Made in Odoo under the user's Preferences → Account Security → New API Key; "
                                      "a user of its own with the right to manage attendances is best")};
    return {DestinationDialog::tr("https://erp.example.com"), DestinationDialog::tr("The Frappe HR or ERPNext site"),
            DestinationDialog::tr("API &secret:"), DestinationDialog::tr("of the same Frappe HR user"), QString()};
}

} // namespace

DestinationDialog::DestinationDialog(ConsoleContext &context, const std::optional<storage::DestinationRow> &stored,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_stored(stored)
    , m_form(new QFormLayout)
    , m_name(lineEdit("destinationName", this))
    , m_kind(new QComboBox(this))
    , m_url(lineEdit("destinationUrl", this))
    , m_punches(checkBox("receivesPunches", tr("&Punches"), this))
    , m_corrections(checkBox("receivesCorrections", tr("C&orrections of punches"), this))
    , m_userChanges(checkBox("receivesUserChanges", tr("Changes of e&mployees"), this))
    , m_secretLabel(new QLabel(this))
    , m_secret(lineEdit("destinationSecret", this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_secretRow(new QWidget(this))
    , m_generatedPanel(new QWidget(this))
    , m_generated(lineEdit("generatedSecret", m_generatedPanel))
    , m_batchSize(new RangeSpinBox(1, 500, this))
    , m_apiKey(lineEdit("apiKey", this))
    , m_version(new QComboBox(this))
    , m_employeeField(lineEdit("employeeField", this))
    , m_odoo(new OdooFields(this))
    , m_timeout(new RangeSpinBox(1, 120, this))
    , m_enabled(checkBox("destinationEnabled", tr("&Deliver: send events as they are queued"), this))
    , m_error(new ProblemLabel(QStringLiteral("destinationError"), this))
{
    setObjectName(QStringLiteral("destinationDialog"));
    setWindowTitle(stored ? tr("Edit destination %1").arg(stored->name) : tr("Add destination"));
    const QJsonObject options = stored ? stored->options : QJsonObject();

    m_name->setMaxLength(MaxNameLength);
    m_name->setText(stored ? stored->name : QString());
    m_name->setPlaceholderText(tr("e.g. Payroll"));
    m_kind->setObjectName(QStringLiteral("destinationKind"));
    m_kind->addItem(IntegrationText::kindName(IntegrationText::Webhook), IntegrationText::Webhook);
    m_kind->addItem(IntegrationText::kindName(IntegrationText::Erpnext), IntegrationText::Erpnext);
    m_kind->addItem(IntegrationText::kindName(IntegrationText::Odoo), IntegrationText::Odoo);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(stored ? stored->kind : IntegrationText::Webhook)));
    m_kind->setEnabled(!stored);
    m_kind->setToolTip(stored ? tr("A destination keeps its kind: add another one for the other kind.") : QString());
    m_url->setText(stored ? stored->url : QString());

    m_punches->setChecked(!stored || stored->sendsPunches);
    m_corrections->setChecked(stored && stored->sendsCorrections);
    m_userChanges->setChecked(stored && stored->sendsUserChanges);
    auto *receives = new QWidget(this);
    auto *receivesLayout = new QVBoxLayout(receives);
    receivesLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : {m_punches, m_corrections, m_userChanges})
        receivesLayout->addWidget(box);

    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(stored ? tr("unchanged; type a new one to replace it") : QString());
    m_generate->setObjectName(QStringLiteral("generateSecret"));
    m_generate->setToolTip(tr("Make a random secret of 64 hexadecimal digits"));
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_generate);
    m_secretLabel->setBuddy(m_secret);

    // The generated secret in clear, this once: the receiver needs it to check signatures.
    m_generatedPanel->setObjectName(QStringLiteral("generatedSecretPanel"));
    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy"), m_generatedPanel);
    copy->setObjectName(QStringLiteral("copySecret"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_generated->text());
        copy->setText(tr("Copied"));
    });
    auto *note = new QLabel(tr("Give this secret to the receiver, which checks each request's signature with it. "
                               "Copy it now: once saved, it is kept sealed and not shown again."),
                            m_generatedPanel);
    note->setWordWrap(true);
    auto *generatedRow = new QHBoxLayout;
    generatedRow->addWidget(m_generated, 1);
    generatedRow->addWidget(copy);
    auto *generatedLayout = new QVBoxLayout(m_generatedPanel);
    generatedLayout->setContentsMargins(0, 0, 0, 0);
    generatedLayout->addLayout(generatedRow);
    generatedLayout->addWidget(note);
    connect(m_generate, &QPushButton::clicked, this, &DestinationDialog::generateSecret);
    // Typed over, it is no longer the secret the receiver would be given.
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_form->setRowVisible(m_generatedPanel, false); });

    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setValue(options.value(IntegrationText::BatchSizeOption).toInt(IntegrationText::DefaultBatchSize));
    m_batchSize->setToolTip(tr("Events sent in one request; 1 sends each on its own"));
    m_apiKey->setText(options.value(IntegrationText::ApiKeyOption).toString());
    m_apiKey->setToolTip(tr("Of the Frappe HR user Punchclock signs in as (User → API Access)"));
    m_version->setObjectName(QStringLiteral("erpVersion"));
    for (const QString &method : {IntegrationText::HrmsMethod, IntegrationText::ErpnextV13Method})
        m_version->addItem(IntegrationText::versionName(method), method);
    m_version->setCurrentIndex(std::max(
        0, m_version->findData(options.value(IntegrationText::MethodOption).toString(IntegrationText::HrmsMethod))));
    m_employeeField->setText(
        options.value(IntegrationText::EmployeeFieldOption).toString(IntegrationText::DefaultEmployeeField));
    m_employeeField->setToolTip(tr("The field of Employee holding the terminal's user number"));
    m_odoo->setOptions(options);
    m_timeout->setObjectName(QStringLiteral("timeoutSeconds"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(options.value(IntegrationText::TimeoutOption).toInt(IntegrationText::DefaultTimeoutSeconds));
    m_timeout->setToolTip(tr("How long one request may take before it counts as no answer"));
    m_enabled->setChecked(!stored || stored->enabled);
    m_enabled->setToolTip(tr("Unticked, it is paused: events are queued for it and none is sent"));

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Address:"), m_url);
    m_form->addRow(tr("Receives:"), receives);
    m_form->addRow(m_secretLabel, m_secretRow);
    m_form->addRow(QString(), m_generatedPanel);
    m_form->addRow(tr("&Batch size:"), m_batchSize);
    m_form->addRow(tr("API &key:"), m_apiKey);
    m_form->addRow(tr("&Version:"), m_version);
    m_form->addRow(tr("&Employee field:"), m_employeeField);
    m_form->addRow(m_odoo);
    m_form->addRow(tr("&Timeout:"), m_timeout);
    m_form->addRow(QString(), m_enabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("destinationButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationDialog::applyKind);
    m_form->setRowVisible(m_generatedPanel, false);
    applyKind();
    m_name->setFocus();
}

QString DestinationDialog::name() const
{
    return m_name->text().trimmed();
}

QString DestinationDialog::kind() const
{
    return m_kind->currentData().toString();
}

void DestinationDialog::applyKind()
{
    const QString chosen = kind();
    const bool webhook = chosen == IntegrationText::Webhook;
    const KindTexts texts = kindTexts(chosen);
    m_url->setPlaceholderText(texts.url);
    m_url->setToolTip(texts.urlTip);
    m_secretLabel->setText(texts.secretLabel);
    m_secret->setToolTip(texts.secretTip);
    if (!m_stored)
        m_secret->setPlaceholderText(texts.secretPlaceholder);
    m_generate->setVisible(webhook);
    if (!webhook) {
        m_form->setRowVisible(m_generatedPanel, false);
        m_userChanges->setChecked(false);
    }
    // Frappe's call makes check-ins, Odoo keeps attendance records: a change of an employee has
    // nowhere to go there.
    m_userChanges->setEnabled(webhook);
    m_userChanges->setToolTip(webhook ? QString() : IntegrationText::sendsNoUserChanges(chosen));
    m_form->setRowVisible(m_batchSize, webhook);
    for (QWidget *field :
         {static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_employeeField)})
        m_form->setRowVisible(field, chosen == IntegrationText::Erpnext);
    m_form->setRowVisible(m_odoo, chosen == IntegrationText::Odoo);
    ScreenFit::growToContents(this);
}

void DestinationDialog::generateSecret()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString secret = QString::fromLatin1(random.toHex());
    m_secret->setText(secret);
    m_generated->setText(secret);
    m_form->setRowVisible(m_generatedPanel, true);
    ScreenFit::growToContents(this);
}

services::DestinationSettings DestinationDialog::typedSettings() const
{
    services::DestinationSettings settings;
    settings.name = m_name->text();
    settings.kind = kind();
    settings.url = m_url->text();
    // Options the dialog does not show are kept as they are.
    settings.options = m_stored ? m_stored->options : QJsonObject();
    settings.options.insert(IntegrationText::TimeoutOption, m_timeout->value());
    if (settings.kind == IntegrationText::Webhook) {
        settings.options.insert(IntegrationText::BatchSizeOption, m_batchSize->value());
    } else if (settings.kind == IntegrationText::Odoo) {
        m_odoo->writeInto(settings.options);
    } else {
        settings.options.insert(IntegrationText::ApiKeyOption, m_apiKey->text().trimmed());
        settings.options.insert(IntegrationText::MethodOption, m_version->currentData().toString());
        settings.options.insert(IntegrationText::EmployeeFieldOption, m_employeeField->text().trimmed());
    }
    const QString secret = m_secret->text().trimmed();
    if (!m_stored || !secret.isEmpty())
        settings.secret = secret;
    settings.sendsPunches = m_punches->isChecked();
    settings.sendsCorrections = m_corrections->isChecked();
    settings.sendsUserChanges = m_userChanges->isChecked();
    settings.enabled = m_enabled->isChecked();
    return settings;
}

QWidget *DestinationDialog::fieldOf(const services::Outcome &outcome) const
{
    if (outcome.status != services::Outcome::Status::Refused)
        return nullptr;
    using services::IntegrationError;
    switch (outcome.error<IntegrationError>()) {
    case IntegrationError::EmptyName:
    case IntegrationError::NameTaken: return m_name;
    case IntegrationError::UnknownKind: return m_kind;
    case IntegrationError::BadUrl:
    case IntegrationError::InsecureUrl: return m_url;
    case IntegrationError::SecretMissing:
    case IntegrationError::NoKeyFile: return m_secret;
    case IntegrationError::NothingToSend: return m_punches;
    case IntegrationError::OptionMissing:
    case IntegrationError::BadOption: break;
    case IntegrationError::None: return nullptr;
    }
    const QString &option = outcome.subject;
    if (option == IntegrationText::TimeoutOption)
        return m_timeout;
    if (option == IntegrationText::BatchSizeOption)
        return m_batchSize;
    if (option == IntegrationText::ApiKeyOption)
        return m_apiKey;
    if (option == IntegrationText::MethodOption)
        return m_version;
    if (option == IntegrationText::EmployeeFieldOption)
        return m_employeeField;
    if (QWidget *odooField = m_odoo->fieldFor(option))
        return odooField;
    if (option == QLatin1String("kind"))
        return m_kind;
    return option == QLatin1String("events") ? m_punches : nullptr;
}

void DestinationDialog::showRefusal(const services::Outcome &outcome)
{
    const QString keyFile = services::SecretBox::keyFileFor(m_context.connection().config());
    m_error->showProblem(IntegrationText::refusal(outcome, m_name->text(), keyFile));
    if (QWidget *field = fieldOf(outcome)) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void DestinationDialog::accept()
{
    // What the option could not hold (a user twice in Odoo's table) is refused before it is lost.
    if (kind() == IntegrationText::Odoo) {
        if (const services::Outcome table = m_odoo->checkTable(); !table.ok()) {
            showRefusal(table);
            return;
        }
    }
    const services::DestinationSettings wanted = typedSettings();
    const bool hasStoredSecret = m_stored && !m_stored->sealedSecret.isEmpty();
    if (const services::Outcome checked = services::IntegrationAdmin::checkSettings(wanted, hasStoredSecret);
        !checked.ok()) {
        showRefusal(checked);
        return;
    }
    // Sealed under the installation's key file, made the first time one is needed.
    std::optional<services::SecretBox> box;
    if (wanted.secret) {
        QString error;
        box = services::SecretBox::open(services::SecretBox::keyFileFor(m_context.connection().config()), true, &error);
        if (!box) {
            services::Outcome unsealable = services::Outcome::refused(services::IntegrationError::NoKeyFile);
            unsealable.detail = error;
            showRefusal(unsealable);
            return;
        }
    }
    const qint64 storedId = m_stored ? m_stored->id : 0;
    const services::Outcome saved =
        m_context.reader().wait([&wanted, &box, storedId, actor = m_context.actor()](const QSqlDatabase &db) {
            services::IntegrationAdmin admin(db, box ? &*box : nullptr);
            return storedId != 0 ? admin.change(actor, storedId, wanted) : admin.add(actor, wanted);
        });
    if (!saved.ok()) {
        showRefusal(saved);
        return;
    }
    m_destinationId = storedId != 0 ? storedId : saved.id;
    m_context.notifyChanged(ConsoleContext::Settings);
    QDialog::accept();
}

} // namespace punchclock::ui
