#include "bscommframe.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using punchclock::protocol::BsCommFrame;
using DecodeError = BsCommFrame::DecodeError;

Q_DECLARE_METATYPE(BsCommFrame::DecodeError)

namespace {

QByteArray u32le(quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    return QByteArray(raw, 4);
}

// Builds a body by hand, independent of BsCommFrame::encode, so that decode is tested against
// the layout of protocol.md §2.1 rather than against its own encoder.
QByteArray rawFrame(const QByteArray &text, const QList<QByteArray> &binaries = {})
{
    QByteArray body = u32le(quint32(text.size())) + text;
    for (const QByteArray &binary : binaries)
        body += u32le(quint32(binary.size())) + binary;
    return body;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestBsCommFrame : public QObject
{
    Q_OBJECT

private slots:
    void encodeIsByteExactForSetTime();
    void emptyFrameEncodesToEmptyBody();
    void newlineAndNulTailIsCounted();
    void addBinaryReturnsPositionalReference();
    void decodeTolerates_data();
    void decodeTolerates();
    void positionalReferenceResolvesByNumber();
    void zeroCountResultWithoutBinary();
    void decodeErrors_data();
    void decodeErrors();
    void isWellFormed_data();
    void isWellFormed();
    void roundTripWithSeveralBinaries();
};

void TestBsCommFrame::encodeIsByteExactForSetTime()
{
    const BsCommFrame frame(QJsonObject{{QStringLiteral("time"), QStringLiteral("20260929020000")}});
    QCOMPARE(frame.encode(), punchclock::test::readTestData(QStringLiteral("set_time_frame.bin")));
}

void TestBsCommFrame::emptyFrameEncodesToEmptyBody()
{
    QVERIFY(BsCommFrame().isEmpty());
    QCOMPARE(BsCommFrame().encode(), QByteArray());
    QCOMPARE(BsCommFrame().encode(BsCommFrame::TextTail::NewlineAndNul), QByteArray());
}

void TestBsCommFrame::newlineAndNulTailIsCounted()
{
    const QByteArray json = R"({"user_id":"1"})";
    const BsCommFrame frame(object(json));
    const QByteArray body = frame.encode(BsCommFrame::TextTail::NewlineAndNul);

    QCOMPARE(body, QByteArray(u32le(quint32(json.size() + 2)) + json + QByteArray("\n\0", 2)));
    QCOMPARE(qFromLittleEndian<quint32>(body.constData()), quint32(body.size() - 4));
}

void TestBsCommFrame::addBinaryReturnsPositionalReference()
{
    BsCommFrame frame;
    QCOMPARE(frame.addBinary("first"), QStringLiteral("BIN_1"));
    QCOMPARE(frame.addBinary("second"), QStringLiteral("BIN_2"));
    QCOMPARE(frame.binaryFor(QStringLiteral("BIN_2")), QByteArray("second"));

    bool found = true;
    QCOMPARE(frame.binaryFor(QStringLiteral("BIN_3"), &found), QByteArray());
    QVERIFY(!found);
    frame.binaryFor(QStringLiteral("photo.jpg"), &found);
    QVERIFY(!found);
}

void TestBsCommFrame::decodeTolerates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedJson");
    QTest::addColumn<QList<QByteArray>>("expectedBinaries");

    const QByteArray glog = R"({"io_time":"20181005165917","user_id":"1"})";
    QTest::newRow("missing NUL") << rawFrame(glog) << glog << QList<QByteArray>();
    QTest::newRow("newline and NUL tail")
        << rawFrame(glog + QByteArray("\n\0", 2)) << glog << QList<QByteArray>();
    QTest::newRow("server NUL tail") << rawFrame(glog + QByteArray(1, '\0')) << glog << QList<QByteArray>();

    const QByteArray withImage = R"({"log_image":"BIN_1","user_id":"1"})";
    QTest::newRow("padding after binaries")
        << rawFrame(withImage + QByteArray(1, '\0'), {"JPEG"}) + QByteArray("\n\0", 2) << withImage
        << QList<QByteArray>{"JPEG"};

    const QByteArray stringNumbers = R"({"log_count":"64","one_log_size":"12"})";
    QTest::newRow("numbers as strings")
        << rawFrame(stringNumbers + QByteArray(1, '\0')) << stringNumbers << QList<QByteArray>();

    // 122 JSON bytes + NUL: the length field starts with 0x7b, the byte of '{'.
    const QByteArray prefix = R"({"user_name":")";
    const QByteArray suffix = R"("})";
    const QByteArray json123 = prefix + QByteArray(122 - prefix.size() - suffix.size(), 'x') + suffix;
    const QByteArray body123 = rawFrame(json123 + QByteArray(1, '\0'));
    QCOMPARE(body123.at(0), '{');
    QTest::newRow("length byte equals '{'") << body123 << json123 << QList<QByteArray>();
}

void TestBsCommFrame::decodeTolerates()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedJson);
    QFETCH(QList<QByteArray>, expectedBinaries);

    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.frame.json(), object(expectedJson));
    QCOMPARE(decoded.frame.binaries(), expectedBinaries);
    QCOMPARE(decoded.missingBinaries, 0);
    QVERIFY(decoded.trailingIsPadding);
}

void TestBsCommFrame::positionalReferenceResolvesByNumber()
{
    // The vendor admin UI puts the photo first (BIN_1) although "user_photo" sorts last.
    const QByteArray json = R"({"enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_2"}],)"
                            R"("user_id":"5","user_photo":"BIN_1"})";
    const QByteArray body = rawFrame(json + QByteArray("\n\0", 2), {"PHOTO", "FINGER"});

    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QVERIFY(decoded.ok());
    const QJsonObject decodedJson = decoded.frame.json();
    QCOMPARE(decoded.frame.binaryFor(decodedJson.value(QLatin1String("user_photo"))), QByteArray("PHOTO"));
    const QJsonObject enrolled =
        decodedJson.value(QLatin1String("enroll_data_array")).toArray().first().toObject();
    QCOMPARE(decoded.frame.binaryFor(enrolled.value(QLatin1String("enroll_data"))), QByteArray("FINGER"));
}

void TestBsCommFrame::zeroCountResultWithoutBinary()
{
    const QByteArray json = R"({"log_array":"BIN_1","log_count":0,"one_log_size":12})";
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(rawFrame(json + QByteArray("\n\0", 2)));

    QVERIFY(decoded.ok());
    QCOMPARE(decoded.missingBinaries, 1);
    QCOMPARE(decoded.frame.json(), object(json));
    QVERIFY(decoded.frame.binaries().isEmpty());
}

void TestBsCommFrame::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DecodeError>("expected");

    QTest::newRow("1 byte") << QByteArray(1, '\x05') << DecodeError::Truncated;
    QTest::newRow("2 bytes") << QByteArray(2, '\x05') << DecodeError::Truncated;
    QTest::newRow("3 bytes") << QByteArray(3, '\x05') << DecodeError::Truncated;
    QTest::newRow("text length past end") << u32le(100) + QByteArray("{}", 3) << DecodeError::Truncated;
    QTest::newRow("binary length past end")
        << rawFrame(QByteArray(R"({"log_array":"BIN_1"})") + '\0') + u32le(50) + "abc"
        << DecodeError::Truncated;
    QTest::newRow("text is not JSON") << rawFrame(QByteArray("hello world", 12)) << DecodeError::InvalidJson;
    QTest::newRow("JSON array") << rawFrame(QByteArray("[1,2]", 6)) << DecodeError::InvalidJson;
}

void TestBsCommFrame::decodeErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(DecodeError, expected);

    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QCOMPARE(decoded.error, expected);
    QVERIFY(!decoded.ok());
}

void TestBsCommFrame::isWellFormed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("wellFormed");

    const QByteArray withImage = QByteArray(R"({"log_image":"BIN_1","user_id":"1"})") + '\0';
    QTest::newRow("server frame") << punchclock::test::readTestData(QStringLiteral("set_time_frame.bin")) << true;
    QTest::newRow("with binary and padding") << rawFrame(withImage, {"JPEG"}) + QByteArray("\n\0", 2) << true;
    QTest::newRow("referenced binary missing") << rawFrame(withImage) << false;
    QTest::newRow("bytes after the binary") << rawFrame(withImage, {"JPEG"}) + "POST" << false;
    QTest::newRow("bytes after the text")
        << rawFrame(QByteArray(R"({"user_id":"1"})") + '\0') + "garbage!" << false;
}

void TestBsCommFrame::isWellFormed()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, wellFormed);

    QCOMPARE(BsCommFrame::isWellFormed(body), wellFormed);
}

void TestBsCommFrame::roundTripWithSeveralBinaries()
{
    BsCommFrame frame;
    const QByteArray photo("\xff\xd8\x00\x01jpeg\x00", 9);
    const QByteArray finger(1184, '\x5a');
    const QByteArray password("1234");
    QJsonObject json{{QStringLiteral("user_id"), QStringLiteral("42")}};
    json.insert(QStringLiteral("user_photo"), frame.addBinary(photo));
    json.insert(QStringLiteral("enroll_data_array"),
                QJsonArray{QJsonObject{{QStringLiteral("backup_number"), 0},
                                       {QStringLiteral("enroll_data"), frame.addBinary(finger)}},
                           QJsonObject{{QStringLiteral("backup_number"), 10},
                                       {QStringLiteral("enroll_data"), frame.addBinary(password)}}});
    const BsCommFrame original(json, frame.binaries());

    for (const auto tail : {BsCommFrame::TextTail::Nul, BsCommFrame::TextTail::NewlineAndNul}) {
        const QByteArray body = original.encode(tail);
        const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.frame.json(), json);
        QCOMPARE(decoded.frame.binaries(), (QList<QByteArray>{photo, finger, password}));
        QCOMPARE(decoded.missingBinaries, 0);
        QCOMPARE(decoded.trailingBytes, qsizetype(0));
        QVERIFY(BsCommFrame::isWellFormed(body));
    }
}

QTEST_GUILESS_MAIN(TestBsCommFrame)
#include "tst_bscommframe.moc"
