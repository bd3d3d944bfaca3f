#include "loadclient.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Slot
{
    int fd = -1;
    int64_t request = -1;
    Clock::time_point firstSent; // of this request, kept across its re-sends
    size_t written = 0;
    QByteArray reply;
};

} // namespace

double LoadClient::Result::latencyPercentileMs(double fraction) const
{
    if (latenciesMs.empty())
        return 0;
    std::vector<double> sorted = latenciesMs;
    const size_t index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
    return sorted[index];
}

LoadClient::LoadClient(uint16_t port, int concurrency)
    : LoadClient(std::vector<uint16_t>{port}, concurrency)
{
}

LoadClient::LoadClient(std::vector<uint16_t> ports, int concurrency)
    : m_ports(std::move(ports))
    , m_concurrency(concurrency)
{
}

LoadClient::Result LoadClient::run(const std::vector<QByteArray> &requests)
{
    Result result;
    const int epoll = epoll_create1(0);
    std::vector<Slot> connections(static_cast<size_t>(m_concurrency));
    int64_t next = 0;
    int64_t done = 0;
    const int64_t total = int64_t(requests.size());

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    size_t connectionsOpened = 0;

    auto open = [&](size_t index) {
        Slot &slot = connections[index];
        if (slot.request < 0) {
            if (next >= total)
                return;
            slot.request = next++;
            slot.firstSent = Clock::now();
        }
        slot.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        slot.written = 0;
        slot.reply.clear();
        address.sin_port = htons(m_ports[connectionsOpened++ % m_ports.size()]);
        connect(slot.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        // Edge-triggered for both directions: one registration per connection, no modifications.
        epoll_event event{};
        event.events = EPOLLOUT | EPOLLIN | EPOLLRDHUP | EPOLLET;
        event.data.u64 = index;
        epoll_ctl(epoll, EPOLL_CTL_ADD, slot.fd, &event);
    };
    auto close = [&](size_t index, bool acknowledged) {
        Slot &slot = connections[index];
        ::close(slot.fd); // also leaves the epoll set
        slot.fd = -1;
        if (acknowledged) {
            result.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - slot.firstSent).count());
            ++result.acknowledged;
            ++done;
            slot.request = -1;
        }
        open(index);
    };

    const auto start = Clock::now();
    result.latenciesMs.reserve(requests.size());
    for (size_t i = 0; i < connections.size(); ++i)
        open(i);

    std::vector<epoll_event> events(connections.size());
    char buffer[4096];
    while (done < total) {
        const int ready = epoll_wait(epoll, events.data(), int(events.size()), 10000);
        if (ready <= 0)
            break; // the server stopped answering for 10 s
        for (int e = 0; e < ready; ++e) {
            const size_t index = size_t(events[size_t(e)].data.u64);
            Slot &slot = connections[index];
            if (slot.fd < 0)
                continue;
            const QByteArray &request = requests[size_t(slot.request)];
            if (slot.written < size_t(request.size())) {
                // A failed connect shows up here as a send error.
                const ssize_t sent = ::send(slot.fd, request.constData() + slot.written, size_t(request.size()) - slot.written,
                                            MSG_NOSIGNAL);
                if (sent < 0 && errno != EAGAIN) {
                    ++result.connectionErrors;
                    close(index, false);
                    continue;
                }
                slot.written += size_t(std::max<ssize_t>(sent, 0));
                if (slot.written < size_t(request.size()))
                    continue;
            }
            for (;;) {
                const ssize_t received = ::recv(slot.fd, buffer, sizeof buffer, 0);
                if (received > 0) {
                    slot.reply.append(buffer, received);
                    continue;
                }
                if (received < 0 && errno == EAGAIN)
                    break;
                // Closed by the server (or reset): the exchange is over.
                const bool ok = slot.reply.contains(m_expected);
                if (!ok) {
                    if (slot.reply.isEmpty())
                        ++result.connectionErrors;
                    else
                        ++result.notAcknowledged;
                }
                close(index, ok);
                break;
            }
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (Slot &slot : connections) {
        if (slot.fd >= 0)
            ::close(slot.fd);
    }
    ::close(epoll);
    return result;
}
