#include "datasection.h"

#include "backgroundtask.h"
#include "backupsection.h"
#include "consolecontext.h"
#include "icons.h"
#include "settingskeys.h"
#include "settingsstore.h"

#include "connection.h"
#include "databasebackup.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace punchclock::ui {

namespace {

const QString databaseFileName = QStringLiteral("punchclock.sqlite");

} // namespace

DataSection::DataSection(ConsoleContext &context, QWidget *parent)
    : QGroupBox(tr("Data"), parent)
    , m_context(context)
    , m_path(new QLabel(this))
    , m_size(new QLabel(this))
    , m_nextStart(new QLabel(this))
    , m_error(new QLabel(this))
    , m_openFolder(new QPushButton(themedIcon("document-open"), tr("&Open folder"), this))
    , m_move(new QPushButton(themedIcon("document-export"), tr("Mo&ve database…"), this))
{
    setObjectName(QStringLiteral("dataSection"));
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_size->setObjectName(QStringLiteral("databaseSize"));
    m_nextStart->setObjectName(QStringLiteral("databaseNextStart"));
    m_nextStart->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("databaseMoveError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_openFolder->setObjectName(QStringLiteral("openDatabaseFolder"));
    m_move->setObjectName(QStringLiteral("moveDatabase"));

    auto *form = new QFormLayout(this);
    m_pathLabel = new QLabel(tr("Database file:"), this);
    form->addRow(m_pathLabel, m_path);
    form->addRow(tr("Size:"), m_size);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_move);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    form->addRow(m_nextStart);
    form->addRow(m_error);

    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_context.connection().config().path).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            SettingsStore::showError(m_error,
                                     tr("No file manager could open %1.").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_move, &QPushButton::clicked, this, &DataSection::moveDatabase);
    reload();
}

void DataSection::reload()
{
    const storage::DatabaseConfig &config = m_context.connection().config();
    if (config.isPostgres()) {
        // A server's database: nothing of it lives in a folder of this PC to open or move.
        m_pathLabel->setText(tr("Database:"));
        m_path->setText(config.displayName());
        m_size->setText(tr("kept by the PostgreSQL server"));
        m_openFolder->setVisible(false);
        m_move->setVisible(false);
        m_nextStart->setText(tr("Every console and server that uses this database sees the same data, and sees "
                                "changes within a second. To use another database, start Punchclock with --db or "
                                "PUNCHCLOCK_DB."));
        return;
    }
    const QString path = config.path;
    m_path->setText(QDir::toNativeSeparators(path));
    // The WAL holds what the checkpointer has not yet copied into the file: part of the size.
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    m_size->setText(QLocale().formattedDataSize(bytes));
    showMoveChoice();
}

void DataSection::showMoveChoice()
{
    const QString folder = QSettings().value(QLatin1String(settingskeys::DatabaseFolder)).toString();
    const QString target = folder.isEmpty() ? QString() : QDir(folder).filePath(databaseFileName);
    if (target.isEmpty() || QFileInfo(target) == QFileInfo(m_context.connection().config().path)) {
        m_nextStart->setText(tr("To move the database, choose a new folder: a copy is made there now and used from "
                                "the next start. Starting with --db or PUNCHCLOCK_DB overrides this."));
        return;
    }
    m_nextStart->setText(tr("From the next start Punchclock uses %1. Until then it goes on with the file above, so "
                            "what arrives meanwhile is not in the copy: restart soon.")
                             .arg(QDir::toNativeSeparators(target)));
}

void DataSection::moveDatabase()
{
    QFileDialog dialog(this, tr("Move the database to"));
    dialog.setObjectName(QStringLiteral("moveDatabaseDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString folder = dialog.selectedFiles().first();
    const QString target = QDir(folder).filePath(databaseFileName);
    if (QFileInfo(target) == QFileInfo(m_context.connection().config().path)) {
        SettingsStore::showError(m_error, tr("The database is already in that folder."));
        Q_EMIT moveFinished(false);
        return;
    }
    m_move->setEnabled(false);
    SettingsStore::showError(m_error, {});
    const storage::DatabaseConfig config = m_context.connection().config();
    const services::Actor actor = m_context.actor();
    runInBackground<services::Outcome>(
        this,
        [config, target, actor] {
            // Never over an existing database: it may be another installation's data.
            return BackupSection::inOwnConnection(
                config, storage::DatabaseBackup::Problem::CannotWrite,
                [&](services::BackupAdmin &admin) { return admin.backupTo(actor, target); });
        },
        [this, folder, target](const services::Outcome &outcome) {
            m_move->setEnabled(true);
            const storage::DatabaseBackup::Result result = BackupSection::resultOf(outcome, target);
            if (outcome.ok())
                QSettings().setValue(QLatin1String(settingskeys::DatabaseFolder), folder);
            else if (outcome.status == services::Outcome::Status::Refused &&
                     result.problem == storage::DatabaseBackup::Problem::TargetExists)
                SettingsStore::showError(m_error, tr("%1 already holds a Punchclock database; it was left as it is. "
                                                     "Choose an empty folder.")
                                                      .arg(QDir::toNativeSeparators(folder)));
            else
                SettingsStore::showError(m_error, BackupSection::outcomeText(outcome, target));
            showMoveChoice();
            Q_EMIT moveFinished(outcome.ok());
        });
}

} // namespace punchclock::ui
