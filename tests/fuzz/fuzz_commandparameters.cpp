// Command parameters as an operator writes them (CLI `send … --param JSON --bin FILE`, the
// console's command builder), read by CommandJsonReader and the builders of every command.
// Input: command byte · binary count byte · [length byte · binary]… · JSON text.
#include "commandbuilder.h"
#include "fuzzinput.h"
#include "jsonfields.h"
#include "userenrollment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace punchclock::protocol;

namespace {

// CommandService stores a SET_USER_INFO user from the built frame: all the operator gave arrives.
void checkUserInfo(const QJsonObject &parameters, const BuiltCommand &built)
{
    const UserEnrollment user = UserEnrollment::parse(built.parameters);
    FUZZ_CHECK(user.ok());
    FUZZ_CHECK(user.userId == json::text(parameters.value(QLatin1String(ParameterKey::UserId))));
    FUZZ_CHECK(user.name == json::text(parameters.value(QLatin1String(ParameterKey::UserName))));
    FUZZ_CHECK(user.credentials.size() ==
               parameters.value(QLatin1String(ParameterKey::EnrollDataArray)).toArray().size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    // Past the last command too: unknown codes must be refused, not built.
    const auto code = CommandCode(input.byte() % 32);
    QList<QByteArray> binaries;
    for (int count = input.byte() % 4; count > 0; --count)
        binaries.append(input.bytes(input.byte()));
    const QJsonDocument document = QJsonDocument::fromJson(input.rest());
    if (!document.isObject())
        return 0;
    const QJsonObject parameters = document.object();

    const BuiltCommand built = buildCommand(code, parameters, binaries);
    if (!built.ok()) {
        // The operator is told which key is wrong; only an unknown command has none to name (and
        // a key that is itself empty is named as what it is).
        FUZZ_CHECK(built.error == ParameterError::UnknownCommand || !built.errorField.isEmpty() ||
                   parameters.contains(QString()));
        return 0;
    }
    FUZZ_CHECK(built.code == code);
    // Queued as encoded bytes and decoded again at delivery: nothing may change on the way.
    const QByteArray stored = built.parameters.encode();
    const BsCommFrame::Decoded delivered = BsCommFrame::decode(stored);
    // Not isWellFormed(): a name may be the text "BIN_3", which reads as a reference to a binary
    // the command does not carry (corpus: fk_name_reads_as_binary_reference).
    FUZZ_CHECK(delivered.ok() && delivered.trailingBytes == 0);
    FUZZ_CHECK(delivered.frame.json() == built.parameters.json());
    FUZZ_CHECK(delivered.frame.binaries() == built.parameters.binaries());
    if (code == CommandCode::SetUserInfo)
        checkUserInfo(parameters, built);
    return 0;
}
