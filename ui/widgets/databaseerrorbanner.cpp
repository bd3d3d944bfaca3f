#include "databaseerrorbanner.h"

#include "consolecontext.h"
#include "statustone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace punchclock::ui {

DatabaseErrorBanner::DatabaseErrorBanner(ConsoleContext &context, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("databaseErrorBanner"));
    setProperty("banner", QStringLiteral("error"));
    setFrameShape(QFrame::StyledPanel);

    auto *icon = new QLabel;
    icon->setPixmap(toneIcon(StatusTone::Bad).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("databaseErrorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("&Try again"));
    retry->setObjectName(QStringLiteral("databaseErrorRetry"));
    connect(retry, &QPushButton::clicked, &context, &ConsoleContext::retryDatabase);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(retry, 0, Qt::AlignTop);

    connect(&context, &ConsoleContext::databaseFailed, this, &DatabaseErrorBanner::showError);
    connect(&context, &ConsoleContext::databaseRecovered, this, &QWidget::hide);
    if (context.databaseError().isEmpty())
        hide();
    else
        showError(context.databaseError());
}

void DatabaseErrorBanner::showError(const QString &message)
{
    m_text->setText(tr("Punchclock cannot read its database, so the pages may show less than is stored "
                       "and changes may not be saved. It tries again every few seconds.\n%1")
                        .arg(message));
    show();
}

} // namespace punchclock::ui
