#pragma once

#include "actor.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QJsonObject;
class QWidget;

namespace punchclock::ui {

class ConsoleContext;
class LockDialog;

// Locks the console after a while without keyboard or mouse input to the application, or when
// asked (Ctrl+L): every window is covered, nothing in them is closed or reset, and a modal
// LockDialog asks the same operator's password, or lets another operator sign in instead, who
// then acts from this console. Both are in the audit trail ("console.lock", "console.unlock").
class ConsoleLock : public QObject
{
    Q_OBJECT

public:
    // Minutes without input before the console locks; 0 never (a database setting: the site's
    // policy, the same on every PC).
    static constexpr char LockAfterKey[] = "console.lock_after_min";
    static constexpr int DefaultLockAfterMinutes = 15;

    // `window`: where the lock dialog opens.
    ConsoleLock(ConsoleContext &context, QWidget *window);
    ~ConsoleLock() override;

    bool isLocked() const;
    // The dialog over the locked console; null while unlocked.
    LockDialog *dialog() const;
    // The idle time before locking, instead of the setting's (tests); zero never.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;

    // The setting, in minutes: the default when missing or not a number.
    static int lockAfterMinutes(const QString &setting);

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Why { Asked, Idle };
    void lockBecause(Why why);
    void readSetting();
    void applySetting(int minutes);
    void restartIdleTimer();
    void unlockAs(const services::Actor &actor);
    // In the audit trail, written on the console's reader.
    void record(const services::Actor &actor, const QString &action, const QJsonObject &details);

    ConsoleContext &m_context;
    QPointer<QWidget> m_window;
    QTimer m_idle;
    bool m_timeoutFixed = false;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace punchclock::ui
