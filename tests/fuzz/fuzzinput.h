#pragma once

#include "recordlibrary.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Splits one fuzzer input into the values a harness needs. Reading past the end gives zeros and
// empty arrays, so every input is usable and a shorter one is just a simpler case.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {}

    bool atEnd() const { return m_offset >= m_size; }

    quint8 byte() { return atEnd() ? 0 : quint8(m_data[m_offset++]); }

    QByteArray bytes(qsizetype count)
    {
        const qsizetype taken = std::min(count, m_size - m_offset);
        const QByteArray out(m_data + m_offset, taken);
        m_offset += taken;
        return out;
    }

    QByteArray rest() { return bytes(m_size - m_offset); }

    // Unknown and every known layout, so the "unknown library" refusals are reached as well.
    punchclock::protocol::RecordLibrary library()
    {
        constexpr int libraries = int(punchclock::protocol::RecordLibrary::HS200) + 1;
        return punchclock::protocol::RecordLibrary(byte() % libraries);
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_offset = 0;
};

// A broken promise of the code under test: abort, which libFuzzer reports with the input.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
