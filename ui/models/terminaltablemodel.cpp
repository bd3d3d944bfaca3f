#include "terminaltablemodel.h"

#include "sitetimetext.h"

#include "displayformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdlib>
#include <tuple>

namespace punchclock::ui {

namespace {

QVariant count(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(QLocale().toString(value));
}

bool isNumeric(int column)
{
    switch (column) {
    case TerminalTableModel::ClockDriftColumn:
    case TerminalTableModel::UsersColumn:
    case TerminalTableModel::FacesColumn:
    case TerminalTableModel::FingersColumn:
    case TerminalTableModel::LogsColumn:
    case TerminalTableModel::QueuedJobsColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

TerminalTableModel::TerminalTableModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void TerminalTableModel::setTerminals(QList<storage::TerminalRow> terminals, QHash<QString, int> queuedJobs,
                                      const QDateTime &nowUtc)
{
    QList<Entry> entries;
    entries.reserve(terminals.size());
    for (storage::TerminalRow &terminal : terminals) {
        Entry entry;
        entry.counts = countsOf(terminal);
        entry.queuedJobs = queuedJobs.value(terminal.devId);
        entry.state = engine::TerminalHealth::stateOf(terminal, nowUtc);
        entry.statusText = statusText(terminal, nowUtc);
        entry.lastSeenText = DisplayFormat::age(terminal.lastSeen, nowUtc);
        entry.terminal = std::move(terminal);
        entries.append(std::move(entry));
    }
    replaceRows(m_entries, std::move(entries), [](const Entry &entry) { return entry.terminal.devId; }, &sameEntry);
}

bool TerminalTableModel::sameEntry(const Entry &a, const Entry &b)
{
    // Every field: the details pane shows more of the terminal than the columns do.
    const auto fields = [](const Entry &e) {
        const storage::TerminalRow &t = e.terminal;
        return std::tie(t.devId, t.name, t.approval, t.firmware, t.firmwareFilename, t.recordLibrary,
                        t.supportedEnrollData, t.fpDataVersion, t.faceDataVersion, t.pvDataVersion, t.remoteAddress,
                        t.firstSeen, t.lastSeen, t.lastPoll, t.terminalClock, t.clockDriftSeconds, t.deviceStatus,
                        t.deviceStatusAt, t.resetAsCommandCode, t.pollIntervalSeconds, e.queuedJobs, e.state,
                        e.statusText, e.lastSeenText);
    };
    return fields(a) == fields(b);
}

const storage::TerminalRow *TerminalTableModel::terminalAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).terminal : nullptr;
}

int TerminalTableModel::rowOf(const QString &devId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).terminal.devId == devId)
            return row;
    }
    return -1;
}

TerminalTableModel::DeviceCounts TerminalTableModel::countsOf(const storage::TerminalRow &terminal)
{
    DeviceCounts counts;
    if (terminal.deviceStatus.isEmpty())
        return counts;
    const QJsonObject json = QJsonDocument::fromJson(terminal.deviceStatus).object();
    const auto value = [&json](const char *key) { return qint64(json.value(QLatin1String(key)).toDouble(-1)); };
    // total_user_count includes managers; user_count alone would hide them.
    counts.users = value("total_user_count");
    counts.faces = value("face_count");
    counts.fingers = value("fp_count");
    counts.logs = value("total_log_count");
    return counts;
}

QString TerminalTableModel::statusText(const storage::TerminalRow &terminal, const QDateTime &nowUtc)
{
    switch (engine::TerminalHealth::stateOf(terminal, nowUtc)) {
    case engine::TerminalHealth::State::Online:
        return tr("Online");
    case engine::TerminalHealth::State::Pending:
        return tr("Waiting for approval");
    case engine::TerminalHealth::State::Blocked:
        return tr("Blocked");
    case engine::TerminalHealth::State::Offline:
        break;
    }
    const QDateTime seen = terminal.lastSeen.toLocalTime();
    if (!seen.isValid())
        return tr("Offline");
    const QLocale locale;
    if (seen.date() == nowUtc.toLocalTime().date())
        return tr("Offline since %1").arg(locale.toString(seen.time(), QLocale::ShortFormat));
    return tr("Offline since %1").arg(locale.toString(seen, QLocale::ShortFormat));
}

StatusTone TerminalTableModel::statusTone(engine::TerminalHealth::State state)
{
    switch (state) {
    case engine::TerminalHealth::State::Online:
        return StatusTone::Good;
    case engine::TerminalHealth::State::Pending:
        return StatusTone::Waiting;
    case engine::TerminalHealth::State::Offline:
        return StatusTone::Bad;
    case engine::TerminalHealth::State::Blocked:
        break;
    }
    return StatusTone::Inactive;
}

int TerminalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TerminalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerminalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return toneIcon(statusTone(entry.state));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return toneColor(statusTone(entry.state));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DevIdRole:
        return entry.terminal.devId;
    case ApprovalRole:
        return int(entry.terminal.approval);
    case StateRole:
        return int(entry.state);
    case SortRole:
        return sortValue(entry, index.column());
    default:
        return {};
    }
}

QVariant TerminalTableModel::display(const Entry &entry, int column) const
{
    const storage::TerminalRow &terminal = entry.terminal;
    switch (column) {
    case StatusColumn:
        return entry.statusText;
    case NameColumn:
        return terminal.name.isEmpty() ? tr("(unnamed)") : terminal.name;
    case DevIdColumn:
        return terminal.devId;
    case LastSeenColumn:
        return entry.lastSeenText;
    case ClockDriftColumn:
        return terminal.clockDriftSeconds ? DisplayFormat::clockDrift(*terminal.clockDriftSeconds) : QVariant();
    case UsersColumn:
        return count(entry.counts.users);
    case FacesColumn:
        return count(entry.counts.faces);
    case FingersColumn:
        return count(entry.counts.fingers);
    case LogsColumn:
        return count(entry.counts.logs);
    case FirmwareColumn:
        return terminal.firmware;
    case LibraryColumn:
        return terminal.recordLibrary;
    case AddressColumn:
        return terminal.remoteAddress;
    case QueuedJobsColumn:
        return entry.queuedJobs > 0 ? QVariant(QLocale().toString(entry.queuedJobs)) : QVariant();
    default:
        return {};
    }
}

QVariant TerminalTableModel::sortValue(const Entry &entry, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(entry.state);
    case LastSeenColumn:
        return entry.terminal.lastSeen;
    case ClockDriftColumn:
        // By how far off, either way.
        return entry.terminal.clockDriftSeconds ? std::llabs(*entry.terminal.clockDriftSeconds) : -1;
    case UsersColumn:
        return entry.counts.users;
    case FacesColumn:
        return entry.counts.faces;
    case FingersColumn:
        return entry.counts.fingers;
    case LogsColumn:
        return entry.counts.logs;
    case QueuedJobsColumn:
        return entry.queuedJobs;
    default:
        return display(entry, column);
    }
}

QVariant TerminalTableModel::toolTip(const Entry &entry, int column) const
{
    const storage::TerminalRow &terminal = entry.terminal;
    switch (column) {
    case StatusColumn:
    case LastSeenColumn:
        if (!terminal.lastSeen.isValid())
            return {};
        return tr("Last heard from at %1").arg(QLocale().toString(terminal.lastSeen.toLocalTime(), QLocale::LongFormat));
    case ClockDriftColumn:
        if (!terminal.clockDriftSeconds)
            return {};
        return tr("Terminal clock %1 (site time) at the last poll, %2 s from this site's clock")
            .arg(SiteTimeText::wallTime(terminal.terminalClock, QLocale::ShortFormat))
            .arg(*terminal.clockDriftSeconds);
    case UsersColumn:
    case FacesColumn:
    case FingersColumn:
    case LogsColumn:
        if (!terminal.deviceStatusAt.isValid())
            return tr("Not known yet: asked for at its next poll once the terminal is approved, or use Get status");
        return tr("As the terminal reported at %1")
            .arg(QLocale().toString(terminal.deviceStatusAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant TerminalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case NameColumn: return tr("Name");
    case DevIdColumn: return tr("Device ID");
    case LastSeenColumn: return tr("Last seen");
    case ClockDriftColumn: return tr("Clock drift");
    case UsersColumn: return tr("Users");
    case FacesColumn: return tr("Faces");
    case FingersColumn: return tr("Fingers");
    case LogsColumn: return tr("Logs");
    case FirmwareColumn: return tr("Firmware");
    case LibraryColumn: return tr("Record library");
    case AddressColumn: return tr("Address");
    case QueuedJobsColumn: return tr("Queued jobs");
    default: return {};
    }
}

} // namespace punchclock::ui
