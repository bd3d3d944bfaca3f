#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

class ConsoleContext;
class ProblemLabel;

// Which user to read from which terminal (GET_USER_INFO): the store then holds what the
// terminal has, photo and credentials included.
class FetchUserDialog : public QDialog
{
    Q_OBJECT

public:
    FetchUserDialog(ConsoleContext &context, const QString &devId, const QString &userId, QWidget *parent = nullptr);

    QString devId() const;
    QString userId() const;

    void accept() override;

private:
    QComboBox *m_terminal;
    QLineEdit *m_userId;
    ProblemLabel *m_error;
};

} // namespace punchclock::ui
