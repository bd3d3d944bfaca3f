#include "rangespinbox.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace punchclock::ui {

namespace {

// Digits only, at most a few more than the maximum has: enough to see the mistake, not a novel.
bool looksLikeNumber(const QString &text, int maximum)
{
    if (text.isEmpty() || text.size() > QString::number(maximum).size() + 3)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// "65535", not "65,535": a port or a count reads as typed.
QString plain(const QLocale &locale, qlonglong number)
{
    QLocale plainLocale = locale;
    plainLocale.setNumberOptions(QLocale::OmitGroupSeparator);
    return plainLocale.toString(number);
}

} // namespace

RangeSpinBox::RangeSpinBox(int minimum, int maximum, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(minimum, maximum);
    // The value changes when typing ends, so a refused number leaves the one before it, not
    // whatever prefix of it was still in range (9999 of 99999).
    setKeyboardTracking(false);
    setAccessibleDescription(rangeHint());
    connect(this, &RangeSpinBox::outOfRange, this, [this](const QString &why) {
        QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
    });
}

QString RangeSpinBox::rangeText() const
{
    //: a range of whole numbers, e.g. "1–65535"
    return tr("%1–%2").arg(plain(locale(), minimum()), plain(locale(), maximum()));
}

QString RangeSpinBox::rangeHint() const
{
    return tr("A whole number from %1").arg(rangeText());
}

QString RangeSpinBox::toolTipText() const
{
    return toolTip().isEmpty() ? rangeHint() : toolTip() + QLatin1Char('\n') + rangeHint();
}

bool RangeSpinBox::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QSpinBox::event(event);
    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), toolTipText(), this);
    return true;
}

QString RangeSpinBox::refusal(const QString &text) const
{
    QString digits = text;
    if (!prefix().isEmpty() && digits.startsWith(prefix()))
        digits.remove(0, prefix().size());
    if (!suffix().isEmpty() && digits.endsWith(suffix()))
        digits.chop(suffix().size());
    digits = digits.trimmed().remove(locale().groupSeparator());
    if (!looksLikeNumber(digits, maximum()))
        return {};
    bool ok = false;
    const qlonglong typed = digits.toLongLong(&ok);
    if (ok && typed >= minimum() && typed <= maximum())
        return {};
    //: %1 what was typed, %2 the range, e.g. "1–65535", %3 the value kept
    return tr("%1 is outside %2; the field keeps %3.").arg(digits, rangeText(), plain(locale(), value()));
}

QValidator::State RangeSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // Keep the keystroke: the refusal is said in words when editing ends.
    return refusal(input).isEmpty() ? QValidator::Invalid : QValidator::Intermediate;
}

void RangeSpinBox::fixup(QString &input) const
{
    if (!refusal(input).isEmpty())
        input = prefix() + textFromValue(value()) + suffix();
    QSpinBox::fixup(input);
}

// Before QAbstractSpinBox puts the last valid value back, which would hide what was typed.
void RangeSpinBox::focusOutEvent(QFocusEvent *event)
{
    refuseTyped();
    QSpinBox::focusOutEvent(event);
}

void RangeSpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        refuseTyped();
    QSpinBox::keyPressEvent(event);
}

void RangeSpinBox::refuseTyped()
{
    const QString why = refusal(lineEdit()->text());
    if (why.isEmpty())
        return;
    lineEdit()->setText(prefix() + textFromValue(value()) + suffix());
    Q_EMIT outOfRange(why);
}

} // namespace punchclock::ui
