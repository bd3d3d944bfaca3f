#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

// A lean load generator (non-blocking sockets + epoll, no Qt event loop) that behaves like
// terminals: a new connection per request, HTTP/1.0, reads until the server closes, and sends
// the same request again until it is answered with response_code OK.
class LoadClient
{
public:
    struct Result
    {
        int64_t acknowledged = 0;
        int64_t notAcknowledged = 0; // answered, but not OK: re-sent
        int64_t connectionErrors = 0;
        double seconds = 0;
        // Milliseconds from the first connect of a request to the OK that ended it, re-sends
        // included (what a terminal waits), one per acknowledged request.
        std::vector<double> latenciesMs;

        // The latency below which `fraction` (0.5, 0.99) of the requests were answered.
        double latencyPercentileMs(double fraction) const;
    };

    LoadClient(uint16_t port, int concurrency);
    // Several servers behind one address, as a TCP load balancer spreads connections: each new
    // connection goes to the next port in turn, so one refused by a stopped server is sent
    // again to the next.
    LoadClient(std::vector<uint16_t> ports, int concurrency);

    // The response code that ends a request (OK unless set): a poll with nothing queued is
    // answered ERROR_NO_CMD, and the terminal polls again later rather than at once.
    void setExpectedResponseCode(const QByteArray &code) { m_expected = QByteArray("\r\nresponse_code: ").append(code).append("\r\n"); }

    Result run(const std::vector<QByteArray> &requests);

private:
    std::vector<uint16_t> m_ports;
    int m_concurrency;
    QByteArray m_expected = "\r\nresponse_code: OK\r\n";
};
