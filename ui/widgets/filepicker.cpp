#include "filepicker.h"

#include "icons.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace punchclock::ui {

FilePicker::FilePicker(const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_filter(filter)
{
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Choose a file"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("browseFile"));
    browse->setIcon(themedIcon("document-open"));
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose a file"));
    browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    setFocusProxy(m_path);
    connect(m_path, &QLineEdit::editingFinished, this, &FilePicker::takePath);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_path->text(), m_filter);
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

QString FilePicker::path() const
{
    return m_taken;
}

void FilePicker::setPath(const QString &path)
{
    m_path->setText(path);
    takePath();
}

bool FilePicker::isEditing() const
{
    return m_path->text().trimmed() != m_taken;
}

void FilePicker::takePath()
{
    const QString typed = m_path->text().trimmed();
    if (typed == m_taken)
        return;
    m_taken = typed;
    Q_EMIT pathChanged(m_taken);
}

bool FilePicker::read(QByteArray *data, QString *error) const
{
    QFile file(m_taken);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read this file: %1").arg(file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace punchclock::ui
