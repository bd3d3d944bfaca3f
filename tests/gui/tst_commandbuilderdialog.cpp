#include "commandbuilderdialog.h"
#include "commandforms/commandform.h"
#include "commandforms/userinfoform.h"
#include "consolecontext.h"
#include "datetimerangepicker.h"
#include "filepicker.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "usereditdialog.h"
#include "userpicker.h"

#include "bscommframe.h"
#include "commandbuilder.h"
#include "commandvalidation.h"
#include "connection.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace punchclock;
using protocol::CommandCode;

using Fill = std::function<void(ui::CommandForm *)>;
Q_DECLARE_METATYPE(Fill)
Q_DECLARE_METATYPE(CommandCode)

namespace {

const QString dev = QStringLiteral("C2610000000000AB");
const QString stamped = QStringLiteral("(stamped now)");

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

Fill typeInto(const char *name, const QString &text)
{
    return [name, text](ui::CommandForm *form) { child<QLineEdit>(form, name)->setText(text); };
}

// A file chosen in the form's file picker, as the Browse dialog or a finished path gives it.
Fill chooseFile(const QString &path)
{
    return [path](ui::CommandForm *form) {
        auto *picker = form->findChild<ui::FilePicker *>();
        if (!picker)
            qFatal("no file picker");
        picker->setPath(path);
    };
}

Fill pickUser(const QString &userId)
{
    return typeInto("userPicker", userId);
}

Fill both(Fill first, Fill second)
{
    return [first, second](ui::CommandForm *form) {
        first(form);
        second(form);
    };
}

Fill choose(const char *comboName, const QVariant &data)
{
    return [comboName, data](ui::CommandForm *form) {
        auto *combo = child<QComboBox>(form, comboName);
        combo->setCurrentIndex(combo->findData(data));
    };
}

Fill range(const QDateTime &begin, const QDateTime &end)
{
    return [begin, end](ui::CommandForm *form) {
        form->findChild<ui::DateTimeRangePicker *>()->setRange(begin, end);
    };
}

const Fill nothing = [](ui::CommandForm *) {};

QJsonObject json(std::initializer_list<QPair<QString, QJsonValue>> values)
{
    QJsonObject object;
    for (const auto &[key, value] : values)
        object.insert(key, value);
    return object;
}

QJsonObject previewOf(const ui::CommandBuilderDialog &dialog)
{
    return QJsonDocument::fromJson(dialog.previewText().toUtf8()).object();
}

// Accepts the next question box (DELETE_USER, RESET_FK) as an operator would.
void answerYesToTheNextQuestion()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(QMessageBox::Yes)->click();
    });
}

// Confirms the next SET_WEB_SERVER_INFO question, as an operator who checked the address would.
void confirmTheNextServerAddress()
{
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->findChild<QPushButton *>(QStringLiteral("confirmServerAddress"))->click();
    });
}

} // namespace

// The command builder: for each command a form of pickers whose parameters the
// protocol library validates, messages under the field concerned, a preview of what is sent,
// and Send queueing exactly that job.
class tst_CommandBuilderDialog : public QObject
{
    Q_OBJECT

private:
    // Files the forms send, made before the data rows that name them.
    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<ui::ConsoleContext> m_context;
    QString m_passwordFile;
    QString m_pictureFile; // a PNG larger than terminals take
    QByteArray m_pictureSent; // the JPEG made of it for a terminal
    QString m_hugeFile;    // one byte over the photo file limit

    QSqlDatabase db() const { return m_db->database(); }

    std::unique_ptr<ui::CommandBuilderDialog> open(CommandCode code, const QString &devId = dev,
                                                   const QJsonObject &parameters = {})
    {
        ui::CommandDraft draft;
        draft.devId = devId;
        draft.code = code;
        draft.parameters = parameters;
        return std::make_unique<ui::CommandBuilderDialog>(*m_context, draft);
    }

    // Every command, filled in validly, with the parameters that will be sent.
    void validRows()
    {
        QTest::addColumn<CommandCode>("code");
        QTest::addColumn<Fill>("fill");
        QTest::addColumn<QJsonObject>("expected");
        const QString user = QStringLiteral("12");
        QTest::newRow("GET_DEVICE_STATUS") << CommandCode::GetDeviceStatus << nothing << QJsonObject();
        QTest::newRow("GET_USER_ID_LIST") << CommandCode::GetUserIdList << nothing << QJsonObject();
        QTest::newRow("RESET_FK") << CommandCode::ResetFk << nothing << QJsonObject();
        QTest::newRow("CLEAR_LOG_DATA") << CommandCode::ClearLogData
                                        << typeInto("confirmName", QStringLiteral("Front door")) << QJsonObject();
        QTest::newRow("CLEAR_ENROLL_DATA") << CommandCode::ClearEnrollData
                                           << typeInto("confirmName", QStringLiteral("Front door")) << QJsonObject();
        QTest::newRow("SET_TIME") << CommandCode::SetTime << nothing << json({{QStringLiteral("time"), stamped}});
        QTest::newRow("GET_LOG_DATA")
            << CommandCode::GetLogData
            << range(QDateTime(QDate(2026, 11, 1), QTime(0, 0)), QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59)))
            << json({{QStringLiteral("begin_time"), QStringLiteral("20261101000000")},
                     {QStringLiteral("end_time"), QStringLiteral("20261123235959")}});
        QTest::newRow("GET_SLOG_DATA")
            << CommandCode::GetSlogData << range(QDateTime(QDate(2026, 11, 1), QTime(0, 0)), QDateTime())
            << json({{QStringLiteral("begin_time"), QStringLiteral("20261101000000")}});
        QTest::newRow("GET_SLOG_DATA all") << CommandCode::GetSlogData << nothing << QJsonObject();
        QTest::newRow("SET_FK_NAME") << CommandCode::SetFkName << typeInto("fkName", QStringLiteral("Gate 2"))
                                     << json({{QStringLiteral("fk_name"), QStringLiteral("Gate 2")}});
        QTest::newRow("SET_WEB_SERVER_INFO")
            << CommandCode::SetWebServerInfo
            << Fill([](ui::CommandForm *form) {
                   child<QComboBox>(form, "serverAddress")->setCurrentText(QStringLiteral("192.168.1.20"));
                   child<QSpinBox>(form, "serverPort")->setValue(8091);
               })
            << json({{QStringLiteral("server_ip"), QStringLiteral("192.168.1.20")},
                     {QStringLiteral("server_port"), 8091},
                     {QStringLiteral("ip_address"), QStringLiteral("192.168.1.20")},
                     {QStringLiteral("port"), QStringLiteral("8091")}});
        QTest::newRow("DELETE_USER") << CommandCode::DeleteUser << pickUser(user)
                                     << json({{QStringLiteral("user_id"), user}});
        QTest::newRow("GET_USER_INFO") << CommandCode::GetUserInfo << pickUser(user)
                                       << json({{QStringLiteral("user_id"), user}});
        QTest::newRow("SET_USER_NAME") << CommandCode::SetUserName
                                       << both(pickUser(user), typeInto("userName", QStringLiteral("Alicia")))
                                       << json({{QStringLiteral("user_id"), user},
                                                {QStringLiteral("user_name"), QStringLiteral("Alicia")}});
        QTest::newRow("SET_USER_PRIVILEGE") << CommandCode::SetUserPrivilege
                                            << both(pickUser(user), choose("userPrivilege", QStringLiteral("MANAGER")))
                                            << json({{QStringLiteral("user_id"), user},
                                                     {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")}});
        QTest::newRow("GET_ENROLL_DATA") << CommandCode::GetEnrollData
                                         << both(pickUser(user), choose("backupNumberCombo", 11))
                                         << json({{QStringLiteral("user_id"), user},
                                                  {QStringLiteral("backup_number"), 11}});
        QTest::newRow("SET_ENROLL_DATA")
            << CommandCode::SetEnrollData
            << both(both(pickUser(user), choose("backupNumberCombo", 10)), chooseFile(m_passwordFile))
            << json({{QStringLiteral("user_id"), user},
                     {QStringLiteral("backup_number"), 10},
                     {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}});
        // The stored user, as picked: finger 1 and password from the store, the photo, enabled.
        QTest::newRow("SET_USER_INFO")
            << CommandCode::SetUserInfo << pickUser(user)
            << json({{QStringLiteral("user_id"), user},
                     {QStringLiteral("user_name"), QStringLiteral("Alice")},
                     {QStringLiteral("user_privilege"), QStringLiteral("USER")},
                     {QStringLiteral("enroll_data_array"),
                      QJsonArray{json({{QStringLiteral("backup_number"), 0},
                                       {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}}),
                                 json({{QStringLiteral("backup_number"), 10},
                                       {QStringLiteral("enroll_data"), QStringLiteral("BIN_2")}})}},
                     {QStringLiteral("user_photo"), QStringLiteral("BIN_3")}});
        QTest::newRow("ENABLE_USER") << CommandCode::EnableUser << pickUser(user)
                                     << json({{QStringLiteral("user_id"), user},
                                              {QStringLiteral("enable_flag"), QStringLiteral("OFF")}});
        QTest::newRow("ENABLE_USER on") << CommandCode::EnableUser
                                        << both(pickUser(user), choose("enableFlag", QStringLiteral("ON")))
                                        << json({{QStringLiteral("user_id"), user},
                                                 {QStringLiteral("enable_flag"), QStringLiteral("ON")}});
        QTest::newRow("OPEN_DOOR") << CommandCode::OpenDoor << nothing << json({{QStringLiteral("door_no"), 1}});
        QTest::newRow("OPEN_DOOR 2") << CommandCode::OpenDoor
                                     << Fill([](ui::CommandForm *form) { child<QSpinBox>(form, "doorNumber")->setValue(2); })
                                     << json({{QStringLiteral("door_no"), 2}});
        QTest::newRow("ENABLE_ENROLL_FUNC") << CommandCode::EnableEnrollFunc << nothing
                                            << json({{QStringLiteral("enable_flag"), QStringLiteral("OFF")}});
        QTest::newRow("ENABLE_ENROLL_FUNC unlock") << CommandCode::EnableEnrollFunc
                                                   << choose("enrollMenuFlag", QStringLiteral("ON"))
                                                   << json({{QStringLiteral("enable_flag"), QStringLiteral("ON")}});
    }

    void comparePreview(const ui::CommandBuilderDialog &dialog, const QJsonObject &expected)
    {
        const QJsonObject shown = previewOf(dialog);
        if (expected.value(QStringLiteral("time")) == QJsonValue(stamped)) {
            QCOMPARE(shown.keys(), QStringList{QStringLiteral("time")});
            const QDateTime time = protocol::walltime::fromProtocol(shown.value(QStringLiteral("time")).toString());
            QVERIFY(time.isValid());
            QVERIFY(qAbs(time.secsTo(protocol::walltime::make(QDate::currentDate(), QTime::currentTime()))) < 60);
            return;
        }
        QCOMPARE(QJsonDocument(shown).toJson(QJsonDocument::Compact),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_passwordFile = m_files.filePath(QStringLiteral("password.txt"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("5678"), 4);

        m_pictureFile = m_files.filePath(QStringLiteral("portrait.png"));
        QImage picture(1200, 900, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(m_pictureFile, "PNG"));
        QFile saved(m_pictureFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(ui::UserEditDialog::preparePhoto(saved.readAll(), &m_pictureSent, &error), qPrintable(error));
        m_hugeFile = m_files.filePath(QStringLiteral("huge.jpg"));
        QFile huge(m_hugeFile);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(ui::UserInfoForm::MaxPhotoFileBytes + 1));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_commandbuilderdialog"));
        QString error;
        m_db = storage::Connection::open(
            storage::DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("punchclock.sqlite"))), &error);
        QVERIFY2(m_db, qPrintable(error));
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setName(dev, QStringLiteral("Front door")));
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("12");
        alice.name = QStringLiteral("Alice");
        alice.privilegeName = QStringLiteral("USER");
        alice.photo = QByteArrayLiteral("\xff\xd8 photo");
        alice.credentials = {{0, QByteArrayLiteral("finger template")}, {10, QByteArrayLiteral("1234")}};
        QVERIFY(storage::UserRepository(db()).saveUser(alice));
        m_context = std::make_unique<ui::ConsoleContext>(*m_db, nullptr);
    }

    void cleanup()
    {
        m_context.reset();
        m_db.reset();
        m_dir.reset();
    }

    void everyCommandIsListedInItsGroup()
    {
        auto dialog = open(CommandCode::GetDeviceStatus);
        auto *list = child<QTreeWidget>(dialog.get(), "commandList");
        QStringList groups;
        int commands = 0;
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            groups << list->topLevelItem(g)->text(0);
            commands += list->topLevelItem(g)->childCount();
        }
        QCOMPARE(groups, (QStringList{QStringLiteral("Terminal"), QStringLiteral("Users"), QStringLiteral("Logs"),
                                      QStringLiteral("Danger")}));
        QCOMPARE(commands, 20);

        // Searching by words or by the protocol's name.
        child<QLineEdit>(dialog.get(), "commandSearch")->setText(QStringLiteral("logs"));
        QStringList shown;
        for (QTreeWidgetItemIterator it(list, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            if ((*it)->parent())
                shown << (*it)->text(0);
        }
        QCOMPARE(shown, (QStringList{QStringLiteral("Get logs"), QStringLiteral("Clear all logs")}));
        QCOMPARE(dialog->currentForm()->code(), CommandCode::GetLogData);
        child<QLineEdit>(dialog.get(), "commandSearch")->setText(QStringLiteral("SET_USER_INFO"));
        QCOMPARE(dialog->currentForm()->code(), CommandCode::SetUserInfo);
    }

    void validFormEnablesSendAndPreviews_data() { validRows(); }
    void validFormEnablesSendAndPreviews()
    {
        QFETCH(CommandCode, code);
        QFETCH(Fill, fill);
        QFETCH(QJsonObject, expected);
        auto dialog = open(code);
        QCOMPARE(dialog->currentForm()->code(), code);
        fill(dialog->currentForm());
        QVERIFY2(dialog->canSend(), qPrintable(dialog->currentForm()->messageLabel(QString())->text()));
        comparePreview(*dialog, expected);
    }

    void invalidInputShowsTheMessageUnderItsField_data()
    {
        QTest::addColumn<CommandCode>("code");
        QTest::addColumn<Fill>("fill");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString badId = QStringLiteral("A user id is 1 to 24 letters, digits or _.");
        const QString user = QStringLiteral("12");
        QTest::newRow("CLEAR_LOG_DATA") << CommandCode::ClearLogData << typeInto("confirmName", QStringLiteral("Front"))
                                        << QStringLiteral("confirm") << QStringLiteral("Type “Front door” to confirm.");
        QTest::newRow("CLEAR_ENROLL_DATA") << CommandCode::ClearEnrollData << nothing << QStringLiteral("confirm")
                                           << QStringLiteral("Type “Front door” to confirm.");
        QTest::newRow("GET_LOG_DATA")
            << CommandCode::GetLogData
            << range(QDateTime(QDate(2026, 11, 23), QTime(0, 0)), QDateTime(QDate(2026, 11, 1), QTime(0, 0)))
            << QStringLiteral("range") << QStringLiteral("The start is after the end.");
        QTest::newRow("GET_SLOG_DATA")
            << CommandCode::GetSlogData
            << range(QDateTime(QDate(2026, 11, 23), QTime(0, 0)), QDateTime(QDate(2026, 11, 1), QTime(0, 0)))
            << QStringLiteral("range") << QStringLiteral("The start is after the end.");
        QTest::newRow("SET_FK_NAME") << CommandCode::SetFkName << typeInto("fkName", QStringLiteral("Café"))
                                     << QStringLiteral("fk_name")
                                     << QStringLiteral("Terminals accept only English letters, digits and punctuation here.");
        QTest::newRow("SET_FK_NAME empty") << CommandCode::SetFkName << typeInto("fkName", QString())
                                           << QStringLiteral("fk_name") << QStringLiteral("Must not be empty.");
        QTest::newRow("SET_WEB_SERVER_INFO")
            << CommandCode::SetWebServerInfo
            << Fill([](ui::CommandForm *form) {
                   child<QComboBox>(form, "serverAddress")->setCurrentText(QStringLiteral("300.1.2.3"));
               })
            << QStringLiteral("server_ip") << QStringLiteral("Enter an IPv4 address such as 192.168.1.20.");
        QTest::newRow("DELETE_USER") << CommandCode::DeleteUser << pickUser(QStringLiteral("bad id"))
                                     << QStringLiteral("user_id") << badId;
        QTest::newRow("GET_USER_INFO") << CommandCode::GetUserInfo << pickUser(QString()) << QStringLiteral("user_id")
                                       << badId;
        QTest::newRow("SET_USER_NAME") << CommandCode::SetUserName
                                       << both(pickUser(user), typeInto("userName", QStringLiteral("Al\tice")))
                                       << QStringLiteral("user_name")
                                       << QStringLiteral("Contains a tab, line break or other control character.");
        QTest::newRow("SET_USER_PRIVILEGE") << CommandCode::SetUserPrivilege << pickUser(QStringLiteral("x-1"))
                                            << QStringLiteral("user_id") << badId;
        QTest::newRow("GET_ENROLL_DATA") << CommandCode::GetEnrollData << pickUser(QString(25, QLatin1Char('1')))
                                         << QStringLiteral("user_id") << badId;
        QTest::newRow("SET_ENROLL_DATA") << CommandCode::SetEnrollData << pickUser(user)
                                         << QStringLiteral("enroll_data") << QStringLiteral("Choose a file.");
        QTest::newRow("SET_ENROLL_DATA unreadable")
            << CommandCode::SetEnrollData << both(pickUser(user), chooseFile(QStringLiteral("/nonexistent/x")))
            << QStringLiteral("enroll_data") << QStringLiteral("Cannot read this file: No such file or directory");
        QTest::newRow("SET_USER_INFO") << CommandCode::SetUserInfo
                                       << both(pickUser(user), typeInto("userPassword", QStringLiteral("12ab")))
                                       << QStringLiteral("password")
                                       << QStringLiteral("Passwords and card numbers are digits only.");
        QTest::newRow("SET_USER_INFO id") << CommandCode::SetUserInfo << pickUser(QStringLiteral("é"))
                                          << QStringLiteral("user_id") << badId;
        QTest::newRow("ENABLE_USER") << CommandCode::EnableUser << pickUser(QStringLiteral("a b"))
                                     << QStringLiteral("user_id") << badId;
        QTest::newRow("OPEN_DOOR 0") << CommandCode::OpenDoor
                                     << Fill([](ui::CommandForm *form) { child<QSpinBox>(form, "doorNumber")->setValue(0); })
                                     << QStringLiteral("door_no")
                                     << QStringLiteral("Choose a door from 1 to 4; most terminals drive door 1.");
        QTest::newRow("OPEN_DOOR 5") << CommandCode::OpenDoor
                                     << Fill([](ui::CommandForm *form) { child<QSpinBox>(form, "doorNumber")->setValue(5); })
                                     << QStringLiteral("door_no")
                                     << QStringLiteral("Choose a door from 1 to 4; most terminals drive door 1.");
    }
    void invalidInputShowsTheMessageUnderItsField()
    {
        QFETCH(CommandCode, code);
        QFETCH(Fill, fill);
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto dialog = open(code);
        fill(dialog->currentForm());
        QVERIFY(!dialog->canSend());
        // Fields not edited keep their errors until Send, which shows every one and sends nothing.
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
        QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
        QLabel *label = dialog->currentForm()->messageLabel(field);
        QVERIFY(label);
        QCOMPARE(label->text(), message);
        QVERIFY(!label->isHidden());
        QCOMPARE(label->property("role").toString(), QStringLiteral("fieldError"));
        QVERIFY(child<QLabel>(dialog.get(), "previewNote")->text().startsWith(QStringLiteral("Not valid yet")));
    }

    void sendQueuesExactlyThatJob_data() { validRows(); }
    void sendQueuesExactlyThatJob()
    {
        QFETCH(CommandCode, code);
        QFETCH(Fill, fill);
        QFETCH(QJsonObject, expected);
        auto dialog = open(code);
        fill(dialog->currentForm());
        QVERIFY(dialog->canSend());
        QSignalSpy shown(m_context.get(), &ui::ConsoleContext::jobRequested);
        if (code == CommandCode::DeleteUser || code == CommandCode::ResetFk)
            answerYesToTheNextQuestion();
        if (code == CommandCode::SetWebServerInfo)
            confirmTheNextServerAddress();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list({});
        QCOMPARE(jobs.size(), 1);
        const storage::JobRow &job = jobs.first();
        QCOMPARE(job.devId, dev);
        QCOMPARE(job.commandCode, QString::fromLatin1(protocol::commandCodeName(code)));
        QCOMPARE(job.status, storage::JobStatus::Wait);
        QCOMPARE(job.queuedBy, m_context->operatorName());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toLongLong(), job.id);
        const QJsonObject sent = protocol::BsCommFrame::decode(job.parameters).frame.json();
        if (code == CommandCode::SetUserInfo) {
            // Sent from the store at delivery: the store holds exactly what the form showed.
            QVERIFY(job.buildAtDelivery);
            QCOMPARE(sent, json({{QStringLiteral("user_id"), QStringLiteral("12")}}));
            const auto stored = storage::UserRepository(db()).load(QStringLiteral("12"));
            QVERIFY(stored);
            QCOMPARE(stored->credentials.size(), 2);
        } else if (expected.value(QStringLiteral("time")) == QJsonValue(stamped)) {
            QVERIFY(protocol::commandvalidation::isProtocolTime(sent.value(QStringLiteral("time")).toString()));
        } else {
            QCOMPARE(sent, expected);
        }
        if (code == CommandCode::SetEnrollData)
            QCOMPARE(protocol::BsCommFrame::decode(job.parameters).frame.binaries(), QList<QByteArray>{"5678"});
    }

    void destructiveCommandsWaitForConfirmation()
    {
        auto dialog = open(CommandCode::ResetFk);
        QVERIFY(dialog->canSend());
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
    }

    void serverAddressIsConfirmedShowingWhatIsSent()
    {
        auto dialog = open(CommandCode::SetWebServerInfo);
        child<QComboBox>(dialog->currentForm(), "serverAddress")->setCurrentText(QStringLiteral("10.20.30.40"));
        child<QSpinBox>(dialog->currentForm(), "serverPort")->setValue(7005);
        QVERIFY(dialog->canSend());
        QString text;
        QString details;
        bool cancelIsDefault = false;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            details = box->detailedText();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            // Enter takes the default: nothing is sent.
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QVERIFY(cancelIsDefault);
        QVERIFY2(text.contains(QStringLiteral("10.20.30.40, port 7005")), qPrintable(text));
        QCOMPARE(QJsonDocument::fromJson(details.toUtf8()).object(),
                 json({{QStringLiteral("server_ip"), QStringLiteral("10.20.30.40")},
                       {QStringLiteral("server_port"), 7005},
                       {QStringLiteral("ip_address"), QStringLiteral("10.20.30.40")},
                       {QStringLiteral("port"), QStringLiteral("7005")}}));
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }

    void sendNeedsATerminal()
    {
        auto dialog = open(CommandCode::GetDeviceStatus, QString());
        QVERIFY(!dialog->canSend());
        auto *message = child<QLabel>(dialog.get(), "terminalMessage");
        QCOMPARE(message->text(), QStringLiteral("Choose the terminal to send to."));
        child<QComboBox>(dialog.get(), "terminalPicker")->setCurrentIndex(1);
        QVERIFY(dialog->canSend());
        QVERIFY(message->isHidden());
    }

    void userInfoIsFilledFromTheStoreAndEditable()
    {
        auto dialog = open(CommandCode::SetUserInfo);
        ui::CommandForm *form = dialog->currentForm();
        auto *picker = form->findChild<ui::UserPicker *>();
        QCompleter *completer = picker->completer();
        completer->setCompletionPrefix(QStringLiteral("ali"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("Alice (12)"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("12"));
        Q_EMIT completer->activated(completer->currentIndex());
        QCOMPARE(picker->text(), QStringLiteral("12"));
        QCOMPARE(child<QLineEdit>(form, "userName")->text(), QStringLiteral("Alice"));
        QCOMPARE(child<QLineEdit>(form, "userPassword")->text(), QStringLiteral("1234"));
        auto *credentials = child<QListWidget>(form, "credentialList");
        QCOMPARE(credentials->count(), 1);
        QCOMPARE(credentials->item(0)->text(), QStringLiteral("Finger 1 (15 bytes)"));

        // Leave the finger and the photo out, add a card, disable the user.
        credentials->item(0)->setCheckState(Qt::Unchecked);
        child<QCheckBox>(form, "includePhoto")->setChecked(false);
        child<QLineEdit>(form, "userCard")->setText(QStringLiteral("0012345678"));
        child<QCheckBox>(form, "userEnabled")->setChecked(false);
        QVERIFY(dialog->canSend());
        QCOMPARE(QJsonDocument(previewOf(*dialog)).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"enable_flag":"OFF","enroll_data_array":[{"backup_number":10,"enroll_data":"BIN_1"},)"
                            R"({"backup_number":11,"enroll_data":"BIN_2"}],"user_id":"12","user_name":"Alice",)"
                            R"("user_privilege":"USER"})"));
        // A long name is sent, with a warning under the field.
        child<QLineEdit>(form, "userName")->setText(QStringLiteral("Alice Wonderland"));
        QVERIFY(dialog->canSend());
        QCOMPARE(form->messageLabel(QStringLiteral("user_name"))->text(),
                 QStringLiteral("Longer than 8 characters: some terminals cut names short."));

        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        const auto stored = storage::UserRepository(db()).load(QStringLiteral("12"));
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Alice Wonderland"));
        QVERIFY(!stored->enabled);
        QVERIFY(stored->photo.isEmpty());
        QCOMPARE(stored->credentials.size(), 2);
        QCOMPARE(stored->credentials.at(1).data, QByteArrayLiteral("0012345678"));
    }

    // Once a read-back showed the terminal cutting names, the warning says what it will keep.
    void aKnownNameLimitIsShownBeforeSending()
    {
        QVERIFY(storage::TerminalRepository(db()).setNameLimit(dev, 8));
        auto dialog = open(CommandCode::SetUserName, dev,
                           {{QStringLiteral("user_id"), QStringLiteral("12")},
                            {QStringLiteral("user_name"), QStringLiteral("Alice Wonderland")}});
        ui::CommandForm *form = dialog->currentForm();
        QVERIFY(dialog->canSend());
        QCOMPARE(form->messageLabel(QStringLiteral("user_name"))->text(),
                 QStringLiteral("Front door keeps only the first 8 characters: it will keep \"Alice Wo\"."));
        // A name that fits has nothing to say.
        child<QLineEdit>(form, "userName")->setText(QStringLiteral("Alice W"));
        QVERIFY(form->messageLabel(QStringLiteral("user_name"))->text().isEmpty());
    }

    void userInfoPhotoFileIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const QLocale locale;
        QTest::newRow("missing") << m_files.filePath(QStringLiteral("nobody.jpg"))
                                 << QStringLiteral("Cannot read this file: No such file or directory");
        QTest::newRow("not a picture") << m_passwordFile
                                       << QStringLiteral("This file is not a picture this program can read.");
        QTest::newRow("too big") << m_hugeFile
                                 << QStringLiteral("This file is %1; a photo may be at most %2.")
                                        .arg(locale.formattedDataSize(ui::UserInfoForm::MaxPhotoFileBytes + 1),
                                             locale.formattedDataSize(ui::UserInfoForm::MaxPhotoFileBytes));
    }
    void userInfoPhotoFileIsCheckedBeforeSending()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto dialog = open(CommandCode::SetUserInfo);
        ui::CommandForm *form = dialog->currentForm();
        pickUser(QStringLiteral("12"))(form);
        QVERIFY(dialog->canSend());
        chooseFile(file)(form);
        QVERIFY(!dialog->canSend());
        QLabel *label = form->messageLabel(QStringLiteral("photo_file"));
        QCOMPARE(label->text(), message);
        QVERIFY(!label->isHidden());
        QCOMPARE(label->property("role").toString(), QStringLiteral("fieldError"));
        // Clearing the file sends the stored photo again.
        chooseFile({})(form);
        QVERIFY(dialog->canSend());
        QVERIFY(label->isHidden());
        QVERIFY(child<QCheckBox>(form, "includePhoto")->isEnabled());
    }

    void userInfoSendsAPictureFileAsThePhoto()
    {
        const QByteArray &jpeg = m_pictureSent;

        auto dialog = open(CommandCode::SetUserInfo);
        ui::CommandForm *form = dialog->currentForm();
        pickUser(QStringLiteral("12"))(form);
        chooseFile(m_pictureFile)(form);
        // The picture replaces the stored photo; what is sent is the JPEG made of it.
        QVERIFY(!child<QCheckBox>(form, "includePhoto")->isEnabled());
        QVERIFY(dialog->canSend());
        QVERIFY(previewOf(*dialog).value(QStringLiteral("user_photo")).toString().startsWith(QStringLiteral("BIN_")));
        const QString note = child<QLabel>(dialog.get(), "previewNote")->text();
        QVERIFY2(note.contains(QLocale().formattedDataSize(jpeg.size())), qPrintable(note));

        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto stored = storage::UserRepository(db()).load(QStringLiteral("12"));
        QVERIFY(stored);
        QCOMPARE(stored->photo, jpeg);
        QImage sent;
        QVERIFY(sent.loadFromData(stored->photo, "JPEG"));
        QCOMPARE(sent.width(), ui::UserEditDialog::MaxPhotoSide);

        // The job is built from the store when the terminal polls: it carries that photo.
        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list({});
        QCOMPARE(jobs.size(), 1);
        QVERIFY(jobs.first().buildAtDelivery);
        const protocol::BuiltCommand delivered = protocol::Commands::setUserInfo(*stored);
        QVERIFY(delivered.ok());
        const QJsonValue reference = delivered.parameters.json().value(QStringLiteral("user_photo"));
        QCOMPARE(delivered.parameters.binaryFor(reference), jpeg);
    }

    // A path typed key by key is read once it is finished, not at every prefix ("/", "/t", …,
    // none of them a picture) on the way; a file chosen in the Browse dialog is read at once.
    void userInfoPhotoFileIsReadWhenItsPathIsFinished()
    {
        const QString jpegSize = QLocale().formattedDataSize(m_pictureSent.size());

        auto dialog = open(CommandCode::SetUserInfo);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        ui::CommandForm *form = dialog->currentForm();
        pickUser(QStringLiteral("12"))(form);
        auto *path = child<QLineEdit>(form, "filePath");
        auto *includePhoto = child<QCheckBox>(form, "includePhoto");
        auto *note = child<QLabel>(dialog.get(), "previewNote");
        QLabel *message = form->messageLabel(QStringLiteral("photo_file"));
        QSignalSpy changes(form, &ui::CommandForm::changed);

        path->setFocus();
        QTRY_VERIFY(path->hasFocus());
        QTest::keyClicks(path, m_pictureFile);
        QCOMPARE(path->text(), m_pictureFile);
        QCOMPARE(changes.count(), 0);
        QVERIFY(message->isHidden());
        QVERIFY(includePhoto->isEnabled()); // the stored photo is still the one to send
        QVERIFY(!note->text().contains(jpegSize));
        // The focus moves on: the path is finished and the picture read.
        child<QLineEdit>(form, "userName")->setFocus();
        QTRY_COMPARE(changes.count(), 1);
        QVERIFY(!includePhoto->isEnabled());
        QVERIFY(message->isHidden());
        QVERIFY2(note->text().contains(jpegSize), qPrintable(note->text()));
        QVERIFY(dialog->canSend());

        // Ctrl+Return while another path is being typed sends nothing: not the file read before.
        path->setFocus();
        QTRY_VERIFY(path->hasFocus());
        path->selectAll();
        QTest::keyClicks(path, m_hugeFile);
        QCOMPARE(changes.count(), 1);
        QTest::keyClick(path, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(message->text(), QStringLiteral("Press Enter to read this file first."));
        QVERIFY(!dialog->canSend());
        // Enter finishes it: read, and refused for its size; nothing is sent.
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(changes.count(), 2);
        QVERIFY2(message->text().startsWith(QStringLiteral("This file is ")), qPrintable(message->text()));
        QVERIFY(!dialog->canSend());
        QVERIFY(dialog->isVisible());
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());

        // Chosen in the Browse dialog, the picture is read at once.
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!chooser)
                return;
            answer.stop();
            // Typed into the dialog's file name field, as an operator would.
            if (auto *name = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(m_pictureFile);
            static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept, as its Open button does
        });
        answer.start();
        QTest::mouseClick(child<QAbstractButton>(form, "browseFile"), Qt::LeftButton);
        QCOMPARE(path->text(), m_pictureFile);
        QCOMPARE(changes.count(), 3);
        QVERIFY(message->isHidden());
        QVERIFY2(note->text().contains(jpegSize), qPrintable(note->text()));
        QVERIFY(dialog->canSend());
    }

    // The credential file of SET_ENROLL_DATA: Ctrl+Return (Send) while another path is being
    // typed sends nothing, not the file finished before.
    void credentialFileIsNotSentHalfTyped()
    {
        auto dialog = open(CommandCode::SetEnrollData);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        ui::CommandForm *form = dialog->currentForm();
        both(both(pickUser(QStringLiteral("12")), choose("backupNumberCombo", 10)), chooseFile(m_passwordFile))(form);
        QVERIFY(dialog->canSend());

        auto *path = child<QLineEdit>(form, "filePath");
        path->setFocus();
        QTRY_VERIFY(path->hasFocus());
        path->selectAll();
        QTest::keyClicks(path, m_pictureFile);
        QTest::keyClick(path, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(form->messageLabel(QStringLiteral("enroll_data"))->text(),
                     QStringLiteral("Press Enter to read this file first."));
        QVERIFY(!dialog->canSend());
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
        // Enter finishes it: the picture is read, and refused as a password.
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_VERIFY(form->messageLabel(QStringLiteral("enroll_data"))->text()
                    != QLatin1String("Press Enter to read this file first."));
        QVERIFY(!dialog->canSend());
        path->selectAll();
        QTest::keyClicks(path, m_passwordFile);
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_VERIFY(dialog->canSend());
    }

    void buttonsAreFoundByName()
    {
        auto dialog = open(CommandCode::GetDeviceStatus);
        auto *buttons = child<QDialogButtonBox>(dialog.get(), "commandBuilderButtons");
        QVERIFY(buttons->buttons().contains(child<QPushButton>(dialog.get(), "sendButton")));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
    }

    // Across a network the builder reads and queues on the console's reader thread: with the GUI
    // thread's connection closed, it opens with the terminals, the users and what it knows of the
    // terminal as read there, fills a stored user in from the store, and queues what is sent.
    void theBuilderReadsAndQueuesOnTheReader()
    {
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.setLogsPulledUntil(dev, protocol::walltime::make(QDate(2026, 11, 20), QTime(17, 30, 5))));
        QVERIFY(terminals.setNameLimit(dev, 8));
        m_context = std::make_unique<ui::ConsoleContext>(*m_db, nullptr, true);
        std::optional<test::GuiConnectionClosed> closed(db());

        auto logs = open(CommandCode::GetLogData);
        QCOMPARE(logs->terminalDevId(), dev);
        QCOMPARE(previewOf(*logs), json({{QStringLiteral("begin_time"), QStringLiteral("20261120173005")}}));

        auto dialog = open(CommandCode::SetUserInfo);
        ui::CommandForm *form = dialog->currentForm();
        pickUser(QStringLiteral("12"))(form);
        QCOMPARE(child<QLineEdit>(form, "userName")->text(), QStringLiteral("Alice"));
        QCOMPARE(child<QLineEdit>(form, "userPassword")->text(), QStringLiteral("1234"));
        child<QLineEdit>(form, "userName")->setText(QStringLiteral("Alice Wonderland"));
        QCOMPARE(form->messageLabel(QStringLiteral("user_name"))->text(),
                 QStringLiteral("Front door keeps only the first 8 characters: it will keep \"Alice Wo\"."));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        closed.reset();
        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list({});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().commandCode, QStringLiteral("SET_USER_INFO"));
        QCOMPARE(jobs.first().devId, dev);
        QCOMPARE(storage::UserRepository(db()).load(QStringLiteral("12"))->name, QStringLiteral("Alice Wonderland"));
    }

    void logRangeOffersSinceLastPull()
    {
        const QDateTime pulled = protocol::walltime::make(QDate(2026, 11, 20), QTime(17, 30, 5));
        QVERIFY(storage::TerminalRepository(db()).setLogsPulledUntil(dev, pulled));
        auto dialog = open(CommandCode::GetLogData);
        QCOMPARE(previewOf(*dialog), json({{QStringLiteral("begin_time"), QStringLiteral("20261120173005")}}));
        ui::CommandForm *form = dialog->currentForm();
        QTest::mouseClick(child<QPushButton>(form, "presetAll"), Qt::LeftButton);
        QCOMPARE(previewOf(*dialog), QJsonObject());
        QTest::mouseClick(child<QPushButton>(form, "presetToday"), Qt::LeftButton);
        const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
        QCOMPARE(previewOf(*dialog), json({{QStringLiteral("begin_time"), QString(today + QStringLiteral("000000"))},
                                           {QStringLiteral("end_time"), QString(today + QStringLiteral("235959"))}}));
        QTest::mouseClick(child<QPushButton>(form, "presetSinceLastPull"), Qt::LeftButton);
        QCOMPARE(previewOf(*dialog), json({{QStringLiteral("begin_time"), QStringLiteral("20261120173005")}}));
    }

    // Choosing "Alice (12)" from the suggestions leaves the id in the field and the name beside it.
    void pickingASuggestionYieldsTheId()
    {
        auto dialog = open(CommandCode::DeleteUser);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *picker = dialog->currentForm()->findChild<ui::UserPicker *>();
        picker->setFocus();
        QTest::keyClicks(picker, QStringLiteral("ali"));
        QAbstractItemView *popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Alice (12)"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(picker->text(), QStringLiteral("12"));
        QCOMPARE(child<QLabel>(dialog->currentForm(), "userNameHint")->text(), QStringLiteral("Alice"));
        QVERIFY(dialog->canSend());
        QCOMPARE(previewOf(*dialog), json({{QStringLiteral("user_id"), QStringLiteral("12")}}));
    }

    // Free text is an id by the protocol's rules: a person's name is not, whatever its letters.
    void aBareNameIsRefusedAndANumberAccepted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the name") << QStringLiteral("Alice") << false;
        QTest::newRow("in lower case") << QStringLiteral("alice") << false;
        QTest::newRow("a known id") << QStringLiteral("12") << true;
        QTest::newRow("an id not in the store") << QStringLiteral("37") << true;
    }
    void aBareNameIsRefusedAndANumberAccepted()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        auto dialog = open(CommandCode::GetUserInfo);
        auto *picker = dialog->currentForm()->findChild<ui::UserPicker *>();
        picker->setFocus();
        QTest::keyClicks(picker, typed);
        QCOMPARE(dialog->canSend(), accepted);
        QLabel *message = dialog->currentForm()->messageLabel(QStringLiteral("user_id"));
        if (accepted) {
            QVERIFY(message->isHidden());
            QCOMPARE(previewOf(*dialog), json({{QStringLiteral("user_id"), typed}}));
            return;
        }
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), QStringLiteral("User id: “%1” is a name. Choose the person from the suggestions to "
                                                 "fill in their id.")
                                      .arg(typed));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
    }

    // A terminal whose records hold user ids as numbers (FKDataHS101) takes digits only.
    void aTerminalThatNumbersItsUsersTakesDigitsOnly()
    {
        const QString numbered = QStringLiteral("NUMBERED01");
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {numbered, QStringLiteral("192.0.2.11"), storage::Approval::Approved, QStringLiteral("FKDataHS101")}));
        QVERIFY(storage::TerminalRepository(db()).setName(numbered, QStringLiteral("Gate")));
        auto dialog = open(CommandCode::DeleteUser, numbered);
        auto *picker = dialog->currentForm()->findChild<ui::UserPicker *>();
        QTest::keyClicks(picker, QStringLiteral("B7"));
        QVERIFY(!dialog->canSend());
        QCOMPARE(dialog->currentForm()->messageLabel(QStringLiteral("user_id"))->text(),
                 QStringLiteral("User id: Gate numbers its users, so the id is a number from 0 to 4294967295."));
        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("4294967296"));
        QVERIFY(!dialog->canSend());
        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("4294967295"));
        QVERIFY(dialog->canSend());
        // The same letters suit a terminal that keeps ids as text.
        child<QComboBox>(dialog.get(), "terminalPicker")
            ->setCurrentIndex(child<QComboBox>(dialog.get(), "terminalPicker")->findData(dev));
        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("B7"));
        QVERIFY(dialog->canSend());
    }

    // Nothing is red before the operator typed; a field's error shows once it was edited, the
    // others' only on Send.
    void errorsWaitForTheFirstEdit()
    {
        auto dialog = open(CommandCode::SetEnrollData);
        ui::CommandForm *form = dialog->currentForm();
        QLabel *userMessage = form->messageLabel(QStringLiteral("user_id"));
        QLabel *fileMessage = form->messageLabel(QStringLiteral("enroll_data"));
        QVERIFY(!dialog->canSend());
        QVERIFY(userMessage->isHidden());
        QVERIFY(fileMessage->isHidden());
        QVERIFY(child<QPushButton>(dialog.get(), "sendButton")->isEnabled());

        auto *picker = form->findChild<ui::UserPicker *>();
        QTest::keyClicks(picker, QStringLiteral("x-"));
        QVERIFY(!userMessage->isHidden());
        QCOMPARE(userMessage->text(), QStringLiteral("A user id is 1 to 24 letters, digits or _."));
        QVERIFY(fileMessage->isHidden());
        QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
        // Put right, the field's message goes, and the file's still waits.
        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("12"));
        QVERIFY(userMessage->isHidden());
        QVERIFY(fileMessage->isHidden());

        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
        QVERIFY(!fileMessage->isHidden());
        QCOMPARE(fileMessage->text(), QStringLiteral("Choose a file."));
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
    }

    // Esc closes an untouched builder at once, and asks before discarding what was typed.
    void escapeAsksOnlyWhenSomethingWasTyped()
    {
        auto untouched = open(CommandCode::SetUserName);
        untouched->show();
        QVERIFY(QTest::qWaitForWindowExposed(untouched.get()));
        bool asked = false;
        // A question would block in exec(): it is answered from the event loop, and noted.
        QTimer::singleShot(0, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        });
        QTest::keyClick(untouched.get(), Qt::Key_Escape);
        QVERIFY(untouched->isHidden());
        QCOMPARE(untouched->result(), int(QDialog::Rejected));
        QCoreApplication::processEvents();
        QVERIFY(!asked);

        auto typed = open(CommandCode::SetUserName);
        typed->show();
        QVERIFY(QTest::qWaitForWindowExposed(typed.get()));
        auto *picker = typed->currentForm()->findChild<ui::UserPicker *>();
        QTest::keyClicks(picker, QStringLiteral("12"));
        QString question;
        test::whenModalShows<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(typed.get(), Qt::Key_Escape);
        QTRY_VERIFY(!question.isEmpty());
        QCOMPARE(question, QStringLiteral("The values you entered are lost. Discard the command?"));
        QVERIFY(typed->isVisible());
        QCOMPARE(picker->text(), QStringLiteral("12"));

        test::whenModalShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QTest::keyClick(typed.get(), Qt::Key_Escape);
        QTRY_VERIFY(typed->isHidden());
        QCOMPARE(typed->result(), int(QDialog::Rejected));
    }

    void draftPrefillsTheForm()
    {
        auto dialog = open(CommandCode::SetUserName, dev,
                           json({{QStringLiteral("user_id"), QStringLiteral("12")},
                                 {QStringLiteral("user_name"), QStringLiteral("Ally")}}));
        QCOMPARE(dialog->currentForm()->code(), CommandCode::SetUserName);
        QVERIFY(dialog->canSend());
        QCOMPARE(previewOf(*dialog), json({{QStringLiteral("user_id"), QStringLiteral("12")},
                                           {QStringLiteral("user_name"), QStringLiteral("Ally")}}));
    }
};

QTEST_MAIN(tst_CommandBuilderDialog)
#include "tst_commandbuilderdialog.moc"
