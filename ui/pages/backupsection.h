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
    explicit BackupSection(ConsoleContext &context, QWidget *parent = nullptr);

    void reload();

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
    // Where the daily backups go: the one chosen, else the default next to the data.
    QString folder() const;
    void saveFolder();
    void saveDaily(bool on);
    void chooseFolder();
    void backUpNow();
    void restore();
    void restoreChecked(const QString &file, const storage::DatabaseBackup::Result &checked);
    void showLastBackup();
    // The last attempt of `kind` in `label`, `none` when there was none; whether there was one.
    bool showAttempt(QLabel *label, engine::BackupScheduler::Kind kind, const QString &none);
    void setBusy(bool busy, const QString &message = {});

    ConsoleContext &m_context;
    SettingsStore m_settings;
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
