#include "handpicker.h"

#include "fingers.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace punchclock::ui {

namespace {

using protocol::Digit;

QString digitShortText(Digit digit)
{
    switch (digit) {
    case Digit::Thumb: return HandPicker::tr("Thumb");
    case Digit::Index: return HandPicker::tr("Index");
    case Digit::Middle: return HandPicker::tr("Middle");
    case Digit::Ring: return HandPicker::tr("Ring");
    case Digit::Little: return HandPicker::tr("Little");
    }
    return {};
}

// The fingers of a hand seen palm down, as on vendor enrollment screens: a hand's row reads
// little finger to thumb on the left, thumb to little finger on the right.
constexpr Digit leftOrder[] = {Digit::Little, Digit::Ring, Digit::Middle, Digit::Index, Digit::Thumb};
constexpr Digit rightOrder[] = {Digit::Thumb, Digit::Index, Digit::Middle, Digit::Ring, Digit::Little};

// Arrow keys move between the choices, as in a radio group.
class ChoiceButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int step = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down ? 1
                         : event->key() == Qt::Key_Left || event->key() == Qt::Key_Up  ? -1
                                                                                        : 0;
        if (step == 0 || !group()) {
            QToolButton::keyPressEvent(event);
            return;
        }
        // The next shown choice, round the ends (the face may be hidden).
        const QList<QAbstractButton *> buttons = group()->buttons();
        qsizetype at = buttons.indexOf(this);
        for (qsizetype tried = 1; tried < buttons.size(); ++tried) {
            at = (at + step + buttons.size()) % buttons.size();
            QAbstractButton *next = buttons.at(at);
            if (next->isVisible()) {
                next->setFocus(Qt::TabFocusReason);
                next->click();
                return;
            }
        }
    }
};

} // namespace

HandPicker::HandPicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto hand = [&](const QString &title, const char *objectName, const Digit(&order)[5], bool right) {
        auto *box = new QGroupBox(title, this);
        box->setObjectName(QLatin1String(objectName));
        auto *row = new QHBoxLayout(box);
        for (const Digit digit : order)
            row->addWidget(addButton(protocol::fingerBackupNumber(right, digit), digitShortText(digit)));
        layout->addWidget(box);
    };
    hand(tr("Left hand"), "leftHand", leftOrder, false);
    hand(tr("Right hand"), "rightHand", rightOrder, true);
    QAbstractButton *face = addButton(FaceBackupNumber, tr("Face"));
    face->setObjectName(QStringLiteral("faceChoice"));
    layout->addWidget(face);
    connect(m_group, &QButtonGroup::idClicked, this, &HandPicker::chosen);
}

QAbstractButton *HandPicker::addButton(int backupNumber, const QString &shortText)
{
    auto *button = new ChoiceButton(this);
    button->setObjectName(QStringLiteral("finger%1").arg(backupNumber));
    button->setCheckable(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setProperty("shortText", shortText);
    m_group->addButton(button, backupNumber);
    updateButton(backupNumber);
    return button;
}

void HandPicker::updateButton(int backupNumber)
{
    QAbstractButton *choice = button(backupNumber);
    if (!choice)
        return;
    const bool enrolled = m_enrolled.contains(backupNumber);
    const QString shortText = choice->property("shortText").toString();
    // The mark is text, so that it does not rely on colour and is read out.
    choice->setText(enrolled ? tr("%1 ✓").arg(shortText) : shortText);
    const QString name = choiceText(backupNumber);
    const QString spoken = enrolled ? tr("%1, already enrolled").arg(name) : name;
    choice->setToolTip(spoken);
    choice->setAccessibleName(spoken);
}

void HandPicker::setEnrolled(const QSet<int> &backupNumbers)
{
    m_enrolled = backupNumbers;
    for (QAbstractButton *choice : m_group->buttons())
        updateButton(m_group->id(choice));
}

void HandPicker::setFaceAvailable(bool available)
{
    button(FaceBackupNumber)->setVisible(available);
}

std::optional<int> HandPicker::backupNumber() const
{
    const int id = m_group->checkedId();
    return id < 0 ? std::nullopt : std::optional<int>(id);
}

void HandPicker::setBackupNumber(int backupNumber)
{
    if (QAbstractButton *choice = button(backupNumber))
        choice->click();
}

QAbstractButton *HandPicker::button(int backupNumber) const
{
    return m_group->button(backupNumber);
}

QString HandPicker::choiceText(int backupNumber)
{
    if (!protocol::isFingerBackupNumber(backupNumber))
        return tr("the face");
    const bool right = protocol::isRightHand(backupNumber);
    switch (protocol::digitOf(backupNumber)) {
    case Digit::Thumb: return right ? tr("the right thumb") : tr("the left thumb");
    case Digit::Index: return right ? tr("the right index finger") : tr("the left index finger");
    case Digit::Middle: return right ? tr("the right middle finger") : tr("the left middle finger");
    case Digit::Ring: return right ? tr("the right ring finger") : tr("the left ring finger");
    case Digit::Little: return right ? tr("the right little finger") : tr("the left little finger");
    }
    return {};
}

} // namespace punchclock::ui
