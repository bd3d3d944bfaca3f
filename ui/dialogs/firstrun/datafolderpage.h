#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace punchclock::ui {

// Where the data lives: a database file in a folder of this PC (and its backups beside it), or a
// database on a PostgreSQL server that several PCs and servers share.
class DataFolderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DataFolderPage(const QString &defaultFolder, QWidget *parent = nullptr);

    QString folder() const;
    // The PostgreSQL database's URL when a server was chosen, else empty.
    QString databaseUrl() const;
    // Typed when the server asks for one that ~/.pgpass does not have; kept only in memory.
    QString databasePassword() const;
    bool isComplete() const override;

private:
    void chooseFolder();
    void check();
    QString folderProblem() const;
    QString urlProblem() const;

    QRadioButton *m_onThisPc;
    QRadioButton *m_onServer;
    QLineEdit *m_folder;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QWidget *m_folderRow;
    QWidget *m_serverFields;
    QLabel *m_problem;
};

} // namespace punchclock::ui
