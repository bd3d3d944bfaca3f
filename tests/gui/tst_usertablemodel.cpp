#include "userfilterproxymodel.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QLocale>
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

QByteArray jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
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
        model.setUsers({alice, user(QStringLiteral("13"), QString())});

        QCOMPARE(model.rowCount(), 2);
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, UserTableModel::NameColumn), QStringLiteral("Alice"));
        QCOMPARE(text(0, UserTableModel::DepartmentColumn), QStringLiteral("Kitchen"));
        QCOMPARE(text(0, UserTableModel::PrivilegeColumn), QStringLiteral("Manager"));
        QCOMPARE(text(0, UserTableModel::CredentialsColumn),
                 QLocale().createSeparatedList({QStringLiteral("Finger ×2"), QStringLiteral("Card")}));
        QCOMPARE(text(0, UserTableModel::TerminalsColumn), QStringLiteral("2"));
        QCOMPARE(model.index(0, UserTableModel::TerminalsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("A\nB"));
        QCOMPARE(text(1, UserTableModel::NameColumn), QStringLiteral("(no name)"));
        QCOMPARE(text(1, UserTableModel::CredentialsColumn), QStringLiteral("None"));
        QCOMPARE(model.index(1, 0).data(UserTableModel::DepartmentIdRole).toLongLong(), qint64(-1));
        QCOMPARE(model.rowOf(QStringLiteral("13")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("99")), -1);

        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void photosAreDecodedOnceAndAgainWhenTheUserChanged()
    {
        int reads = 0;
        const QByteArray photo = jpeg(120, 160);
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
