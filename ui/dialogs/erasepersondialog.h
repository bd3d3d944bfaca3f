#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace punchclock::ui {

// Confirms "Erase personal data": says what goes and what stays, asks whether the terminals
// holding the person lose them too, and wants the user id typed, so that a click on the wrong
// row erases no one.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(const QString &userId, const QString &name, const QStringList &terminalNames,
                      QWidget *parent = nullptr);

    bool isConfirmed() const;
    bool fromTerminals() const;

private:
    QString m_userId;
    QLineEdit *m_typed;
    QCheckBox *m_fromTerminals;
    QPushButton *m_erase;
};

} // namespace punchclock::ui
