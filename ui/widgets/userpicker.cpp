#include "userpicker.h"

#include "identifiers.h"
#include "recordlibrary.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <algorithm>
#include <limits>

namespace punchclock::ui {

namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

// QCompleter writes pathFromIndex() into the line edit, after every slot of activated(QModelIndex)
// has run, and again while a suggestion is highlighted: the id is what must land there.
class UserIdCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QString pathFromIndex(const QModelIndex &index) const override { return index.data(UserIdRole).toString(); }
};

bool isWordOf(const QString &text, const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.-]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    return name.compare(text, Qt::CaseInsensitive) == 0 ||
           std::any_of(words.cbegin(), words.cend(),
                       [&text](const QString &word) { return word.compare(text, Qt::CaseInsensitive) == 0; });
}

} // namespace

UserPicker::UserPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completions(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("userPicker"));
    setPlaceholderText(tr("User id, or type a name to search"));
    auto *completer = new UserIdCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
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

void UserPicker::setTerminal(const QString &name, protocol::RecordLibrary library)
{
    m_terminalName = name;
    m_numericIds = library != protocol::RecordLibrary::Unknown && !protocol::hasTextUserIds(library);
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

QString UserPicker::problem() const
{
    const QString id = userId();
    if (id.isEmpty() || isKnown() || !protocol::isValidUserId(id))
        return {};
    // A bare first name passes the protocol's rule, and would create a user with a name for an id.
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (!it.value().isEmpty() && isWordOf(id, it.value()))
            return tr("User id: “%1” is a name. Choose the person from the suggestions to fill in their id.").arg(id);
    }
    if (m_numericIds) {
        bool number = false;
        const qulonglong value = id.toULongLong(&number);
        if (!number || value > std::numeric_limits<quint32>::max())
            return tr("User id: %1 numbers its users, so the id is a number from 0 to %2.")
                .arg(m_terminalName, QString::number(std::numeric_limits<quint32>::max()));
    }
    return {};
}

} // namespace punchclock::ui
