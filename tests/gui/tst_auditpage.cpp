#include "attendancebed.h"
#include "auditfilterbar.h"
#include "auditpage.h"
#include "audittablemodel.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "messageseen.h"
#include "permissiontext.h"
#include "readerthreadtools.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "commandservice.h"
#include "corrections.h"
#include "servicecall.h"
#include "terminaladmin.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"
#include "writetransaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace punchclock;
using ui::AuditTableModel;

namespace {

const QString devA = QStringLiteral("A000000000000001");
const QString devB = QStringLiteral("B000000000000002");

// The fields of each line of a CSV file that starts with the UTF-8 byte order mark and whose
// fields hold no line break; a quoted field may hold commas and doubled quotes. Nothing for a
// file that cannot be read or lacks the mark.
QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList fields{QString()};
        bool inQuotes = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('"') && inQuotes && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                fields.last() += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = !inQuotes;
            } else if (c == QLatin1Char(',') && !inQuotes) {
                fields << QString();
            } else {
                fields.last() += c;
            }
        }
        rows << fields;
    }
    return rows;
}

} // namespace

// The Audit trail page on a real database filled through the services by two operators: the
// records in words, newest first; each filter narrowing to exactly the matching records; a
// record before and after; new records at the top; paging past the first 500; the CSV export;
// the chain checked, untouched and tampered with; and a manager told no.
class tst_AuditPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::AuditPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    services::Actor m_anna;  // administrator
    services::Actor m_bruno; // operator
    qint64 m_annaApproval = 0;
    qint64 m_brunoApproval = 0;
    qint64 m_annaPunch = 0;
    qint64 m_brunoCommand = 0;

    QSqlDatabase db() const { return m_bed->database(); }
    AuditTableModel *model() const { return m_page->model(); }
    QTableView *table() const { return test::findWidget<QTableView>(m_page.get(), "auditTable"); }
    QString summary() const { return test::findWidget<QLabel>(m_page.get(), "pageSummary")->text(); }

    qint64 lastRecord() const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && query.next() ? query.value(0).toLongLong()
                                                                                           : 0;
    }

    QString storedHash(qint64 id) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QList<storage::AuditEntry> everyRecord() const
    {
        storage::AuditFilter all;
        all.limit = -1;
        return storage::AuditRepository(db()).list(all);
    }

    // The ids of every stored record that `matches` accepts, newest first.
    template <typename Predicate>
    QList<qint64> recordsWhere(Predicate matches) const
    {
        QList<qint64> ids;
        for (const storage::AuditEntry &entry : everyRecord()) {
            if (matches(entry))
                ids << entry.id;
        }
        return ids;
    }

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << model()->index(row, 0).data(AuditTableModel::EntryIdRole).toLongLong();
        return ids;
    }

    QString cell(qint64 id, AuditTableModel::Column column) const
    {
        const int row = model()->rowOf(id);
        return row < 0 ? QStringLiteral("<not shown>") : model()->index(row, column).data().toString();
    }

    bool choose(const char *comboName, const QVariant &data) const
    {
        return test::chooseData(test::findWidget<QComboBox>(m_page.get(), comboName), data);
    }

    // Moves records to other days and writes the chain after them again, as if they had been
    // written then: a record's time is part of its hash.
    bool backdate(const QHash<qint64, QDate> &days) const
    {
        QList<storage::AuditEntry> entries = everyRecord();
        std::reverse(entries.begin(), entries.end());
        QString previous = QLatin1String(storage::AuditRepository::GenesisHash);
        for (storage::AuditEntry &entry : entries) {
            if (days.contains(entry.id))
                entry.at = QDateTime(days.value(entry.id), QTime(12, 0)).toUTC();
            entry.prevHash = previous;
            entry.hash = storage::AuditRepository::hashOf(entry);
            QSqlQuery query(db());
            query.prepare(QStringLiteral("UPDATE audit_log SET at = ?, prev_hash = ?, hash = ? WHERE id = ?"));
            for (const QVariant &value :
                 QVariantList{entry.at.toUTC().toString(Qt::ISODateWithMs), entry.prevHash, entry.hash, entry.id})
                query.addBindValue(value);
            if (!query.exec())
                return false;
            previous = entry.hash;
        }
        return storage::AuditRepository(db()).verify().ok;
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        storage::TerminalRepository terminals(db());
        for (const QString &devId : {devA, devB})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.7"), storage::Approval::Pending, {}}));
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("7");
        alice.name = QStringLiteral("Alice");
        QVERIFY(storage::UserRepository(db()).replaceUser(alice));

        m_bruno = m_bed->signInAs(QStringLiteral("bruno"), services::Role::Operator);
        m_anna = m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator);
        QVERIFY(m_bruno.operatorId != 0 && m_anna.operatorId != 0);

        QVERIFY(services::TerminalAdmin(db()).approve(m_anna, devA).ok());
        m_annaApproval = lastRecord();
        QVERIFY(services::TerminalAdmin(db()).approve(m_bruno, devB).ok());
        m_brunoApproval = lastRecord();
        QVERIFY(services::Corrections(db())
                    .addPunch(m_anna, QStringLiteral("7"), protocol::walltime::make(QDate::currentDate(), QTime(8, 0)),
                              QStringLiteral("in"), QStringLiteral("forgot to punch"))
                    .ok());
        m_annaPunch = lastRecord();
        QVERIFY(
            services::CommandService(db()).queue(devB, protocol::CommandCode::GetDeviceStatus, {}, {}, m_bruno).ok());
        m_brunoCommand = lastRecord();

        m_page = std::make_unique<ui::AuditPage>(m_bed->createContext());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1366, 768);
        m_page->show();
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_bed.reset();
    }

    void theTrailReadsNewestFirstInWords()
    {
        // Everything the trail holds was written today: the default "last 30 days" shows it all.
        QCOMPARE(shownIds(), recordsWhere([](const storage::AuditEntry &) { return true; }));
        const QList<qint64> shown = shownIds();
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend(), std::greater<qint64>()));
        QCOMPARE(shown.first(), m_brunoCommand);

        QCOMPARE(cell(m_annaApproval, AuditTableModel::ActionColumn), QStringLiteral("Approved a terminal"));
        QCOMPARE(cell(m_annaApproval, AuditTableModel::ActorColumn), QStringLiteral("anna"));
        QCOMPARE(cell(m_annaApproval, AuditTableModel::ObjectColumn), QStringLiteral("Terminal ") + devA);
        QCOMPARE(cell(m_annaApproval, AuditTableModel::ChangeColumn), QStringLiteral("Approval: pending → approved"));
        QCOMPARE(cell(m_brunoApproval, AuditTableModel::ActorColumn), QStringLiteral("bruno"));
        QCOMPARE(cell(m_brunoApproval, AuditTableModel::ObjectColumn), QStringLiteral("Terminal ") + devB);
        QCOMPARE(cell(m_annaPunch, AuditTableModel::ActionColumn), QStringLiteral("Added a punch"));
        QCOMPARE(cell(m_annaPunch, AuditTableModel::ObjectColumn), QStringLiteral("Employee 7"));
        QCOMPARE(cell(m_brunoCommand, AuditTableModel::ActionColumn), QStringLiteral("Sent a command"));
        // The code stays at hand for whoever needs it.
        QCOMPARE(model()->index(model()->rowOf(m_annaApproval), AuditTableModel::ActionColumn).data(Qt::ToolTipRole),
                 QVariant(QStringLiteral("terminal.approve")));
        QVERIFY2(summary().startsWith(QStringLiteral("%1 records").arg(shown.size())), qPrintable(summary()));
    }

    void whoWhatAndObjectNarrowTheRowsExactly()
    {
        auto *who = test::findWidget<QComboBox>(m_page.get(), "auditActorFilter");
        for (const char *name : {"anna", "bruno"})
            QVERIFY2(who->findData(QLatin1String(name)) >= 0, name);

        QVERIFY(choose("auditActorFilter", QStringLiteral("bruno")));
        const QList<qint64> bruno =
            recordsWhere([](const storage::AuditEntry &entry) { return entry.actor == QLatin1String("bruno"); });
        QVERIFY(bruno.contains(m_brunoApproval) && bruno.contains(m_brunoCommand));
        QCOMPARE(shownIds(), bruno);

        QVERIFY(choose("auditActorFilter", QString()));
        QVERIFY(choose("auditCategoryFilter", QStringLiteral("punch.")));
        QCOMPARE(shownIds(), QList<qint64>{m_annaPunch});
        QVERIFY(choose("auditCategoryFilter", QStringLiteral("terminal.")));
        QCOMPARE(shownIds(), (QList<qint64>{m_brunoApproval, m_annaApproval}));
        // Who and what together.
        QVERIFY(choose("auditActorFilter", QStringLiteral("anna")));
        QCOMPARE(shownIds(), QList<qint64>{m_annaApproval});

        QVERIFY(choose("auditActorFilter", QString()));
        QVERIFY(choose("auditCategoryFilter", QString()));
        auto *objectId = test::findWidget<QLineEdit>(m_page.get(), "auditObjectIdFilter");
        QVERIFY2(!objectId->isEnabled(), "an id means nothing without the kind of object");
        QVERIFY(choose("auditObjectKindFilter", QStringLiteral("terminal")));
        QCOMPARE(shownIds(), recordsWhere([](const storage::AuditEntry &entry) {
                     return entry.objectKind == QLatin1String("terminal");
                 }));
        QVERIFY(objectId->isEnabled());
        QTest::keyClicks(objectId, devB);
        QTest::keyClick(objectId, Qt::Key_Return);
        // Bruno's approval of the terminal and the command he sent it.
        QCOMPARE(shownIds(), (QList<qint64>{m_brunoCommand, m_brunoApproval}));
        QVERIFY(choose("auditObjectKindFilter", QStringLiteral("user")));
        objectId->clear();
        QTest::keyClicks(objectId, QStringLiteral("7"));
        QTest::keyClick(objectId, Qt::Key_Return);
        QCOMPARE(shownIds(), QList<qint64>{m_annaPunch});
    }

    void aDateRangeNarrowsTheRowsExactly()
    {
        const QDate today = QDate::currentDate();
        QVERIFY(backdate({{m_annaApproval, today.addDays(-3)}, {m_brunoApproval, today.addDays(-40)}}));
        m_page->reload();
        auto *filters = m_page->filterBar();
        QVERIFY2(shownIds().contains(m_annaApproval), "the last 30 days by default");
        QVERIFY(!shownIds().contains(m_brunoApproval));

        filters->setRange(ui::AuditFilterBar::Range::Today);
        QVERIFY(!shownIds().isEmpty());
        QVERIFY(!shownIds().contains(m_annaApproval));
        QCOMPARE(shownIds(), recordsWhere([today](const storage::AuditEntry &entry) {
                     return entry.at.toLocalTime().date() == today;
                 }));

        filters->setCustomRange(today.addDays(-3), today.addDays(-3));
        QCOMPARE(shownIds(), QList<qint64>{m_annaApproval});
        filters->setCustomRange(today.addDays(-40), today.addDays(-3));
        QCOMPARE(shownIds(), (QList<qint64>{m_brunoApproval, m_annaApproval}));
        filters->setCustomRange(today.addDays(-39), today.addDays(-4));
        QVERIFY(shownIds().isEmpty());

        filters->setRange(ui::AuditFilterBar::Range::AllTime);
        QCOMPARE(shownIds(), recordsWhere([](const storage::AuditEntry &) { return true; }));
    }

    void theDetailsShowTheValuesBeforeAndAfter()
    {
        QVERIFY(test::findWidget<QLabel>(m_page.get(), "auditDetailsEmpty")->isVisible());
        table()->setCurrentIndex(model()->index(model()->rowOf(m_annaApproval), 0));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "auditDetailAction")->text(),
                 QStringLiteral("Approved a terminal"));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "auditDetailActor")->text(), QStringLiteral("anna (Operator)"));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "auditDetailObject")->text(),
                 QStringLiteral("Terminal ") + devA);
        auto *values = test::findWidget<QTableWidget>(m_page.get(), "auditDetailValues");
        QCOMPARE(values->rowCount(), 1);
        QCOMPARE(values->item(0, 0)->text(), QStringLiteral("Approval"));
        QCOMPARE(values->item(0, 1)->text(), QStringLiteral("pending"));
        QCOMPARE(values->item(0, 2)->text(), QStringLiteral("approved"));
        QVERIFY(test::findWidget<QLabel>(m_page.get(), "auditDetailChain")
                    ->text()
                    .startsWith(
                        QStringLiteral("Record %1 · %2").arg(m_annaApproval).arg(storedHash(m_annaApproval).left(16))));

        // An added punch has nothing before it.
        table()->setCurrentIndex(model()->index(model()->rowOf(m_annaPunch), 0));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "auditDetailAction")->text(), QStringLiteral("Added a punch"));
        QStringList after;
        for (int row = 0; row < values->rowCount(); ++row) {
            QVERIFY2(values->item(row, 1)->text().isEmpty(), qPrintable(values->item(row, 0)->text()));
            after << values->item(row, 0)->text() + QLatin1Char('=') + values->item(row, 2)->text();
        }
        QVERIFY2(after.contains(QStringLiteral("Time=%1 08:00:00").arg(QDate::currentDate().toString(Qt::ISODate))),
                 qPrintable(after.join(QLatin1String("; "))));
        QVERIFY2(after.contains(QStringLiteral("Reason=forgot to punch")), qPrintable(after.join(QLatin1String("; "))));
    }

    void aNewRecordAppearsAtTheTopWhileThePageShows()
    {
        const int before = model()->rowCount();
        QVERIFY(services::TerminalAdmin(db()).block(m_bruno, devA).ok());
        const qint64 blocked = lastRecord();
        QCOMPARE(model()->rowCount(), before); // not until the console hears of a change
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(model()->rowCount(), before + 1);
        QCOMPARE(shownIds().first(), blocked);
        QCOMPARE(cell(blocked, AuditTableModel::ActionColumn), QStringLiteral("Blocked a terminal"));
        QCOMPARE(cell(blocked, AuditTableModel::ActorColumn), QStringLiteral("bruno"));

        // Under a filter, only what matches it arrives.
        QVERIFY(choose("auditActorFilter", QStringLiteral("anna")));
        const QList<qint64> annas = shownIds();
        QVERIFY(services::TerminalAdmin(db()).approve(m_bruno, devA).ok());
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(shownIds(), annas);
        QVERIFY(services::TerminalAdmin(db()).block(m_anna, devA).ok());
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(shownIds(), QList<qint64>{lastRecord()} + annas);
    }

    // The operator looks at another page, changes something there, and comes back.
    void aRecordWrittenWhileHiddenIsThereWhenThePageShowsAgain()
    {
        m_page->hide();
        QVERIFY(services::TerminalAdmin(db()).block(m_anna, devB).ok());
        const qint64 blocked = lastRecord();
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        m_page->show();
        QTRY_COMPARE(shownIds().value(0), blocked);
        QCOMPARE(shownIds(), recordsWhere([](const storage::AuditEntry &) { return true; }));
    }

    // Across a network the reads run on the console's reader thread (here on the SQLite file).
    // A record read as news under one filter, arriving after another was chosen, is dropped:
    // the rows go from the old filter's straight to the new one's.
    void readsOffTheGuiThreadFollowTheLatestFilter()
    {
        m_tester.reset();
        m_page.reset();
        ui::ConsoleContext &readers = m_bed->createContext(true); // acting as anna, signed in last
        const QList<qint64> all = recordsWhere([](const storage::AuditEntry &) { return true; });
        std::optional<test::GuiConnectionClosed> closed(db());
        m_page = std::make_unique<ui::AuditPage>(readers);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1366, 768);
        m_page->show();
        QCOMPARE(model()->rowCount(), 0); // on its way: nothing waited for it here
        // With the GUI thread's connection closed, what the page shows was read on the reader's.
        QTRY_COMPARE(shownIds(), all);
        auto *who = test::findWidget<QComboBox>(m_page.get(), "auditActorFilter");
        QTRY_VERIFY(who->findData(QStringLiteral("bruno")) >= 0);
        closed.reset();

        {
            test::ReaderHold hold(readers.reader(), m_page.get());
            QVERIFY(services::TerminalAdmin(db()).block(m_bruno, devA).ok());
            readers.notifyChanged(ui::ConsoleContext::Terminals);
            QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
            QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
            QVERIFY(choose("auditActorFilter", QStringLiteral("anna")));
            hold.release();
            QTRY_COMPARE(reset.size(), 1);
            QCOMPARE(inserted.size(), 0);
        }
        const QList<qint64> annas =
            recordsWhere([](const storage::AuditEntry &entry) { return entry.actor == QLatin1String("anna"); });
        QCOMPARE(shownIds(), annas);

        // What anna records next comes in on top, once.
        QVERIFY(services::TerminalAdmin(db()).approve(m_anna, devA).ok());
        readers.notifyChanged(ui::ConsoleContext::Terminals);
        readers.notifyChanged(ui::ConsoleContext::Terminals);
        QTRY_COMPARE(shownIds(), QList<qint64>{lastRecord()} + annas);
    }

    void morePagesLoadAsTheViewScrollsWithoutRepeatsOrGaps()
    {
        const int extra = 2 * AuditTableModel::pageSize + 137;
        {
            storage::WriteTransaction transaction(db());
            QVERIFY(transaction.isActive());
            for (int i = 0; i < extra; ++i)
                QVERIFY(services::recordEvent(db(), i % 2 ? m_anna : m_bruno, QStringLiteral("console.lock"),
                                              QStringLiteral("console"), QString::number(i)));
            QVERIFY(transaction.commit());
        }
        m_page->reload();
        const QList<qint64> all = recordsWhere([](const storage::AuditEntry &) { return true; });
        QVERIFY(all.size() > extra);
        QCOMPARE(model()->rowCount(), AuditTableModel::pageSize);
        QVERIFY(model()->canFetchMore({}));
        QVERIFY2(summary().startsWith(QStringLiteral("The newest 500 records")), qPrintable(summary()));

        // Scrolled to the end, the view asks for the next page, and at its end for the last one.
        QScrollBar *scrollBar = table()->verticalScrollBar();
        QTRY_VERIFY(scrollBar->maximum() > 0);
        table()->scrollToBottom();
        QTRY_COMPARE(model()->rowCount(), 2 * AuditTableModel::pageSize);
        QVERIFY(model()->canFetchMore({}));
        const int firstEnd = scrollBar->maximum();
        QTRY_VERIFY(scrollBar->maximum() > firstEnd);
        table()->scrollToBottom();
        QTRY_COMPARE(model()->rowCount(), int(all.size()));
        QVERIFY(!model()->canFetchMore({}));
        QCOMPARE(shownIds(), all);
        QVERIFY2(summary().startsWith(QStringLiteral("%1 records").arg(all.size())), qPrintable(summary()));

        // A filter reads its own pages.
        QVERIFY(choose("auditActorFilter", QStringLiteral("bruno")));
        QCOMPARE(model()->rowCount(), AuditTableModel::pageSize);
        while (model()->canFetchMore({}))
            model()->fetchMore({});
        QCOMPARE(shownIds(),
                 recordsWhere([](const storage::AuditEntry &entry) { return entry.actor == QLatin1String("bruno"); }));
    }

    void theExportHoldsTheFilteredRecordsWithTheirHashes()
    {
        // An id a spreadsheet program would run as a formula.
        QVERIFY(services::recordEvent(db(), m_bruno, QStringLiteral("person.export"), QStringLiteral("user"),
                                      QStringLiteral("=HYPERLINK(\"http://example.com\",\"open\")")));
        const qint64 formula = lastRecord();
        m_page->reload();
        QVERIFY(choose("auditActorFilter", QStringLiteral("bruno")));
        const QList<qint64> bruno = shownIds();
        QVERIFY(bruno.contains(formula) && bruno.contains(m_brunoApproval));

        const QString path = m_bed->filePath(QStringLiteral("audit.csv"));
        QVERIFY(m_page->exportCsvTo(path));
        const QList<QStringList> rows = csvRows(path);
        QCOMPARE(rows.size(), bruno.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.size(), 13);
        QCOMPARE(header.first(), QStringLiteral("Record"));
        QCOMPARE(header.at(2), QStringLiteral("Who"));
        QCOMPARE(header.at(8), QStringLiteral("Object ID"));
        QCOMPARE(header.last(), QStringLiteral("Hash"));
        QList<qint64> written;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            const qint64 id = row.first().toLongLong();
            written << id;
            QCOMPARE(row.at(2), QStringLiteral("bruno"));
            QCOMPARE(row.last(), storedHash(id));
        }
        QCOMPARE(written, bruno);
        const QStringList &formulaRow = rows.at(1 + bruno.indexOf(formula));
        QCOMPARE(formulaRow.at(8), QStringLiteral("'=HYPERLINK(\"http://example.com\",\"open\")"));
        const QStringList &approvalRow = rows.at(1 + bruno.indexOf(m_brunoApproval));
        QCOMPARE(approvalRow.at(5), QStringLiteral("terminal.approve"));
        QCOMPARE(approvalRow.at(6), QStringLiteral("Approved a terminal"));
        QCOMPARE(approvalRow.at(10), QStringLiteral("{\"approval\":\"pending\"}"));
        QCOMPARE(approvalRow.at(11), QStringLiteral("{\"approval\":\"approved\"}"));
    }

    void anUntouchedChainIsIntact()
    {
        test::MessageSeen message;
        test::closeNextMessage(&message);
        m_page->verifyChain();
        QVERIFY(message.seen);
        QCOMPARE(message.icon, QMessageBox::Information);
        const int records = int(everyRecord().size());
        QVERIFY2(message.text.contains(QStringLiteral("All %1 records are as they were written.").arg(records)),
                 qPrintable(message.text));
        QVERIFY2(message.text.contains(everyRecord().first().hash), qPrintable(message.text));
        QVERIFY2(summary().contains(QStringLiteral("chain intact")), qPrintable(summary()));
        QVERIFY(!summary().contains(QStringLiteral("broken")));
    }

    void aTamperedRecordBreaksTheChainThereAndIsSelected()
    {
        QSqlQuery tamper(db());
        QVERIFY(
            tamper.exec(QStringLiteral("UPDATE audit_log SET new_value = '{\"approval\":\"blocked\"}' WHERE id = %1")
                            .arg(m_annaApproval)));
        test::MessageSeen message;
        test::closeNextMessage(&message);
        m_page->verifyChain();
        QVERIFY(message.seen);
        QCOMPARE(message.icon, QMessageBox::Critical);
        QVERIFY2(message.text.contains(QStringLiteral("the content of record %1 is not what was written").arg(m_annaApproval)),
                 qPrintable(message.text));
        QVERIFY2(summary().contains(QStringLiteral("chain broken at record %1").arg(m_annaApproval)),
                 qPrintable(summary()));
        QCOMPARE(table()->currentIndex().data(AuditTableModel::EntryIdRole).toLongLong(), m_annaApproval);
        QVERIFY(table()->selectionModel()->isRowSelected(model()->rowOf(m_annaApproval), {}));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "auditDetailAction")->text(),
                 QStringLiteral("Approved a terminal"));

        // A broken record the filters hide is named, and nothing else is selected in its place.
        QVERIFY(choose("auditActorFilter", QStringLiteral("bruno")));
        test::closeNextMessage(&message);
        m_page->verifyChain();
        QVERIFY(message.seen);
        QVERIFY(summary().contains(QStringLiteral("chain broken at record %1").arg(m_annaApproval)));
        QVERIFY(!table()->selectionModel()->hasSelection());
    }

    // Across a network the verification and the export read on the console's reader thread:
    // with the GUI thread's connection closed, what they say and write was read there.
    void verifyAndExportReadOnTheReader()
    {
        m_tester.reset();
        m_page.reset();
        ui::ConsoleContext &readers = m_bed->createContext(true);
        const QList<storage::AuditEntry> records = everyRecord();
        std::optional<test::GuiConnectionClosed> closed(db());
        m_page = std::make_unique<ui::AuditPage>(readers);
        m_page->show();
        QTRY_COMPARE(model()->rowCount(), int(records.size()));

        test::MessageSeen message;
        test::closeNextMessage(&message);
        m_page->verifyChain();
        QVERIFY(message.seen);
        QVERIFY2(message.text.contains(QStringLiteral("All %1 records are as they were written.").arg(records.size())),
                 qPrintable(message.text));
        QVERIFY2(message.text.contains(records.first().hash), qPrintable(message.text));

        const QString path = m_bed->filePath(QStringLiteral("audit.csv"));
        QVERIFY(m_page->exportCsvTo(path));
        const QList<QStringList> rows = csvRows(path);
        QCOMPARE(rows.size(), records.size() + 1);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(rows.at(i + 1).last(), records.at(i).hash);
    }

    void aManagerIsToldTheTrailIsNotTheirs()
    {
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(m_bed->signInAs(QStringLiteral("mona"), services::Role::Manager).operatorId != 0);
        auto *message = test::findWidget<QLabel>(m_page.get(), "auditMessage");
        const QString refusal = ui::PermissionText::denied(services::Permission::ViewAuditTrail);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), refusal);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!test::findWidget<QPushButton>(m_page.get(), "verifyAuditChain")->isEnabled());
        QVERIFY(!test::findWidget<QPushButton>(m_page.get(), "exportAudit")->isEnabled());

        // A page opened by the manager from the start says the same.
        ui::AuditPage opened(m_bed->context());
        opened.show();
        QVERIFY(test::findWidget<QLabel>(&opened, "auditMessage")->isVisible());
        QCOMPARE(test::findWidget<QLabel>(&opened, "auditMessage")->text(), refusal);
        QCOMPARE(opened.model()->rowCount(), 0);

        // Forced, the export writes nothing and says why.
        test::MessageSeen seen;
        test::closeNextMessage(&seen);
        const QString path = m_bed->filePath(QStringLiteral("audit.csv"));
        QVERIFY(!opened.exportCsvTo(path));
        QVERIFY(seen.seen);
        QCOMPARE(seen.text, refusal);
        QVERIFY(!QFile::exists(path));

        // Signed in again as an administrator, the records are back.
        m_bed->context().setActor(m_anna);
        QVERIFY(!message->isVisible());
        QCOMPARE(shownIds(), recordsWhere([](const storage::AuditEntry &) { return true; }));
    }
};

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
