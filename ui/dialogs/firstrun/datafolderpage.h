#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace punchclock::ui {

// Where the database and backups live.
class DataFolderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DataFolderPage(const QString &defaultFolder, QWidget *parent = nullptr);

    QString folder() const;
    bool isComplete() const override;

private:
    void chooseFolder();
    void check();

    QLineEdit *m_folder;
    QLabel *m_problem;
};

} // namespace punchclock::ui
