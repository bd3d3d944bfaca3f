#include "consolelock.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "lockcover.h"
#include "lockdialog.h"

#include "servicecall.h"
#include "settingsrepository.h"

#include <QApplication>
#include <QEvent>
#include <QJsonObject>
#include <QWidget>

namespace punchclock::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress: return true;
    default: return false;
    }
}

} // namespace

ConsoleLock::ConsoleLock(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { lockBecause(Why::Idle); });
    connect(&context, &ConsoleContext::settingsChanged, this, &ConsoleLock::readSetting);
    qApp->installEventFilter(this);
    readSetting();
}

ConsoleLock::~ConsoleLock()
{
    qApp->removeEventFilter(this);
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    delete m_dialog.data();
}

bool ConsoleLock::isLocked() const
{
    return !m_dialog.isNull();
}

LockDialog *ConsoleLock::dialog() const
{
    return m_dialog.data();
}

int ConsoleLock::lockAfterMinutes(const QString &setting)
{
    bool ok = false;
    const int minutes = setting.toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultLockAfterMinutes;
}

void ConsoleLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_timeoutFixed = true;
    m_idle.setInterval(timeout);
    restartIdleTimer();
}

std::chrono::milliseconds ConsoleLock::idleTimeout() const
{
    return m_idle.intervalAsDuration();
}

void ConsoleLock::readSetting()
{
    if (m_timeoutFixed)
        return;
    m_context.reader().read<QString>(
        this,
        [](const QSqlDatabase &db) { return storage::SettingsRepository(db).value(QLatin1String(LockAfterKey)); },
        [this](const QString &setting) { applySetting(lockAfterMinutes(setting)); });
}

void ConsoleLock::applySetting(int minutes)
{
    if (m_timeoutFixed)
        return;
    if (m_idle.intervalAsDuration() == std::chrono::minutes(minutes))
        return;
    m_idle.setInterval(std::chrono::minutes(minutes));
    restartIdleTimer();
}

void ConsoleLock::restartIdleTimer()
{
    if (isLocked() || m_idle.intervalAsDuration().count() == 0)
        m_idle.stop();
    else
        m_idle.start();
}

bool ConsoleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!isLocked() && m_idle.isActive() && isInput(event->type()))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}

void ConsoleLock::lock()
{
    lockBecause(Why::Asked);
}

void ConsoleLock::lockBecause(Why why)
{
    if (isLocked() || !m_window)
        return;
    m_idle.stop();
    // A menu left open would stay above the cover.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const services::Actor actor = m_context.actor();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible())
            m_covers.append(new LockCover(window));
    }
    m_dialog = new LockDialog(m_context.reader(), actor, m_window);
    connect(m_dialog, &LockDialog::unlocked, this, &ConsoleLock::unlockAs);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    // Recorded once covered: the window hides what it shows at once, and a lock asked while the
    // record waits for the reader finds the console locked already.
    record(actor, QStringLiteral("console.lock"),
           {{QStringLiteral("reason"), why == Why::Idle ? QStringLiteral("idle") : QStringLiteral("asked")}});
    Q_EMIT locked();
}

void ConsoleLock::record(const services::Actor &actor, const QString &action, const QJsonObject &details)
{
    m_context.reader().wait([&](const QSqlDatabase &db) {
        return services::recordEvent(db, actor, action, QStringLiteral("console"), actor.origin, details);
    });
}

void ConsoleLock::unlockAs(const services::Actor &actor)
{
    const services::Actor before = m_context.actor();
    QJsonObject details;
    if (actor.operatorId != before.operatorId || actor.name != before.name)
        details.insert(QStringLiteral("locked_by"), before.name);
    // Recorded before the pages reload for the actor: the record need not wait for their reads.
    record(actor, QStringLiteral("console.unlock"), details);
    // Always the account as signed in now: its role or departments may have changed meanwhile
    // (by an administrator elsewhere, by a restore).
    m_context.setActor(actor);
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
    m_dialog->hide();
    m_dialog->deleteLater();
    m_dialog.clear();
    restartIdleTimer();
    Q_EMIT unlocked();
}

} // namespace punchclock::ui
