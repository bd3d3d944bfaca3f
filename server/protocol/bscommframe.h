#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace punchclock::protocol {

// The "BSComm" body used in both directions (protocol.md §2.1):
// u32le text length (incl. NUL) · UTF-8 JSON · NUL · then for each referenced binary u32le length + bytes.
// Binaries are referenced from the JSON as "BIN_k", k counting from 1 by position.
class BsCommFrame
{
public:
    enum class TextTail {
        Nul,           // what servers send: JSON + NUL
        NewlineAndNul, // what terminals send: JSON + '\n' + NUL
    };

    enum class DecodeError {
        None,
        Truncated,      // a declared length runs past the end of the body
        InvalidJson,    // the text part is not a JSON object
    };

    struct Decoded;

    BsCommFrame() = default;
    explicit BsCommFrame(QJsonObject json, QList<QByteArray> binaries = {});

    const QJsonObject &json() const { return m_json; }
    const QList<QByteArray> &binaries() const { return m_binaries; }
    bool isEmpty() const { return m_json.isEmpty() && m_binaries.isEmpty(); }

    // Appends a binary and returns the reference ("BIN_k") to put into the JSON.
    QString addBinary(const QByteArray &data);

    // The binary a JSON value refers to; nullopt-like empty result with *found = false when the
    // value is not a reference or the referenced binary is absent.
    QByteArray binaryFor(const QJsonValue &reference, bool *found = nullptr) const;

    // An empty frame encodes to an empty body: parameterless commands travel with Content-Length 0.
    QByteArray encode(TextTail tail = TextTail::Nul) const;

    // Tolerant reading: a missing NUL, '\n'/NUL padding, trailing bytes after the referenced
    // binaries and absent binaries (zero-count results) are accepted and reported, not rejected.
    static Decoded decode(const QByteArray &body);

    // True when the body is one complete frame: every referenced binary present and nothing but
    // padding after it. Used to tell a fresh request from the tail of an abandoned chunked upload.
    static bool isWellFormed(const QByteArray &body);

    static QString binaryReference(int index);
    static int binaryIndex(const QJsonValue &reference); // 1-based, 0 when not a reference

private:
    QJsonObject m_json;
    QList<QByteArray> m_binaries;
};

struct BsCommFrame::Decoded
{
    BsCommFrame frame;
    DecodeError error = DecodeError::None;
    int missingBinaries = 0;  // referenced in the JSON but absent from the body
    qsizetype trailingBytes = 0; // bytes after the last referenced binary
    bool trailingIsPadding = true;

    bool ok() const { return error == DecodeError::None; }
};

} // namespace punchclock::protocol
