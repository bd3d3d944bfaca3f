#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <type_traits>

namespace punchclock::ui {

// A table whose rows have a key (a dev_id, a user id, a punch id) and that is read again in
// full now and then: every ~2 s while terminals talk to the server. replaceRows() turns the
// new list into row removals, moves, insertions and dataChanged for the rows that differ,
// never a reset, so views keep their selection, scroll position and current index.
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Makes `rows` equal to `fresh`, in `fresh`'s order. `keyOf(row)` identifies a row (keys are
    // unique within each list); `same(a, b)` tells whether a kept row would show differently.
    template<typename Row, typename KeyOf, typename Same>
    void replaceRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, Same same)
    {
        using Key = std::decay_t<decltype(keyOf(fresh.constFirst()))>;
        QSet<Key> wanted;
        wanted.reserve(fresh.size());
        for (const Row &row : std::as_const(fresh))
            wanted.insert(keyOf(row));

        // Gone rows first, a run of neighbours at a time, from the bottom up.
        for (int last = int(rows.size()) - 1; last >= 0;) {
            if (wanted.contains(keyOf(rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }

        QSet<Key> present;
        present.reserve(rows.size());
        for (const Row &row : std::as_const(rows))
            present.insert(keyOf(row));

        // Rows before `at` are in place; every row from `at` on is still wanted further down.
        for (int at = 0; at < fresh.size(); ++at) {
            const Key key = keyOf(fresh.at(at));
            if (!present.contains(key)) {
                int end = at + 1;
                while (end < fresh.size() && !present.contains(keyOf(fresh.at(end))))
                    ++end;
                beginInsertRows({}, at, end - 1);
                for (int i = at; i < end; ++i)
                    rows.insert(i, std::move(fresh[i]));
                endInsertRows();
                at = end - 1;
                continue;
            }
            if (keyOf(rows.at(at)) != key) {
                int from = at + 1;
                while (keyOf(rows.at(from)) != key)
                    ++from;
                beginMoveRows({}, from, from, {}, at);
                rows.move(from, at);
                endMoveRows();
            }
            const bool changed = !same(rows.at(at), fresh.at(at));
            // Taken even when it shows the same: fields no column shows may differ.
            rows[at] = std::move(fresh[at]);
            if (changed)
                Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        }
    }
};

} // namespace punchclock::ui
