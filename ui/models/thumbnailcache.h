#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QPixmap>

#include <functional>

namespace punchclock::ui {

// How a table model asks for the bytes of a row's photo: `deliver` gets them at once (a SQLite
// file, a test) or later on the GUI thread, once the console's reader has read them (PostgreSQL).
template <typename Key>
using PhotoFetch = std::function<void(const Key &key, std::function<void(const QByteArray &photo)> deliver)>;

// A photo source at hand, as a fetch that delivers at once.
template <typename Key>
PhotoFetch<Key> photoFetchOf(std::function<QByteArray(const Key &)> source)
{
    return [source = std::move(source)](const Key &key, const std::function<void(const QByteArray &)> &deliver) {
        deliver(source(key));
    };
}

// The thumbnails of a table's photos: each photo is asked for when its row is first shown, and
// decoded once. One that does not decode is remembered as none, so that it is not read again.
template <typename Key>
class ThumbnailCache
{
public:
    // `arrived(key)` when a photo comes after thumbnail() returned without it: the model then
    // says that its cell changed.
    ThumbnailCache(int size, std::function<void(const Key &)> arrived)
        : m_size(size)
        , m_arrived(std::move(arrived))
    {}

    // Without one, every thumbnail is null.
    void setFetch(PhotoFetch<Key> fetch) { m_fetch = std::move(fetch); }

    // The thumbnail of `key` as its row stands at `version` (a newer row may carry a new photo):
    // null while its photo is on its way.
    QPixmap thumbnail(const Key &key, const QDateTime &version = {})
    {
        const auto cached = m_entries.constFind(key);
        if (cached != m_entries.constEnd() && cached->version == version)
            return cached->pixmap;
        m_entries.insert(key, {version, {}});
        if (!m_fetch)
            return {};
        m_asking = true;
        m_fetch(key, [this, key, version](const QByteArray &photo) { store(key, version, photo); });
        m_asking = false;
        return m_entries.value(key).pixmap;
    }

    // Forgets the thumbnails of rows that are gone or changed (`versions` by key: the rows kept).
    // A photo still on its way for one of them is dropped when it comes.
    void keep(const QHash<Key, QDateTime> &versions)
    {
        m_entries.removeIf([&versions](const auto &entry) {
            const auto row = versions.constFind(entry.key());
            return row == versions.constEnd() || *row != entry.value().version;
        });
    }

private:
    struct Entry
    {
        QDateTime version;
        QPixmap pixmap;
    };

    void store(const Key &key, const QDateTime &version, const QByteArray &photo)
    {
        const auto entry = m_entries.find(key);
        if (entry == m_entries.end() || entry->version != version)
            return; // the row went, or changed, while its photo was read
        QImage image;
        if (image.loadFromData(photo))
            entry->pixmap =
                QPixmap::fromImage(image.scaled(m_size, m_size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        if (!m_asking)
            m_arrived(key);
    }

    int m_size;
    PhotoFetch<Key> m_fetch;
    std::function<void(const Key &)> m_arrived;
    QHash<Key, Entry> m_entries;
    bool m_asking = false; // within m_fetch: a photo delivered at once is returned, not announced
};

} // namespace punchclock::ui
