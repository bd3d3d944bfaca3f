#include "consolecontext.h"
#include "consoletestbed.h"
#include "destinationdialog.h"
#include "integrationfixture.h"
#include "integrationspage.h"
#include "integrationtext.h"
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
#include <QTableWidget>
#include <QTest>

#include <algorithm>
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

    static void chooseData(const QWidget *dialog, const char *comboName, const QString &data)
    {
        auto *combo = field<QComboBox>(dialog, comboName);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

    // An Odoo destination called Odoo at https://odoo.example.com with the API key `apiKey`.
    static void fillOdoo(const QWidget *dialog, const QString &apiKey)
    {
        field<QLineEdit>(dialog, "destinationName")->setText(QStringLiteral("Odoo"));
        chooseData(dialog, "destinationKind", QStringLiteral("odoo"));
        field<QLineEdit>(dialog, "destinationUrl")->setText(QStringLiteral("https://odoo.example.com"));
        field<QLineEdit>(dialog, "destinationSecret")->setText(apiKey);
    }

    // Adds a row to Odoo's table of employees, typing into the cells as a person does: the user's
    // number, Tab, the employee's, left in its editor (Save commits it).
    static void typeEmployeeRow(const QWidget *dialog, const QString &user, const QString &employee)
    {
        auto *table = field<QTableWidget>(dialog, "odooEmployeeMap");
        QTest::mouseClick(field<QPushButton>(dialog, "addOdooEmployee"), Qt::LeftButton);
        QWidget *editor = table->indexWidget(table->currentIndex());
        QVERIFY(editor);
        QCOMPARE(table->currentColumn(), 0);
        QTest::keyClicks(editor, user);
        QTest::keyClick(editor, Qt::Key_Tab);
        editor = table->indexWidget(table->currentIndex());
        QVERIFY(editor);
        QCOMPARE(table->currentColumn(), 1);
        QTest::keyClicks(editor, employee);
    }

    // The Odoo destination's id, with the secret sealed under the key file and nowhere in clear.
    qint64 storedOdoo(const QString &apiKey) const
    {
        const std::optional<storage::DestinationRow> row =
            storage::DestinationRepository(db()).findByName(QStringLiteral("Odoo"));
        if (!row || row->kind != QLatin1String("odoo"))
            return 0;
        QString error;
        if (m_fixture->box()->unseal(row->sealedSecret, &error) != std::optional<QString>(apiKey))
            return 0;
        return storedAnywhere(apiKey) ? 0 : row->id;
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

    // Odoo 17 or 18: the API key as the secret, the database and the API user's id; no changes of
    // employees, and the page shows how it sends.
    void addsAnOdooDestinationThroughJsonRpc()
    {
        ui::IntegrationsPage page(bed().context());
        page.show();
        test::whenModalShows<ui::DestinationDialog>([](ui::DestinationDialog *dialog) {
            field<QLineEdit>(dialog, "destinationName")->setText(QStringLiteral("Odoo"));
            QVERIFY(!field<QWidget>(dialog, "odooFields")->isVisible());
            chooseData(dialog, "destinationKind", QStringLiteral("odoo"));
            QVERIFY(field<QWidget>(dialog, "odooFields")->isVisible());
            QVERIFY(!field<QLineEdit>(dialog, "apiKey")->isVisible());
            QVERIFY(!field<ui::RangeSpinBox>(dialog, "batchSize")->isVisible());
            QVERIFY(!field<QPushButton>(dialog, "generateSecret")->isVisible());
            auto *userChanges = field<QCheckBox>(dialog, "receivesUserChanges");
            QVERIFY(!userChanges->isEnabled() && !userChanges->isChecked());
            auto *secret = field<QLineEdit>(dialog, "destinationSecret");
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            const auto secretLabel = std::find_if(labels.cbegin(), labels.cend(),
                                                  [secret](const QLabel *label) { return label->buddy() == secret; });
            QVERIFY(secretLabel != labels.cend());
            QCOMPARE((*secretLabel)->text(), QStringLiteral("API &key:"));
            QVERIFY2(secret->toolTip().contains(QStringLiteral("New API Key")), qPrintable(secret->toolTip()));
            auto *url = field<QLineEdit>(dialog, "destinationUrl");
            QCOMPARE(url->placeholderText(), QStringLiteral("https://odoo.example.com"));
            QVERIFY(field<ui::RangeSpinBox>(dialog, "odooUserId")->isVisible());
            QVERIFY(!field<QTableWidget>(dialog, "odooEmployeeMap")->isVisible());

            url->setText(QStringLiteral("https://odoo.example.com"));
            secret->setText(QStringLiteral("odoo-api-key-4f1c"));
            field<QCheckBox>(dialog, "receivesCorrections")->setChecked(true);
            field<QLineEdit>(dialog, "odooDatabase")->setText(QStringLiteral(" prod "));
            field<ui::RangeSpinBox>(dialog, "odooUserId")->setValue(6);
            save(dialog);
        });
        QTest::mouseClick(findWidget<QPushButton>(&page, "addDestinationButton"), Qt::LeftButton);

        const qint64 id = storedOdoo(QStringLiteral("odoo-api-key-4f1c"));
        QVERIFY(id != 0);
        const storage::DestinationRow row = *storage::DestinationRepository(db()).find(id);
        QCOMPARE(row.url, QStringLiteral("https://odoo.example.com"));
        QCOMPARE(row.options.value(QStringLiteral("api")).toString(), QStringLiteral("jsonrpc"));
        QCOMPARE(row.options.value(QStringLiteral("database")).toString(), QStringLiteral("prod"));
        QCOMPARE(row.options.value(QStringLiteral("user_id")).toInt(), 6);
        QCOMPARE(row.options.value(QStringLiteral("employee_match")).toString(), QStringLiteral("barcode"));
        QVERIFY(!row.options.contains(QStringLiteral("employee_map")));
        QVERIFY(row.sendsPunches && row.sendsCorrections && !row.sendsUserChanges && row.enabled);

        QCOMPARE(page.selectedDestination()->row.id, id);
        QCOMPARE(page.model()->index(0, ui::DestinationTableModel::KindColumn).data().toString(),
                 QStringLiteral("Odoo"));
        QCOMPARE(findWidget<QLabel>(&page, "destinationSettingsText")->text(),
                 QStringLiteral("Odoo 17 and 18 (JSON-RPC) · database prod · user 6 · employees by Badge ID · "
                                "timeout 10 s"));
    }

    // Odoo 19: JSON-2 needs neither the user nor the database; employees by a table typed here,
    // which refuses a user named twice, and which editing shows again to change.
    void addsAnOdooDestinationWithAnEmployeeTable()
    {
        ui::DestinationDialog dialog(bed().context(), std::nullopt);
        dialog.show();
        fillOdoo(&dialog, QStringLiteral("odoo-19-key"));
        chooseData(&dialog, "odooApi", QStringLiteral("json2"));
        QVERIFY(!field<ui::RangeSpinBox>(&dialog, "odooUserId")->isVisible());
        QVERIFY(field<QLineEdit>(&dialog, "odooDatabase")->isVisible());
        auto *table = field<QTableWidget>(&dialog, "odooEmployeeMap");
        QVERIFY(!table->isVisible());
        chooseData(&dialog, "odooEmployeeMatch", QStringLiteral("map"));
        QVERIFY(table->isVisible());

        // Chosen and left empty, every punch would wait for a person.
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("table of employees")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), table);

        typeEmployeeRow(&dialog, QStringLiteral("7"), QStringLiteral("12"));
        typeEmployeeRow(&dialog, QStringLiteral("7"), QStringLiteral("15"));
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("table of employees")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), table);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(table->currentColumn(), 0); // the user named twice
        QVERIFY(storage::DestinationRepository(db()).list().isEmpty());

        // Corrected in its cell, and saved with the cell still being edited: what it shows counts.
        table->editItem(table->item(1, 0));
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(1, 0)));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("8"));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = storedOdoo(QStringLiteral("odoo-19-key"));
        QVERIFY(id != 0);
        const storage::DestinationRow row = *storage::DestinationRepository(db()).find(id);
        QCOMPARE(row.options.value(QStringLiteral("api")).toString(), QStringLiteral("json2"));
        QVERIFY(!row.options.contains(QStringLiteral("user_id")));
        QVERIFY(!row.options.contains(QStringLiteral("database")));
        QCOMPARE(row.options.value(QStringLiteral("employee_match")).toString(), QStringLiteral("map"));
        QCOMPARE(row.options.value(QStringLiteral("employee_map")).toObject(),
                 QJsonObject({{QStringLiteral("7"), 12}, {QStringLiteral("8"), 15}}));

        // Editing shows the table as stored; a row removed is gone from the option.
        ui::DestinationDialog again(bed().context(), row);
        again.show();
        QVERIFY(!field<ui::RangeSpinBox>(&again, "odooUserId")->isVisible());
        auto *stored = field<QTableWidget>(&again, "odooEmployeeMap");
        QVERIFY(stored->isVisible());
        QCOMPARE(stored->rowCount(), 2);
        QCOMPARE(stored->item(1, 0)->text(), QStringLiteral("8"));
        QCOMPARE(stored->item(1, 1)->text(), QStringLiteral("15"));
        auto *remove = field<QPushButton>(&again, "removeOdooEmployee");
        QVERIFY(!remove->isEnabled());
        stored->selectRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        save(&again);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(
            storage::DestinationRepository(db()).find(id)->options.value(QStringLiteral("employee_map")).toObject(),
            QJsonObject({{QStringLiteral("8"), 15}}));
    }

    // JSON-RPC signs in to one database: left empty, the refusal says so and goes to the field.
    void focusesTheOdooFieldItRefuses()
    {
        ui::DestinationDialog dialog(bed().context(), std::nullopt);
        dialog.show();
        fillOdoo(&dialog, QStringLiteral("odoo-api-key"));
        auto *database = field<QLineEdit>(&dialog, "odooDatabase");
        database->setText(QStringLiteral("   "));
        save(&dialog);
        QVERIFY2(problem(&dialog).contains(QStringLiteral("name of the Odoo database")), qPrintable(problem(&dialog)));
        QCOMPARE(dialog.focusWidget(), database);
        QVERIFY(dialog.isVisible());
        QVERIFY(storage::DestinationRepository(db()).list().isEmpty());

        // JSON-2 finds the database by itself where the server holds one.
        chooseData(&dialog, "odooApi", QStringLiteral("json2"));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(storedOdoo(QStringLiteral("odoo-api-key")) != 0);
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
