#include "writecheck.h"

#include "commandbuilder.h"

#include <QTest>

using namespace punchclock;
using engine::checkWrite;
using engine::WriteCheck;
using protocol::CommandCode;

namespace {

const QString UserId = QStringLiteral("42");

protocol::UserEnrollment held(const QString &name = QStringLiteral("Maximili"),
                              const QString &privilege = QStringLiteral("USER"), bool enabled = true)
{
    protocol::UserEnrollment user;
    user.userId = UserId;
    user.name = name;
    user.privilegeName = privilege;
    user.enabled = enabled;
    user.credentials = {{0, QByteArray(800, 'a')}, {11, "12345678"}};
    return user;
}

QByteArray sent(const protocol::BuiltCommand &built)
{
    return built.parameters.encode();
}

} // namespace

// A write the terminal answered OK, compared with the user read back (issue 12 §5): each kind of
// write names what the terminal did not apply, and a name cut short gives the terminal's limit.
class tst_WriteCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteThatTookEffectPasses()
    {
        const WriteCheck check = checkWrite(CommandCode::SetUserName,
                                            sent(protocol::Commands::setUserName(UserId, QStringLiteral("Maximili"))),
                                            held());
        QVERIFY(check.applied());
        QVERIFY(!check.nameLimit);
    }

    void aNameCutShortGivesTheLimit()
    {
        const WriteCheck check = checkWrite(
            CommandCode::SetUserName, sent(protocol::Commands::setUserName(UserId, QStringLiteral("Maximilian"))),
            held());
        QVERIFY(!check.applied());
        QCOMPARE(check.nameLimit, std::optional<int>(8));
        QCOMPARE(check.message(), QStringLiteral("Terminal said OK but did not apply: the terminal kept only the "
                                                 "first 8 characters of the name (\"Maximili\")"));
    }

    void anIgnoredRenameSaysTheNameItKept()
    {
        const WriteCheck check = checkWrite(
            CommandCode::SetUserName, sent(protocol::Commands::setUserName(UserId, QStringLiteral("Anna"))), held());
        QVERIFY(!check.nameLimit);
        QCOMPARE(check.differences, QStringList{QStringLiteral("the name is still \"Maximili\", not \"Anna\"")});
        // A short name kept is not a cut: no terminal keeps fewer than 8 characters.
        protocol::UserEnrollment ann = held(QStringLiteral("Ann"));
        const WriteCheck ignored = checkWrite(
            CommandCode::SetUserName, sent(protocol::Commands::setUserName(UserId, QStringLiteral("Anna"))), ann);
        QVERIFY(!ignored.nameLimit);
        QCOMPARE(ignored.differences, QStringList{QStringLiteral("the name is still \"Ann\", not \"Anna\"")});
    }

    void anIgnoredPrivilegeIsUnchanged()
    {
        const WriteCheck check = checkWrite(
            CommandCode::SetUserPrivilege,
            sent(protocol::Commands::setUserPrivilege(UserId, QStringLiteral("MANAGER"))), held());
        QCOMPARE(check.differences, QStringList{QStringLiteral("the privilege is unchanged (USER, not MANAGER)")});
        // Case is not a difference.
        QVERIFY(checkWrite(CommandCode::SetUserPrivilege,
                           sent(protocol::Commands::setUserPrivilege(UserId, QStringLiteral("user"))), held())
                    .applied());
    }

    void aMissingOrDifferentCredentialIsNamed()
    {
        QCOMPARE(checkWrite(CommandCode::SetEnrollData,
                            sent(protocol::Commands::setEnrollData(UserId, 12, QByteArray(20000, 'f'))), held())
                     .differences,
                 QStringList{QStringLiteral("the face is missing")});
        QCOMPARE(checkWrite(CommandCode::SetEnrollData, sent(protocol::Commands::setEnrollData(UserId, 11, "99")),
                            held())
                     .differences,
                 QStringList{QStringLiteral("the card is not the one sent")});
        // A template re-encoded by the terminal is there all the same.
        QVERIFY(checkWrite(CommandCode::SetEnrollData,
                           sent(protocol::Commands::setEnrollData(UserId, 0, QByteArray(800, 'z'))), held())
                    .applied());
    }

    void aWholeUserIsComparedField_by_field()
    {
        protocol::UserEnrollment user = held(QStringLiteral("Maximilian"), QStringLiteral("MANAGER"));
        user.credentials << protocol::Credential{1, QByteArray(800, 'b')};
        const WriteCheck check =
            checkWrite(CommandCode::SetUserInfo, sent(protocol::Commands::setUserInfo(user)), held());
        QCOMPARE(check.differences,
                 (QStringList{QStringLiteral("the terminal kept only the first 8 characters of the name (\"Maximili\")"),
                              QStringLiteral("the privilege is unchanged (USER, not MANAGER)"),
                              QStringLiteral("the fingerprint 1 is missing")}));
    }

    void anIgnoredDisableLeavesTheUserEnabled()
    {
        QCOMPARE(checkWrite(CommandCode::EnableUser, sent(protocol::Commands::enableUser(UserId, false)), held())
                     .differences,
                 QStringList{QStringLiteral("the user is still enabled")});
        QVERIFY(checkWrite(CommandCode::EnableUser, sent(protocol::Commands::enableUser(UserId, false)),
                           held(QStringLiteral("Maximili"), QStringLiteral("USER"), false))
                    .applied());
    }

    void aTerminalThatDoesNotReportEnablingIsNotBlamed()
    {
        const WriteCheck check = checkWrite(CommandCode::EnableUser, sent(protocol::Commands::enableUser(UserId, false)),
                                            held(), false);
        QVERIFY(check.applied());
        QCOMPARE(check.unchecked, QStringLiteral("the terminal does not report whether a user is enabled"));
    }

    void aUserTheTerminalDoesNotHoldIsSaid()
    {
        const WriteCheck check = checkWrite(
            CommandCode::SetUserName, sent(protocol::Commands::setUserName(UserId, QStringLiteral("Ann"))), std::nullopt);
        QCOMPARE(check.message(), QStringLiteral("Terminal said OK but did not apply: the terminal does not hold user 42"));
    }
};

QTEST_GUILESS_MAIN(tst_WriteCheck)
#include "tst_writecheck.moc"
