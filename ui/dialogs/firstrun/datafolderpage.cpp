#include "datafolderpage.h"

#include "databaseconfig.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace punchclock::ui {

DataFolderPage::DataFolderPage(const QString &defaultFolder, QWidget *parent)
    : QWizardPage(parent)
    , m_onThisPc(new QRadioButton(tr("In a &folder on this PC")))
    , m_onServer(new QRadioButton(tr("On a Post&greSQL server, shared by several PCs or servers")))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(defaultFolder)))
    , m_url(new QLineEdit)
    , m_password(new QLineEdit)
    , m_folderRow(new QWidget)
    , m_serverFields(new QWidget)
    , m_problem(new QLabel)
{
    setTitle(tr("Where should Punchclock keep its data?"));
    setSubTitle(tr("Punches, users and settings are kept in one database file in this folder. "
                   "Choose a folder that is included in your regular backups."));
    m_onThisPc->setObjectName(QStringLiteral("dataOnThisPc"));
    m_onServer->setObjectName(QStringLiteral("dataOnServer"));
    m_onThisPc->setChecked(true);
    m_folder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_folder->setAccessibleName(tr("Data folder"));
    m_url->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://punchclock@db.example.com/punchclock"));
    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if ~/.pgpass does not hold it"));
    auto *browse = new QPushButton(tr("&Choose…"));
    browse->setObjectName(QStringLiteral("chooseDataFolderButton"));
    m_problem->setObjectName(QStringLiteral("dataFolderProblem"));
    m_problem->setProperty("role", QStringLiteral("fieldError"));
    m_problem->setWordWrap(true);

    auto *row = new QHBoxLayout(m_folderRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *server = new QFormLayout(m_serverFields);
    server->setContentsMargins(0, 0, 0, 0);
    server->addRow(tr("Database &URL:"), m_url);
    server->addRow(tr("&Password:"), m_password);
    auto *serverNote = new QLabel(tr("The password is used until Punchclock closes and never stored: put it in "
                                     "~/.pgpass not to be asked at every start."));
    serverNote->setWordWrap(true);
    serverNote->setProperty("role", QStringLiteral("hint"));
    server->addRow(serverNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onThisPc);
    layout->addWidget(m_folderRow);
    layout->addWidget(m_onServer);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &DataFolderPage::chooseFolder);
    for (QLineEdit *field : {m_folder, m_url})
        connect(field, &QLineEdit::textChanged, this, &DataFolderPage::check);
    connect(m_onServer, &QRadioButton::toggled, this, &DataFolderPage::check);
    check();
}

QString DataFolderPage::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

QString DataFolderPage::databaseUrl() const
{
    return m_onServer->isChecked() ? m_url->text().trimmed() : QString();
}

QString DataFolderPage::databasePassword() const
{
    return m_onServer->isChecked() ? m_password->text() : QString();
}

void DataFolderPage::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Data folder"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

// The folder may not exist yet (it is created), but whatever exists of it must be writable.
QString DataFolderPage::folderProblem() const
{
    const QString path = folder();
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose a folder.");
    if (!QDir::isAbsolutePath(path))
        return tr("Give the whole path, starting with /.");
    QFileInfo existing(path);
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(existing.absoluteFilePath()));
    if (!existing.isWritable())
        return tr("You cannot write to %1.").arg(QDir::toNativeSeparators(existing.absoluteFilePath()));
    return {};
}

QString DataFolderPage::urlProblem() const
{
    const QString url = databaseUrl();
    if (url.isEmpty())
        return tr("Give the database's URL: postgresql://user@host:port/database.");
    if (!storage::DatabaseConfig::looksLikeUrl(url))
        return tr("A database URL begins with postgresql://.");
    QString error;
    if (!storage::DatabaseConfig::fromUrl(url, &error))
        return error.contains(QLatin1String("carries a password"))
            ? tr("Leave the password out of the URL: type it in the field below, or put it in ~/.pgpass.")
            : tr("This URL cannot be read. Write it as postgresql://user@host:port/database.");
    return {};
}

void DataFolderPage::check()
{
    const bool onServer = m_onServer->isChecked();
    setSubTitle(onServer ? tr("Punches, users and settings are kept in a database on a PostgreSQL server. Other "
                              "consoles and servers can use the same database.")
                         : tr("Punches, users and settings are kept in one database file in this folder. "
                              "Choose a folder that is included in your regular backups."));
    m_serverFields->setEnabled(onServer);
    m_folderRow->setEnabled(!onServer);
    const QString problem = onServer ? urlProblem() : folderProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool DataFolderPage::isComplete() const
{
    return m_problem->text().isEmpty();
}

} // namespace punchclock::ui
