#include "commandjsonreader.h"

#include "jsonfields.h"

namespace punchclock::protocol {

CommandJsonContext::CommandJsonContext(QList<QByteArray> binaries)
    : m_binaries(std::move(binaries))
    , m_referenced(m_binaries.size(), false)
{}

bool CommandJsonContext::fail(ParameterError error, const QString &field)
{
    if (m_error == ParameterError::None) {
        m_error = error;
        m_errorField = field;
    }
    return false;
}

std::optional<QByteArray> CommandJsonContext::resolve(const QJsonValue &reference, const QString &field)
{
    const int index = BsCommFrame::binaryIndex(reference);
    if (index == 0) {
        fail(ParameterError::InvalidBinaryReference, field);
        return std::nullopt;
    }
    if (index > m_binaries.size()) {
        fail(ParameterError::MissingBinary, field);
        return std::nullopt;
    }
    m_referenced[index - 1] = true;
    const QByteArray &data = m_binaries.at(index - 1);
    if (data.isEmpty()) {
        fail(ParameterError::EmptyBinary, field);
        return std::nullopt;
    }
    return data;
}

QString CommandJsonContext::firstUnreferencedBinary() const
{
    const qsizetype unused = m_referenced.indexOf(false);
    return unused < 0 ? QString() : BsCommFrame::binaryReference(int(unused) + 1);
}

CommandJsonReader::CommandJsonReader(CommandJsonContext &context, QJsonObject object, QString fieldPrefix)
    : m_context(context)
    , m_object(std::move(object))
    , m_fieldPrefix(std::move(fieldPrefix))
{}

bool CommandJsonReader::allowOnly(std::initializer_list<const char *> keys)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool known = false;
        for (const char *allowed : keys)
            known = known || it.key() == QLatin1String(allowed);
        if (!known)
            return m_context.fail(ParameterError::UnexpectedField, QString(m_fieldPrefix + it.key()));
    }
    return true;
}

bool CommandJsonReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QString CommandJsonReader::field(const char *key) const
{
    return QString(m_fieldPrefix + QLatin1String(key));
}

std::optional<QJsonValue> CommandJsonReader::required(const char *key)
{
    if (!has(key)) {
        m_context.fail(ParameterError::MissingField, field(key));
        return std::nullopt;
    }
    return m_object.value(QLatin1String(key));
}

std::optional<QString> CommandJsonReader::text(const char *key, ParameterError wrongType)
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    if (!value->isString() && !(value->isDouble() && json::integer(*value))) {
        m_context.fail(wrongType, field(key));
        return std::nullopt;
    }
    return json::text(*value);
}

std::optional<QString> CommandJsonReader::string(const char *key, ParameterError wrongType)
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        m_context.fail(wrongType, field(key));
        return std::nullopt;
    }
    return value->toString();
}

std::optional<qint64> CommandJsonReader::integer(const char *key, ParameterError wrongType)
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    const auto number = json::integer(*value);
    if (!number)
        m_context.fail(wrongType, field(key));
    return number;
}

std::optional<QByteArray> CommandJsonReader::binary(const char *key)
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    return m_context.resolve(*value, field(key));
}

} // namespace punchclock::protocol
