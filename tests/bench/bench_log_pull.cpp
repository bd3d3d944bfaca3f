// GET_LOG_DATA of a full terminal: 200,000 FKDataHS103 logs (48 bytes each, about 9.6 MB framed),
// uploaded as a terminal does, in 10 KB blocks (blk_no 1, 2, …, 0), each a new HTTP/1.0
// connection. Measures the whole upload and, the figure that matters, the time from sending the
// last block to its reply: the server answers it only once the job is RESULT with every log
// imported and committed.
//
//   bench_log_pull [--logs 200000] [--block 10240] [--dir DIR]

#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"

#include "bscommframe.h"
#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "logrecordcodec.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace punchclock;

namespace {

const QByteArray devId = "C2610000000000AB";

QByteArray logResult(int count)
{
    QByteArray records;
    records.reserve(qsizetype(count) * 48);
    const QDateTime start = protocol::walltime::make(QDate(2025, 1, 1), QTime(7, 0));
    for (int i = 0; i < count; ++i) {
        protocol::LogRecord log;
        log.userId = QString::number(1 + i % 2000);
        log.ioTime = start.addSecs(qint64(i) * 90);
        log.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS103, i % 2 ? 33554432u : 16777216u);
        log.verifyModeRaw = 0x10000000;
        records += protocol::encodeLogRecord(protocol::RecordLibrary::HS103, log);
    }
    protocol::BsCommFrame frame;
    const QString reference = frame.addBinary(records);
    return protocol::BsCommFrame(QJsonObject{{QStringLiteral("log_array"), reference},
                                             {QStringLiteral("log_count"), count},
                                             {QStringLiteral("one_log_size"), 48}},
                                 frame.binaries())
        .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
}

test::RawHttpReply post(quint16 port, const QByteArray &code, const QByteArray &transId, int block,
                        const QByteArray &body)
{
    test::TerminalRequestBuilder request;
    request.devId = devId;
    request.requestCode = code;
    request.transId = transId;
    request.blockNumber = block;
    request.body = body;
    if (code == "send_cmd_result")
        request.commandReturnCode = "OK";
    return test::sendRaw(port, request.build(), 30000);
}

} // namespace

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption logsOption(QStringLiteral("logs"), QStringLiteral("Logs in the result."), QStringLiteral("N"),
                                        QStringLiteral("200000"));
    const QCommandLineOption blockOption(QStringLiteral("block"), QStringLiteral("Block size in bytes."), QStringLiteral("BYTES"),
                                         QStringLiteral("10240"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the database (a real disk)."),
                                       QStringLiteral("DIR"), QDir::currentPath());
    parser.addOptions({logsOption, blockOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int logs = parser.value(logsOption).toInt();
    const int blockSize = parser.value(blockOption).toInt();

    QTemporaryDir dir(parser.value(dirOption) + QStringLiteral("/bench-XXXXXX"));
    const storage::DatabaseConfig database = storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    const auto connection = storage::Connection::open(database, &error);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    storage::TerminalRepository terminals(connection->database());
    storage::TerminalContact contact;
    contact.devId = QString::fromLatin1(devId);
    contact.recordLibraryIfUnknown = QStringLiteral("FKDataHS103");
    terminals.recordContact(contact);
    terminals.setApproval(contact.devId, storage::Approval::Approved);

    http::ServerHost server(database);
    http::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const services::CommandService::Outcome queued = services::CommandService(connection->database())
                                                       .pullLogs(contact.devId, QDate(2000, 1, 1), services::Actor::system(QStringLiteral("bench")));
    const QByteArray body = logResult(logs);
    const test::RawHttpReply delivered = post(server.port(), "receive_cmd", "ReceiveCommandAction", 0, {});
    const QByteArray transId = delivered.header("trans_id");
    if (!queued.ok() || delivered.header("cmd_code") != "GET_LOG_DATA") {
        std::fprintf(stderr, "the command was not delivered\n");
        return 1;
    }

    const int blocks = int((body.size() + blockSize - 1) / blockSize);
    QElapsedTimer upload;
    upload.start();
    for (int b = 0; b + 1 < blocks; ++b) {
        if (post(server.port(), "send_cmd_result", transId, b + 1, body.mid(qsizetype(b) * blockSize, blockSize))
                .header("response_code")
            != "OK") {
            std::fprintf(stderr, "block %d refused\n", b + 1);
            return 1;
        }
    }
    const qint64 blocksMs = upload.elapsed();
    QElapsedTimer last;
    last.start();
    const test::RawHttpReply final = post(server.port(), "send_cmd_result", transId, 0,
                                          body.mid(qsizetype(blocks - 1) * blockSize));
    const qint64 lastBlockMs = last.elapsed();
    const qint64 totalMs = upload.elapsed();
    server.stop();

    const storage::JobRow job = *storage::JobRepository(connection->database()).find(transId.toLongLong());
    const qint64 stored = storage::PunchRepository(connection->database()).count({});
    std::printf("GET_LOG_DATA of %d FKDataHS103 logs, %.1f MB in %d blocks of %d bytes\n", logs,
                double(body.size()) / 1e6, blocks, blockSize);
    std::printf("  blocks 1..%d uploaded          : %lld ms\n", blocks - 1, qlonglong(blocksMs));
    std::printf("  last block sent -> RESULT, all imported and committed: %lld ms\n", qlonglong(lastBlockMs));
    std::printf("  end to end (first block -> RESULT): %lld ms\n", qlonglong(totalMs));
    std::printf("  job %s %s %s; punches stored: %lld\n", transId.constData(), qPrintable(storage::jobStatusName(job.status)),
                qPrintable(job.summary), qlonglong(stored));
    return final.header("response_code") == "OK" && job.succeeded() && stored == logs ? 0 : 1;
}
