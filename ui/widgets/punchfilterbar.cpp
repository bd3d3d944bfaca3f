#include "punchfilterbar.h"

#include "datepresetpicker.h"
#include "icons.h"
#include "punchwording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace punchclock::ui {

namespace {

// A direction choice in the combo: -1 any, else the protocol::Direction value.
constexpr int anyDirection = -1;

QString userChoice(const PunchFilterBar::Person &user)
{
    return user.name.isEmpty() ? user.id : PunchFilterBar::tr("%1 (%2)", "user name (user id)").arg(user.name, user.id);
}

} // namespace

PunchFilterBar::PunchFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_dates(new DatePresetPicker(QStringLiteral("punch"),
                                   {Range::Today, Range::Yesterday, Range::ThisWeek, Range::ThisMonth,
                                    Range::LastMonth, Range::AllTime, Range::Custom},
                                   Range::Today, this))
    , m_user(new QLineEdit(this))
    , m_userChoices(new QStringListModel(this))
    , m_userTyping(new QTimer(this))
    , m_terminal(new QComboBox(this))
    , m_verify(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_flagged(new QCheckBox(tr("F&lagged only"), this))
    , m_chips(new QHBoxLayout)
{
    m_user->setObjectName(QStringLiteral("punchUserFilter"));
    m_user->setPlaceholderText(tr("Name or ID"));
    m_user->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_userChoices, m_user);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_user->setCompleter(completer);
    m_userTyping->setSingleShot(true);
    m_userTyping->setInterval(300);
    connect(m_user, &QLineEdit::textEdited, m_userTyping, qOverload<>(&QTimer::start));
    connect(m_user, &QLineEdit::returnPressed, this, &PunchFilterBar::changed);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &PunchFilterBar::changed);
    connect(m_userTyping, &QTimer::timeout, this, &PunchFilterBar::changed);
    connect(m_user, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            changed(); // the clear button
    });

    m_terminal->setObjectName(QStringLiteral("punchTerminalFilter"));
    setTerminals({});
    m_verify->setObjectName(QStringLiteral("punchVerifyFilter"));
    m_verify->addItem(tr("Any method"), -1);
    for (protocol::VerifyMethod method : PunchWording::verifyMethodsInOrder())
        m_verify->addItem(PunchWording::verifyIcon(protocol::verifyMethodName(method)),
                          PunchWording::verifyMethod(method), int(method));
    m_direction->setObjectName(QStringLiteral("punchDirectionFilter"));
    m_direction->addItem(tr("In and out"), anyDirection);
    m_direction->addItem(PunchWording::directionIcon(QStringLiteral("in")),
                         PunchWording::direction(protocol::Direction::In), int(protocol::Direction::In));
    m_direction->addItem(PunchWording::directionIcon(QStringLiteral("out")),
                         PunchWording::direction(protocol::Direction::Out), int(protocol::Direction::Out));
    m_direction->addItem(PunchWording::direction(protocol::Direction::Unknown), int(protocol::Direction::Unknown));
    m_flagged->setObjectName(QStringLiteral("punchFlaggedOnly"));
    m_flagged->setToolTip(tr("Punches from terminals waiting for approval, or with an implausible clock"));

    connect(m_dates, &DatePresetPicker::rangeChanged, this, &PunchFilterBar::changed);
    for (QComboBox *combo : {m_terminal, m_verify, m_direction})
        connect(combo, &QComboBox::currentIndexChanged, this, &PunchFilterBar::changed);
    connect(m_flagged, &QCheckBox::toggled, this, &PunchFilterBar::changed);

    // Two rows: "Custom…" dates and longer words (Spanish) must not widen the window, and a
    // terminal's long name elides in its combo.
    m_terminal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_terminal->setMinimumContentsLength(16);
    auto *when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(m_dates);
    when->addWidget(labelled(tr("&User:"), m_user), 1);
    auto *what = new QHBoxLayout;
    what->setContentsMargins(0, 0, 0, 0);
    what->addWidget(labelled(tr("&Terminal:"), m_terminal));
    what->addWidget(labelled(tr("&Verified by:"), m_verify));
    what->addWidget(labelled(tr("I&n/Out:"), m_direction));
    what->addWidget(m_flagged);
    what->addStretch(1);
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(when);
    layout->addLayout(what);
    layout->addLayout(m_chips);
}

QWidget *PunchFilterBar::labelled(const QString &label, QWidget *field)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(label, box);
    caption->setBuddy(field);
    layout->addWidget(caption);
    layout->addWidget(field, 1);
    return box;
}

void PunchFilterBar::setToday(QDate today)
{
    m_dates->setToday(today);
}

void PunchFilterBar::setRange(Range range)
{
    m_dates->setPreset(range);
}

void PunchFilterBar::setCustomRange(QDate from, QDate to)
{
    m_dates->setCustomRange(from, to);
}

void PunchFilterBar::setUsers(const QList<Person> &users)
{
    m_users = users;
    QStringList choices;
    choices.reserve(users.size());
    for (const Person &user : users)
        choices << userChoice(user);
    m_userChoices->setStringList(choices);
}

void PunchFilterBar::setTerminals(const QList<Person> &terminals)
{
    const QString current = m_terminal->currentData().toString();
    m_quiet = true;
    m_terminal->clear();
    m_terminal->addItem(tr("All terminals"), QString());
    for (const Person &terminal : terminals)
        m_terminal->addItem(terminal.name.isEmpty() ? terminal.id : terminal.name, terminal.id);
    m_terminal->setCurrentIndex(std::max(0, m_terminal->findData(current)));
    m_quiet = false;
    if (m_terminal->currentData().toString() != current)
        changed();
}

QStringList PunchFilterBar::userIdsFor(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Person &user : m_users) {
        if (userChoice(user) == wanted)
            return {user.id};
    }
    // Punches may carry ids nobody enrolled here: the text itself is always one of the ids.
    QStringList ids{wanted};
    for (const Person &user : m_users) {
        if (user.id != wanted && user.name.contains(wanted, Qt::CaseInsensitive))
            ids << user.id;
    }
    return ids;
}

storage::PunchQuery PunchFilterBar::query() const
{
    storage::PunchQuery query;
    query.from = m_dates->from();
    query.to = m_dates->to();
    query.userIds = userIdsFor(m_user->text());
    query.devId = m_terminal->currentData().toString();
    if (const int method = m_verify->currentData().toInt(); method >= 0)
        query.verifyMethod = protocol::VerifyMethod(method);
    if (const int direction = m_direction->currentData().toInt(); direction != anyDirection)
        query.direction = protocol::Direction(direction);
    query.flaggedOnly = m_flagged->isChecked();
    return query;
}

void PunchFilterBar::changed()
{
    if (m_quiet)
        return;
    m_userTyping->stop();
    rebuildChips();
    Q_EMIT queryChanged();
}

void PunchFilterBar::rebuildChips()
{
    while (m_chips->count() > 1) {
        QLayoutItem *item = m_chips->takeAt(0);
        // Out of the widget tree now; deleted later because a chip may be clearing itself.
        item->widget()->hide();
        item->widget()->setParent(nullptr);
        item->widget()->deleteLater();
        delete item;
    }
    const Range range = m_dates->preset();
    if (range != Range::Today) {
        const QLocale locale;
        const QString dates = range == Range::AllTime
                                  ? DatePresetPicker::presetName(range)
                                  : tr("%1 – %2").arg(locale.toString(m_dates->from(), QLocale::ShortFormat),
                                                      locale.toString(m_dates->to(), QLocale::ShortFormat));
        addChip(QStringLiteral("Date"), tr("Dates: %1").arg(dates), [this] { setRange(Range::Today); });
    }
    if (!m_user->text().trimmed().isEmpty())
        addChip(QStringLiteral("User"), tr("User: %1").arg(m_user->text().trimmed()), [this] { m_user->clear(); });
    if (m_terminal->currentIndex() > 0)
        addChip(QStringLiteral("Terminal"), tr("Terminal: %1").arg(m_terminal->currentText()),
                [this] { m_terminal->setCurrentIndex(0); });
    if (m_verify->currentIndex() > 0)
        addChip(QStringLiteral("Verify"), tr("Verified by: %1").arg(m_verify->currentText()),
                [this] { m_verify->setCurrentIndex(0); });
    if (m_direction->currentIndex() > 0)
        addChip(QStringLiteral("Direction"), tr("In/Out: %1").arg(m_direction->currentText()),
                [this] { m_direction->setCurrentIndex(0); });
    if (m_flagged->isChecked())
        addChip(QStringLiteral("Flagged"), tr("Flagged only"), [this] { m_flagged->setChecked(false); });
}

void PunchFilterBar::addChip(const QString &name, const QString &text, const std::function<void()> &clear)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("punchChip") + name);
    chip->setText(text);
    chip->setIcon(themedIcon("dialog-cancel"));
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setAutoRaise(true);
    chip->setProperty("chip", true);
    chip->setToolTip(tr("Remove this filter"));
    connect(chip, &QToolButton::clicked, this, [clear] { clear(); });
    m_chips->insertWidget(m_chips->count() - 1, chip);
    chip->show();
}

} // namespace punchclock::ui
