#pragma once

#include "recordlibrary.h"
#include "userrepository.h"

#include <QHash>
#include <QLineEdit>

class QStandardItemModel;

namespace punchclock::ui {

// A user id typed or found by name: the completer offers "Alice Smith (12)" for "smi" or "12"
// and puts only the id into the field (the form shows the name beside it). Ids the store does
// not know are allowed (a terminal may hold users this console has not met), but a person's
// name is not taken for an id, and a terminal that numbers its users takes digits only.
class UserPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit UserPicker(QWidget *parent = nullptr);

    void setUsers(const QList<storage::UserRow> &users);
    // The terminal the id is for: the record library it announced (fk_bin_data_lib) says whether
    // its user ids are numbers (protocol.md §8).
    void setTerminal(const QString &name, protocol::RecordLibrary library);
    QString userId() const;
    void setUserId(const QString &userId);
    bool isKnown() const;
    // The stored name of the current id; empty when unknown.
    QString userName() const;
    // Why the text cannot be taken as this terminal's user id, naming the field; empty when it
    // can (or is empty or breaks the protocol's own rule, which the protocol library reports).
    QString problem() const;

Q_SIGNALS:
    void userIdChanged(const QString &userId);
    // A user was chosen from the completer (as opposed to typed character by character).
    void userPicked(const QString &userId);

private:
    QStandardItemModel *m_completions;
    QHash<QString, QString> m_names;
    QString m_terminalName;
    bool m_numericIds = false;
};

} // namespace punchclock::ui
