#include "auditrepository.h"
#include "connection.h"
#include "databasecopyadmin.h"
#include "servicecall.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using storage::DatabaseCopier;

// `punchclock db copy`: a populated SQLite database copied into the other engine (PostgreSQL in
// the PostgreSQL pass, else another SQLite file) and back arrives value for value, with an audit
// trail that still verifies; a target with data, a failing copy and a stranger change nothing.
class tst_DatabaseCopyAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<storage::Connection> open(const storage::DatabaseConfig &config)
    {
        QString error;
        auto connection = storage::Connection::open(config, &error);
        if (!connection)
            qWarning() << error;
        return connection;
    }
    std::unique_ptr<storage::Connection> openSqlite()
    {
        return open(storage::DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_databases))));
    }
    // The engine under test: PostgreSQL when PUNCHCLOCK_TEST_DB names one, else SQLite.
    std::unique_ptr<storage::Connection> openOther()
    {
        return open(test::testDatabaseConfig(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++m_databases))));
    }

    static bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db);
        // Unprepared without values: QPSQL takes a function body's $$ for placeholders.
        bool ok = values.isEmpty() ? query.exec(sql) : query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (ok && !values.isEmpty())
            ok = query.exec();
        if (!ok)
            qWarning() << query.lastError().text() << sql;
        return ok;
    }
    static QVariant value(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant(QStringLiteral("<no row>"));
    }

    static QByteArray photo() { return QByteArray("\x00\xff\x10\x80 JPEG\x00\x01", 11); }
    static QByteArray jobResult() { return QByteArray("\x01\x00\xfe\xc3\x28", 5); }

    static void populate(const QSqlDatabase &db)
    {
        const services::Actor admin = services::Actor::cli(QStringLiteral("root"), QStringLiteral("pc"));
        QVERIFY(services::recordEvent(db, admin, QStringLiteral("operator.sign_in")));
        QVERIFY(run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('site.name', 'Zürich Süd')")));
        QVERIFY(run(db, QStringLiteral("INSERT INTO terminals (dev_id, name, first_seen, last_seen) VALUES "
                                       "('AAA1', 'Gate', '2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.678Z'),"
                                       "('Zb2', '', '2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.678Z')")));
        QVERIFY(run(db, QStringLiteral("INSERT INTO users (user_id, name, photo, created_at, updated_at) VALUES "
                                       "('7', '李雷', ?, 'c', 'u'), ('10', 'Ann', NULL, 'c', 'u')"),
                    {photo()}));
        QVERIFY(run(db, QStringLiteral("INSERT INTO credentials (user_id, backup_number, data, updated_at) "
                                       "VALUES ('7', 0, ?, 'u')"),
                    {QByteArray(2000, '\xaa')}));
        for (int i = 1; i <= 1500; ++i) {
            QVERIFY(run(db, QStringLiteral("INSERT INTO punches (dev_id, user_id, io_time, source, received_at) "
                                           "VALUES ('AAA1', '7', ?, 'realtime', '2026-01-02T03:04:05.678Z')"),
                        {QStringLiteral("2026-01-02 %1").arg(i, 8, 10, QLatin1Char('0'))}));
        }
        QVERIFY(run(db, QStringLiteral("INSERT INTO jobs (dev_id, cmd_code, status, result, created_at, "
                                       "status_changed_at) VALUES ('AAA1', 'GET_LOG_DATA', 'RESULT', ?, 'c', 's')"),
                    {jobResult()}));
        QVERIFY(run(db, QStringLiteral("INSERT INTO jobs (dev_id, cmd_code, status, depends_on, created_at, "
                                       "status_changed_at) VALUES ('Zb2', 'SET_TIME', 'WAIT', 1, 'c', 's')")));
        QVERIFY(services::recordEvent(db, admin, QStringLiteral("backup.create"), QStringLiteral("file"),
                                      QStringLiteral("/tmp/x")));
    }

    static services::Outcome copy(const storage::Connection &from, const storage::Connection &to,
                                  DatabaseCopier::Existing existing = DatabaseCopier::Existing::Refuse,
                                  DatabaseCopier::Result *result = nullptr)
    {
        return services::DatabaseCopyAdmin(from.database(), to.database())
            .copy(services::Actor::cli(QStringLiteral("root"), QStringLiteral("pc")), from.config().displayName(),
                  existing, result);
    }

    static QStringList checksums(const DatabaseCopier::Result &result)
    {
        QStringList sums;
        for (const DatabaseCopier::TableResult &table : result.tables) {
            if (table.table != QLatin1String("audit_log")) // each copy adds its own record
                sums << table.table + QLatin1Char('=') + table.targetChecksum;
        }
        return sums;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryValue()
    {
        const auto source = openSqlite();
        const auto middle = openOther();
        const auto back = openSqlite();
        QVERIFY(source && middle && back);
        populate(source->database());

        DatabaseCopier::Result there;
        DatabaseCopier::Result again;
        QVERIFY(copy(*source, *middle, DatabaseCopier::Existing::Refuse, &there).ok());
        QVERIFY(copy(*middle, *back, DatabaseCopier::Existing::Refuse, &again).ok());
        QCOMPARE(checksums(again), checksums(there));
        for (const DatabaseCopier::TableResult &table : std::as_const(there.tables))
            QVERIFY2(table.matches(), qPrintable(table.table));

        for (const auto *copyOf : {middle.get(), back.get()}) {
            const QSqlDatabase db = copyOf->database();
            QCOMPARE(value(db, QStringLiteral("SELECT photo FROM users WHERE user_id = '7'")).toByteArray(), photo());
            QVERIFY(value(db, QStringLiteral("SELECT photo FROM users WHERE user_id = '10'")).isNull());
            QCOMPARE(value(db, QStringLiteral("SELECT name FROM users WHERE user_id = '7'")).toString(),
                     QStringLiteral("李雷"));
            QCOMPARE(value(db, QStringLiteral("SELECT result FROM jobs WHERE id = 1")).toByteArray(), jobResult());
            QVERIFY(value(db, QStringLiteral("SELECT sent_at FROM jobs WHERE id = 1")).isNull());
            QCOMPARE(value(db, QStringLiteral("SELECT depends_on FROM jobs WHERE id = 2")).toLongLong(), 1);
            QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM punches")).toLongLong(), 1500);
            QCOMPARE(value(db, QStringLiteral("SELECT io_time FROM punches WHERE id = 1500")).toString(),
                     QStringLiteral("2026-01-02 00001500"));
            QCOMPARE(value(db, QStringLiteral("SELECT first_seen FROM terminals WHERE dev_id = 'AAA1'")).toString(),
                     QStringLiteral("2026-01-02T03:04:05.678Z"));
            QCOMPARE(value(db, QStringLiteral("SELECT LENGTH(data) FROM credentials")).toInt(), 2000);
            const storage::AuditVerification verified = storage::AuditRepository(db).verify();
            QVERIFY2(verified.ok, qPrintable(verified.problem));
            QCOMPARE(value(db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
                     QStringLiteral("database.copy"));
            // New rows get ids past the copied ones (PostgreSQL: the identity sequences moved).
            QVERIFY(run(db, QStringLiteral("INSERT INTO punches (dev_id, user_id, io_time, source, received_at) "
                                           "VALUES ('AAA1', '8', 'new', 'realtime', 'r')")));
            QCOMPARE(value(db, QStringLiteral("SELECT MAX(id) FROM punches")).toLongLong(), 1501);
        }
    }

    void nonEmptyTargetIsRefusedAndLeftAlone()
    {
        const auto source = openSqlite();
        const auto target = openOther();
        QVERIFY(source && target);
        populate(source->database());
        QVERIFY(run(target->database(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', 'kept')")));

        const services::Outcome outcome = copy(*source, *target);
        QCOMPARE(outcome.status, services::Outcome::Status::Refused);
        QCOMPARE(outcome.error<DatabaseCopier::Problem>(), DatabaseCopier::Problem::TargetNotEmpty);
        QCOMPARE(outcome.detail, QStringLiteral("settings"));
        QCOMPARE(value(target->database(), QStringLiteral("SELECT COUNT(*) FROM terminals")).toInt(), 0);
        QCOMPARE(value(target->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void replaceEmptiesTheTargetFirst()
    {
        const auto source = openSqlite();
        const auto target = openOther();
        QVERIFY(source && target);
        populate(source->database());
        QVERIFY(run(target->database(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', 'gone')")));

        QVERIFY(copy(*source, *target, DatabaseCopier::Existing::Replace).ok());
        QCOMPARE(value(target->database(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'mine'")).toInt(), 0);
        QCOMPARE(value(target->database(), QStringLiteral("SELECT value FROM settings WHERE key = 'site.name'")).toString(),
                 QStringLiteral("Zürich Süd"));
    }

    void failingCopyLeavesTheTargetAsItWas()
    {
        const auto source = openSqlite();
        const auto target = openOther();
        QVERIFY(source && target);
        populate(source->database());
        const QSqlDatabase db = target->database();
        QVERIFY(run(db, QStringLiteral("INSERT INTO terminals (dev_id, first_seen, last_seen) VALUES ('OLD', 'f', 'l')")));
        // The target refuses the 1200th punch, long after the first batches were written.
        if (test::testsRunOnPostgres()) {
            QVERIFY(run(db, QStringLiteral("CREATE FUNCTION refuse_punch() RETURNS trigger LANGUAGE plpgsql AS "
                                           "$$BEGIN RAISE EXCEPTION 'disk full'; END$$")));
            QVERIFY(run(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON punches FOR EACH ROW "
                                           "WHEN (NEW.id = 1200) EXECUTE FUNCTION refuse_punch()")));
        } else {
            QVERIFY(run(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON punches WHEN NEW.id = 1200 "
                                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }

        const services::Outcome outcome = copy(*source, *target, DatabaseCopier::Existing::Replace);
        QCOMPARE(outcome.error<DatabaseCopier::Problem>(), DatabaseCopier::Problem::WriteFailed);
        QVERIFY2(outcome.detail.contains(QLatin1String("disk full")), qPrintable(outcome.detail));
        QCOMPARE(value(db, QStringLiteral("SELECT dev_id FROM terminals")).toString(), QStringLiteral("OLD"));
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM terminals")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM punches")).toInt(), 0);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void differentSchemaVersionsAreRefused()
    {
        const auto source = openSqlite();
        const auto target = openOther();
        QVERIFY(source && target);
        QVERIFY(run(source->database(), QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        const services::Outcome outcome = copy(*source, *target);
        QCOMPARE(outcome.error<DatabaseCopier::Problem>(), DatabaseCopier::Problem::SchemaDiffers);
        QVERIFY2(outcome.detail.startsWith(QLatin1String("999/")), qPrintable(outcome.detail));
    }

    void onlyAnAdministratorCopies()
    {
        const auto source = openSqlite();
        const auto target = openOther();
        QVERIFY(source && target);
        populate(source->database());
        services::Actor viewer;
        viewer.kind = services::ActorKind::Operator;
        viewer.name = QStringLiteral("vera");
        viewer.role = services::Role::Viewer;
        const services::Outcome outcome = services::DatabaseCopyAdmin(source->database(), target->database())
                                              .copy(viewer, QStringLiteral("s"), DatabaseCopier::Existing::Refuse);
        QCOMPARE(outcome.status, services::Outcome::Status::NotAllowed);
        QCOMPARE(outcome.permission, services::Permission::BackupAndRestore);
        QCOMPARE(value(target->database(), QStringLiteral("SELECT COUNT(*) FROM punches")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseCopyAdmin)
#include "tst_databasecopyadmin.moc"
