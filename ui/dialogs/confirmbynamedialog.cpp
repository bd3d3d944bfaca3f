#include "confirmbynamedialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

ConfirmByNameDialog::ConfirmByNameDialog(const QString &title, const QString &warning, const QString &expectedName,
                                         const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_expected(expectedName)
    , m_typed(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("confirmByNameDialog"));
    setWindowTitle(title);
    auto *icon = new QLabel;
    icon->setPixmap(themedIcon("dialog-warning").pixmap(32, 32));
    auto *text = new QLabel(warning);
    text->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    auto *prompt = new QLabel(tr("Type the terminal's name, <b>%1</b>, to confirm:").arg(expectedName.toHtmlEscaped()));
    prompt->setBuddy(m_typed);
    m_typed->setObjectName(QStringLiteral("confirmName"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmButton"));
    ok->setText(actionText);
    ok->setEnabled(false);
    m_buttons->setObjectName(QStringLiteral("confirmByNameButtons"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(m_buttons);

    connect(m_typed, &QLineEdit::textChanged, this, [this, ok] { ok->setEnabled(isConfirmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ConfirmByNameDialog::isConfirmed() const
{
    return !m_expected.isEmpty() && m_typed->text().trimmed() == m_expected;
}

} // namespace punchclock::ui
