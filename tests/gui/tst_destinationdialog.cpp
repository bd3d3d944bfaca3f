#include "consolecontext.h"
#include "consoletestbed.h"
#include "destinationdialog.h"
#include "integrationfixture.h"
#include "integrationspage.h"
#include "modaldialogs.h"
#include "rangespinbox.h"
#include "widgetlookup.h"

#include "destinationrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace punchclock;
using test::findWidget;

// The dialog that adds and edits a destination of the outbox: what it stores (the secret sealed
// under the installation's key file, never in clear), and how it refuses, naming and focusing
// the field services::IntegrationAdmin names.
class tst_DestinationDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::IntegrationFixture> m_fixture;

    test::ConsoleTestbed &bed() const { return m_fixture->bed(); }
    QSqlDatabase db() const { return bed().database(); }

    template <typename T>
    static T *field(const QWidget *dialog, const char *name)
    {
        return findWidget<T>(dialog, name);
    }

    static void save(const QWidget *dialog)
    {
        field<QDialogButtonBox>(dialog, "destinationButtons")->button(QDialogButtonBox::Save)->click();
    }

    static QString problem(const QWidget *dialog)
    {
        const auto *label = field<QLabel>(dialog, "destinationError");
        return label->isVisible() ? label->text() : QString();
    }

    // Whether `text` is anywhere in the destinations' rows or in the audit trail.
    bool storedAnywhere(const QString &text) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM integration_destinations WHERE instr(name || url || options || "
            "sealed_secret, ?) > 0) + (SELECT COUNT(*) FROM audit_log WHERE instr(COALESCE(old_value, '') || "
            "COALESCE(new_value, ''), ?) > 0)"));
        query.addBindValue(text);
        query.addBindValue(text);
        return !query.exec() || !query.next() || query.value(0).toInt() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The lists and messages as an English-speaking operator reads them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_fixture = std::make_unique<test::IntegrationFixture>();
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
    }

    void cleanup() { m_fixture.reset(); }

    // Add… on the page: a webhook with a generated secret, shown once to be copied, stored
    // sealed under the key file the environment names, and shown in the table.
    void addsAWebhookWithAGeneratedSecret()
    {
        ui::IntegrationsPage page(bed().context());
        page.show();
        QString generated;
        test::whenModalShows<ui::DestinationDialog>([&generated](ui::DestinationDialog *dialog) {
            field<QLineEdit>(dialog, "destinationName")->setText(QStringLiteral("Payroll hook"));
            field<QLineEdit>(dialog, "destinationUrl")->setText(QStringLiteral("https://payroll.example.com/punches"));
            field<QCheckBox>(dialog, "receivesCorrections")->setChecked(true);
            field<ui::RangeSpinBox>(dialog, "batchSize")->setValue(20);
            QVERIFY(!field<QLineEdit>(dialog, "generatedSecret")->isVisible());
            QTest::mouseClick(field<QPushButton>(dialog, "generateSecret"), Qt::LeftButton);
            const auto *shown = field<QLineEdit>(dialog, "generatedSecret");
            QVERIFY(shown->isVisible());
            QCOMPARE(shown->text(), field<QLineEdit>(dialog, "destinationSecret")->text());
            generated = shown->text();
            save(dialog);
        });
        QTest::mouseClick(findWidget<QPushButton>(&page, "addDestinationButton"), Qt::LeftButton);

        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(generated).hasMatch(),
                 qPrintable(generated));
        const std::optional<storage::DestinationRow> row =
            storage::DestinationRepository(db()).findByName(QStringLiteral("Payroll hook"));
        QVERIFY(row);
        QCOMPARE(row->kind, QStringLiteral("webhook"));
        QCOMPARE(row->url, QStringLiteral("https://payroll.example.com/punches"));
        QCOMPARE(row->options.value(QStringLiteral("batch_size")).toInt(), 20);
        QVERIFY(row->sendsPunches && row->sendsCorrections && !row->sendsUserChanges && row->enabled);
        // Sealed under the key file the environment names, which the dialog made.
        QVERIFY(QFileInfo::exists(m_fixture->keyFile()));
        QString error;
        const std::optional<services::SecretBox> box = services::SecretBox::open(m_fixture->keyFile(), false, &error);
        QVERIFY2(box, qPrintable(error));
        QCOMPARE(box->unseal(row->sealedSecret, &error), std::optional<QString>(generated));
        QVERIFY(!storedAnywhere(generated));
        QVERIFY(storedAnywhere(QStringLiteral("Payroll hook"))); // the check finds what is there

        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ui::DestinationTableModel::NameColumn).data().toString(),
                 QStringLiteral("Payroll hook"));
        QCOMPARE(page.model()->index(0, ui::DestinationTableModel::ReceivesColumn).data().toString(),
                 QStringLiteral("Punches and corrections"));
        QCOMPARE(page.selectedDestination()->row.id, row->id);
        QVERIFY(findWidget<QLabel>(&page, "integrationsMessage")->text().contains(QStringLiteral("Payroll hook")));
    }

    void namesAndFocusesTheFieldItRefuses()
    {
        QVERIFY(m_fixture->addWebhook(db(), QStringLiteral("Payroll")) != 0);
        ui::DestinationDialog dialog(bed().context(), std::nullopt);
        dialog.show();
        auto *name = field<QLineEdit>(&dialog, "destinationName");
        auto *url = field<QLineEdit>(&dialog, "destinationUrl");
        auto *secret = field<QLineEdit>(&dialog, "destinationSecret");
        name->setText(QStringLiteral("Hook"));
        url->setText(QStringLiteral("ftp://payroll.example.com"));
        secret->setText(QStringLiteral("s3cret"));
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("ftp://payroll.example.com")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), url);

        url->setText(QStringLiteral("https://payroll.example.com"));
        secret->clear();
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("secret")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), secret);

        secret->setText(QStringLiteral("s3cret"));
        for (const char *box : {"receivesPunches", "receivesCorrections", "receivesUserChanges"})
            field<QCheckBox>(&dialog, box)->setChecked(false);
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("what it receives")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), field<QCheckBox>(&dialog, "receivesPunches"));

        field<QCheckBox>(&dialog, "receivesPunches")->setChecked(true);
        name->setText(QStringLiteral("payroll"));
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("already a destination called \"payroll\"")),
                 qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), name);

        // Frappe HR: no changes of employees, and the API key it signs in with.
        name->setText(QStringLiteral("Frappe HR"));
        auto *kind = field<QComboBox>(&dialog, "destinationKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("erpnext")));
        auto *userChanges = field<QCheckBox>(&dialog, "receivesUserChanges");
        QVERIFY(!userChanges->isEnabled() && !userChanges->isChecked());
        QVERIFY(!field<QPushButton>(&dialog, "generateSecret")->isVisible());
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("API key")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), field<QLineEdit>(&dialog, "apiKey"));

        field<QLineEdit>(&dialog, "apiKey")->setText(QStringLiteral("1a2b3c4d5e"));
        auto *employeeField = field<QLineEdit>(&dialog, "employeeField");
        QCOMPARE(employeeField->text(), QStringLiteral("attendance_device_id"));
        employeeField->clear();
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("field of Employee")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), employeeField);
        QVERIFY(dialog.isVisible());
        QCOMPARE(storage::DestinationRepository(db()).list().size(), 1);

        employeeField->setText(QStringLiteral("attendance_device_id"));
        auto *version = field<QComboBox>(&dialog, "erpVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("erpnext")));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto frappe = storage::DestinationRepository(db()).findByName(QStringLiteral("Frappe HR"));
        QVERIFY(frappe);
        QCOMPARE(frappe->kind, QStringLiteral("erpnext"));
        QCOMPARE(frappe->options.value(QStringLiteral("api_key")).toString(), QStringLiteral("1a2b3c4d5e"));
        QCOMPARE(frappe->options.value(QStringLiteral("method")).toString(), QStringLiteral("erpnext"));
        QVERIFY(!frappe->sendsUserChanges);
    }

    // Editing keeps the kind, and the stored secret when none is typed.
    void editingKeepsTheSecretLeftEmpty()
    {
        const qint64 id = m_fixture->addWebhook(db(), QStringLiteral("Payroll"));
        QVERIFY(id != 0);
        const storage::DestinationRow before = *storage::DestinationRepository(db()).find(id);
        ui::DestinationDialog dialog(bed().context(), before);
        dialog.show();
        QVERIFY(!field<QComboBox>(&dialog, "destinationKind")->isEnabled());
        QVERIFY(field<QLineEdit>(&dialog, "destinationSecret")->text().isEmpty());
        QCOMPARE(field<ui::RangeSpinBox>(&dialog, "batchSize")->value(), 50);
        field<QLineEdit>(&dialog, "destinationUrl")->setText(QStringLiteral("https://payroll.example.com/v2/punches"));
        field<QCheckBox>(&dialog, "destinationEnabled")->setChecked(false);
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const storage::DestinationRow after = *storage::DestinationRepository(db()).find(id);
        QCOMPARE(after.url, QStringLiteral("https://payroll.example.com/v2/punches"));
        QVERIFY(!after.enabled);
        QCOMPARE(after.sealedSecret, before.sealedSecret);

        ui::DestinationDialog again(bed().context(), after);
        again.show();
        field<QLineEdit>(&again, "destinationSecret")->setText(QStringLiteral("a-new-secret"));
        save(&again);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        const storage::DestinationRow changed = *storage::DestinationRepository(db()).find(id);
        QString error;
        QCOMPARE(m_fixture->box()->unseal(changed.sealedSecret, &error),
                 std::optional<QString>(QStringLiteral("a-new-secret")));
    }

    // A key file that cannot be made: nothing is stored, and the dialog says where it looked.
    void saysWhenTheSecretCannotBeSealed()
    {
        qputenv("PUNCHCLOCK_SECRET_KEY_FILE", "/proc/punchclock-no-such-folder/secrets.key");
        ui::DestinationDialog dialog(bed().context(), std::nullopt);
        dialog.show();
        field<QLineEdit>(&dialog, "destinationName")->setText(QStringLiteral("Hook"));
        field<QLineEdit>(&dialog, "destinationUrl")->setText(QStringLiteral("https://payroll.example.com"));
        field<QLineEdit>(&dialog, "destinationSecret")->setText(QStringLiteral("s3cret"));
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("/proc/punchclock-no-such-folder/secrets.key")),
                 qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), field<QLineEdit>(&dialog, "destinationSecret"));
        QVERIFY(storage::DestinationRepository(db()).list().isEmpty());
    }
};

QTEST_MAIN(tst_DestinationDialog)
#include "tst_destinationdialog.moc"
