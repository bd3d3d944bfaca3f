#pragma once

#include "userrepository.h"

#include <QHash>
#include <QLineEdit>

class QStandardItemModel;

namespace punchclock::ui {

// A user id typed or found by name: the completer offers "Alice Smith (12)" for "smi" or "12"
// and puts the id into the field. Ids the store does not know are allowed (a terminal may hold
// users this console has not met).
class UserPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit UserPicker(QWidget *parent = nullptr);

    void setUsers(const QList<storage::UserRow> &users);
    QString userId() const;
    void setUserId(const QString &userId);
    bool isKnown() const;
    // The stored name of the current id; empty when unknown.
    QString userName() const;

Q_SIGNALS:
    void userIdChanged(const QString &userId);
    // A user was chosen from the completer (as opposed to typed character by character).
    void userPicked(const QString &userId);

private:
    QStandardItemModel *m_completions;
    QHash<QString, QString> m_names;
};

} // namespace punchclock::ui
