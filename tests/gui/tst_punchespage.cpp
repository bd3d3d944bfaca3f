#include "consolecontext.h"
#include "consoletestbed.h"
#include "datatableview.h"
#include "pageheader.h"
#include "punchcsvwriter.h"
#include "punchdetailspane.h"
#include "punchespage.h"
#include "punchfilterbar.h"
#include "punchtablemodel.h"
#include "readerthreadtools.h"
#include "testphoto.h"
#include "widgetlookup.h"

#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"

#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>
#include <time.h>

using namespace punchclock;
using protocol::Direction;
using protocol::VerifyMethod;
using ui::PunchTableModel;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

QList<qint64> idsShown(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(PunchTableModel::PunchIdRole).toLongLong();
    return ids;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

// The Punches page against a temporary SQLite database and the real server on 127.0.0.1:
// lazy reading under QAbstractItemModelTester, live punches from a terminal, the filter
// widgets, the CSV file read back, the photo in the details pane.
class tst_PunchesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    QDate m_today;

    qint64 addPunch(const QString &devId, const QString &userId, const QDateTime &ioTime, int flags = 0,
                    Direction direction = Direction::In, QList<VerifyMethod> methods = {VerifyMethod::Fingerprint},
                    const QByteArray &photo = {})
    {
        storage::NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.flags = flags;
        punch.record.userId = userId;
        punch.record.ioTime = ioTime;
        punch.record.ioMode.raw = direction == Direction::Out ? 2 : 1;
        punch.record.ioMode.direction = direction;
        punch.record.verifyModeRaw = 1;
        punch.record.verifyMethods = methods;
        punch.record.photo = photo;
        if (storage::PunchRepository(m_bed->database()).insert(punch) !=
            storage::PunchRepository::InsertOutcome::Inserted)
            return -1;
        return storage::PunchBrowser(m_bed->database()).lastId();
    }

    QDateTime at(QDate day, int secondOfDay) const
    {
        return protocol::walltime::make(day, QTime(0, 0).addSecs(secondOfDay));
    }

    // `count` punches on `day`, one second apart from 06:00, in one transaction.
    bool addMany(QDate day, int count)
    {
        QSqlDatabase db = m_bed->database();
        if (!db.transaction())
            return false;
        for (int i = 0; i < count; ++i) {
            if (addPunch(devA, QString::number(1 + i % 40), at(day, 6 * 3600 + i)) < 0)
                return false;
        }
        return db.commit();
    }

    bool name(const QString &userId, const QString &name)
    {
        QSqlQuery sql(m_bed->database());
        sql.prepare(
            QStringLiteral("INSERT INTO users (user_id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')"));
        sql.addBindValue(userId);
        sql.addBindValue(name);
        return sql.exec();
    }

    std::unique_ptr<ui::PunchesPage> page()
    {
        auto page = std::make_unique<ui::PunchesPage>(m_bed->context());
        page->resize(1280, 800);
        page->show();
        return page;
    }

    template <typename T>
    static T *child(QWidget *parent, const char *objectName)
    {
        return test::findWidget<T>(parent, objectName);
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings().clear(); // column widths and splitter as on a first run
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        m_bed->createContext();
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.recordContact({devA, QStringLiteral("192.0.2.1"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.recordContact({devB, QStringLiteral("192.0.2.2"), storage::Approval::Pending, QString()}));
        m_today = QDate::currentDate();
    }

    void cleanup()
    {
        m_bed.reset();
    }

    void modelFetchesLazilyAndTakesLiveRowsInPlace()
    {
        QVERIFY(addMany(m_today, 700));
        PunchTableModel model(m_bed->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PunchTableModel::matchingCountChanged);
        storage::PunchQuery query;
        query.from = query.to = m_today;
        model.setQuery(query);
        QCOMPARE(model.matchingCount(), 700);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.rowCount(), PunchTableModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest first: the last punch of the day on top.
        QCOMPARE(model.index(0, 0).data(PunchTableModel::IoTimeRole).toString(),
                 protocol::walltime::toStorage(at(m_today, 6 * 3600 + 699)));

        // A punch later than all others goes on top; one in the middle of the fetched rows goes
        // in its place; one older than every fetched row waits for fetchMore.
        const qint64 top = addPunch(devB, QStringLiteral("100"), at(m_today, 23 * 3600));
        const qint64 middle = addPunch(devB, QStringLiteral("101"), at(m_today, 6 * 3600 + 650));
        const qint64 old = addPunch(devB, QStringLiteral("102"), at(m_today, 5 * 3600));
        addPunch(devB, QStringLiteral("103"), at(m_today.addDays(-1), 5 * 3600)); // outside the filter
        model.refresh();
        QCOMPARE(model.matchingCount(), 703);
        QCOMPARE(model.rowCount(), PunchTableModel::pageSize + 2);
        QCOMPARE(model.punchIdAt(0), top);
        const QList<qint64> fetched = idsShown(model);
        QVERIFY(fetched.contains(middle));
        QVERIFY(!fetched.contains(old));

        while (model.canFetchMore({}))
            model.fetchMore({});
        const QList<qint64> all = idsShown(model);
        QCOMPARE(all.size(), 703);
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 703);
        QCOMPARE(all.last(), old);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, 0).data(PunchTableModel::IoTimeRole).toString() >=
                    model.index(row, 0).data(PunchTableModel::IoTimeRole).toString());
        }

        // Reversed by the time column only.
        model.sort(PunchTableModel::UserColumn, Qt::AscendingOrder);
        QCOMPARE(model.punchIdAt(0), all.first());
        model.sort(PunchTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(model.punchIdAt(0), old);
        QCOMPARE(model.rowCount(), PunchTableModel::pageSize);
    }

    // Across a network the reads run on the console's reader thread (here on the SQLite file):
    // rows arrive after the call asking for them returns, pages come one at a time and each
    // once, and a refresh still on its way when the filter changes brings nothing into the
    // new filter's rows.
    void readsOffTheGuiThreadArriveLaterAndFollowTheLatestFilter()
    {
        QVERIFY(addMany(m_today, 700));
        ui::ConsoleContext &readers = m_bed->createContext(true);
        PunchTableModel model(readers.reader());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::PunchQuery today;
        today.from = today.to = m_today;
        model.setQuery(today);
        QCOMPARE(model.rowCount(), 0); // on its way: nothing waited for it here
        QTRY_COMPARE(model.rowCount(), PunchTableModel::pageSize);
        QCOMPARE(model.matchingCount(), 700);

        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // while one is on its way, asks for nothing more
        QTRY_COMPARE(model.rowCount(), 2 * PunchTableModel::pageSize);
        QVERIFY(model.canFetchMore({}));

        // The refresh is read, and the filter changes before its rows arrive: the rows go from
        // the old filter's straight to the new one's.
        qint64 other = 0;
        {
            test::ReaderHold hold(readers.reader(), &model);
            other = addPunch(devB, QStringLiteral("41"), at(m_today, 23 * 3600));
            model.refresh();
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
            storage::PunchQuery frontDoor = today;
            frontDoor.devId = devA;
            model.setQuery(frontDoor);
            hold.release();
            QTRY_COMPARE(reset.size(), 1);
            QCOMPARE(inserted.size(), 0);
        }
        QCOMPARE(model.matchingCount(), 700);
        QCOMPARE(model.rowCount(), PunchTableModel::pageSize);
        QVERIFY(!idsShown(model).contains(other));
        QCOMPARE(model.index(0, 0).data(PunchTableModel::DevIdRole).toString(), devA);

        // The next one of this filter comes in on top, once.
        const qint64 live = addPunch(devA, QStringLiteral("1"), at(m_today, 23 * 3600 + 1));
        model.refresh();
        model.refresh();
        QTRY_COMPARE(model.punchIdAt(0), live);
        for (int rows = model.rowCount(); model.canFetchMore({}); rows = model.rowCount()) {
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > rows);
        }
        const QList<qint64> all = idsShown(model);
        QCOMPARE(all.size(), 701);
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 701);
        QVERIFY(!all.contains(other));
        QCOMPARE(model.matchingCount(), 701);
    }

    // With the GUI thread's connection closed, what the page shows was read on the reader's.
    void thePageReadsOffTheGuiThread()
    {
        QVERIFY(addMany(m_today, 300));
        ui::ConsoleContext &readers = m_bed->createContext(true);
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        ui::PunchesPage punches(readers);
        punches.resize(1280, 800);
        punches.show();
        auto *summary = punches.findChild<ui::PageHeader *>();
        QCOMPARE(punches.model()->rowCount(), 0);
        QTRY_COMPARE(summary->summary(), QStringLiteral("300 punches"));
        QCOMPARE(punches.model()->rowCount(), PunchTableModel::pageSize);
        // The terminals to filter by arrive too.
        auto *terminal = child<QComboBox>(&punches, "punchTerminalFilter");
        QTRY_VERIFY(terminal->findData(devB) >= 0);
        terminal->setCurrentIndex(terminal->findData(devB));
        QTRY_COMPARE(summary->summary(), QStringLiteral("0 punches"));
        QCOMPARE(punches.model()->rowCount(), 0);

        closed.reset();
        addPunch(devB, QStringLiteral("5"), at(m_today, 22 * 3600));
        const qint64 live = addPunch(devB, QStringLiteral("5"), at(m_today, 23 * 3600));
        closed.emplace(m_bed->database());
        readers.notifyChanged(ui::ConsoleContext::Punches);
        QTRY_COMPARE(summary->summary(), QStringLiteral("2 punches"));
        QCOMPARE(punches.model()->punchIdAt(0), live);
        QVERIFY(!child<QLabel>(&punches, "punchError")->isVisibleTo(&punches));
    }

    void livePunchFromATerminalAppearsOnTop()
    {
        // Yesterday's punches, so that the live one (now) is the newest whatever the hour.
        QVERIFY(addMany(m_today.addDays(-1), 20));
        auto punches = page();
        punches->filterBar()->setRange(ui::PunchFilterBar::Range::AllTime);
        auto *table = child<ui::DataTableView>(punches.get(), "punchTable");
        PunchTableModel *model = punches->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 20);
        table->selectRow(3);
        const qint64 selected = model->punchIdAt(3);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        const QDateTime now = QDateTime::currentDateTime();
        test::TerminalRequestBuilder request;
        request.devId = "E1000000000000AA";
        request.body = test::hs101GlogBody(QStringLiteral("4242"), now.toString(QStringLiteral("yyyyMMddHHmmss")));
        const test::RawHttpReply reply = test::sendRaw(m_bed->server()->port(), request.build());
        QCOMPARE(reply.status, 200);

        QTRY_COMPARE(model->rowCount(), 21);
        QCOMPARE(model->index(0, 0).data(PunchTableModel::UserIdRole).toString(), QStringLiteral("4242"));
        QCOMPARE(model->index(0, 0).data(PunchTableModel::DevIdRole).toString(), QStringLiteral("E1000000000000AA"));
        // A terminal nobody approved: the punch is kept and flagged.
        QCOMPARE(model->index(0, 0).data(PunchTableModel::FlagsRole).toInt(), int(storage::FromPendingTerminal));
        QCOMPARE(text(*model, 0, PunchTableModel::FlagsColumn), QStringLiteral("terminal not approved"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model->punchIdAt(table->selectionModel()->currentIndex().row()), selected);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(punches->findChild<ui::PageHeader *>()->summary(), QStringLiteral("21 punches"));
    }

    void filtersApplyFromTheWidgets()
    {
        QVERIFY(name(QStringLiteral("7"), QStringLiteral("Ana Núñez")));
        QVERIFY(name(QStringLiteral("8"), QStringLiteral("Bob Stone")));
        const QDate lastMonth = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        QVERIFY(addPunch(devA, QStringLiteral("7"), at(m_today, 8 * 3600)) > 0);
        QVERIFY(addPunch(devA, QStringLiteral("8"), at(m_today, 9 * 3600), 0, Direction::Out) > 0);
        QVERIFY(addPunch(devB, QStringLiteral("7"), at(m_today, 10 * 3600), storage::FromPendingTerminal, Direction::In,
                         {VerifyMethod::Face}) > 0);
        QVERIFY(addPunch(devA, QStringLiteral("7"), at(lastMonth, 8 * 3600), 0, Direction::Unknown,
                         {VerifyMethod::Fingerprint, VerifyMethod::Password}) > 0);
        QVERIFY(addPunch(devA, QStringLiteral("8"), at(lastMonth.addDays(3), 8 * 3600)) > 0);

        auto punches = page();
        PunchTableModel *model = punches->model();
        auto *summary = punches->findChild<ui::PageHeader *>();
        QCOMPARE(model->matchingCount(), 3); // today by default
        QCOMPARE(summary->summary(), QStringLiteral("3 punches"));

        auto *range = child<QComboBox>(punches.get(), "punchDateRange");
        range->setCurrentIndex(range->findData(int(ui::PunchFilterBar::Range::LastMonth)));
        QCOMPARE(model->matchingCount(), 2);
        range->setCurrentIndex(range->findData(int(ui::PunchFilterBar::Range::AllTime)));
        QCOMPARE(model->matchingCount(), 5);
        QCOMPARE(summary->summary(), QStringLiteral("5 punches"));

        auto *user = child<QLineEdit>(punches.get(), "punchUserFilter");
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("ana"));
        QTest::keyClick(user, Qt::Key_Return);
        QCOMPARE(model->matchingCount(), 3);
        user->clear();
        QTest::keyClicks(user, QStringLiteral("8"));
        QTest::keyClick(user, Qt::Key_Return);
        QCOMPARE(model->matchingCount(), 2);
        user->clear();
        QCOMPARE(model->matchingCount(), 5);

        auto *terminal = child<QComboBox>(punches.get(), "punchTerminalFilter");
        terminal->setCurrentIndex(terminal->findData(devB));
        QCOMPARE(model->matchingCount(), 1);
        terminal->setCurrentIndex(0);

        auto *verify = child<QComboBox>(punches.get(), "punchVerifyFilter");
        verify->setCurrentIndex(verify->findData(int(VerifyMethod::Password)));
        QCOMPARE(model->matchingCount(), 1);
        QCOMPARE(text(*model, 0, PunchTableModel::VerifyColumn), QStringLiteral("Fingerprint + Password"));
        verify->setCurrentIndex(verify->findData(int(VerifyMethod::Fingerprint)));
        QCOMPARE(model->matchingCount(), 4);
        verify->setCurrentIndex(0);

        auto *direction = child<QComboBox>(punches.get(), "punchDirectionFilter");
        direction->setCurrentIndex(direction->findData(int(Direction::Out)));
        QCOMPARE(model->matchingCount(), 1);
        QCOMPARE(text(*model, 0, PunchTableModel::DirectionColumn), QStringLiteral("Out"));
        QCOMPARE(text(*model, 0, PunchTableModel::UserColumn), QStringLiteral("Bob Stone (8)"));
        direction->setCurrentIndex(direction->findData(int(Direction::Unknown)));
        QCOMPARE(model->matchingCount(), 1);

        // The active filters show as chips; clicking one removes that filter.
        auto *directionChip = child<QToolButton>(punches.get(), "punchChipDirection");
        QVERIFY(child<QToolButton>(punches.get(), "punchChipDate")->text().contains(QLatin1String("All time")));
        QTest::mouseClick(directionChip, Qt::LeftButton);
        QCOMPARE(direction->currentIndex(), 0);
        QCOMPARE(model->matchingCount(), 5);

        QTest::mouseClick(child<QCheckBox>(punches.get(), "punchFlaggedOnly"), Qt::LeftButton);
        QCOMPARE(model->matchingCount(), 1);
        QCOMPARE(model->index(0, 0).data(PunchTableModel::FlagsRole).toInt(), int(storage::FromPendingTerminal));
        QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());
        QTest::mouseClick(child<QToolButton>(punches.get(), "punchChipFlagged"), Qt::LeftButton);
        QCOMPARE(model->matchingCount(), 5);

        // Custom range from the two date fields.
        range->setCurrentIndex(range->findData(int(ui::PunchFilterBar::Range::Custom)));
        auto *from = child<QDateEdit>(punches.get(), "punchDateFrom");
        auto *to = child<QDateEdit>(punches.get(), "punchDateTo");
        QVERIFY(from->isVisible() && to->isVisible());
        from->setDate(lastMonth.addDays(1));
        to->setDate(lastMonth.addDays(3));
        QCOMPARE(model->matchingCount(), 1);
    }

    void exportWritesEveryFilteredRow()
    {
        QVERIFY(name(QStringLiteral("1"), QStringLiteral("Smith, \"Jr\"\nsecond line")));
        // More than one chunk, so that the export reads past the rows the table fetched.
        QVERIFY(addMany(m_today, ui::PunchCsvWriter::chunkRows + 321));
        QVERIFY(addPunch(devB, QStringLiteral("1"), at(m_today.addDays(-1), 8 * 3600)) > 0);
        auto punches = page();
        PunchTableModel *model = punches->model();
        const qint64 filtered = model->matchingCount();
        QCOMPARE(filtered, ui::PunchCsvWriter::chunkRows + 321);
        QVERIFY(model->rowCount() < filtered);

        const QString path = m_bed->filePath(QStringLiteral("punches.csv"));
        QVERIFY(punches->exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), filtered + 1);
        QCOMPARE(records.at(0).value(0), QStringLiteral("Time"));
        QCOMPARE(records.at(0).size(), 8);
        int named = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), 8);
            QVERIFY(records.at(i).at(0).startsWith(m_today.toString(Qt::ISODate)));
            if (records.at(i).at(1) == QLatin1String("1")) {
                QCOMPARE(records.at(i).at(2), QStringLiteral("Smith, \"Jr\"\nsecond line"));
                ++named;
            }
        }
        QVERIFY(named > 0);

        // A name typed on a terminal that a spreadsheet would run as a formula stays text.
        QVERIFY(name(QStringLiteral("2"), QStringLiteral("=HYPERLINK(\"http://x\")")));
        QVERIFY(punches->exportCsvTo(path));
        QFile exportedAgain(path);
        QVERIFY(exportedAgain.open(QIODevice::ReadOnly));
        const QList<QStringList> again = parseCsv(QString::fromUtf8(exportedAgain.readAll().mid(3)));
        bool guarded = false;
        for (const QStringList &record : again) {
            if (record.value(1) == QLatin1String("2"))
                guarded = record.value(2) == QLatin1String("'=HYPERLINK(\"http://x\")");
        }
        QVERIFY(guarded);

        // Cancelled after the first chunk: the writer stops there.
        QBuffer cancelled;
        QVERIFY(cancelled.open(QIODevice::WriteOnly));
        int calls = 0;
        QCOMPARE(ui::PunchCsvWriter::write(m_bed->context().reader(), model->query(), cancelled,
                                           [&calls](qint64, qint64) { return ++calls < 1; }),
                 ui::PunchCsvWriter::Outcome::Cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(parseCsv(QString::fromUtf8(cancelled.data().mid(3))).size(), ui::PunchCsvWriter::chunkRows + 1);
        QCOMPARE(records.at(1).at(0),
                 protocol::walltime::toStorage(at(m_today, 6 * 3600 + ui::PunchCsvWriter::chunkRows + 320)));
    }

    void detailsShowThePunchAndItsPhoto()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "JPG"));
        QVERIFY(name(QStringLiteral("7"), QStringLiteral("Ana Núñez")));
        const qint64 withPhoto = addPunch(devA, QStringLiteral("7"), at(m_today, 9 * 3600), storage::ImplausibleTime,
                                          Direction::In, {VerifyMethod::Face}, jpeg);
        const qint64 without = addPunch(devA, QStringLiteral("8"), at(m_today, 8 * 3600));
        QVERIFY(withPhoto > 0 && without > 0);

        auto punches = page();
        auto *table = child<ui::DataTableView>(punches.get(), "punchTable");
        auto *details = child<ui::PunchDetailsPane>(punches.get(), "punchDetails");
        auto *photo = child<QLabel>(punches.get(), "punchPhoto");
        QCOMPARE(details->punchId(), 0);

        table->setFocus();
        table->selectRow(0);
        QCOMPARE(details->punchId(), withPhoto);
        QVERIFY(punches->model()->index(0, 0).data(PunchTableModel::HasPhotoRole).toBool());
        QVERIFY(!photo->pixmap().isNull());
        QCOMPARE(photo->pixmap().width(), 240);
        QCOMPARE(child<QLabel>(punches.get(), "punchDetailUser")->text(), QStringLiteral("Ana Núñez, ID 7"));
        QVERIFY(child<QLabel>(punches.get(), "punchDetailVerify")->text().startsWith(QLatin1String("Face")));
        QVERIFY(child<QLabel>(punches.get(), "punchDetailFlags")->text().contains(QLatin1String("clock")));

        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(details->punchId(), without);
        QVERIFY(photo->pixmap().isNull());
        QCOMPARE(photo->text(), QStringLiteral("No photo"));
        QCOMPARE(child<QLabel>(punches.get(), "punchDetailFlags")->text(), QStringLiteral("Nothing to review"));
    }

    // Across a network the export and the details pane read on the console's reader thread: with
    // the GUI thread's connection closed, what they write and show was read there. The export
    // reads in more than one chunk.
    void exportAndDetailsReadOnTheReader()
    {
        QVERIFY(name(QStringLiteral("7"), QStringLiteral("Ana Núñez")));
        QVERIFY(addMany(m_today, ui::PunchCsvWriter::chunkRows + 12));
        const qint64 withPhoto = addPunch(devA, QStringLiteral("7"), at(m_today, 23 * 3600), 0, Direction::In,
                                          {VerifyMethod::Face}, test::jpegPhoto(320, 240));
        QVERIFY(withPhoto > 0);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        ui::PunchesPage punches(readers);
        punches.resize(1280, 800);
        punches.show();
        QTRY_COMPARE(punches.model()->matchingCount(), ui::PunchCsvWriter::chunkRows + 13);

        auto *table = child<ui::DataTableView>(&punches, "punchTable");
        auto *details = child<ui::PunchDetailsPane>(&punches, "punchDetails");
        table->setFocus();
        table->selectRow(0);
        QTRY_COMPARE(details->punchId(), withPhoto);
        QCOMPARE(child<QLabel>(&punches, "punchDetailUser")->text(), QStringLiteral("Ana Núñez, ID 7"));
        QVERIFY(!child<QLabel>(&punches, "punchPhoto")->pixmap().isNull());

        const QString path = m_bed->filePath(QStringLiteral("punches.csv"));
        QVERIFY(punches.exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        QCOMPARE(records.size(), ui::PunchCsvWriter::chunkRows + 13 + 1);
        QCOMPARE(records.at(1).at(2), QStringLiteral("Ana Núñez"));
    }

    void rowsReadInWords()
    {
        storage::TerminalRepository terminals(m_bed->database());
        QSqlQuery sql(m_bed->database());
        QVERIFY(sql.exec(QStringLiteral("UPDATE terminals SET name = 'Front door' WHERE dev_id = '%1'").arg(devA)));
        const qint64 fromPending = addPunch(devB, QStringLiteral("1"), at(m_today, 3600), storage::FromPendingTerminal);
        const qint64 both =
            addPunch(devA, QStringLiteral("2"), at(m_today, 7200),
                     storage::FromPendingTerminal | storage::ImplausibleTime, Direction::Out, {VerifyMethod::Card});
        PunchTableModel model(m_bed->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::PunchQuery query;
        model.setQuery(query);
        QCOMPARE(idsShown(model), (QList<qint64>{both, fromPending}));
        QCOMPARE(text(model, 1, PunchTableModel::UserColumn), QStringLiteral("1"));
        QCOMPARE(text(model, 1, PunchTableModel::TerminalColumn), devB);
        QCOMPARE(text(model, 0, PunchTableModel::TerminalColumn), QStringLiteral("Front door"));
        QCOMPARE(model.index(0, PunchTableModel::TerminalColumn).data(Qt::ToolTipRole).toString(), devA);
        QCOMPARE(text(model, 1, PunchTableModel::DirectionColumn), QStringLiteral("In"));
        QCOMPARE(text(model, 0, PunchTableModel::DirectionColumn), QStringLiteral("Out"));
        QVERIFY(!model.index(0, PunchTableModel::DirectionColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(text(model, 1, PunchTableModel::VerifyColumn), QStringLiteral("Fingerprint"));
        QCOMPARE(text(model, 0, PunchTableModel::VerifyColumn), QStringLiteral("Card"));
        QCOMPARE(text(model, 1, PunchTableModel::FlagsColumn), QStringLiteral("terminal not approved"));
        QCOMPARE(text(model, 0, PunchTableModel::FlagsColumn),
                 QStringLiteral("terminal not approved, implausible clock"));
        QCOMPARE(model.index(0, 0).data(PunchTableModel::FlagsRole).toInt(),
                 int(storage::FromPendingTerminal | storage::ImplausibleTime));

        QStringList titles;
        for (int column = 0; column < model.columnCount(); ++column)
            titles << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Terminal"),
                              QStringLiteral("In/Out"), QStringLiteral("Verified by"), QStringLiteral("Review")}));
        QVERIFY(model.headerData(PunchTableModel::UserColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("time order")));
    }

    void timeIsTheTerminalsWallClock_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("ioTime");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("clock");

        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2018-10-05 16:59:17") << QDate(2018, 10, 5)
                             << QStringLiteral("16:59:17");
        QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QStringLiteral("2018-10-05 16:59:17")
                                       << QDate(2018, 10, 5) << QStringLiteral("16:59:17");
        QTest::newRow("Kiritimati, +14") << QByteArray("Pacific/Kiritimati") << QStringLiteral("2018-10-05 16:59:17")
                                         << QDate(2018, 10, 5) << QStringLiteral("16:59:17");
        QTest::newRow("St. John's, -2:30") << QByteArray("America/St_Johns") << QStringLiteral("2018-10-05 23:59:17")
                                           << QDate(2018, 10, 5) << QStringLiteral("23:59:17");
        // 02:30 does not exist on that night in Berlin; the terminal still recorded it.
        QTest::newRow("Berlin DST gap") << QByteArray("Europe/Berlin") << QStringLiteral("2018-03-25 02:30:00")
                                        << QDate(2018, 3, 25) << QStringLiteral("02:30:00");
    }

    void timeIsTheTerminalsWallClock()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, ioTime);
        QFETCH(QDate, date);
        QFETCH(QString, clock);

        const QByteArray previousZone = qgetenv("TZ");
        const bool hadZone = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", zone);
        tzset();
        const auto restoreZone = qScopeGuard([&] {
            if (hadZone)
                qputenv("TZ", previousZone);
            else
                qunsetenv("TZ");
            tzset();
        });

        QVERIFY(addPunch(devA, QStringLiteral("1"), protocol::walltime::fromStorage(ioTime)) > 0);
        PunchTableModel model(m_bed->database());
        model.setQuery({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, PunchTableModel::TimeColumn),
                 QString(QLocale().toString(date, QLocale::ShortFormat) + QLatin1Char(' ') + clock));
        QCOMPARE(model.index(0, 0).data(PunchTableModel::IoTimeRole).toString(), ioTime);
    }
};

QTEST_MAIN(tst_PunchesPage)
#include "tst_punchespage.moc"
