#pragma once

#include "fuzzinput.h"

// The harness of fuzz_logrecords and fuzz_useridrecords: both record codecs have one shape.
// Input: library byte · record-size byte (0 = the library's own size) · count byte · records.
template <typename Decoded, typename Record = typename decltype(Decoded::records)::value_type>
struct RecordCodec
{
    using RecordLibrary = punchclock::protocol::RecordLibrary;

    int (*recordSize)(RecordLibrary);
    Decoded (*decode)(RecordLibrary, const QByteArray &, int count, int recordSize);
    QByteArray (*encode)(RecordLibrary, const Record &);
    bool (*isValid)(const Record &);
    bool (*same)(const Record &, const Record &);
};

template <typename Decoded>
int fuzzRecordCodec(const uint8_t *data, size_t size, const RecordCodec<Decoded> &codec)
{
    FuzzInput input(data, size);
    const punchclock::protocol::RecordLibrary library = input.library();
    const int sizeByte = input.byte();
    const int recordSize = sizeByte ? sizeByte : codec.recordSize(library);
    const int count = input.byte();

    const Decoded decoded = codec.decode(library, input.rest(), count, recordSize);
    if (decoded.error != Decoded::Error::None) {
        FUZZ_CHECK(decoded.records.isEmpty());
        return 0;
    }
    FUZZ_CHECK(decoded.records.size() + decoded.invalidRecords == count);
    for (const auto &record : decoded.records) {
        FUZZ_CHECK(codec.isValid(record));
        // The simulator writes records with the encoder: a decoded record must come back the same.
        const QByteArray encoded = codec.encode(library, record);
        FUZZ_CHECK(encoded.size() == codec.recordSize(library));
        const Decoded again = codec.decode(library, encoded, 1, int(encoded.size()));
        FUZZ_CHECK(again.records.size() == 1 && codec.same(again.records.first(), record));
    }
    return 0;
}
