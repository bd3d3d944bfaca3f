// The divider between a page's table and its details pane: where it starts, that it comes back
// where the operator left it, and that neither side can be dragged out of sight.
#include "detailssplitter.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using punchclock::ui::DetailsSplitter;

namespace {

const QString key = QStringLiteral("test/splitter");

std::unique_ptr<DetailsSplitter> shownSplitter()
{
    auto splitter = std::make_unique<DetailsSplitter>(QStringLiteral("testSplitter"), key);
    splitter->setPanes(new QLabel(QStringLiteral("table")), new QLabel(QStringLiteral("details")), 900, 300);
    splitter->resize(1200 + splitter->handleWidth(), 400);
    splitter->show();
    return splitter;
}

} // namespace

class TestDetailsSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
    }

    void firstShownInTheGivenProportion()
    {
        const auto splitter = shownSplitter();
        QCOMPARE(splitter->objectName(), QStringLiteral("testSplitter"));
        QCOMPARE(splitter->sizes(), (QList<int>{900, 300}));
    }

    void theDividerComesBackWhereItWasLeft()
    {
        {
            const auto splitter = shownSplitter();
            splitter->setSizes({700, 500});
            // What a drag does: QSplitter::moveSplitter() is protected, the signal is what it emits.
            Q_EMIT splitter->splitterMoved(700, 1);
        }
        const auto reopened = shownSplitter();
        QCOMPARE(reopened->sizes(), (QList<int>{700, 500}));
    }

    void aDamagedSavedStateFallsBackToTheProportion()
    {
        QSettings().setValue(key, QByteArray("not a splitter state"));
        const auto splitter = shownSplitter();
        QCOMPARE(splitter->sizes(), (QList<int>{900, 300}));
    }

    void neitherSideCollapses()
    {
        const auto splitter = shownSplitter();
        QVERIFY(!splitter->childrenCollapsible());
        splitter->setSizes({1200, 0});
        QVERIFY(splitter->sizes().at(1) > 0);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestDetailsSplitter)
#include "tst_detailssplitter.moc"
