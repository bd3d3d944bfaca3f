#include "terminalaccesssection.h"

#include "rangespinbox.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>

#include <limits>

namespace punchclock::ui {

namespace {

using engine::ServerSettings;

QSpinBox *countField(const char *objectName, QWidget *parent)
{
    auto *field = new RangeSpinBox(0, std::numeric_limits<int>::max(), parent);
    field->setObjectName(QLatin1String(objectName));
    field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return field;
}

// The entries the server would leave out, each checked by its own reading.
QStringList invalidNetworks(const QString &text)
{
    QStringList invalid;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!engine::parseAllowedNetworks(entry, nullptr, nullptr))
            invalid << entry.trimmed();
    }
    return invalid;
}

} // namespace

TerminalAccessSection::TerminalAccessSection(SettingsStore &settings, QWidget *parent)
    : QGroupBox(tr("Terminal access"), parent)
    , m_settings(settings)
    , m_networks(new QLineEdit(this))
    , m_networksError(SettingsStore::errorLabel("allowedNetworksError", this))
    , m_perAddress(countField("maxPendingPerAddress", this))
    , m_total(countField("maxPending", this))
    , m_countsError(SettingsStore::errorLabel("maxPendingError", this))
{
    setObjectName(QStringLiteral("terminalAccessSection"));
    m_networks->setObjectName(QStringLiteral("allowedNetworks"));
    m_networks->setPlaceholderText(tr("Any address; or networks such as 192.168.1.0/24, 10.0.0.0/8"));

    auto *form = new QFormLayout(this);
    auto *networksLabel = new QLabel(tr("Allowed &networks:"), this);
    networksLabel->setBuddy(m_networks);
    form->addRow(networksLabel, m_networks);
    form->addRow(QString(), m_networksError);
    auto *perAddressLabel = new QLabel(tr("New terminals that ma&y wait per address:"), this);
    perAddressLabel->setBuddy(m_perAddress);
    form->addRow(perAddressLabel, m_perAddress);
    auto *totalLabel = new QLabel(tr("New terminals that may wait &in total:"), this);
    totalLabel->setBuddy(m_total);
    form->addRow(totalLabel, m_total);
    form->addRow(QString(), m_countsError);
    form->addRow(SettingsStore::hintLabel(
        tr("Requests from other networks are refused and nothing of them is stored; separate networks with commas, "
           "and add 127.0.0.1 while a simulated terminal runs on this PC. A new terminal beyond the counts waiting "
           "for approval is refused until you approve or block some (0: none may wait). With automatic approval "
           "on, the counts do not apply."),
        this));

    connect(m_networks, &QLineEdit::editingFinished, this, &TerminalAccessSection::saveNetworks);
    connect(m_perAddress, &QSpinBox::editingFinished, this, [this] {
        saveCount(ServerSettings::MaxPendingPerAddressKey, &ServerSettings::maxPendingPerAddress, m_perAddress);
    });
    connect(m_total, &QSpinBox::editingFinished, this,
            [this] { saveCount(ServerSettings::MaxPendingKey, &ServerSettings::maxPending, m_total); });
}

QStringList TerminalAccessSection::storedKeys()
{
    return {QLatin1String(ServerSettings::AllowedNetworksKey)};
}

void TerminalAccessSection::present(const ServerSettings &current)
{
    m_current = current;
    if (!SettingsStore::isBeingEdited(m_networks))
        m_networks->setText(current.allowedNetworksText);
    if (!SettingsStore::isBeingEdited(m_perAddress))
        m_perAddress->setValue(current.maxPendingPerAddress);
    if (!SettingsStore::isBeingEdited(m_total))
        m_total->setValue(current.maxPending);
}

void TerminalAccessSection::saveNetworks()
{
    const QString text = m_networks->text().trimmed();
    if (const QStringList invalid = invalidNetworks(text); !invalid.isEmpty()) {
        const QString named = QStringLiteral("“%1”").arg(invalid.join(QStringLiteral("”, “")));
        SettingsStore::showError(m_networksError,
                                 tr("Not saved, not a network: %1. Write ADDRESS/PREFIX, such as 192.168.1.0/24 or "
                                    "fd00::/8; a single address is one host.")
                                     .arg(named));
        return;
    }
    if (text == m_settings.value(ServerSettings::AllowedNetworksKey).trimmed()) {
        SettingsStore::showError(m_networksError, {});
        return;
    }
    m_settings.save(ServerSettings::AllowedNetworksKey, text, m_networksError);
}

void TerminalAccessSection::saveCount(const char *key, int ServerSettings::*stored, const QSpinBox *field)
{
    // Compared with what the server acts on, so that leaving a field untouched writes no default.
    if (m_current.*stored != field->value() && m_settings.save(key, QString::number(field->value()), m_countsError))
        m_current.*stored = field->value();
}

} // namespace punchclock::ui
