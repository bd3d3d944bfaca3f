#include "terminalpicker.h"

#include "statustone.h"
#include "terminalhealth.h"

namespace punchclock::ui {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

std::pair<QString, StatusTone> health(const storage::TerminalRow &terminal)
{
    switch (engine::TerminalHealth::stateOf(terminal)) {
    case engine::TerminalHealth::State::Online: return {TerminalPicker::tr("Online"), StatusTone::Good};
    case engine::TerminalHealth::State::Offline: return {TerminalPicker::tr("Offline"), StatusTone::Bad};
    case engine::TerminalHealth::State::Pending: return {TerminalPicker::tr("Waiting for approval"), StatusTone::Waiting};
    case engine::TerminalHealth::State::Blocked: return {TerminalPicker::tr("Blocked"), StatusTone::Inactive};
    }
    return {};
}

} // namespace

TerminalPicker::TerminalPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("terminalPicker"));
    addItem(tr("Choose a terminal…"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT devIdChanged(devId()); });
}

void TerminalPicker::setTerminals(const QList<storage::TerminalRow> &terminals)
{
    const QString current = devId();
    const QSignalBlocker blocker(this);
    while (count() > 1)
        removeItem(1);
    for (const storage::TerminalRow &terminal : terminals) {
        const QString name = terminal.name.isEmpty() ? terminal.devId : terminal.name;
        const auto [state, tone] = health(terminal);
        const QString label = terminal.name.isEmpty() ? tr("%1 · %2").arg(terminal.devId, state)
                                                      : tr("%1 (%2) · %3").arg(terminal.name, terminal.devId, state);
        addItem(toneIcon(tone), label, terminal.devId);
        setItemData(count() - 1, name, NameRole);
    }
    const int index = findData(current);
    setCurrentIndex(index < 0 ? 0 : index);
    if (devId() != current)
        Q_EMIT devIdChanged(devId());
}

QString TerminalPicker::devId() const
{
    return currentData().toString();
}

void TerminalPicker::setDevId(const QString &devId)
{
    const int index = findData(devId);
    setCurrentIndex(index < 0 ? 0 : index);
}

QString TerminalPicker::terminalName() const
{
    return currentData(NameRole).toString();
}

} // namespace punchclock::ui
