#include "datafolderpage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

DataFolderPage::DataFolderPage(const QString &defaultFolder, QWidget *parent)
    : QWizardPage(parent)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(defaultFolder)))
    , m_problem(new QLabel)
{
    setTitle(tr("Where should Punchclock keep its data?"));
    setSubTitle(tr("Punches, users and settings are kept in one database file in this folder. "
                   "Choose a folder that is included in your regular backups."));
    m_folder->setObjectName(QStringLiteral("dataFolderEdit"));
    auto *browse = new QPushButton(tr("&Choose…"));
    browse->setObjectName(QStringLiteral("chooseDataFolderButton"));
    m_problem->setObjectName(QStringLiteral("dataFolderProblem"));
    m_problem->setProperty("role", QStringLiteral("fieldError"));
    m_problem->setWordWrap(true);

    auto *label = new QLabel(tr("Data &folder:"));
    label->setBuddy(m_folder);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &DataFolderPage::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &DataFolderPage::check);
    check();
}

QString DataFolderPage::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

void DataFolderPage::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Data folder"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

// The folder may not exist yet (it is created), but whatever exists of it must be writable.
void DataFolderPage::check()
{
    QString problem;
    const QString path = folder();
    if (m_folder->text().trimmed().isEmpty()) {
        problem = tr("Choose a folder.");
    } else if (!QDir::isAbsolutePath(path)) {
        problem = tr("Give the whole path, starting with /.");
    } else {
        QFileInfo existing(path);
        while (!existing.exists() && !existing.isRoot())
            existing = QFileInfo(existing.absolutePath());
        if (!existing.isDir())
            problem = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(existing.absoluteFilePath()));
        else if (!existing.isWritable())
            problem = tr("You cannot write to %1.").arg(QDir::toNativeSeparators(existing.absoluteFilePath()));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool DataFolderPage::isComplete() const
{
    return m_problem->text().isEmpty();
}

} // namespace punchclock::ui
