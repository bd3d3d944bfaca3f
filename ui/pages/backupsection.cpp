#include "backupsection.h"

#include "backgroundtask.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "displayformat.h"
#include "icons.h"
#include "permissiontext.h"
#include "rangespinbox.h"
#include "settingsstore.h"

#include "backupscheduler.h"
#include "settingsrepository.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace punchclock::ui {

namespace {

using engine::BackupScheduler;
using storage::DatabaseBackup;

} // namespace

BackupSection::BackupSection(ConsoleContext &context, SettingsStore &settings, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_context(context)
    , m_settings(settings)
    , m_form(new QFormLayout(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_keep(new RangeSpinBox(1, 365, this))
    , m_daily(new QCheckBox(tr("Back up &every day"), this))
    , m_folderError(SettingsStore::errorLabel("backupFolderError", this))
    , m_last(new QLabel(this))
    , m_lastManual(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_backUpNow(new QPushButton(themedIcon("document-save"), tr("Back &up now…"), this))
    , m_restore(new QPushButton(themedIcon("document-open"), tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("backupSection"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("Folder for the daily backups, best on another disk"));
    m_browse->setObjectName(QStringLiteral("browseBackupFolder"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_daily->setObjectName(QStringLiteral("backupDaily"));
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastManual->setObjectName(QStringLiteral("lastManualBackup"));
    m_lastManual->setWordWrap(true);
    m_lastManual->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setWordWrap(true);
    m_progress->setVisible(false);
    m_backUpNow->setObjectName(QStringLiteral("backupNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_form->addRow(folderLabel, folderRow);
    m_form->addRow(QString(), m_folderError);
    m_form->addRow(QString(), m_daily);
    auto *keepLabel = new QLabel(tr("Backups to &keep:"), this);
    keepLabel->setBuddy(m_keep);
    m_form->addRow(keepLabel, m_keep);
    m_form->addRow(tr("Last daily backup:"), m_last);
    m_form->addRow(tr("Last backup by hand:"), m_lastManual);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    m_form->addRow(QString(), buttons);
    m_form->addRow(QString(), m_progress);

    connect(m_folder, &QLineEdit::editingFinished, this, &BackupSection::saveFolder);
    connect(m_browse, &QPushButton::clicked, this, &BackupSection::chooseFolder);
    connect(m_daily, &QCheckBox::toggled, this, &BackupSection::saveDaily);
    connect(m_keep, &QSpinBox::editingFinished, this,
            [this] { m_settings.save(BackupScheduler::KeepKey, QString::number(m_keep->value()), m_folderError); });
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupSection::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restore);
}

QStringList BackupSection::storedKeys()
{
    QStringList keys;
    for (const char *key : {BackupScheduler::FolderKey, BackupScheduler::KeepKey, BackupScheduler::DailyKey})
        keys << QLatin1String(key);
    for (const BackupScheduler::Kind kind : {BackupScheduler::Kind::Daily, BackupScheduler::Kind::Manual}) {
        const BackupScheduler::AttemptKeys attempt = BackupScheduler::keysFor(kind);
        for (const char *key : {attempt.at, attempt.result, attempt.file, attempt.detail})
            keys << QLatin1String(key);
    }
    return keys;
}

void BackupSection::present()
{
    // What the scheduler does, defaults included.
    if (!SettingsStore::isBeingEdited(m_folder))
        m_folder->setText(QDir::toNativeSeparators(folder()));
    if (!SettingsStore::isBeingEdited(m_keep))
        m_keep->setValue(BackupScheduler::keepFrom(m_settings.value(BackupScheduler::KeepKey)));
    {
        const QSignalBlocker blocker(m_daily);
        m_daily->setChecked(BackupScheduler::dailyOnFrom(m_settings.value(BackupScheduler::DailyKey)));
    }
    showLastBackup();
}

QString BackupSection::problemText(const DatabaseBackup::Result &result, const QString &file)
{
    const QString name = QDir::toNativeSeparators(file);
    switch (result.problem) {
    case DatabaseBackup::Problem::None: return {};
    case DatabaseBackup::Problem::NotSupported:
        return tr("Backups work with SQLite and PostgreSQL databases only.");
    case DatabaseBackup::Problem::TargetExists: return tr("%1 already exists and was left as it is.").arg(name);
    case DatabaseBackup::Problem::CannotWrite:
        return tr("%1 could not be written (%2). Check that the folder exists, is writable and has free space.")
            .arg(name, result.detail);
    case DatabaseBackup::Problem::NotFound: return tr("%1 does not exist.").arg(name);
    case DatabaseBackup::Problem::NotSqlite:
        return tr("%1 is not a Punchclock backup: it is not a database file.").arg(name);
    case DatabaseBackup::Problem::Damaged:
        return tr("%1 is damaged and cannot be restored (integrity check: %2).").arg(name, result.detail);
    case DatabaseBackup::Problem::NotPunchclock:
        return tr("%1 is a database, but not one of Punchclock (it has no “%2” table).").arg(name, result.detail);
    case DatabaseBackup::Problem::NewerSchema:
        return tr("%1 was made by a newer version of Punchclock. Update Punchclock on this PC, then restore it.")
            .arg(name);
    case DatabaseBackup::Problem::RestoreFailed:
        return tr("Restoring %1 failed; the data was left unchanged (%2).").arg(name, result.detail);
    }
    return {};
}

DatabaseBackup::Result BackupSection::resultOf(const services::Outcome &outcome, const QString &file)
{
    DatabaseBackup::Result result;
    if (outcome.ok()) {
        result.bytes = QFileInfo(file).size();
        return result;
    }
    result.problem = outcome.status == services::Outcome::Status::Refused ? outcome.error<DatabaseBackup::Problem>()
                                                                          : DatabaseBackup::Problem::CannotWrite;
    result.detail = outcome.detail;
    return result;
}

QString BackupSection::outcomeText(const services::Outcome &outcome, const QString &file)
{
    if (outcome.status == services::Outcome::Status::NotAllowed)
        return PermissionText::denied(outcome);
    return problemText(resultOf(outcome, file), file);
}

services::Outcome BackupSection::inOwnConnection(const storage::DatabaseConfig &config,
                                                 DatabaseBackup::Problem noConnection, const BackupCall &call)
{
    QString error;
    const auto connection = storage::Connection::open(config, &error);
    if (!connection) {
        services::Outcome failed = services::Outcome::refused(noConnection);
        failed.detail = error;
        return failed;
    }
    services::BackupAdmin admin(connection->database());
    return call(admin);
}

QString BackupSection::folder() const
{
    return BackupScheduler::folderFrom(m_settings.value(BackupScheduler::FolderKey), m_context.connection().config());
}

void BackupSection::withCurrentFolder(std::function<void(const QString &folder)> then)
{
    setActionsEnabled(false); // one dialog at a time, also while the folder is read
    m_context.reader().read<QString>(
        this,
        [config = m_context.connection().config()](const QSqlDatabase &db) {
            return BackupScheduler::folder(storage::SettingsRepository(db), config);
        },
        [this, then = std::move(then)](const QString &folder) {
            setActionsEnabled(true);
            then(folder);
        });
}

void BackupSection::saveFolder()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder == this->folder())
        return;
    if (folder.isEmpty() && m_daily->isChecked() &&
        BackupScheduler::defaultFolder(m_context.connection().config()).isEmpty()) {
        SettingsStore::showError(m_folderError,
                                 tr("The daily backup needs a folder. Turn it off first to clear the folder."));
        return;
    }
    if (!folder.isEmpty()) {
        const QFileInfo info(folder);
        if (!info.isAbsolute()) {
            SettingsStore::showError(m_folderError,
                                     tr("Give the whole path of the folder, e.g. /media/backup/punchclock."));
            return;
        }
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
            SettingsStore::showError(m_folderError,
                                     tr("%1 cannot be created or written to.").arg(QDir::toNativeSeparators(folder)));
            return;
        }
    }
    m_settings.save(BackupScheduler::FolderKey, folder, m_folderError);
}

void BackupSection::saveDaily(bool on)
{
    saveFolder();
    if (on && folder().isEmpty()) {
        const QSignalBlocker blocker(m_daily);
        m_daily->setChecked(false);
        SettingsStore::showError(m_folderError, tr("Choose a folder for the daily backup first."));
        return;
    }
    m_settings.save(BackupScheduler::DailyKey, on ? QStringLiteral("1") : QStringLiteral("0"), m_folderError);
}

void BackupSection::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    saveFolder();
}

void BackupSection::showLastBackup()
{
    showAttempt(m_last, BackupScheduler::Kind::Daily, tr("No backup yet"));
    m_form->setRowVisible(m_lastManual, showAttempt(m_lastManual, BackupScheduler::Kind::Manual, QString()));
}

bool BackupSection::showAttempt(QLabel *label, BackupScheduler::Kind kind, const QString &none)
{
    const BackupScheduler::AttemptKeys keys = BackupScheduler::keysFor(kind);
    const QDateTime at = QDateTime::fromString(m_settings.value(keys.at), Qt::ISODateWithMs);
    if (!at.isValid()) {
        label->setText(none);
        label->setToolTip({});
        return false;
    }
    const QString file = QDir::toNativeSeparators(m_settings.value(keys.file));
    const QString code = m_settings.value(keys.result);
    if (code == QLatin1String("ok")) {
        label->setText(tr("%1, to %2").arg(DisplayFormat::age(at), file));
    } else {
        DatabaseBackup::Result failed;
        failed.problem = BackupScheduler::problemFromCode(code);
        failed.detail = m_settings.value(keys.detail);
        label->setText(tr("Failed %1: %2").arg(DisplayFormat::age(at), problemText(failed, file)));
    }
    label->setToolTip(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    return true;
}

void BackupSection::setActionsEnabled(bool enabled)
{
    m_backUpNow->setEnabled(enabled);
    m_restore->setEnabled(enabled);
}

void BackupSection::setBusy(bool busy, const QString &message)
{
    setActionsEnabled(!busy);
    m_progress->setText(message);
    m_progress->setVisible(!message.isEmpty());
}

void BackupSection::backUpNow()
{
    withCurrentFolder([this](const QString &folder) { backUpTo(folder); });
}

void BackupSection::backUpTo(QString folder)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::homePath();
    QFileDialog dialog(this, tr("Back up the database to"));
    dialog.setObjectName(QStringLiteral("backupFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDirectory(folder);
    // Not the daily backups' name: pruning them must not delete a copy made by hand.
    dialog.selectFile(DatabaseBackup::manualFileNameFor(now));
    dialog.setNameFilter(tr("Punchclock backups (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString file = dialog.selectedFiles().first();

    setBusy(true, tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)));
    const storage::DatabaseConfig config = m_context.connection().config();
    const services::Actor actor = m_context.actor();
    runInBackground<services::Outcome>(
        this,
        [config, file, actor] {
            // The file dialog asked before replacing an existing file.
            return inOwnConnection(config, DatabaseBackup::Problem::CannotWrite, [&](services::BackupAdmin &admin) {
                return admin.backupTo(actor, file, DatabaseBackup::Overwrite::Replace);
            });
        },
        [this, file](const services::Outcome &outcome) {
            // The service noted the attempt as the last backup made by hand.
            const DatabaseBackup::Result result = resultOf(outcome, file);
            m_context.notifyChanged(ConsoleContext::Settings);
            setBusy(false, result.ok()
                               ? tr("Backed up %1 to %2.")
                                     .arg(QLocale().formattedDataSize(result.bytes), QDir::toNativeSeparators(file))
                               : outcomeText(outcome, file));
            Q_EMIT backupFinished(result.ok());
        });
}

void BackupSection::restore()
{
    withCurrentFolder([this](const QString &folder) { restoreFrom(folder); });
}

void BackupSection::restoreFrom(const QString &folder)
{
    QFileDialog dialog(this, tr("Restore the database from"));
    dialog.setObjectName(QStringLiteral("restoreFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setDirectory(folder.isEmpty() ? QDir::homePath() : folder);
    dialog.setNameFilters({tr("Punchclock backups (*.sqlite)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString file = dialog.selectedFiles().first();
    setBusy(true, tr("Checking %1…").arg(QDir::toNativeSeparators(file)));
    runInBackground<DatabaseBackup::Result>(
        this, [file] { return DatabaseBackup::check(file); },
        [this, file](const DatabaseBackup::Result &checked) { restoreChecked(file, checked); });
}

void BackupSection::restoreChecked(const QString &file, const DatabaseBackup::Result &checked)
{
    if (!checked.ok()) {
        setBusy(false);
        QMessageBox::warning(this, tr("Cannot restore"), problemText(checked, file));
        Q_EMIT restoreFinished(false);
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Restore this backup?"),
                        tr("Replace all data with the backup %1 from %2?")
                            .arg(QDir::toNativeSeparators(file),
                                 QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
    confirm.setInformativeText(
        tr("Every terminal, user, punch, job and setting is replaced. What the database holds now "
           "is lost unless you back it up first. The server goes on with the restored data."));
    QPushButton *replace = confirm.addButton(tr("&Replace all data"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
    confirm.exec();
    if (confirm.clickedButton() != replace) {
        setBusy(false);
        return;
    }
    setBusy(true, tr("Restoring %1…").arg(QDir::toNativeSeparators(file)));
    const storage::DatabaseConfig config = m_context.connection().config();
    const services::Actor actor = m_context.actor();
    runInBackground<services::Outcome>(
        this,
        [config, file, actor] {
            return inOwnConnection(config, DatabaseBackup::Problem::RestoreFailed,
                                   [&](services::BackupAdmin &admin) { return admin.restoreFrom(actor, file); });
        },
        [this, file](const services::Outcome &outcome) {
            setBusy(false, outcome.ok() ? tr("Restored %1.").arg(QDir::toNativeSeparators(file)) : QString());
            if (!outcome.ok())
                QMessageBox::critical(this, tr("Restore failed"), outcomeText(outcome, file));
            m_context.notifyChanged(ConsoleContext::Everything);
            // The restored data has its own accounts: whoever acts from here signs in to them.
            if (outcome.ok())
                m_context.requestSignIn();
            Q_EMIT restoreFinished(outcome.ok());
        });
}

} // namespace punchclock::ui
