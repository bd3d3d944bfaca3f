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
    TemplateTerminal terminal;
    terminal.devId = QStringLiteral("GATE01");
    terminal.name = QStringLiteral("Gate");
    terminal.fpDataVersion = fp;
    terminal.faceDataVersion = face;
    terminal.recordLibrary = QStringLiteral("FKDataHS101");
    return terminal;
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

    void aTerminalWithoutTheReaderTakesNone()
    {
        TemplateTerminal fingersOnly = gate(128, 0);
        fingersOnly.supportedEnrollData = {QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FP")};
        const TemplateVerdict verdict = judgeTemplate(Face, frontDoor(528), fingersOnly);
        QCOMPARE(verdict.kind, Kind::Refuse);
        QCOMPARE(verdict.message, QStringLiteral("face template from Front door cannot be used by Gate (no face reader)"));
        QCOMPARE(judgeTemplate(Finger, frontDoor(128, 1184), fingersOnly).kind, Kind::Send);
    }

    void theSameVersionOfAnotherSizeFromAnotherLibraryIsRefused()
    {
        // Fingerprint 128 is 800 bytes on the Fingerspot (HS103) and 1,184 on the HS101 (protocol.md §10).
        TemplateTerminal hs101 = gate(128, 0);
        hs101.fingerSize = 1184;
        const TemplateVerdict verdict = judgeTemplate(Finger, frontDoor(128, 800), hs101);
        QCOMPARE(verdict.kind, Kind::Refuse);
        QCOMPARE(verdict.message, QStringLiteral("fingerprint template 128 of 800 bytes from Front door cannot be used "
                                                 "by Gate (fingerprint 128 of 1184 bytes); enroll the fingerprint at Gate"));
        // Of the same size, or before the target reported one, it goes.
        QCOMPARE(judgeTemplate(Finger, frontDoor(128, 1184), hs101).kind, Kind::Send);
        hs101.fingerSize = 0;
        QCOMPARE(judgeTemplate(Finger, frontDoor(128, 800), hs101).kind, Kind::Send);
        // Within one record library the size is not compared.
        TemplateTerminal sameLibrary = gate(128, 0);
        sameLibrary.recordLibrary = QStringLiteral("FKDATAHS103");
        sameLibrary.fingerSize = 1184;
        QCOMPARE(judgeTemplate(Finger, frontDoor(128, 800), sameLibrary).kind, Kind::Send);
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
