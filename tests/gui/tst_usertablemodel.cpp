#include "userfilterproxymodel.h"
#include "usertablemodel.h"

#include "testphoto.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace punchclock;
using ui::UserFilterProxyModel;
using ui::UserTableModel;

namespace {

storage::UserRow user(const QString &userId, const QString &name, std::optional<qint64> departmentId = {})
{
    storage::UserRow row;
    row.userId = userId;
    row.name = name;
    row.privilege = QStringLiteral("USER");
    row.departmentId = departmentId;
    row.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return row;
}

QStringList visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(UserTableModel::UserIdRole).toString();
    return ids;
}

} // namespace

// The Users table: what each column says, photo thumbnails read once, and the search and
// department filter the page offers, all under QAbstractItemModelTester.
class tst_UserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsSayWhatTheUserHas()
    {
        UserTableModel model([](const QString &) { return QByteArray(); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::UserRow alice = user(QStringLiteral("12"), QStringLiteral("Alice"), 3);
        alice.department = QStringLiteral("Kitchen");
        alice.privilege = QStringLiteral("MANAGER");
        alice.fingers = 2;
        alice.card = true;
        alice.terminals = {QStringLiteral("A"), QStringLiteral("B")};
        storage::UserRow bob = user(QStringLiteral("14"), QStringLiteral("Bob"));
        bob.face = true;
        bob.password = true;
        bob.terminals = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        storage::UserRow carol = user(QStringLiteral("15"), QStringLiteral("Carol"));
        carol.terminals = {QStringLiteral("C")};
        model.setTerminalNames({{QStringLiteral("A"), QStringLiteral("Front door")},
                                {QStringLiteral("B"), QStringLiteral("Warehouse")},
                                {QStringLiteral("C"), QString()}});
        model.setUsers({alice, user(QStringLiteral("13"), QString()), bob, carol});

        QCOMPARE(model.rowCount(), 4);
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, UserTableModel::NameColumn), QStringLiteral("Alice"));
        QCOMPARE(text(0, UserTableModel::DepartmentColumn), QStringLiteral("Kitchen"));
        QCOMPARE(text(0, UserTableModel::PrivilegeColumn), QStringLiteral("Manager"));
        QCOMPARE(text(0, UserTableModel::CredentialsColumn),
                 QLocale().createSeparatedList({QStringLiteral("Finger ×2"), QStringLiteral("Card")}));
        QVERIFY(!model.index(0, UserTableModel::CredentialsColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(text(2, UserTableModel::CredentialsColumn),
                 QLocale().createSeparatedList({QStringLiteral("Face"), QStringLiteral("Password")}));
        QVERIFY(model.index(2, UserTableModel::CredentialsColumn).data(Qt::DecorationRole).isNull());
        // The terminals holding the user by name; a long list is counted, the names in the tooltip.
        QCOMPARE(text(0, UserTableModel::TerminalsColumn), QStringLiteral("Front door, Warehouse"));
        QCOMPARE(model.index(0, UserTableModel::TerminalsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Front door (A)\nWarehouse (B)"));
        QCOMPARE(text(2, UserTableModel::TerminalsColumn), QStringLiteral("3 terminals"));
        QCOMPARE(model.index(2, UserTableModel::TerminalsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("C\nFront door (A)\nWarehouse (B)"));
        // A terminal without a name is shown by its dev_id.
        QCOMPARE(text(3, UserTableModel::TerminalsColumn), QStringLiteral("C"));
        QCOMPARE(text(1, UserTableModel::TerminalsColumn), QStringLiteral("None"));
        // A terminal renamed renames it in the column.
        model.setTerminalNames({{QStringLiteral("A"), QStringLiteral("Gate")}, {QStringLiteral("B"), QStringLiteral("Yard")}});
        QCOMPARE(text(0, UserTableModel::TerminalsColumn), QStringLiteral("Gate, Yard"));
        QCOMPARE(text(1, UserTableModel::NameColumn), QStringLiteral("(no name)"));
        QCOMPARE(text(1, UserTableModel::CredentialsColumn), QStringLiteral("None"));
        QCOMPARE(model.index(1, 0).data(UserTableModel::DepartmentIdRole).toLongLong(), qint64(-1));
        QCOMPARE(model.rowOf(QStringLiteral("13")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("99")), -1);

        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void reloadUpdatesRowsInPlaceAndKeepsTheSelection()
    {
        UserTableModel model([](const QString &) { return QByteArray(); });
        UserFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(UserTableModel::NameColumn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        QList<storage::UserRow> users{user(QStringLiteral("1"), QStringLiteral("Ann")),
                                      user(QStringLiteral("2"), QStringLiteral("Ben")),
                                      user(QStringLiteral("3"), QStringLiteral("Cid"))};
        model.setUsers(users);
        selection.setCurrentIndex(proxy.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.currentIndex().data(UserTableModel::UserIdRole).toString(), QStringLiteral("2"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        users[2].name = QStringLiteral("Cyd");
        users.removeAt(0);
        users.append(user(QStringLiteral("4"), QStringLiteral("Dee")));
        model.setUsers(users);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().data(UserTableModel::UserIdRole).toString(), QStringLiteral("3"));
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(selection.currentIndex().data(UserTableModel::UserIdRole).toString(), QStringLiteral("2"));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    }

    void photosAreDecodedOnceAndAgainWhenTheUserChanged()
    {
        int reads = 0;
        const QByteArray photo = test::jpegPhoto(120, 160);
        UserTableModel model([&](const QString &) {
            ++reads;
            return photo;
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::UserRow alice = user(QStringLiteral("12"), QStringLiteral("Alice"));
        alice.hasPhoto = true;
        model.setUsers({alice, user(QStringLiteral("13"), QStringLiteral("Bob"))});
        const int readsBefore = reads; // the tester may have asked already

        const QPixmap thumbnail = model.index(0, UserTableModel::PhotoColumn).data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= UserTableModel::ThumbnailSize);
        QCOMPARE(thumbnail.height(), UserTableModel::ThumbnailSize);
        model.index(0, UserTableModel::PhotoColumn).data(Qt::DecorationRole);
        QVERIFY(model.index(1, UserTableModel::PhotoColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(reads, qMax(readsBefore, 1));

        model.setUsers({alice});
        model.index(0, UserTableModel::PhotoColumn).data(Qt::DecorationRole);
        QCOMPARE(reads, 1);

        alice.updatedAt = alice.updatedAt.addSecs(60);
        model.setUsers({alice});
        model.index(0, UserTableModel::PhotoColumn).data(Qt::DecorationRole);
        QCOMPARE(reads, 2);
    }

    // As on PostgreSQL, where the console's reader delivers a photo after the view asked: the
    // cell is empty meanwhile, asked for once, and says it changed when the photo comes. A photo
    // read for a row that changed meanwhile is not shown for the new one.
    void photosThatComeLaterChangeTheirCell()
    {
        QHash<QString, QList<std::function<void(const QByteArray &)>>> waiting;
        UserTableModel model(
            ui::PhotoFetch<QString>([&waiting](const QString &userId, std::function<void(const QByteArray &)> deliver) {
                waiting[userId].append(std::move(deliver));
            }));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::UserRow alice = user(QStringLiteral("12"), QStringLiteral("Alice"));
        alice.hasPhoto = true;
        storage::UserRow bob = user(QStringLiteral("13"), QStringLiteral("Bob"));
        bob.hasPhoto = true;
        model.setUsers({alice, bob});
        const QModelIndex alicePhoto = model.index(0, UserTableModel::PhotoColumn);
        QVERIFY(alicePhoto.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(alicePhoto.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(waiting.value(QStringLiteral("12")).size(), 1);

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        waiting.take(QStringLiteral("12")).constFirst()(test::jpegPhoto(120, 160));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), alicePhoto);
        QCOMPARE(changes.at(0).at(1).toModelIndex(), alicePhoto);
        QCOMPARE(alicePhoto.data(Qt::DecorationRole).value<QPixmap>().height(), UserTableModel::ThumbnailSize);
        QVERIFY(waiting.isEmpty());

        // Bob's photo is on its way when his row changes: the new row's photo is asked for, and
        // the one read before is dropped.
        model.index(1, UserTableModel::PhotoColumn).data(Qt::DecorationRole);
        bob.updatedAt = bob.updatedAt.addSecs(60);
        model.setUsers({alice, bob});
        QVERIFY(model.index(1, UserTableModel::PhotoColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(waiting.value(QStringLiteral("13")).size(), 2);
        changes.clear();
        waiting[QStringLiteral("13")].takeFirst()(test::jpegPhoto(120, 160));
        QCOMPARE(changes.count(), 0);
        QVERIFY(model.index(1, UserTableModel::PhotoColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
        waiting[QStringLiteral("13")].takeFirst()(test::jpegPhoto(160, 120));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1, UserTableModel::PhotoColumn).data(Qt::DecorationRole).value<QPixmap>().width(),
                 UserTableModel::ThumbnailSize);

        // A photo that comes after its row left the table is dropped.
        model.setUsers({bob});
        changes.clear();
        model.setUsers({alice, bob});
        model.index(0, UserTableModel::PhotoColumn).data(Qt::DecorationRole);
        model.setUsers({bob});
        waiting.take(QStringLiteral("12")).constFirst()(test::jpegPhoto(120, 160));
        QCOMPARE(changes.count(), 0);
    }

    void searchFindsNameOrIdInAnyCase()
    {
        UserTableModel model([](const QString &) { return QByteArray(); });
        UserFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers({user(QStringLiteral("12"), QStringLiteral("Alice Smith")),
                        user(QStringLiteral("120"), QStringLiteral("Bob")),
                        user(QStringLiteral("7"), QStringLiteral("Carol Smithers"))});
        proxy.sort(UserTableModel::UserIdColumn);

        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("7"), QStringLiteral("12"), QStringLiteral("120")}));
        proxy.setSearchText(QStringLiteral("smith"));
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("7"), QStringLiteral("12")}));
        proxy.setSearchText(QStringLiteral(" 12 "));
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("12"), QStringLiteral("120")}));
        proxy.setSearchText(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void departmentFilter()
    {
        UserTableModel model([](const QString &) { return QByteArray(); });
        UserFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers({user(QStringLiteral("1"), QStringLiteral("A"), 5), user(QStringLiteral("2"), QStringLiteral("B"), 6),
                        user(QStringLiteral("3"), QStringLiteral("C"))});

        proxy.setDepartment(5);
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("1")});
        proxy.setDepartment(UserFilterProxyModel::NoDepartment);
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("3")});
        proxy.setSearchText(QStringLiteral("A"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setDepartment(UserFilterProxyModel::AnyDepartment);
        QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("1")});
    }
};

QTEST_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
