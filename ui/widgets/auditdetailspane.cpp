#include "auditdetailspane.h"

#include "auditwording.h"
#include "displayformat.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

AuditDetailsPane::AuditDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Select a record to see it here."), this))
    , m_fields(new QWidget(this))
    , m_values(new QTableWidget(0, 3, m_fields))
    , m_chain(nullptr)
{
    m_empty->setObjectName(QStringLiteral("auditDetailsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_action = value("auditDetailAction");
    m_action->setProperty("role", QStringLiteral("pageTitle"));
    m_time = value("auditDetailTime");
    m_actor = value("auditDetailActor");
    m_origin = value("auditDetailOrigin");
    m_object = value("auditDetailObject");
    form->addRow(tr("When:"), m_time);
    form->addRow(tr("Who:"), m_actor);
    form->addRow(tr("From:"), m_origin);
    form->addRow(tr("Object:"), m_object);

    m_values->setObjectName(QStringLiteral("auditDetailValues"));
    m_values->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setWordWrap(true);
    m_values->setAccessibleName(tr("Values before and after"));

    m_chain = value("auditDetailChain");
    m_chain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_chain->setToolTip(tr("Each record holds a hash of its content and of the record before it: "
                           "a record changed or removed afterwards breaks the chain there."));

    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_action);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_values, 1);
    fieldsLayout->addWidget(m_chain);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields, 1);
    showEntry(nullptr);
}

QLabel *AuditDetailsPane::value(const char *objectName)
{
    auto *label = new QLabel(m_fields);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void AuditDetailsPane::showEntry(const storage::AuditEntry *entry)
{
    m_empty->setVisible(!entry);
    m_fields->setVisible(entry);
    if (!entry)
        return;
    m_action->setText(AuditWording::action(entry->action));
    m_action->setToolTip(entry->action);
    m_time->setText(QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat));
    m_time->setToolTip(DisplayFormat::age(entry->at));
    //: Who made a change and as what: "anna (Operator)"
    m_actor->setText(tr("%1 (%2)").arg(entry->actor, AuditWording::actorKind(entry->actorKind)));
    m_origin->setText(entry->origin);
    m_object->setText(AuditWording::object(*entry));

    QStringList keys = entry->oldValue.keys();
    for (const QString &key : entry->newValue.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    m_values->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        auto *name = new QTableWidgetItem(AuditWording::field(key));
        name->setToolTip(key);
        m_values->setItem(row, 0, name);
        m_values->setItem(row, 1, new QTableWidgetItem(AuditWording::value(entry->oldValue.value(key))));
        m_values->setItem(row, 2, new QTableWidgetItem(AuditWording::value(entry->newValue.value(key))));
    }
    m_values->setVisible(!keys.isEmpty());
    m_values->resizeColumnToContents(0);
    //: The record's number and its hash in the audit trail's chain
    m_chain->setText(tr("Record %1 · %2").arg(entry->id).arg(entry->hash.left(16)));
}

} // namespace punchclock::ui
