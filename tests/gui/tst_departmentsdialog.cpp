#include "consoletestbed.h"
#include "departmentsdialog.h"
#include "readerthreadtools.h"
#include "widgetlookup.h"

#include "departmentrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;

// Departments are managed in one dialog: added, renamed in place, removed after a question;
// the users of a removed department keep everything else.
class tst_DepartmentsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_testbed;
    std::unique_ptr<ui::DepartmentsDialog> m_dialog;

    template<typename T>
    T *widget(const char *name) const
    {
        return test::findWidget<T>(m_dialog.get(), QLatin1String(name));
    }

    QStringList departmentNames() const
    {
        QStringList names;
        for (const storage::DepartmentRow &row : storage::DepartmentRepository(m_testbed->database()).list())
            names << row.name;
        return names;
    }

    QListWidgetItem *itemNamed(const QString &name) const
    {
        const QList<QListWidgetItem *> found = widget<QListWidget>("departmentList")->findItems(name, Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.constFirst();
    }

    // QMessageBox::question is modal: answer it once it shows.
    void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, this, [answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(answer)->click();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_testbed = std::make_unique<test::ConsoleTestbed>();
        QString error;
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QVERIFY2(m_testbed->open(options, &error), qPrintable(error));
        m_testbed->createContext();
        m_dialog = std::make_unique<ui::DepartmentsDialog>(m_testbed->context());
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_testbed.reset();
    }

    void addRenameAndRemove()
    {
        QSignalSpy usersChanged(&m_testbed->context(), &ui::ConsoleContext::usersChanged);
        auto *name = widget<QLineEdit>("newDepartmentName");
        QVERIFY(!widget<QPushButton>("addDepartmentButton")->isEnabled());
        name->setText(QStringLiteral("  Kitchen  "));
        widget<QPushButton>("addDepartmentButton")->click();
        name->setText(QStringLiteral("Front desk"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(departmentNames(), (QStringList{QStringLiteral("Front desk"), QStringLiteral("Kitchen")}));
        QCOMPARE(widget<QListWidget>("departmentList")->count(), 2);
        QCOMPARE(usersChanged.count(), 2);

        itemNamed(QStringLiteral("Kitchen"))->setText(QStringLiteral("Kitchen staff"));
        QCOMPARE(departmentNames(), (QStringList{QStringLiteral("Front desk"), QStringLiteral("Kitchen staff")}));

        // A name another department has is refused and the entry shows the old name again.
        itemNamed(QStringLiteral("Kitchen staff"))->setText(QStringLiteral("Front desk"));
        QVERIFY(widget<QLabel>("departmentProblem")->text().contains(QStringLiteral("already a department")));
        QCOMPARE(departmentNames(), (QStringList{QStringLiteral("Front desk"), QStringLiteral("Kitchen staff")}));
        QVERIFY(itemNamed(QStringLiteral("Kitchen staff")));

        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("12");
        alice.name = QStringLiteral("Alice");
        storage::UserRepository users(m_testbed->database());
        QVERIFY(users.saveUser(alice));
        const qint64 kitchen = storage::DepartmentRepository(m_testbed->database()).list().at(1).id;
        QVERIFY(storage::DepartmentRepository(m_testbed->database()).assign(QStringLiteral("12"), kitchen));

        widget<QListWidget>("departmentList")->setCurrentItem(itemNamed(QStringLiteral("Kitchen staff")));
        answerNextQuestion(QMessageBox::No);
        widget<QPushButton>("removeDepartmentButton")->click();
        QCOMPARE(departmentNames().size(), 2);

        answerNextQuestion(QMessageBox::Yes);
        widget<QPushButton>("removeDepartmentButton")->click();
        QCOMPARE(departmentNames(), QStringList{QStringLiteral("Front desk")});
        const QList<storage::UserRow> rows = users.list();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().name, QStringLiteral("Alice"));
        QVERIFY(!rows.constFirst().departmentId);
    }

    // As on PostgreSQL: the list is read, and departments added, renamed and removed, on the
    // console's reader thread. The GUI thread's connection is closed meanwhile: nothing of it is
    // used.
    void addRenameAndRemoveOnTheReaderThread()
    {
        m_dialog.reset();
        QVERIFY(storage::DepartmentRepository(m_testbed->database()).create(QStringLiteral("Kitchen")));
        m_dialog = std::make_unique<ui::DepartmentsDialog>(m_testbed->createContext(true));
        m_dialog->show();
        std::optional<test::GuiConnectionClosed> closed(m_testbed->database());
        QCOMPARE(widget<QListWidget>("departmentList")->count(), 1);
        auto *name = widget<QLineEdit>("newDepartmentName");
        name->setText(QStringLiteral("Front desk"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(widget<QListWidget>("departmentList")->count(), 2);
        QCOMPARE(widget<QListWidget>("departmentList")->currentItem()->text(), QStringLiteral("Front desk"));

        itemNamed(QStringLiteral("Kitchen"))->setText(QStringLiteral("Front desk"));
        QVERIFY(widget<QLabel>("departmentProblem")->text().contains(QStringLiteral("already a department")));
        itemNamed(QStringLiteral("Kitchen"))->setText(QStringLiteral("Kitchen staff"));
        QVERIFY(itemNamed(QStringLiteral("Kitchen staff")));

        widget<QListWidget>("departmentList")->setCurrentItem(itemNamed(QStringLiteral("Front desk")));
        answerNextQuestion(QMessageBox::Yes);
        widget<QPushButton>("removeDepartmentButton")->click();
        QCOMPARE(widget<QListWidget>("departmentList")->count(), 1);
        QVERIFY(widget<QLabel>("departmentProblem")->isHidden());

        closed.reset();
        QCOMPARE(departmentNames(), QStringList{QStringLiteral("Kitchen staff")});
    }
};

QTEST_MAIN(tst_DepartmentsDialog)
#include "tst_departmentsdialog.moc"
