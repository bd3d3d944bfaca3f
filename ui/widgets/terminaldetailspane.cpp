#include "terminaldetailspane.h"

#include "sitetimetext.h"

#include "displayformat.h"
#include "terminaltablemodel.h"

#include <QLocale>

namespace punchclock::ui {

namespace {

QString moment(const QDateTime &utc)
{
    if (!utc.isValid())
        return TerminalDetailsPane::tr("never");
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat),
                                         DisplayFormat::age(utc));
}

QString number(qint64 value)
{
    return value < 0 ? TerminalDetailsPane::tr("not known") : QLocale().toString(value);
}

} // namespace

TerminalDetailsPane::TerminalDetailsPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("terminalDetails"));
    setOpenLinks(false);
    showTerminal(nullptr);
}

void TerminalDetailsPane::showTerminal(const storage::TerminalRow *terminal, int queuedJobs)
{
    if (!terminal) {
        setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a terminal to see everything known about it.").toHtmlEscaped()));
        return;
    }
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td valign=top style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto section = [&rows](const QString &title) {
        rows << QStringLiteral("<tr><td colspan=2 style=\"padding-top:10px\"><big><b>%1</b></big></td></tr>")
                    .arg(title.toHtmlEscaped());
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    section(tr("Terminal"));
    row(tr("Name"), terminal->name.isEmpty() ? tr("(unnamed)") : terminal->name);
    row(tr("Device ID"), terminal->devId);
    row(tr("Status"), TerminalTableModel::statusText(*terminal, now));
    row(tr("Address"), terminal->pinned ? tr("%1 (pinned: requests from elsewhere are refused)").arg(terminal->remoteAddress)
                                        : terminal->remoteAddress);
    if (!terminal->previousAddress.isEmpty()) {
        //: %1 the address a terminal talked from before, %2 when it changed
        const QString before = tr("%1, until %2").arg(terminal->previousAddress, moment(terminal->addressChangedAt));
        row(tr("Address before"), before);
    }
    row(tr("Queued jobs"), QLocale().toString(queuedJobs));

    section(tr("Contact"));
    row(tr("First seen"), moment(terminal->firstSeen));
    row(tr("Last seen"), moment(terminal->lastSeen));
    row(tr("Last poll"), moment(terminal->lastPoll));
    row(tr("Poll interval"), terminal->pollIntervalSeconds ? tr("about %n s", nullptr, int(*terminal->pollIntervalSeconds))
                                                           : tr("not known yet"));
    row(tr("Counted offline after"), tr("%n s of silence", nullptr, int(engine::TerminalHealth::allowedSilenceSeconds(*terminal))));

    section(tr("Clock"));
    row(tr("Terminal clock at the last poll"), terminal->terminalClock.isValid()
                                                   ? SiteTimeText::labelled(terminal->terminalClock, m_siteZone)
                                                   : tr("not known"));
    row(tr("Clock drift"), terminal->clockDriftSeconds ? DisplayFormat::clockDrift(*terminal->clockDriftSeconds)
                                                       : tr("not known"));

    section(tr("Firmware (fk_info)"));
    row(tr("Firmware"), terminal->firmware);
    row(tr("Firmware file"), terminal->firmwareFilename);
    row(tr("Record library"), terminal->recordLibrary);
    row(tr("Supported enroll data"), terminal->supportedEnrollData.join(QLatin1String(", ")));
    row(tr("Fingerprint template version"), QString::number(terminal->fpDataVersion));
    row(tr("Face template version"), QString::number(terminal->faceDataVersion));
    row(tr("Palm vein template version"), QString::number(terminal->pvDataVersion));
    row(tr("Restart command sent as"), terminal->resetAsCommandCode ? QStringLiteral("cmd_code")
                                                                     : QStringLiteral("response_code"));

    section(tr("Counts (GET_DEVICE_STATUS)"));
    const TerminalTableModel::DeviceCounts counts = TerminalTableModel::countsOf(*terminal);
    row(tr("Reported"), moment(terminal->deviceStatusAt));
    row(tr("Users"), number(counts.users));
    row(tr("Faces"), number(counts.faces));
    row(tr("Fingerprints"), number(counts.fingers));
    row(tr("Logs"), number(counts.logs));
    QString html = QStringLiteral("<table cellspacing=2>%1</table>").arg(rows.join(QString()));
    if (m_keypadActivity) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(keypadActivityLink(), tr("Keypad activity: who enrolled or deleted whom at its keypad…").toHtmlEscaped());
    }
    setHtml(html);
}

} // namespace punchclock::ui
