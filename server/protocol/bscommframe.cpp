#include "bscommframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace punchclock::protocol {

namespace {

constexpr char binaryPrefix[] = "BIN_";

quint32 readU32(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

void appendU32(QByteArray &out, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    out.append(raw, 4);
}

int highestBinaryReference(const QJsonValue &value)
{
    if (value.isString())
        return BsCommFrame::binaryIndex(value);
    int highest = 0;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            highest = std::max(highest, highestBinaryReference(item));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            highest = std::max(highest, highestBinaryReference(it.value()));
    }
    return highest;
}

bool isPadding(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\0' && c != '\n' && c != '\r' && c != ' ')
            return false;
    }
    return true;
}

QByteArray textWithoutTail(QByteArray text)
{
    while (!text.isEmpty()) {
        const char last = text.back();
        if (last != '\0' && last != '\n' && last != '\r' && last != ' ' && last != '\t')
            break;
        text.chop(1);
    }
    return text;
}

} // namespace

BsCommFrame::BsCommFrame(QJsonObject json, QList<QByteArray> binaries)
    : m_json(std::move(json))
    , m_binaries(std::move(binaries))
{
}

QString BsCommFrame::addBinary(const QByteArray &data)
{
    m_binaries.append(data);
    return binaryReference(int(m_binaries.size()));
}

QByteArray BsCommFrame::binaryFor(const QJsonValue &reference, bool *found) const
{
    const int index = binaryIndex(reference);
    const bool present = index > 0 && index <= m_binaries.size();
    if (found)
        *found = present;
    return present ? m_binaries.at(index - 1) : QByteArray();
}

QByteArray BsCommFrame::encode(TextTail tail) const
{
    if (isEmpty())
        return {};
    QByteArray text = QJsonDocument(m_json).toJson(QJsonDocument::Compact);
    if (tail == TextTail::NewlineAndNul)
        text.append('\n');
    text.append('\0');

    QByteArray out;
    qsizetype total = 4 + text.size();
    for (const QByteArray &binary : m_binaries)
        total += 4 + binary.size();
    out.reserve(total);
    appendU32(out, quint32(text.size()));
    out.append(text);
    for (const QByteArray &binary : m_binaries) {
        appendU32(out, quint32(binary.size()));
        out.append(binary);
    }
    return out;
}

BsCommFrame::Decoded BsCommFrame::decode(const QByteArray &body)
{
    Decoded result;
    if (body.isEmpty())
        return result;
    if (body.size() < 4) {
        result.error = DecodeError::Truncated;
        return result;
    }
    const quint32 textLength = readU32(body, 0);
    if (textLength > quint64(body.size() - 4)) {
        result.error = DecodeError::Truncated;
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(textWithoutTail(body.mid(4, textLength)), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = DecodeError::InvalidJson;
        return result;
    }
    QJsonObject json = document.object();

    const int referenced = highestBinaryReference(json);
    QList<QByteArray> binaries;
    qsizetype offset = 4 + qsizetype(textLength);
    for (int index = 1; index <= referenced; ++index) {
        if (body.size() - offset < 4) {
            result.missingBinaries = referenced - index + 1;
            break;
        }
        const quint32 length = readU32(body, offset);
        if (length > quint64(body.size() - offset - 4)) {
            result.error = DecodeError::Truncated;
            return result;
        }
        binaries.append(body.mid(offset + 4, length));
        offset += 4 + qsizetype(length);
    }
    result.trailingBytes = body.size() - offset;
    result.trailingIsPadding = isPadding(body, offset);
    result.frame = BsCommFrame(std::move(json), std::move(binaries));
    return result;
}

bool BsCommFrame::isWellFormed(const QByteArray &body)
{
    const Decoded decoded = decode(body);
    return decoded.ok() && decoded.missingBinaries == 0 && decoded.trailingIsPadding
        && decoded.trailingBytes <= 4;
}

QString BsCommFrame::binaryReference(int index)
{
    return QLatin1String(binaryPrefix) + QString::number(index);
}

int BsCommFrame::binaryIndex(const QJsonValue &reference)
{
    if (!reference.isString())
        return 0;
    const QString text = reference.toString();
    if (!text.startsWith(QLatin1String(binaryPrefix)))
        return 0;
    bool ok = false;
    const int index = text.mid(int(sizeof(binaryPrefix)) - 1).toInt(&ok);
    return ok && index > 0 ? index : 0;
}

} // namespace punchclock::protocol
