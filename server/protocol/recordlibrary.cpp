#include "recordlibrary.h"

#include <array>

namespace punchclock::protocol {

namespace {

struct LibraryInfo
{
    RecordLibrary library;
    const char *name;
    int logSize;
    int userIdSize;
};

constexpr std::array<LibraryInfo, 7> libraries{{
    {RecordLibrary::HS100, "FKDataHS100", 12, 8},
    {RecordLibrary::HS101, "FKDataHS101", 12, 8},
    {RecordLibrary::HS102, "FKDataHS102", 32, 20},
    {RecordLibrary::HS103, "FKDataHS103", 48, 36},
    {RecordLibrary::HS104, "FKDataHS104", 12, 8},
    {RecordLibrary::HS105, "FKDataHS105", 20, 8},
    {RecordLibrary::HS200, "FKDataHS200", 12, 8},
}};

const LibraryInfo *find(RecordLibrary library)
{
    for (const LibraryInfo &info : libraries) {
        if (info.library == library)
            return &info;
    }
    return nullptr;
}

} // namespace

RecordLibrary recordLibraryFromName(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const LibraryInfo &info : libraries) {
        if (trimmed.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.library;
    }
    return RecordLibrary::Unknown;
}

QString recordLibraryName(RecordLibrary library)
{
    const LibraryInfo *info = find(library);
    return info ? QLatin1String(info->name) : QString();
}

int logRecordSize(RecordLibrary library)
{
    const LibraryInfo *info = find(library);
    return info ? info->logSize : 0;
}

int userIdRecordSize(RecordLibrary library)
{
    const LibraryInfo *info = find(library);
    return info ? info->userIdSize : 0;
}

bool hasTextUserIds(RecordLibrary library)
{
    return library == RecordLibrary::HS102 || library == RecordLibrary::HS103;
}

} // namespace punchclock::protocol
