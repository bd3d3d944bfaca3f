#pragma once

#include "commandparameters.h"
#include "jobrepository.h"
#include "protocolcodes.h"

#include <optional>

namespace punchclock::services {

// The job that carries a built command to one terminal, as the services queue it.
inline storage::NewJob jobForCommand(const QString &devId, const protocol::BuiltCommand &command,
                                     const QString &queuedBy, std::optional<qint64> operationId = std::nullopt)
{
    storage::NewJob job;
    job.devId = devId;
    job.commandCode = QString::fromLatin1(protocol::commandCodeName(command.code));
    job.parameters = command.parameters.encode();
    job.queuedBy = queuedBy;
    job.operationId = operationId;
    return job;
}

} // namespace punchclock::services
