#include "jobview.h"

#include "bscommframe.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace punchclock::cli {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// JSON of a framed body, with each binary reference followed by its size.
QJsonObject describeBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const auto decoded = protocol::BsCommFrame::decode(body);
    QJsonObject json = decoded.frame.json();
    QJsonArray binaries;
    for (const QByteArray &binary : decoded.frame.binaries())
        binaries.append(int(binary.size()));
    if (!binaries.isEmpty())
        json.insert(QStringLiteral("(binary sizes)"), binaries);
    return json;
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList jobListHeaders()
{
    return {QStringLiteral("TRANS_ID"), QStringLiteral("TERMINAL"), QStringLiteral("COMMAND"), QStringLiteral("STATUS"),
            QStringLiteral("RETURN"), QStringLiteral("CHANGED"), QStringLiteral("SUMMARY")};
}

QStringList jobListRow(const storage::JobRow &job)
{
    return {job.transId(),   job.devId, job.commandCode, storage::jobStatusName(job.status), job.returnCode,
            localTime(job.statusChangedAt), job.summary};
}

void printJobDetails(QTextStream &out, const storage::JobRow &job, const QList<storage::JobEvent> &events)
{
    out << "Job " << job.transId() << "  " << job.commandCode << "  terminal " << job.devId << "  "
        << storage::jobStatusName(job.status);
    if (!job.returnCode.isEmpty())
        out << " " << job.returnCode;
    out << '\n';
    if (!job.queuedBy.isEmpty())
        out << "Queued by:  " << job.queuedBy << '\n';
    if (job.operationId)
        out << "Operation:  " << *job.operationId << '\n';
    if (job.dependsOn)
        out << "After job:  " << *job.dependsOn << '\n';
    out << "Parameters: " << (job.parameters.isEmpty() ? QStringLiteral("(none)") : compact(describeBody(job.parameters)))
        << '\n';
    if (!job.summary.isEmpty())
        out << "Effect:     " << job.summary << '\n';
    if (!job.result.isEmpty())
        out << "Result:     " << compact(describeBody(job.result)) << '\n';
    out << "Timeline:\n";
    for (const storage::JobEvent &event : events) {
        out << "  " << localTime(event.at) << "  " << storage::jobStatusName(event.status).leftJustified(9) << " "
            << event.detail << '\n';
    }
    out.flush();
}

QJsonObject jobToJson(const storage::JobRow &job, const QList<storage::JobEvent> &events)
{
    QJsonArray timeline;
    for (const storage::JobEvent &event : events) {
        timeline.append(QJsonObject{{QStringLiteral("status"), storage::jobStatusName(event.status)},
                                    {QStringLiteral("at"), event.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("detail"), event.detail}});
    }
    QJsonObject object{
        {QStringLiteral("trans_id"), job.transId()},
        {QStringLiteral("dev_id"), job.devId},
        {QStringLiteral("cmd_code"), job.commandCode},
        {QStringLiteral("status"), storage::jobStatusName(job.status)},
        {QStringLiteral("return_code"), job.returnCode},
        {QStringLiteral("queued_by"), job.queuedBy},
        {QStringLiteral("parameters"), describeBody(job.parameters)},
        {QStringLiteral("result"), describeBody(job.result)},
        {QStringLiteral("summary"), QJsonDocument::fromJson(job.summary.toUtf8()).object()},
        {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("timeline"), timeline},
    };
    if (job.operationId)
        object.insert(QStringLiteral("operation_id"), *job.operationId);
    return object;
}

} // namespace punchclock::cli
