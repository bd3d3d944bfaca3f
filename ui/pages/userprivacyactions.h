#pragma once

#include "useractions.h"
#include "userrepository.h"

#include "privacyadmin.h"

#include <QHash>

namespace punchclock::ui {

// What the Users page does with a person's personal data: their history in the audit trail,
// everything stored about them exported to a folder, and their credentials and photo erased
// (from the store, and if asked from the terminals). Export and erasure are the
// administrators'; the services refuse anyone else, the page disables them first.
class UserPrivacyActions : public UserActions
{
    Q_OBJECT

public:
    using UserActions::UserActions;

    void showHistory(const storage::UserRow &user);
    // The rows are copies: the page's rows may change while the folder or the confirmation is asked.
    void exportData(storage::UserRow user);
    // `terminalNames`: dev_id → name, for the confirmation.
    void erase(storage::UserRow user, const QHash<QString, QString> &terminalNames);

    // The folder writes go to in tests, instead of asking (empty: ask).
    void setExportFolderForTests(const QString &folder) { m_exportFolder = folder; }
    // Answers the erasure's confirmation in tests instead of showing it: typed id, from terminals.
    void setErasureAnswerForTests(const QString &typedId, bool fromTerminals)
    {
        m_typedId = typedId;
        m_fromTerminals = fromTerminals;
        m_answerGiven = true;
    }

    static QString privacyRefusal(const services::Outcome &outcome);

private:
    QString m_exportFolder;
    QString m_typedId;
    bool m_fromTerminals = false;
    bool m_answerGiven = false;
};

} // namespace punchclock::ui
