#pragma once

#include "settingsstore.h"

#include "backupadmin.h"
#include "backupscheduler.h"
#include "connection.h"
#include "databasebackup.h"
#include "outcome.h"

#include <functional>

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace punchclock::ui {

class ConsoleContext;

// Backups: the daily automatic backup (folder, how many to keep) that BackupScheduler makes in
// the console and in `serve`, how the last one went, and Back up now / Restore by hand.
class BackupSection : public QGroupBox
{
    Q_OBJECT

public:
    BackupSection(ConsoleContext &context, SettingsStore &settings, QWidget *parent = nullptr);

    // The keys present() shows, for the page's read.
    static QStringList storedKeys();
    // What `settings` holds now; a field being edited keeps what is typed.
    void present();

    // A backup problem in the operator's words; `file` is the backup concerned.
    static QString problemText(const storage::DatabaseBackup::Result &result, const QString &file);
    // What services::BackupAdmin said, as the backup's result (a success with the size of `file`).
    static storage::DatabaseBackup::Result resultOf(const services::Outcome &outcome, const QString &file);
    // What services::BackupAdmin said, in words: a missing right, or the backup's problem.
    static QString outcomeText(const services::Outcome &outcome, const QString &file);
    // BackupAdmin on a connection of its own, for a worker thread: a connection belongs to the
    // thread that opened it. `noConnection` is the refusal when it cannot be opened.
    using BackupCall = std::function<services::Outcome(services::BackupAdmin &)>;
    static services::Outcome inOwnConnection(const storage::DatabaseConfig &config,
                                             storage::DatabaseBackup::Problem noConnection, const BackupCall &call);

Q_SIGNALS:
    // After Back up now or Restore ended, successfully or not (tests wait for it).
    void backupFinished(bool ok);
    void restoreFinished(bool ok);

private:
    // Where the daily backups go: the one chosen, else the default next to the data. As
    // BackupScheduler reads it, from what the page read last and saved since.
    QString folder() const;
    // `then` with the folder as stored now, read on the console's reader: the file dialogs
    // start there even when it was changed elsewhere a moment ago.
    void withCurrentFolder(std::function<void(const QString &folder)> then);
    void saveFolder();
    void saveDaily(bool on);
    void chooseFolder();
    void backUpNow();
    void backUpTo(QString folder);
    void restore();
    void restoreFrom(const QString &folder);
    void restoreChecked(const QString &file, const storage::DatabaseBackup::Result &checked);
    void showLastBackup();
    // The last attempt of `kind` in `label`, `none` when there was none; whether there was one.
    bool showAttempt(QLabel *label, engine::BackupScheduler::Kind kind, const QString &none);
    void setActionsEnabled(bool enabled);
    void setBusy(bool busy, const QString &message = {});

    ConsoleContext &m_context;
    SettingsStore &m_settings;
    QFormLayout *m_form;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QSpinBox *m_keep;
    QCheckBox *m_daily;
    QLabel *m_folderError;
    QLabel *m_last;
    QLabel *m_lastManual;
    QLabel *m_progress;
    QPushButton *m_backUpNow;
    QPushButton *m_restore;
};

} // namespace punchclock::ui
