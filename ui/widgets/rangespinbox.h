#pragma once

#include <QSpinBox>

namespace punchclock::ui {

// A number field that says what it accepts ("1–65535", in its tooltip after the field's own)
// and refuses what lies outside in words, instead of QSpinBox's silence: QSpinBox drops the
// keystroke that would leave the range, so 99999 typed into a port becomes 9999.
// Typed digits beyond the range stay visible until editing ends (Enter, leaving the field); then
// the field shows its last valid value again and outOfRange() tells why, also as a tooltip.
class RangeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    RangeSpinBox(int minimum, int maximum, QWidget *parent = nullptr);

    // "1–65535", in the locale's digits, without group separators.
    QString rangeText() const;
    // "A whole number from 1–65535"
    QString rangeHint() const;
    // What the tooltip shows: the field's own tooltip, then the range.
    QString toolTipText() const;
    // Why `text` was refused, or empty when it is within the range (or not a number).
    QString refusal(const QString &text) const;

Q_SIGNALS:
    void outOfRange(const QString &why);

protected:
    bool event(QEvent *event) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refuseTyped();
};

} // namespace punchclock::ui
