#include "auditfilterbar.h"

#include "auditwording.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace punchclock::ui {

namespace {

QWidget *labelled(QWidget *parent, const QString &label, QWidget *field)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(label, box);
    caption->setBuddy(field);
    layout->addWidget(caption);
    layout->addWidget(field, 1);
    return box;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_actor(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_objectKind(new QComboBox(this))
    , m_objectId(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    m_range->setObjectName(QStringLiteral("auditDateRange"));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom…"), int(Range::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &AuditFilterBar::changed);
    }
    m_from->setObjectName(QStringLiteral("auditDateFrom"));
    m_to->setObjectName(QStringLiteral("auditDateTo"));
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day"));

    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actor->setMinimumContentsLength(12);
    setActors({});
    m_category->setObjectName(QStringLiteral("auditCategoryFilter"));
    m_category->addItem(tr("Every change"), QString());
    for (const AuditWording::Category &category : AuditWording::categories())
        m_category->addItem(category.name, category.prefix);
    m_objectKind->setObjectName(QStringLiteral("auditObjectKindFilter"));
    m_objectKind->addItem(tr("Any object"), QString());
    for (const AuditWording::Category &kind : AuditWording::objectKinds())
        m_objectKind->addItem(kind.name, kind.prefix);
    m_objectId->setObjectName(QStringLiteral("auditObjectIdFilter"));
    m_objectId->setPlaceholderText(tr("The exact ID"));
    m_objectId->setClearButtonEnabled(true);
    m_objectId->setEnabled(false);
    m_objectId->setToolTip(tr("A user id, a terminal's dev_id, an operator's name…"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);

    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditFilterBar::rangeChosen);
    for (QComboBox *combo : {m_actor, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_objectKind, &QComboBox::currentIndexChanged, this, [this] {
        m_objectId->setEnabled(!m_objectKind->currentData().toString().isEmpty());
        changed();
    });
    connect(m_objectId, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_objectId, &QLineEdit::returnPressed, this, &AuditFilterBar::changed);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    connect(m_objectId, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            changed(); // the clear button
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelled(this, tr("&Date:"), m_range));
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(labelled(this, tr("&Who:"), m_actor), 1);
    layout->addWidget(labelled(this, tr("W&hat:"), m_category), 1);
    layout->addWidget(labelled(this, tr("&Object:"), m_objectKind));
    layout->addWidget(m_objectId, 1);
    setRange(Range::Last30Days);
}

storage::AuditFilter AuditFilterBar::filter() const
{
    storage::AuditFilter filter;
    if (Range(m_range->currentData().toInt()) != Range::AllTime) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.actor = m_actor->currentData().toString();
    filter.action = m_category->currentData().toString();
    filter.objectKind = m_objectKind->currentData().toString();
    if (!filter.objectKind.isEmpty())
        filter.objectId = m_objectId->text().trimmed();
    return filter;
}

void AuditFilterBar::setToday(QDate today)
{
    m_today = today;
    rangeChosen();
}

void AuditFilterBar::setRange(Range range)
{
    const int index = m_range->findData(int(range));
    if (index == m_range->currentIndex())
        rangeChosen();
    else
        m_range->setCurrentIndex(index);
}

void AuditFilterBar::setCustomRange(QDate from, QDate to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    setRange(Range::Custom);
}

void AuditFilterBar::rangeChosen()
{
    const auto range = Range(m_range->currentData().toInt());
    QDate from;
    switch (range) {
    case Range::Today: from = m_today; break;
    case Range::Last7Days: from = m_today.addDays(-6); break;
    case Range::Last30Days: from = m_today.addDays(-29); break;
    case Range::ThisYear: from = QDate(m_today.year(), 1, 1); break;
    case Range::AllTime:
    case Range::Custom: break;
    }
    m_quiet = true;
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(m_today);
    }
    m_from->setVisible(range == Range::Custom);
    m_to->setVisible(range == Range::Custom);
    m_quiet = false;
    changed();
}

void AuditFilterBar::setActors(const QStringList &actors)
{
    const QString chosen = m_actor->currentData().toString();
    m_quiet = true;
    m_actor->clear();
    m_actor->addItem(tr("Anyone"), QString());
    for (const QString &actor : actors)
        m_actor->addItem(actor, actor);
    const int index = m_actor->findData(chosen);
    if (index >= 0) {
        m_actor->setCurrentIndex(index);
    } else if (!chosen.isEmpty()) {
        // Kept while the list does not name them (yet): the filter stays what the user chose.
        m_actor->addItem(chosen, chosen);
        m_actor->setCurrentIndex(m_actor->count() - 1);
    }
    m_quiet = false;
}

void AuditFilterBar::setActor(const QString &actor)
{
    int index = m_actor->findData(actor);
    if (index < 0) {
        m_actor->addItem(actor, actor);
        index = m_actor->count() - 1;
    }
    m_actor->setCurrentIndex(index);
}

void AuditFilterBar::setCategory(const QString &prefix)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(prefix)));
}

void AuditFilterBar::setObject(const QString &kind, const QString &id)
{
    m_quiet = true;
    m_objectId->setText(id);
    m_quiet = false;
    const int index = std::max(0, m_objectKind->findData(kind));
    if (index == m_objectKind->currentIndex())
        changed();
    else
        m_objectKind->setCurrentIndex(index);
}

void AuditFilterBar::changed()
{
    if (m_quiet)
        return;
    m_typing->stop();
    Q_EMIT filterChanged();
}

} // namespace punchclock::ui
