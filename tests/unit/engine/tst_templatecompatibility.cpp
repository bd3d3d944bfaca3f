#include "templatecompatibility.h"

#include <QTest>

using namespace punchclock::engine;
using Kind = TemplateVerdict::Kind;

namespace {

constexpr int Finger = 0;
constexpr int Password = 10;
constexpr int Card = 11;
constexpr int Face = 12;

TemplateTerminal gate(int fp, int face)
{
    return {QStringLiteral("GATE01"), QStringLiteral("Gate"), fp, face, 0, QStringLiteral("FKDataHS101")};
}

TemplateOrigin frontDoor(int version, qsizetype size = 20000)
{
    return {QStringLiteral("FRONT01"), QStringLiteral("Front door"), version, QStringLiteral("FKDataHS103"), size};
}

} // namespace

// Which templates may go to which terminal (issue 12 §2): one version to another is refused in
// words naming both, the same version goes, and a version not known goes as it is, said so.
class tst_TemplateCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFaceOfAnotherVersionIsRefusedNamingBoth()
    {
        const TemplateVerdict verdict = judgeTemplate(Face, frontDoor(528), gate(128, 300));
        QCOMPARE(verdict.kind, Kind::Refuse);
        QVERIFY(!verdict.sent());
        QCOMPARE(verdict.message, QStringLiteral("face template 528 from Front door cannot be used by Gate (face 300); "
                                                 "enroll the face at Gate"));
    }

    void aFingerprintIsJudgedByTheFingerprintVersion()
    {
        // The face versions differ, the fingerprint versions do not.
        QCOMPARE(judgeTemplate(Finger, frontDoor(128, 800), gate(128, 300)).kind, Kind::Send);
        const TemplateVerdict other = judgeTemplate(3, frontDoor(128, 800), gate(200, 528));
        QCOMPARE(other.kind, Kind::Refuse);
        QCOMPARE(other.message, QStringLiteral("fingerprint template 128 from Front door cannot be used by Gate "
                                               "(fingerprint 200); enroll the fingerprint at Gate"));
    }

    void theSameVersionGoesWhateverTheRecordLibrary()
    {
        const TemplateVerdict verdict = judgeTemplate(Face, frontDoor(528), gate(128, 528));
        QCOMPARE(verdict.kind, Kind::Send);
        QVERIFY(verdict.message.isEmpty());
    }

    void passwordsAndCardsAlwaysGo()
    {
        for (int backupNumber : {Password, Card})
            QCOMPARE(judgeTemplate(backupNumber, frontDoor(528), gate(1, 1)).kind, Kind::Send);
    }

    void aTemplateGoesBackToItsOwnTerminal()
    {
        // Its version was not recorded, but it is in that terminal's format whatever it is.
        TemplateOrigin origin = frontDoor(0);
        origin.devId = QStringLiteral("GATE01");
        QCOMPARE(judgeTemplate(Face, origin, gate(128, 300)).kind, Kind::Send);
    }

    void anUnknownVersionIsSentAndSaid()
    {
        const TemplateVerdict unknownOrigin = judgeTemplate(Face, frontDoor(0), gate(128, 528));
        QCOMPARE(unknownOrigin.kind, Kind::Unknown);
        QVERIFY(unknownOrigin.sent());
        QCOMPARE(unknownOrigin.message, QStringLiteral("face template of unknown version (20000 bytes, from Front "
                                                       "door) sent to Gate (face 528) as it is; check that it "
                                                       "verifies there"));

        const TemplateVerdict unknownTarget = judgeTemplate(Face, frontDoor(528), gate(0, 0));
        QCOMPARE(unknownTarget.kind, Kind::Unknown);
        QCOMPARE(unknownTarget.message, QStringLiteral("face template (20000 bytes, from Front door) sent to Gate as "
                                                       "it is: Gate has not said which face template version it uses"));

        const TemplateVerdict byHand = judgeTemplate(Finger, TemplateOrigin{{}, {}, 0, {}, 612}, gate(128, 0));
        QVERIFY(byHand.message.contains(QLatin1String("given by an operator")));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateCompatibility)
#include "tst_templatecompatibility.moc"
