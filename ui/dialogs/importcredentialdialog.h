#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

// A credential from a file (what `punchclock job --save-bin` wrote, or any template file) for
// one user: which file and under which backup number. The page stores it.
class ImportCredentialDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCredentialDialog(const QString &userId, bool userHasTerminals, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    int backupNumber() const;
    QByteArray data() const { return m_data; }
    bool pushRequested() const;

    void accept() override;

private:
    void browse();
    void showError(const QString &error);

    QLineEdit *m_path;
    QComboBox *m_backupNumber;
    QCheckBox *m_push;
    QLabel *m_error;
    QByteArray m_data;
};

} // namespace punchclock::ui
