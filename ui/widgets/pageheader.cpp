#include "pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace punchclock::ui {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_actions(new QHBoxLayout)
{
    auto *titleLabel = new QLabel(title);
    titleLabel->setProperty("role", QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setProperty("role", QStringLiteral("pageSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(titleLabel);
    text->addWidget(m_summary);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(text, 1);
    layout->addLayout(m_actions);
}

void PageHeader::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString PageHeader::summary() const
{
    return m_summary->text();
}

void PageHeader::addAction(QWidget *widget)
{
    m_actions->addWidget(widget);
}

} // namespace punchclock::ui
