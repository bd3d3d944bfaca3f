#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace punchclock::ui {

// For what cannot be undone (clearing a terminal's logs or enrollments): the operator types
// the terminal's name, so that a click on the wrong row does not wipe the wrong terminal.
class ConfirmByNameDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmByNameDialog(const QString &title, const QString &warning, const QString &expectedName,
                        const QString &actionText, QWidget *parent = nullptr);

    bool isConfirmed() const;

private:
    QString m_expected;
    QLineEdit *m_typed;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock::ui
