#include "auditfilterbar.h"

#include "auditwording.h"
#include "datepresetpicker.h"

#include <QComboBox>
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
    , m_dates(new DatePresetPicker(QStringLiteral("audit"),
                                   {Range::Today, Range::Last7Days, Range::Last30Days, Range::ThisYear,
                                    Range::AllTime, Range::Custom},
                                   Range::Last30Days, this))
    , m_actor(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_objectKind(new QComboBox(this))
    , m_objectId(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
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

    connect(m_dates, &DatePresetPicker::rangeChanged, this, &AuditFilterBar::changed);
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
    layout->addWidget(m_dates);
    layout->addWidget(labelled(this, tr("&Who:"), m_actor), 1);
    layout->addWidget(labelled(this, tr("W&hat:"), m_category), 1);
    layout->addWidget(labelled(this, tr("&Object:"), m_objectKind));
    layout->addWidget(m_objectId, 1);
}

storage::AuditFilter AuditFilterBar::filter() const
{
    storage::AuditFilter filter;
    filter.from = m_dates->from();
    filter.to = m_dates->to();
    filter.actor = m_actor->currentData().toString();
    filter.action = m_category->currentData().toString();
    filter.objectKind = m_objectKind->currentData().toString();
    if (!filter.objectKind.isEmpty())
        filter.objectId = m_objectId->text().trimmed();
    return filter;
}

void AuditFilterBar::setToday(QDate today)
{
    m_dates->setToday(today);
}

void AuditFilterBar::setRange(Range range)
{
    m_dates->setPreset(range);
}

void AuditFilterBar::setCustomRange(QDate from, QDate to)
{
    m_dates->setCustomRange(from, to);
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
