#include "consolecontext.h"
#include "consolereader.h"
#include "consoletestbed.h"
#include "fetchuserdialog.h"
#include "importcredentialdialog.h"
#include "readerpagetests.h"
#include "terminalpickerdialog.h"
#include "usereditdialog.h"
#include "userspage.h"
#include "usertablemodel.h"
#include "widgetlookup.h"

#include "bscommframe.h"
#include "connection.h"
#include "jobrepository.h"
#include "rawhttpclient.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "terminalrequestbuilder.h"
#include "userenrollment.h"
#include "useridrecordcodec.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");
const QString devC = QStringLiteral("E0000000000000CC");

struct JobSeen
{
    QString devId;
    QString code;
    QJsonObject parameters;
};

} // namespace

// The Users page against the real server on 127.0.0.1 and a temporary database: each action
// an operator takes ends as the right jobs (or a message saying why not), and what terminals
// send shows up in the details.
class tst_UsersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::UsersPage> m_page;

    template<typename T>
    T *visible(const char *objectName) const
    {
        for (T *found : m_page->findChildren<T *>(QLatin1String(objectName))) {
            if (found->isVisible())
                return found;
        }
        return nullptr;
    }

    template<typename T>
    T *child(QWidget *parent, const char *objectName) const
    {
        return test::findWidget<T>(parent, objectName);
    }

    void trigger(const char *actionName)
    {
        QAction *action = m_page->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY2(action, actionName);
        QVERIFY2(action->isEnabled(), actionName);
        action->trigger();
    }

    QList<JobSeen> jobs() const
    {
        QList<JobSeen> seen;
        const QList<storage::JobRow> rows = storage::JobRepository(m_bed->database()).list({});
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            seen.append({it->devId, it->commandCode, protocol::BsCommFrame::decode(it->parameters).frame.json()});
        return seen;
    }

    QStringList jobKeys() const
    {
        QStringList keys;
        for (const JobSeen &job : jobs())
            keys << job.code + QLatin1Char('@') + job.devId.left(1);
        return keys;
    }

    void addTerminal(const QString &devId, const QString &name)
    {
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setName(devId, name));
    }

    // User 7 "Alice" with a fingerprint from terminal A, held by A and B, stored.
    void storeAlice()
    {
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("7");
        alice.name = QStringLiteral("Alice");
        alice.privilegeName = QStringLiteral("USER");
        alice.credentials = {{0, QByteArray(800, 'f')}};
        storage::UserRepository users(m_bed->database());
        QVERIFY(users.applyEnrollment(devA, alice));
        QVERIFY(users.addMembership(devB, QStringLiteral("7"), QStringLiteral("USER")));
    }

    // Alice stored, shown and selected.
    void addAlice()
    {
        storeAlice();
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
    }

    QString status() const { return child<QLabel>(m_page.get(), "userStatus")->text(); }

    // The page again, reading on the console's reader thread as on PostgreSQL.
    void readOnTheReaderThread()
    {
        m_page.reset();
        m_bed->createContext(true);
        m_page = std::make_unique<ui::UsersPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        m_bed->waitForReads();
    }

    void storeUser(const QString &userId, const QString &name, const QList<protocol::Credential> &credentials,
                   const QByteArray &photo = {})
    {
        protocol::UserEnrollment user;
        std::tie(user.userId, user.name, user.credentials, user.photo) = std::tie(userId, name, credentials, photo);
        user.privilegeName = QStringLiteral("USER");
        QVERIFY(storage::UserRepository(m_bed->database()).applyEnrollment(devA, user));
    }

    void acceptPicker(const QStringList &check = {})
    {
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        for (const QString &devId : check)
            picker->setChecked(devId, true);
        child<QDialogButtonBox>(picker, "terminalPickerButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!picker->isVisible());
    }

    // Imports `data` from a file as the selected user's face, to be sent to the terminals
    // holding them.
    void importFace(const QByteArray &data)
    {
        const QString path = m_bed->filePath(QStringLiteral("face.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        trigger("importCredentialAction");
        auto *dialog = visible<ui::ImportCredentialDialog>("importCredentialDialog");
        QVERIFY(dialog);
        dialog->setPath(path);
        auto *backup = child<QComboBox>(dialog, "backupNumberCombo");
        backup->setCurrentIndex(backup->findText(QStringLiteral("Face")));
        QVERIFY(dialog->pushRequested());
        child<QDialogButtonBox>(dialog, "importCredentialButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog->isVisible());
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        // Saved splitter and column layouts stay inside this test's folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_bed->folder());
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        addTerminal(devA, QStringLiteral("Front door"));
        addTerminal(devB, QStringLiteral("Warehouse"));
        addTerminal(devC, QStringLiteral("Office"));
        m_bed->createContext();
        m_page = std::make_unique<ui::UsersPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void addUserThroughTheDialog()
    {
        trigger("addUserAction");
        auto *dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "userIdEdit")->setText(QStringLiteral("1024"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Bob Baker"));
        child<QComboBox>(dialog, "departmentCombo")->setCurrentText(QStringLiteral("Kitchen"));
        auto *privilege = child<QComboBox>(dialog, "privilegeCombo");
        privilege->setCurrentIndex(privilege->findText(QStringLiteral("Manager")));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("4321"));
        child<QLineEdit>(dialog, "cardEdit")->setText(QStringLiteral("0012345678"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->isVisible());

        storage::UserRepository users(m_bed->database());
        const auto stored = users.load(QStringLiteral("1024"));
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Bob Baker"));
        QCOMPARE(stored->privilegeName, QStringLiteral("MANAGER"));
        QCOMPARE(users.credential(QStringLiteral("1024"), 10), QByteArray("4321"));
        QCOMPARE(users.credential(QStringLiteral("1024"), 11), QByteArray("0012345678"));
        QCOMPARE(users.list().first().department, QStringLiteral("Kitchen"));
        QVERIFY(jobs().isEmpty());

        // The new user is shown, selected, with the operator's credentials in its history.
        QCOMPARE(m_page->currentUserId(), QStringLiteral("1024"));
        auto *history = child<QTableWidget>(m_page.get(), "historyTable");
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(1, 1)->text(), QStringLiteral("Password"));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("Added"));
        QCOMPARE(history->item(1, 4)->text(), m_bed->context().operatorName());
        auto *departments = child<QComboBox>(m_page.get(), "departmentFilter");
        QVERIFY(departments->findText(QStringLiteral("Kitchen")) >= 0);
    }

    void invalidUserIdIsRefusedWithAMessage()
    {
        trigger("addUserAction");
        auto *dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "userIdEdit")->setText(QStringLiteral("12 34"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Bob"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();

        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, "userEditError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("1 to 24")), qPrintable(error->text()));
        QVERIFY(storage::UserRepository(m_bed->database()).list().isEmpty());

        child<QLineEdit>(dialog, "userIdEdit")->setText(QStringLiteral("1234"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("12a"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("digits only")), qPrintable(error->text()));
        dialog->reject();
    }

    void editKeepsFingersAndOffersToSendToHolders()
    {
        addAlice();
        trigger("editUserAction");
        auto *dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, "userIdEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Alice"));
        auto *push = child<QCheckBox>(dialog, "pushCheck");
        QVERIFY(push->isVisible());
        QVERIFY(push->isChecked());
        child<QLineEdit>(dialog, "cardEdit")->setText(QStringLiteral("777"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->isVisible());

        storage::UserRepository users(m_bed->database());
        QCOMPARE(users.credential(QStringLiteral("7"), 0), QByteArray(800, 'f'));
        QCOMPARE(users.credential(QStringLiteral("7"), 11), QByteArray("777"));
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_INFO@C"), QStringLiteral("SET_USER_INFO@D")}));
        QVERIFY(child<QPushButton>(m_page.get(), "openJobButton")->isVisible());
    }

    void renameQueuesOneJobPerHolder()
    {
        addAlice();
        QSignalSpy jobRequests(&m_bed->context(), &ui::ConsoleContext::jobRequested);
        trigger("renameUserAction");
        auto *dialog = visible<QInputDialog>("renameDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("Alice"));
        dialog->setTextValue(QStringLiteral("Alice Jones"));
        dialog->accept();

        const QList<JobSeen> queued = jobs();
        QCOMPARE(queued.size(), 2);
        for (const JobSeen &job : queued) {
            QCOMPARE(job.code, QStringLiteral("SET_USER_NAME"));
            QCOMPARE(job.parameters.value(QStringLiteral("user_name")).toString(), QStringLiteral("Alice Jones"));
        }
        QCOMPARE(QStringList({queued.at(0).devId, queued.at(1).devId}), (QStringList{devB, devA}));
        QCOMPARE(storage::UserRepository(m_bed->database()).load(QStringLiteral("7"))->name, QStringLiteral("Alice Jones"));
        QVERIFY2(child<QLabel>(m_page.get(), "userStatus")->text().contains(QStringLiteral("queued for 2 terminal")),
                 qPrintable(child<QLabel>(m_page.get(), "userStatus")->text()));

        child<QPushButton>(m_page.get(), "openJobButton")->click();
        QCOMPARE(jobRequests.size(), 1);
        QCOMPARE(jobRequests.first().first().toLongLong(), storage::JobRepository(m_bed->database()).list({}).last().id);
    }

    // A terminal seen to cut names (terminals.name_limit, from a read-back) is named in the rename
    // dialog before anything is sent, and with what it will keep once queued.
    void renameNamesATerminalKnownToCutNames()
    {
        addAlice();
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.setName(devB, QStringLiteral("Lobby")));
        QVERIFY(terminals.setNameLimit(devB, 8));
        trigger("renameUserAction");
        auto *dialog = visible<QInputDialog>("renameDialog");
        QVERIFY(dialog);
        QVERIFY2(dialog->labelText().contains(QStringLiteral("Lobby keeps only the first 8 characters of a name.")),
                 qPrintable(dialog->labelText()));
        QVERIFY(!dialog->labelText().contains(devA));
        dialog->setTextValue(QStringLiteral("Alice Jones"));
        dialog->accept();
        const QString status = child<QLabel>(m_page.get(), "userStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Lobby will keep only \"Alice Jo\".")), qPrintable(status));
    }

    void renameRefusesAControlCharacter()
    {
        addAlice();
        trigger("renameUserAction");
        auto *dialog = visible<QInputDialog>("renameDialog");
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Ali\tce"));
        dialog->accept();
        QVERIFY(jobs().isEmpty());
        QVERIFY(child<QLabel>(m_page.get(), "userStatus")->text().contains(QStringLiteral("control character")));
        QVERIFY(!child<QPushButton>(m_page.get(), "openJobButton")->isVisible());
    }

    void privilegeChangeQueuesSetUserPrivilege()
    {
        addAlice();
        trigger("privilegeAction");
        auto *dialog = visible<QInputDialog>("privilegeDialog");
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Manager"));
        dialog->accept();

        const QList<JobSeen> queued = jobs();
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_PRIVILEGE@C"), QStringLiteral("SET_USER_PRIVILEGE@D")}));
        QCOMPARE(queued.first().parameters.value(QStringLiteral("user_privilege")).toString(), QStringLiteral("MANAGER"));
        QCOMPARE(queued.first().parameters.value(QStringLiteral("user_id")).toString(), QStringLiteral("7"));
        QCOMPARE(storage::UserRepository(m_bed->database()).load(QStringLiteral("7"))->privilegeName,
                 QStringLiteral("MANAGER"));
    }

    void pushSendsToTheTerminalsTicked()
    {
        addAlice();
        trigger("pushUserAction");
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        QCOMPARE(picker->checkedDevIds(), (QStringList{devA, devB})); // the holders, listed by terminal name
        picker->setChecked(devB, false);
        acceptPicker({devC});
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_INFO@D"), QStringLiteral("SET_USER_INFO@E")}));
    }

    void pushOfAUserOnlyListedIsRefusedWithTheReason()
    {
        // What GET_USER_ID_LIST left: a manager with fingers, whose record was never read.
        protocol::UserIdRecord listed;
        listed.userId = QStringLiteral("8");
        listed.privilege = protocol::Privilege::Manager;
        listed.credentials.fingers = 2;
        QVERIFY(storage::UserRepository(m_bed->database()).replaceMembership(devA, {listed}));
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        // Marked in the table before anyone tries to send it.
        const QAbstractItemModel *model = child<QTableView>(m_page.get(), "usersTable")->model();
        const QModelIndexList found = model->match(model->index(0, 0), ui::UserTableModel::UserIdRole,
                                                   QStringLiteral("8"), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const QModelIndex credentials = found.first().siblingAtColumn(ui::UserTableModel::CredentialsColumn);
        QCOMPARE(credentials.data().toString(), QStringLiteral("Not fetched yet"));
        QVERIFY(credentials.data(Qt::ToolTipRole).toString().contains(QStringLiteral("fetch it from that terminal")));
        QVERIFY(m_page->selectUser(QStringLiteral("8")));
        trigger("pushUserAction");
        acceptPicker({devC});
        QVERIFY(jobs().isEmpty());
        const QString status = child<QLabel>(m_page.get(), "userStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("known only from a terminal's user list")), qPrintable(status));
        QCOMPARE(child<QLabel>(m_page.get(), "userStatus")->property("role").toString(), QStringLiteral("fieldError"));
    }

    void sendCommandOpensTheBuilderForThisUser()
    {
        addAlice();
        QList<ui::CommandDraft> builder;
        connect(&m_bed->context(), &ui::ConsoleContext::commandBuilderRequested, this,
                [&builder](const ui::CommandDraft &draft) { builder << draft; });
        auto *table = child<QTableView>(m_page.get(), "usersTable");
        // Offered in the table's context menu, for the user of the row.
        QAction *send = child<QAction>(m_page.get(), "sendCommandAction");
        QVERIFY(table->actions().contains(send));
        trigger("sendCommandAction");
        QCOMPARE(builder.count(), 1);
        QCOMPARE(builder.at(0).code, std::optional<protocol::CommandCode>(protocol::CommandCode::SetUserInfo));
        // A terminal that holds the user (the first the store lists, by dev_id).
        QCOMPARE(builder.at(0).devId, devB);
        QCOMPARE(builder.at(0).parameters, (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("7")}}));
    }

    void terminalsColumnNamesTheTerminals()
    {
        addAlice();
        const QModelIndex row = child<QTableView>(m_page.get(), "usersTable")->currentIndex();
        const QPersistentModelIndex terminals = row.siblingAtColumn(ui::UserTableModel::TerminalsColumn);
        QCOMPARE(terminals.data().toString(), QStringLiteral("Front door, Warehouse"));
        QCOMPARE(terminals.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Front door (%1)\nWarehouse (%2)").arg(devA, devB));
        // A terminal renamed elsewhere is renamed here.
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(devB, QStringLiteral("Yard")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(terminals.data().toString(), QStringLiteral("Front door, Yard"));
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(devB, QStringLiteral("Annex")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(terminals.data().toString(), QStringLiteral("Annex, Front door"));
    }

    void pickerShowsStateAndRefusesBlockedTerminals()
    {
        QVERIFY(storage::TerminalRepository(m_bed->database()).setApproval(devC, storage::Approval::Blocked));
        addAlice();
        trigger("pushUserAction");
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        auto *list = child<QListWidget>(picker, "terminalList");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Front door (%1) · Online").arg(devA));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Office (%1) · Blocked").arg(devC));
        QVERIFY(!list->item(1)->flags().testFlag(Qt::ItemIsEnabled));
        picker->setChecked(devC, true);
        QCOMPARE(picker->checkedDevIds(), (QStringList{devA, devB}));

        picker->setChecked(devA, false);
        picker->setChecked(devB, false);
        child<QDialogButtonBox>(picker, "terminalPickerButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(picker->isVisible());
        QVERIFY(child<QLabel>(picker, "terminalPickerError")->isVisible());
        QVERIFY(jobs().isEmpty());
        picker->reject();
    }

    void deleteKeyRemovesFromTerminalsAfterConfirmation()
    {
        addAlice();
        m_page->findChild<QTableView *>(QStringLiteral("usersTable"))->setFocus();
        QTest::keyClick(m_page->findChild<QTableView *>(QStringLiteral("usersTable")), Qt::Key_Delete);
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        QVERIFY(jobs().isEmpty());
        acceptPicker();
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("DELETE_USER@D"), QStringLiteral("DELETE_USER@C")}));
        QCOMPARE(jobs().first().parameters.value(QStringLiteral("user_id")).toString(), QStringLiteral("7"));
    }

    void removingFromOneTerminalAsksFirst()
    {
        addAlice();
        auto *membership = child<QTableWidget>(m_page.get(), "membershipTable");
        QCOMPARE(membership->rowCount(), 2);
        membership->selectRow(1);
        QCOMPARE(membership->item(1, 0)->text(), QStringLiteral("Front door"));
        child<QPushButton>(m_page.get(), "removeFromTerminalButton")->click();
        auto *confirm = visible<QMessageBox>("confirmRemoveDialog");
        QVERIFY(confirm);
        QVERIFY(jobs().isEmpty());
        child<QPushButton>(confirm, "confirmRemoveButton")->click();
        QCOMPARE(jobKeys(), QStringList{QStringLiteral("DELETE_USER@D")});
    }

    void copyReadsFromOneTerminalAndWritesToOthers()
    {
        addAlice();
        trigger("copyUserAction");
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        auto *source = child<QComboBox>(picker, "sourceCombo");
        QCOMPARE(source->count(), 2);
        source->setCurrentIndex(source->findData(devA));
        picker->setChecked(devA, true);
        child<QDialogButtonBox>(picker, "terminalPickerButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(picker->isVisible()); // not onto the terminal it is read from
        QVERIFY(child<QLabel>(picker, "terminalPickerError")->isVisible());
        picker->setChecked(devA, false);
        acceptPicker({devC});
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("GET_USER_INFO@D"), QStringLiteral("SET_USER_INFO@E")}));
    }

    void fetchAsksTheTerminalForTheUser()
    {
        addAlice();
        trigger("fetchUserAction");
        auto *dialog = visible<ui::FetchUserDialog>("fetchUserDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->devId(), devB);
        auto *terminal = child<QComboBox>(dialog, "terminalCombo");
        terminal->setCurrentIndex(terminal->findData(devC));
        child<QLineEdit>(dialog, "fetchUserIdEdit")->setText(QStringLiteral("not valid"));
        child<QDialogButtonBox>(dialog, "fetchUserButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "fetchUserError")->isVisible());
        child<QLineEdit>(dialog, "fetchUserIdEdit")->setText(QStringLiteral("88"));
        child<QDialogButtonBox>(dialog, "fetchUserButtons")->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(jobKeys(), QStringList{QStringLiteral("GET_USER_INFO@E")});
        QCOMPARE(jobs().first().parameters.value(QStringLiteral("user_id")).toString(), QStringLiteral("88"));
    }

    void importedCredentialIsStoredAndSent()
    {
        addAlice();
        importFace(QByteArray(20000, 'x'));

        QCOMPARE(storage::UserRepository(m_bed->database()).credential(QStringLiteral("7"), 12), QByteArray(20000, 'x'));
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_INFO@C"), QStringLiteral("SET_USER_INFO@D")}));
        auto *credentials = child<QTableWidget>(m_page.get(), "credentialTable");
        QCOMPARE(credentials->rowCount(), 2);
        QCOMPARE(credentials->item(1, 0)->text(), QStringLiteral("Face"));
        QCOMPARE(credentials->item(1, 3)->text(), QStringLiteral("entered here"));
    }

    void enrollmentFromATerminalShowsInHistory()
    {
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("857");
        user.name = QStringLiteral("ARIF");
        user.privilegeName = QStringLiteral("USER");
        user.credentials = {{0, QByteArray(1184, 'a')}, {11, QByteArray("99887766")}};
        test::TerminalRequestBuilder request;
        request.devId = devA.toLatin1();
        request.requestCode = "realtime_enroll_data";
        request.transId = "RTEnrollDataAction";
        request.body = user.toFrame().encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        const test::RawHttpReply reply = test::sendRaw(m_bed->server()->port(), request.build());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("response_code"), QByteArray("OK"));

        // Nothing but the server's own signal brings the user to the page.
        QTRY_VERIFY(m_page->selectUser(QStringLiteral("857")));
        auto *history = child<QTableWidget>(m_page.get(), "historyTable");
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Card"));
        QCOMPARE(history->item(1, 1)->text(), QStringLiteral("Finger 1"));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("Added"));
        QCOMPARE(history->item(1, 3)->text(), QStringLiteral("Front door"));
        auto *credentials = child<QTableWidget>(m_page.get(), "credentialTable");
        QCOMPARE(credentials->item(0, 0)->text(), QStringLiteral("Finger 1"));
        QCOMPARE(credentials->item(0, 1)->text(), QStringLiteral("%1 bytes").arg(QLocale().toString(1184)));
        QCOMPARE(child<QTableWidget>(m_page.get(), "membershipTable")->item(0, 0)->text(), QStringLiteral("Front door"));
    }

    void userRequestedSelectsTheRowEvenWhenFiltered()
    {
        addAlice();
        protocol::UserEnrollment bob;
        bob.userId = QStringLiteral("8");
        bob.name = QStringLiteral("Bob");
        QVERIFY(storage::UserRepository(m_bed->database()).replaceUser(bob));
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        child<QLineEdit>(m_page.get(), "userSearch")->setText(QStringLiteral("Alice"));
        QCOMPARE(m_page->findChild<QTableView *>(QStringLiteral("usersTable"))->model()->rowCount(), 1);

        m_bed->context().showUser(QStringLiteral("8"));
        QCOMPARE(m_page->currentUserId(), QStringLiteral("8"));
        QCOMPARE(child<QLabel>(m_page.get(), "detailsName")->text(), QStringLiteral("Bob"));
    }

    void photoIsScaledAndCompressedToWhatTerminalsTake()
    {
        addAlice();
        QImage big(1600, 1200, QImage::Format_RGB32);
        for (int y = 0; y < big.height(); ++y) {
            for (int x = 0; x < big.width(); ++x)
                big.setPixel(x, y, qRgb((x * 7) ^ y, (y * 13) ^ x, (x * y) & 0xff)); // hard to compress
        }
        const QString path = m_bed->filePath(QStringLiteral("portrait.png"));
        QVERIFY(big.save(path));

        trigger("editUserAction");
        auto *dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        QVERIFY(!dialog->setPhotoFile(m_bed->filePath(QStringLiteral("missing.jpg"))));
        QVERIFY(child<QLabel>(dialog, "userEditError")->isVisible());
        QVERIFY(dialog->setPhotoFile(path));
        QVERIFY(!child<QLabel>(dialog, "userEditError")->isVisible());
        child<QCheckBox>(dialog, "pushCheck")->setChecked(false);
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(jobs().isEmpty());

        const QByteArray photo = storage::UserRepository(m_bed->database()).photo(QStringLiteral("7"));
        QVERIFY2(photo.size() <= ui::UserEditDialog::MaxPhotoBytes, QByteArray::number(photo.size()));
        QVERIFY(photo.startsWith("\xff\xd8"));
        const QImage stored = QImage::fromData(photo, "JPEG");
        QCOMPARE(stored.size(), QSize(ui::UserEditDialog::MaxPhotoSide, 180));
        QVERIFY(!child<QLabel>(m_page.get(), "detailsPhoto")->pixmap().isNull());
        auto *table = m_page->findChild<QTableView *>(QStringLiteral("usersTable"));
        QVERIFY(!table->model()->index(0, 0).data(Qt::DecorationRole).value<QPixmap>().isNull());

        QString error;
        QByteArray jpeg;
        QVERIFY(!ui::UserEditDialog::preparePhoto("not a picture", &jpeg, &error));
        QVERIFY(!error.isEmpty());
    }

    void changesElsewhereKeepTheFilterAndSelection()
    {
        addAlice();
        child<QLineEdit>(m_page.get(), "userSearch")->setText(QStringLiteral("ali"));
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        protocol::UserEnrollment bob;
        bob.userId = QStringLiteral("8");
        bob.name = QStringLiteral("Bob");
        QVERIFY(storage::UserRepository(m_bed->database()).replaceUser(bob));
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        QCOMPARE(child<QLineEdit>(m_page.get(), "userSearch")->text(), QStringLiteral("ali"));
        QCOMPARE(m_page->findChild<QTableView *>(QStringLiteral("usersTable"))->model()->rowCount(), 1);
        QCOMPARE(m_page->currentUserId(), QStringLiteral("7"));
    }

    // As on PostgreSQL: the page reads on the console's reader thread, with a connection of its
    // own. Everything it shows is read there: the list, the details and the photos.
    void everythingShownIsReadOffTheGuiThread()
    {
        storeUser(QStringLiteral("7"), QStringLiteral("Alice"), {{0, QByteArray(800, 'f')}}, test::jpegPhoto(90, 120));
        readOnTheReaderThread();
        const test::GuiConnectionClosed closed(m_bed->database());
        m_page->reload();
        m_bed->waitForReads();
        auto *model = m_page->findChild<ui::UserTableModel *>();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        QTRY_VERIFY(
            !model->index(0, ui::UserTableModel::PhotoColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
        m_bed->waitForReads();
        auto *credentials = child<QTableWidget>(m_page.get(), "credentialTable");
        QCOMPARE(credentials->rowCount(), 1);
        QCOMPARE(credentials->item(0, 0)->text(), QStringLiteral("Finger 1"));
        QVERIFY(!child<QLabel>(m_page.get(), "detailsPhoto")->pixmap().isNull());
        QCOMPARE(child<QTableWidget>(m_page.get(), "membershipTable")->item(0, 0)->text(),
                 QStringLiteral("Front door"));
    }

    // As on PostgreSQL: the details follow the selection, at once with what the row says and
    // then with what is read; what was read for the user selected before never shows beside the
    // next one.
    void detailsReadOnTheReaderThreadFollowTheSelection()
    {
        storeUser(QStringLiteral("7"), QStringLiteral("Alice"), {{0, QByteArray(800, 'f')}});
        storeUser(QStringLiteral("8"), QStringLiteral("Bob"), {{11, QByteArray("99887766")}});
        readOnTheReaderThread();
        auto *name = child<QLabel>(m_page.get(), "detailsName");
        auto *credentials = child<QTableWidget>(m_page.get(), "credentialTable");
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        // Alice's details are read, but not yet shown, when Bob is selected; Bob's wait.
        ui::ConsoleReader &reader = m_bed->context().reader();
        QVERIFY(test::readsDoneButNotShown(reader, m_page.get()));
        bool aliceDelivered = false;
        reader.afterQueuedReads([&aliceDelivered] { aliceDelivered = true; });
        test::ReaderHold hold(reader, m_page.get());
        QVERIFY(m_page->selectUser(QStringLiteral("8")));
        QCOMPARE(name->text(), QStringLiteral("Bob"));
        QCOMPARE(credentials->rowCount(), 0);
        QTRY_VERIFY(aliceDelivered);
        QCOMPARE(name->text(), QStringLiteral("Bob"));
        QCOMPARE(credentials->rowCount(), 0);
        hold.release();
        m_bed->waitForReads();
        QCOMPARE(credentials->rowCount(), 1);
        QCOMPARE(credentials->item(0, 0)->text(), QStringLiteral("Card"));
        QCOMPARE(child<QTableWidget>(m_page.get(), "historyTable")->rowCount(), 1);
    }

    // A user added, then asked for before the reload that brings them has come, is selected
    // when it comes; one asked for while nothing is on its way is not selected later.
    void aUserAskedForIsSelectedWhenTheReloadBringsThem()
    {
        readOnTheReaderThread();
        storeUser(QStringLiteral("9"), QStringLiteral("Ida"), {});
        m_page->reload();
        QVERIFY(!m_page->selectUser(QStringLiteral("9")));
        m_bed->waitForReads();
        QCOMPARE(m_page->currentUserId(), QStringLiteral("9"));
        QCOMPARE(child<QLabel>(m_page.get(), "detailsName")->text(), QStringLiteral("Ida"));

        QVERIFY(!m_page->selectUser(QStringLiteral("10")));
        storeUser(QStringLiteral("10"), QStringLiteral("Jon"), {});
        m_page->reload();
        m_bed->waitForReads();
        QCOMPARE(m_page->findChild<ui::UserTableModel *>()->rowCount(), 2);
        QCOMPARE(m_page->currentUserId(), QStringLiteral("9"));
    }

    // What was read for the operator before is not shown to the one who signs in next: a
    // manager of one department never sees another's employees, not even for a moment.
    void aReadForTheOperatorBeforeIsNotShownToTheNext()
    {
        const test::PlantManager manager = test::signInPlantManager(*m_bed);
        QVERIFY(manager.mona.operatorId != 0);
        storeUser(QStringLiteral("7"), QStringLiteral("Alice"), {});
        storeUser(QStringLiteral("8"), QStringLiteral("Bruno"), {});
        QVERIFY(storage::DepartmentRepository(m_bed->database()).assign(QStringLiteral("8"), manager.plant));
        readOnTheReaderThread();
        auto *model = m_page->findChild<ui::UserTableModel *>();
        QCOMPARE(model->rowCount(), 1);

        QVERIFY(test::nothingShownOfABriefAdministrator(*m_bed, m_page.get(), manager.mona, model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->userAt(0)->userId, QStringLiteral("8"));
    }

    // As on PostgreSQL: the editor's rows are read, and the user saved and sent, on the console's
    // reader thread. The GUI thread's connection is closed meanwhile: nothing of it is used.
    void editAndAddOnTheReaderThread()
    {
        storeAlice();
        readOnTheReaderThread();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        trigger("editUserAction");
        auto *dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Alice"));
        QVERIFY(child<QCheckBox>(dialog, "pushCheck")->isChecked());
        child<QLineEdit>(dialog, "cardEdit")->setText(QStringLiteral("777"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY2(status().contains(QStringLiteral("saved and queued for 2 terminal")), qPrintable(status()));

        // An id taken already is refused, as the store says; a new one is added and selected.
        trigger("addUserAction");
        dialog = visible<ui::UserEditDialog>("userEditDialog");
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "userIdEdit")->setText(QStringLiteral("7"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Bob Baker"));
        child<QComboBox>(dialog, "departmentCombo")->setCurrentText(QStringLiteral("Kitchen"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "userEditError")->text(),
                 QStringLiteral("User 7 already exists; edit it instead."));
        child<QLineEdit>(dialog, "userIdEdit")->setText(QStringLiteral("1024"));
        child<QDialogButtonBox>(dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->isVisible());
        m_bed->waitForReads();
        QCOMPARE(m_page->currentUserId(), QStringLiteral("1024"));
        QCOMPARE(child<QLabel>(m_page.get(), "detailsName")->text(), QStringLiteral("Bob Baker"));

        closed.reset();
        storage::UserRepository users(m_bed->database());
        QCOMPARE(users.credential(QStringLiteral("7"), 11), QByteArray("777"));
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_INFO@C"), QStringLiteral("SET_USER_INFO@D")}));
        QCOMPARE(users.load(QStringLiteral("1024"))->name, QStringLiteral("Bob Baker"));
    }

    // As on PostgreSQL: renaming (with the terminals known to cut names), a new privilege and a
    // removal from one terminal run on the reader thread, the GUI thread's connection closed.
    void renamePrivilegeAndRemovalOnTheReaderThread()
    {
        storeAlice();
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.setName(devB, QStringLiteral("Lobby")));
        QVERIFY(terminals.setNameLimit(devB, 8));
        readOnTheReaderThread();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        QVERIFY(m_page->selectUser(QStringLiteral("7")));
        trigger("renameUserAction");
        auto *rename = visible<QInputDialog>("renameDialog");
        QVERIFY(rename);
        QVERIFY2(rename->labelText().contains(QStringLiteral("Lobby keeps only the first 8 characters of a name.")),
                 qPrintable(rename->labelText()));
        rename->setTextValue(QStringLiteral("Alice Jones"));
        rename->accept();
        QVERIFY2(status().contains(QStringLiteral("Rename of user 7 queued for 2 terminal")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("Lobby will keep only \"Alice Jo\".")), qPrintable(status()));

        trigger("privilegeAction");
        auto *privilege = visible<QInputDialog>("privilegeDialog");
        QVERIFY(privilege);
        privilege->setTextValue(QStringLiteral("Manager"));
        privilege->accept();
        QVERIFY2(status().contains(QStringLiteral("Privilege of user 7 set to Manager")), qPrintable(status()));

        m_bed->waitForReads();
        auto *membership = child<QTableWidget>(m_page.get(), "membershipTable");
        QCOMPARE(membership->rowCount(), 2);
        const QList<QTableWidgetItem *> frontDoor =
            membership->findItems(QStringLiteral("Front door"), Qt::MatchExactly);
        QCOMPARE(frontDoor.size(), 1);
        membership->selectRow(frontDoor.first()->row());
        child<QPushButton>(m_page.get(), "removeFromTerminalButton")->click();
        auto *confirm = visible<QMessageBox>("confirmRemoveDialog");
        QVERIFY(confirm);
        child<QPushButton>(confirm, "confirmRemoveButton")->click();
        QCOMPARE(status(), QStringLiteral("Removal of user 7 from %1 queued.").arg(devA));

        closed.reset();
        QCOMPARE(jobKeys(), (QStringList{QStringLiteral("SET_USER_NAME@C"), QStringLiteral("SET_USER_NAME@D"),
                                         QStringLiteral("SET_USER_PRIVILEGE@C"), QStringLiteral("SET_USER_PRIVILEGE@D"),
                                         QStringLiteral("DELETE_USER@D")}));
        const std::optional<protocol::UserEnrollment> alice =
            storage::UserRepository(m_bed->database()).load(QStringLiteral("7"));
        QCOMPARE(alice->name, QStringLiteral("Alice Jones"));
        QCOMPARE(alice->privilegeName, QStringLiteral("MANAGER"));
    }

    // As on PostgreSQL: sending, copying, fetching and importing a credential look up the holders
    // and queue on the console's reader thread, the GUI thread's connection closed meanwhile.
    void sendCopyFetchAndImportOnTheReaderThread()
    {
        storeAlice();
        readOnTheReaderThread();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        QVERIFY(m_page->selectUser(QStringLiteral("7")));

        trigger("pushUserAction");
        auto *picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        QCOMPARE(picker->checkedDevIds(), (QStringList{devA, devB})); // the holders
        acceptPicker({devC});
        QVERIFY2(status().contains(QStringLiteral("User 7 queued for 3 terminal")), qPrintable(status()));

        trigger("copyUserAction");
        picker = visible<ui::TerminalPickerDialog>("terminalPickerDialog");
        QVERIFY(picker);
        auto *source = child<QComboBox>(picker, "sourceCombo");
        QCOMPARE(source->count(), 2); // the holders
        source->setCurrentIndex(source->findData(devA));
        acceptPicker({devC});
        QVERIFY2(status().contains(QStringLiteral("Copy of user 7 from %1 queued").arg(devA)), qPrintable(status()));

        trigger("fetchUserAction");
        auto *fetch = visible<ui::FetchUserDialog>("fetchUserDialog");
        QVERIFY(fetch);
        child<QLineEdit>(fetch, "fetchUserIdEdit")->setText(QStringLiteral("88"));
        child<QDialogButtonBox>(fetch, "fetchUserButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(status().startsWith(QStringLiteral("Fetching user 88 from %1 queued").arg(devB)),
                 qPrintable(status()));

        importFace(QByteArray(2000, 'x'));
        QVERIFY2(status().contains(QStringLiteral("Face of user 7 stored. Sending queued for 2 terminal")),
                 qPrintable(status()));

        closed.reset();
        QStringList queued = jobKeys();
        queued.sort();
        // Sent to A, B and C; copied from A to C; fetched from B; sent again to A and B with the face.
        QCOMPARE(queued, (QStringList{QStringLiteral("GET_USER_INFO@C"), QStringLiteral("GET_USER_INFO@D"),
                                      QStringLiteral("SET_USER_INFO@C"), QStringLiteral("SET_USER_INFO@C"),
                                      QStringLiteral("SET_USER_INFO@D"), QStringLiteral("SET_USER_INFO@D"),
                                      QStringLiteral("SET_USER_INFO@E"), QStringLiteral("SET_USER_INFO@E")}));
        QCOMPARE(storage::UserRepository(m_bed->database()).credential(QStringLiteral("7"), 12), QByteArray(2000, 'x'));
    }

    void actionsNeedAUser()
    {
        QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("renameUserAction"))->isEnabled());
        QVERIFY(m_page->findChild<QAction *>(QStringLiteral("addUserAction"))->isEnabled());
        QVERIFY(child<QLabel>(m_page.get(), "userDetailsEmpty")->isVisible());
    }
};

QTEST_MAIN(tst_UsersPage)
#include "tst_userspage.moc"
