#include "punchdetailspane.h"

#include "displayformat.h"

#include "punchbrowser.h"
#include "punchrepository.h"
#include "punchwording.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {
constexpr int photoWidth = 240;
}

PunchDetailsPane::PunchDetailsPane(ConsoleReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_read(reader, this, [this](Read read) { present(read); })
    , m_empty(new QLabel(tr("Select a punch to see it here."), this))
    , m_fields(new QWidget(this))
{
    m_empty->setObjectName(QStringLiteral("punchDetailsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_time = value("punchDetailTime");
    m_user = value("punchDetailUser");
    m_terminal = value("punchDetailTerminal");
    m_direction = value("punchDetailDirection");
    m_verify = value("punchDetailVerify");
    m_source = value("punchDetailSource");
    m_received = value("punchDetailReceived");
    m_flags = value("punchDetailFlags");
    m_photo = value("punchPhoto");
    m_photo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_time->setToolTip(tr("As the terminal's clock recorded it"));
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Terminal:"), m_terminal);
    form->addRow(tr("In/Out:"), m_direction);
    form->addRow(tr("Verified by:"), m_verify);
    form->addRow(tr("Arrived:"), m_source);
    form->addRow(tr("Stored:"), m_received);
    form->addRow(tr("Review:"), m_flags);
    form->addRow(tr("Photo:"), m_photo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    showPunch(0);
}

QLabel *PunchDetailsPane::value(const char *objectName)
{
    auto *label = new QLabel(m_fields);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void PunchDetailsPane::showPunch(qint64 punchId)
{
    m_wanted = std::max<qint64>(punchId, 0);
    if (m_wanted == 0)
        present({});
    else
        m_read.request([punchId](const QSqlDatabase &db) { return read(db, punchId); });
}

PunchDetailsPane::Read PunchDetailsPane::read(const QSqlDatabase &db, qint64 punchId)
{
    Read read;
    read.punchId = punchId;
    read.details = storage::PunchBrowser(db).details(punchId);
    if (read.details && read.details->punch.hasPhoto)
        read.photo = storage::PunchRepository(db).photo(punchId);
    return read;
}

void PunchDetailsPane::present(const Read &read)
{
    if (read.punchId != m_wanted)
        return; // another punch was selected since
    const qint64 punchId = read.punchId;
    const std::optional<storage::PunchDetails> &details = read.details;
    m_punchId = details ? punchId : 0;
    m_empty->setVisible(!details);
    m_fields->setVisible(bool(details));
    if (!details) {
        m_empty->setText(punchId > 0 ? tr("This punch could not be read from the database.")
                                     : tr("Select a punch to see it here."));
        m_photo->clear();
        return;
    }
    const storage::PunchRow &punch = details->punch;
    const QLocale locale;
    // The terminal's wall clock, shown as recorded: no zone, never converted.
    m_time->setText(QString(locale.toString(punch.ioTime.date(), QLocale::LongFormat) + QLatin1Char(' ') +
                            DisplayFormat::timeWithSeconds(punch.ioTime.time())));
    m_user->setText(details->userName.isEmpty() ? tr("ID %1, not in the user list").arg(punch.userId)
                                                : tr("%1, ID %2").arg(details->userName, punch.userId));
    m_terminal->setText(details->terminalName.isEmpty() ? punch.devId
                                                        : tr("%1 (%2)").arg(details->terminalName, punch.devId));
    const QString direction = PunchWording::direction(punch.direction);
    m_direction->setText(
        tr("%1 (io mode %2)").arg(direction.isEmpty() ? tr("No direction") : direction).arg(punch.ioModeRaw));
    m_verify->setText(
        tr("%1 (verify mode %2)").arg(PunchWording::verifyMethods(punch.verifyMethods)).arg(punch.verifyMode));
    const QString source =
        punch.source == QLatin1String("pull") ? tr("Pulled from the terminal's log") : tr("Sent live by the terminal");
    m_source->setText(punch.resendCount > 0 ? tr("%1; sent again %n time(s)", nullptr, punch.resendCount).arg(source)
                                            : source);
    m_received->setText(locale.toString(punch.receivedAt.toLocalTime(), QLocale::LongFormat));
    QStringList explanations;
    for (int flag : {int(storage::FromPendingTerminal), int(storage::ImplausibleTime)}) {
        if (punch.flags & flag)
            explanations << PunchWording::flagExplanation(flag);
    }
    m_flags->setText(explanations.isEmpty() ? tr("Nothing to review") : explanations.join(QLatin1String("\n\n")));

    QPixmap photo;
    if (punch.hasPhoto)
        photo.loadFromData(read.photo);
    if (photo.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(punch.hasPhoto ? tr("The terminal's photo could not be read.") : tr("No photo"));
    } else {
        m_photo->setPixmap(photo.width() > photoWidth ? photo.scaledToWidth(photoWidth, Qt::SmoothTransformation)
                                                      : photo);
    }
}

} // namespace punchclock::ui
