// Reading a PostgreSQL URL: the libpq forms an administrator types, a clear refusal of the
// rest, and never a password accepted from the URL.

#include "databaseconfig.h"

#include <QTest>

using punchclock::storage::DatabaseConfig;

class TestDatabaseConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLibpqForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("dbname");
        QTest::addColumn<QString>("sslmode");

        QTest::newRow("full") << "postgresql://clock@db.example.com:5433/punchclock" << "clock"
                              << "db.example.com" << 5433 << "punchclock" << "";
        QTest::newRow("short scheme") << "postgres://db/punchclock" << "" << "db" << -1 << "punchclock" << "";
        QTest::newRow("socket parameter") << "postgresql:///punchclock?host=/run/postgresql" << "" << "/run/postgresql"
                                          << -1 << "punchclock" << "";
        QTest::newRow("socket in the host, encoded") << "postgresql://%2Fvar%2Frun%2Fpostgresql/att" << ""
                                                     << "/var/run/postgresql" << -1 << "att" << "";
        QTest::newRow("ipv6") << "postgresql://clock@[::1]:5432/att" << "clock" << "::1" << 5432 << "att" << "";
        QTest::newRow("parameters") << "postgresql://h/att?user=clock&port=6000&sslmode=require" << "clock" << "h"
                                    << 6000 << "att" << "require";
        QTest::newRow("dbname parameter") << "postgresql://h?dbname=att" << "" << "h" << -1 << "att" << "";
        QTest::newRow("encoded user and name") << "postgresql://cl%40ock@h/my%20db" << "cl@ock" << "h" << -1
                                               << "my db" << "";
    }

    void readsTheLibpqForms()
    {
        QFETCH(QString, url);
        QString error;
        const std::optional<DatabaseConfig> config = DatabaseConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->driver, QStringLiteral("QPSQL"));
        QVERIFY(config->isPostgres());
        QTEST(config->user, "user");
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->path, "dbname");
        QTEST(config->sslmode, "sslmode");
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not a URL") << "punchclock.sqlite" << "is not a database URL";
        QTest::newRow("other scheme") << "mysql://h/att" << "is not a database URL";
        QTest::newRow("no database") << "postgresql://h" << "names no database";
        QTest::newRow("no database, slash") << "postgresql://h/" << "names no database";
        QTest::newRow("port not a number") << "postgresql://h:abc/att" << "port";
        QTest::newRow("port out of range") << "postgresql://h:70000/att" << "port";
        QTest::newRow("port parameter") << "postgresql://h/att?port=0" << "port";
        QTest::newRow("several hosts") << "postgresql://h1,h2/att" << "Several hosts";
        QTest::newRow("unknown parameter") << "postgresql://h/att?options=-c%20x" << "not supported";
        QTest::newRow("parameter without value") << "postgresql://h/att?sslmode" << "name=value";
        QTest::newRow("bad escape") << "postgresql://h/at%zz" << "malformed";
        QTest::newRow("NUL in name") << "postgresql://h/at%00t" << "malformed";
        QTest::newRow("slash in name") << "postgresql://h/a/b" << "malformed";
        QTest::newRow("empty user") << "postgresql://@h/att" << "user name";
        QTest::newRow("too long") << QStringLiteral("postgresql://h/") + QString(3000, QLatin1Char('a')) << "longer";
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!DatabaseConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesAPasswordWithoutRepeatingIt_data()
    {
        QTest::addColumn<QString>("url");

        QTest::newRow("in the user part") << "postgresql://clock:S3cret@h/att";
        QTest::newRow("empty user") << "postgresql://:S3cret@h:5432/att";
        QTest::newRow("with an @ inside") << "postgresql://clock:S3c@ret@h/att";
        QTest::newRow("mistyped after it") << "postgresql://clock:S3cret@h:99999/att";
        QTest::newRow("parameter") << "postgresql://h/att?password=S3cret";
        QTest::newRow("password file parameter") << "postgresql://h/att?passfile=S3cret";
    }

    void refusesAPasswordWithoutRepeatingIt()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!DatabaseConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(QLatin1String(".pgpass")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("S3c")), qPrintable(error));
    }

    void showsTheDatabaseWithoutSecrets()
    {
        QString error;
        const auto tcp = DatabaseConfig::fromUrl(QStringLiteral("postgresql://clock@db:5433/att?sslmode=require"), &error);
        QVERIFY2(tcp, qPrintable(error));
        QCOMPARE(tcp->displayName(), QStringLiteral("postgresql://clock@db:5433/att"));
        const auto socket = DatabaseConfig::fromUrl(QStringLiteral("postgresql:///att?host=/tmp/pg"), &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->displayName(), QStringLiteral("postgresql:///att?host=/tmp/pg"));
        QCOMPARE(DatabaseConfig::sqlite(QStringLiteral("/data/p.sqlite")).displayName(), QStringLiteral("/data/p.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
