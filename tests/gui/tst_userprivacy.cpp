#include "attendancebed.h"
#include "consolecontext.h"
#include "erasepersondialog.h"
#include "modaldialogs.h"
#include "permissiontext.h"
#include "readerthreadtools.h"
#include "userprivacyactions.h"
#include "userspage.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "bscommframe.h"
#include "commandparameters.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString backDoor = QStringLiteral("BACK01");
const QByteArray photo("\xFF\xD8\xFF\xE0 Alice's face");

// Two fingers, a password and a card, and a photo.
protocol::UserEnrollment person(const QString &userId, const QString &name)
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = name;
    user.privilegeName = QStringLiteral("USER");
    user.photo = photo;
    for (int backupNumber : {0, 1, 10, 11})
        user.credentials.append({backupNumber, "data-" + userId.toUtf8() + '-' + QByteArray::number(backupNumber)});
    return user;
}

} // namespace

// A person's data from the Users page: exported into a folder (never over a file), erased from
// the store and, if asked, from the terminals, with the user id typed to confirm; the user, their
// punches and the audit record stay. Only an administrator may, and the others see why not.
class tst_UserPrivacy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::UsersPage> m_page;
    services::Actor m_anna;

    QSqlDatabase db() const { return m_bed->database(); }
    ui::UserPrivacyActions *privacy() const { return m_page->findChild<ui::UserPrivacyActions *>(); }
    QAction *action(const char *name) const { return test::findWidget<QAction>(m_page.get(), name); }
    QString status() const { return test::findWidget<QLabel>(m_page.get(), "userStatus")->text(); }

    void trigger(const char *name) const
    {
        QAction *found = action(name);
        QVERIFY2(found->isEnabled(), name);
        found->trigger();
    }

    QList<int> storedCredentials(const QString &userId) const
    {
        QList<int> numbers;
        for (const storage::CredentialInfo &credential : storage::UserRepository(db()).credentials(userId))
            numbers << credential.backupNumber;
        return numbers;
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QList<storage::AuditEntry> records(const QString &action) const
    {
        storage::AuditFilter filter;
        filter.action = action;
        filter.limit = -1;
        return storage::AuditRepository(db()).list(filter);
    }

    // DELETE_USER jobs as "terminal:user id", sorted.
    QStringList deletions() const
    {
        QStringList found;
        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list({});
        for (const storage::JobRow &job : jobs) {
            if (job.commandCode != QLatin1String("DELETE_USER"))
                continue;
            const QJsonObject parameters = protocol::BsCommFrame::decode(job.parameters).frame.json();
            found << job.devId + QLatin1Char(':') +
                         parameters.value(QLatin1String(protocol::ParameterKey::UserId)).toString();
        }
        found.sort();
        return found;
    }

    // Alice is as enrolled: every credential and her photo, on both terminals, her punch.
    void verifyAliceUntouched() const
    {
        QCOMPARE(storedCredentials(QStringLiteral("7")), (QList<int>{0, 1, 10, 11}));
        QCOMPARE(storage::UserRepository(db()).photo(QStringLiteral("7")), photo);
        QVERIFY(deletions().isEmpty());
        QVERIFY(records(QStringLiteral("person.erase")).isEmpty());
    }

    void verifyAliceErased() const
    {
        const std::optional<protocol::UserEnrollment> alice = storage::UserRepository(db()).load(QStringLiteral("7"));
        QVERIFY(alice);
        QCOMPARE(alice->name, QStringLiteral("Alice"));
        QVERIFY(alice->credentials.isEmpty());
        QVERIFY(alice->photo.isEmpty());
        QVERIFY(!alice->enabled);
        QVERIFY(storedCredentials(QStringLiteral("7")).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM punches WHERE user_id = '7'")), 1);
        // Bruno is nobody's business here.
        QCOMPARE(storedCredentials(QStringLiteral("8")), (QList<int>{0, 1, 10, 11}));
        const QList<storage::AuditEntry> erasures = records(QStringLiteral("person.erase"));
        QCOMPARE(erasures.size(), 1);
        QCOMPARE(erasures.first().objectKind, QStringLiteral("user"));
        QCOMPARE(erasures.first().objectId, QStringLiteral("7"));
        QCOMPARE(erasures.first().actor, QStringLiteral("anna"));
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({backDoor, QStringLiteral("192.0.2.8"), storage::Approval::Approved, {}}));
        QVERIFY(terminals.setName(backDoor, QStringLiteral("Back door")));
        storage::UserRepository users(db());
        const QString front = QLatin1String(test::AttendanceBed::Terminal);
        QVERIFY(users.applyEnrollment(front, person(QStringLiteral("7"), QStringLiteral("Alice"))));
        QVERIFY(users.addMembership(backDoor, QStringLiteral("7"), QStringLiteral("USER")));
        QVERIFY(users.applyEnrollment(front, person(QStringLiteral("8"), QStringLiteral("Bruno"))));
        QVERIFY(m_bed->punch(QStringLiteral("7"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)), protocol::Direction::In));
        m_anna = m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator);
        QVERIFY(m_anna.operatorId != 0);

        m_page = std::make_unique<ui::UsersPage>(m_bed->createContext());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        QVERIFY(privacy());
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void theExportWritesThePersonsFileAndSaysWhere()
    {
        const QString folder = m_bed->filePath(QStringLiteral("alice"));
        privacy()->setExportFolderForTests(folder);
        trigger("exportPersonAction");
        QFile file(QDir(folder).filePath(QStringLiteral("person-7.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Alice"));
        QVERIFY2(status().contains(QStringLiteral("The personal data of Alice is in %1")
                                       .arg(QDir::toNativeSeparators(QDir(folder).absolutePath()))),
                 qPrintable(status()));
        const QList<storage::AuditEntry> exports = records(QStringLiteral("person.export"));
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports.first().objectId, QStringLiteral("7"));
    }

    void anExportOverAnExistingFileIsRefused()
    {
        const QString folder = m_bed->filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("person-7.json"));
        QFile taken(path);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("someone else's notes");
        taken.close();

        privacy()->setExportFolderForTests(folder);
        trigger("exportPersonAction");
        QVERIFY2(status().contains(QStringLiteral("exists already: nothing was written")), qPrintable(status()));
        QVERIFY2(status().contains(QDir::toNativeSeparators(path)), qPrintable(status()));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("someone else's notes"));
        taken.close();
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("person-7.json")});
        QVERIFY(records(QStringLiteral("person.export")).isEmpty());

        // An export made once is not made again over itself.
        const QString fresh = m_bed->filePath(QStringLiteral("fresh"));
        privacy()->setExportFolderForTests(fresh);
        trigger("exportPersonAction");
        QFile first(QDir(fresh).filePath(QStringLiteral("person-7.json")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray firstBytes = first.readAll();
        first.close();
        const QStringList files = QDir(fresh).entryList(QDir::Files);
        trigger("exportPersonAction");
        QVERIFY2(status().contains(QStringLiteral("exists already")), qPrintable(status()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), firstBytes);
        QCOMPARE(QDir(fresh).entryList(QDir::Files), files);
        QCOMPARE(records(QStringLiteral("person.export")).size(), 1);
    }

    void erasureRemovesCredentialsAndPhotoAndKeepsTheRest()
    {
        privacy()->setErasureAnswerForTests(QStringLiteral("7"), true);
        trigger("erasePersonAction");
        verifyAliceErased();
        QCOMPARE(deletions(), (QStringList{QStringLiteral("BACK01:7"), QStringLiteral("FRONT01:7")}));
        QVERIFY2(status().contains(QStringLiteral("The personal data of Alice is erased")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("Deleting them from 2 terminal")), qPrintable(status()));
    }

    void erasureLeavesTheTerminalsAloneWhenNotAsked()
    {
        privacy()->setErasureAnswerForTests(QStringLiteral("7"), false);
        trigger("erasePersonAction");
        verifyAliceErased();
        QVERIFY(deletions().isEmpty());
        QVERIFY2(!status().contains(QStringLiteral("queued")), qPrintable(status()));
    }

    // As on PostgreSQL: the export and the erasure run on the console's reader thread. The GUI
    // thread's connection is closed meanwhile: nothing of it is used.
    void exportAndErasureOnTheReaderThread()
    {
        m_page.reset();
        m_page = std::make_unique<ui::UsersPage>(m_bed->createContext(true));
        m_page->show();
        m_bed->waitForReads();
        std::optional<test::GuiConnectionClosed> closed(db());
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        const QString folder = m_bed->filePath(QStringLiteral("alice"));
        privacy()->setExportFolderForTests(folder);
        trigger("exportPersonAction");
        QVERIFY2(status().startsWith(QStringLiteral("The personal data of Alice is in")), qPrintable(status()));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("person-7.json"))));
        privacy()->setErasureAnswerForTests(QStringLiteral("7"), true);
        trigger("erasePersonAction");
        QVERIFY2(status().contains(QStringLiteral("The personal data of Alice is erased")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("Deleting them from 2 terminal")), qPrintable(status()));

        closed.reset();
        verifyAliceErased();
        QCOMPARE(deletions(), (QStringList{QStringLiteral("BACK01:7"), QStringLiteral("FRONT01:7")}));
        QCOMPARE(records(QStringLiteral("person.export")).size(), 1);
    }

    void aTypedIdThatDoesNotMatchErasesNothing()
    {
        for (const QString &typed : {QStringLiteral("8"), QStringLiteral("77"), QString()}) {
            privacy()->setErasureAnswerForTests(typed, true);
            trigger("erasePersonAction");
            verifyAliceUntouched();
        }
    }

    void theDialogWantsTheIdTypedExactly()
    {
        bool handled = false;
        test::whenModalShows<ui::ErasePersonDialog>([&handled](ui::ErasePersonDialog *dialog) {
            auto *typed = test::findWidget<QLineEdit>(dialog, "confirmUserId");
            auto *erase = test::findWidget<QPushButton>(dialog, "eraseButton");
            auto *fromTerminals = test::findWidget<QCheckBox>(dialog, "eraseFromTerminals");
            QVERIFY(fromTerminals->isEnabled());
            QVERIFY2(fromTerminals->isChecked(), "the terminals holding the person lose them too, unless told not to");
            QVERIFY(!erase->isEnabled());
            QTest::keyClicks(typed, QStringLiteral("77"));
            QVERIFY(!erase->isEnabled());
            QTest::keyClick(typed, Qt::Key_Backspace);
            QVERIFY(erase->isEnabled());
            typed->clear();
            QVERIFY2(!erase->isEnabled(), "nothing typed");
            QTest::keyClicks(typed, QStringLiteral("8"));
            QVERIFY2(!erase->isEnabled(), "another employee's id");
            typed->clear();
            QTest::keyClicks(typed, QStringLiteral("7"));
            fromTerminals->setChecked(false);
            QTest::mouseClick(erase, Qt::LeftButton);
            handled = true;
        });
        trigger("erasePersonAction");
        QVERIFY(handled);
        verifyAliceErased();
        QVERIFY(deletions().isEmpty());
    }

    void aCancelledDialogErasesNothing()
    {
        bool handled = false;
        test::whenModalShows<ui::ErasePersonDialog>([&handled](ui::ErasePersonDialog *dialog) {
            QTest::keyClicks(test::findWidget<QLineEdit>(dialog, "confirmUserId"), QStringLiteral("7"));
            dialog->reject();
            handled = true;
        });
        trigger("erasePersonAction");
        QVERIFY(handled);
        verifyAliceUntouched();
    }

    void onlyAnAdministratorMayExportOrErase_data()
    {
        QTest::addColumn<services::Role>("role");
        QTest::newRow("manager") << services::Role::Manager;
        QTest::newRow("operator") << services::Role::Operator;
    }

    void onlyAnAdministratorMayExportOrErase()
    {
        QFETCH(services::Role, role);
        const services::Actor actor = m_bed->signInAs(QStringLiteral("someone"), role);
        QVERIFY(actor.operatorId != 0);
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        QVERIFY2(action("userHistoryAction")->isEnabled(), "a user is selected, and theirs to see");
        for (const auto &[name, permission] :
             {std::pair{"exportPersonAction", services::Permission::ExportPersonalData},
              std::pair{"erasePersonAction", services::Permission::ErasePersonalData}}) {
            QAction *refused = action(name);
            QVERIFY2(!refused->isEnabled(), name);
            QCOMPARE(refused->toolTip(), ui::PermissionText::notAllowed(actor, permission));
            QVERIFY2(refused->toolTip().contains(ui::PermissionText::roleName(role)), qPrintable(refused->toolTip()));
        }

        // Asked anyway, the services refuse and nothing changes.
        const std::optional<protocol::UserEnrollment> stored = storage::UserRepository(db()).load(QStringLiteral("7"));
        QVERIFY(stored);
        storage::UserRow alice;
        alice.userId = stored->userId;
        alice.name = stored->name;
        alice.terminals = storage::UserRepository(db()).holders(alice.userId);
        const QString folder = m_bed->filePath(QStringLiteral("refused"));
        privacy()->setExportFolderForTests(folder);
        privacy()->exportData(alice);
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("person-7.json"))));
        QVERIFY2(status().contains(ui::PermissionText::denied(services::Permission::ExportPersonalData)),
                 qPrintable(status()));
        privacy()->setErasureAnswerForTests(QStringLiteral("7"), true);
        privacy()->erase(alice, {});
        verifyAliceUntouched();
        QVERIFY2(status().contains(ui::PermissionText::denied(services::Permission::ErasePersonalData)),
                 qPrintable(status()));
    }
};

QTEST_MAIN(tst_UserPrivacy)
#include "tst_userprivacy.moc"
