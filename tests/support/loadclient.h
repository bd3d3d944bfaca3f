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
    };

    LoadClient(uint16_t port, int concurrency);
    // Several servers behind one address, as a TCP load balancer spreads connections: each new
    // connection goes to the next port in turn, so one refused by a stopped server is sent
    // again to the next.
    LoadClient(std::vector<uint16_t> ports, int concurrency);

    Result run(const std::vector<QByteArray> &requests);

private:
    std::vector<uint16_t> m_ports;
    int m_concurrency;
};
