#include "userpicker.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace punchclock::ui {

namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

} // namespace

UserPicker::UserPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completions(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("userPicker"));
    setPlaceholderText(tr("User id, or type a name to search"));
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    // QCompleter inserts the whole "Name (id)" first; the field holds only the id.
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString id = index.data(UserIdRole).toString();
        setText(id);
        Q_EMIT userPicked(id);
    });
    connect(this, &QLineEdit::textChanged, this, [this] { Q_EMIT userIdChanged(userId()); });
}

void UserPicker::setUsers(const QList<storage::UserRow> &users)
{
    m_completions->clear();
    m_names.clear();
    for (const storage::UserRow &user : users) {
        auto *item = new QStandardItem(user.name.isEmpty() ? user.userId
                                                           : tr("%1 (%2)").arg(user.name, user.userId));
        item->setData(user.userId, UserIdRole);
        m_completions->appendRow(item);
        m_names.insert(user.userId, user.name);
    }
}

QString UserPicker::userId() const
{
    return text().trimmed();
}

void UserPicker::setUserId(const QString &userId)
{
    setText(userId);
}

bool UserPicker::isKnown() const
{
    return m_names.contains(userId());
}

QString UserPicker::userName() const
{
    return m_names.value(userId());
}

} // namespace punchclock::ui
