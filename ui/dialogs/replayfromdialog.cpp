#include "replayfromdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

ReplayFromDialog::ReplayFromDialog(const QString &destinationName, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateEdit(QDate(today.year(), today.month(), 1), this))
{
    setObjectName(QStringLiteral("replayFromDialog"));
    setWindowTitle(tr("Send again to %1").arg(destinationName));
    m_from->setObjectName(QStringLiteral("replayFrom"));
    m_from->setCalendarPopup(true);

    auto *explanation = new QLabel(
        tr("Everything %1 receives from this day on is queued again, delivered or not: punches by their time, "
           "corrections and changes of employees by when they were made. A receiver that keeps events by their id "
           "counts none twice.")
            .arg(destinationName),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&From:"), this);
    label->setBuddy(m_from);
    form->addRow(label, m_from);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("replayFromButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Queue again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

QDate ReplayFromDialog::from() const
{
    return m_from->date();
}

void ReplayFromDialog::setFrom(QDate from)
{
    m_from->setDate(from);
}

} // namespace punchclock::ui
