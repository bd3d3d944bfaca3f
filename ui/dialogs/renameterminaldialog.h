#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

// The name shown on a terminal's screen and in the console (SET_FK_NAME), checked as typed.
class RenameTerminalDialog : public QDialog
{
    Q_OBJECT

public:
    RenameTerminalDialog(const QString &devId, const QString &currentName, QWidget *parent = nullptr);

    QString name() const;

private:
    void validate();

    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock::ui
