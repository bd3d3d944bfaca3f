#include "erasepersondialog.h"

#include "icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

ErasePersonDialog::ErasePersonDialog(const QString &userId, const QString &name, const QStringList &terminalNames,
                                     QWidget *parent)
    : QDialog(parent)
    , m_userId(userId)
    , m_typed(new QLineEdit(this))
    , m_fromTerminals(new QCheckBox(this))
    , m_erase(nullptr)
{
    setObjectName(QStringLiteral("erasePersonDialog"));
    setWindowTitle(tr("Erase personal data"));
    auto *icon = new QLabel(this);
    icon->setPixmap(themedIcon("dialog-warning").pixmap(32, 32));
    const QString who = name.isEmpty() ? userId : tr("%1 (%2)").arg(name, userId);
    auto *text = new QLabel(
        tr("<p>This removes the fingerprints, face and palm templates, photo, card and password of <b>%1</b> "
           "from Punchclock and disables them. It cannot be undone.</p>"
           "<p>Their user id, name, department, punches and corrections stay: the hours already paid were "
           "calculated from them. Backups made before now still hold the removed data.</p>")
            .arg(who.toHtmlEscaped()),
        this);
    text->setObjectName(QStringLiteral("eraseWarning"));
    text->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    m_fromTerminals->setObjectName(QStringLiteral("eraseFromTerminals"));
    if (terminalNames.isEmpty()) {
        m_fromTerminals->setText(tr("Also delete them from the terminals (none holds them)"));
        m_fromTerminals->setEnabled(false);
    } else {
        m_fromTerminals->setText(tr("Also delete them from the %n terminal(s) that hold them", nullptr,
                                    int(terminalNames.size())));
        m_fromTerminals->setToolTip(terminalNames.join(QLatin1String(", ")));
        m_fromTerminals->setChecked(true);
    }

    auto *prompt = new QLabel(tr("Type the user id, <b>%1</b>, to confirm:").arg(userId.toHtmlEscaped()), this);
    prompt->setBuddy(m_typed);
    m_typed->setObjectName(QStringLiteral("confirmUserId"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_erase = buttons->button(QDialogButtonBox::Ok);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setText(tr("&Erase"));
    m_erase->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fromTerminals);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    setMaximumWidth(640);

    connect(m_typed, &QLineEdit::textChanged, this, [this] { m_erase->setEnabled(isConfirmed()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ErasePersonDialog::isConfirmed() const
{
    return !m_userId.isEmpty() && m_typed->text().trimmed() == m_userId;
}

bool ErasePersonDialog::fromTerminals() const
{
    return m_fromTerminals->isEnabled() && m_fromTerminals->isChecked();
}

} // namespace punchclock::ui
