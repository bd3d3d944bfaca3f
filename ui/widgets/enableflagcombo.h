#pragma once

#include <QComboBox>

namespace punchclock::ui {

// enable_flag ("ON" or "OFF") with what each means for the command at hand.
class EnableFlagCombo : public QComboBox
{
    Q_OBJECT

public:
    EnableFlagCombo(const QString &onText, const QString &offText, QWidget *parent = nullptr);

    QString flag() const; // "ON" or "OFF"
    // Any case; the choice stays for anything else.
    void setFlag(const QString &flag);
};

} // namespace punchclock::ui
