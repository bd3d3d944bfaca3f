#pragma once

#include "keypadlogrepository.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// A terminal's administrator log in words, for the console's Keypad activity and the CLI's
// `devices keypad-log`: the action ("Enrolled finger 2", "Deleted the user"), who did it and
// to whom. Kinds without a known meaning read "Action 2", never nothing.
class KeypadActivityText
{
    Q_DECLARE_TR_FUNCTIONS(KeypadActivityText)

public:
    static QString action(const storage::KeypadLogRow &row);
    // "7 (Maya Santos)", "7" when the store does not know the name; empty for nobody.
    static QString person(const QString &id, const QString &name);
    // The manager column: the person, or "Nobody" when the terminal names none (no manager
    // enrolled, or a change made by the server).
    static QString manager(const storage::KeypadLogRow &row);
    // How the manager identified at the keypad ("finger 1", "password"); empty when not known.
    static QString verifiedWith(const storage::KeypadLogRow &row);
    // The record's bytes, for a record whose layout is not known and for tooltips.
    static QString recordHex(const storage::KeypadLogRow &row);

private:
    static QString credential(int backupNumber);
    static QString modified(int target);
};

} // namespace punchclock::ui
