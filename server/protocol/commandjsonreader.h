#pragma once

#include "commandparameters.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

// Reads command parameters as an operator writes them (CLI --param JSON, GUI forms) into typed
// values for the builders of commandbuilder.h. Only the JSON-level problems are found here —
// missing and unknown keys, wrong types, binary references; the value rules stay with the
// builders so both entries share them.
namespace punchclock::protocol {

// The binaries given with the parameters and the first problem found, shared by the readers of
// nested objects (entries of enroll_data_array).
class CommandJsonContext
{
public:
    explicit CommandJsonContext(QList<QByteArray> binaries);

    bool ok() const { return m_error == ParameterError::None; }
    ParameterError error() const { return m_error; }
    const QString &errorField() const { return m_errorField; }

    // Keeps the first problem; returns false so callers can `return context.fail(…)`.
    bool fail(ParameterError error, const QString &field);

    // "BIN_k" → binaries[k-1], remembered as used; nullopt (and the problem recorded) when the
    // reference is malformed, points past the given binaries or at an empty one.
    std::optional<QByteArray> resolve(const QJsonValue &reference, const QString &field);

    // The first given binary no field referred to, as "BIN_k"; empty when every one was used.
    QString firstUnreferencedBinary() const;

private:
    QList<QByteArray> m_binaries;
    QList<bool> m_referenced;
    ParameterError m_error = ParameterError::None;
    QString m_errorField;
};

class CommandJsonReader
{
public:
    // fieldPrefix names this object in error paths ("enroll_data_array[2]."), empty at the top.
    CommandJsonReader(CommandJsonContext &context, QJsonObject object, QString fieldPrefix = {});

    // Records UnexpectedField for the first key (in sorted order) not in the list.
    bool allowOnly(std::initializer_list<const char *> keys);

    // Present and not null.
    bool has(const char *key) const;
    QString field(const char *key) const;

    // Each reader records MissingField when a required key is absent or null, or the given
    // error when the value has a type that cannot mean what the key asks for.
    std::optional<QString> text(const char *key, ParameterError wrongType); // string or whole number
    std::optional<QString> string(const char *key, ParameterError wrongType);
    std::optional<qint64> integer(const char *key, ParameterError wrongType); // number or numeric string
    std::optional<QByteArray> binary(const char *key);

    const QJsonObject &object() const { return m_object; }
    CommandJsonContext &context() { return m_context; }

private:
    std::optional<QJsonValue> required(const char *key);

    CommandJsonContext &m_context;
    QJsonObject m_object;
    QString m_fieldPrefix;
};

} // namespace punchclock::protocol
