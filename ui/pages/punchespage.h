#pragma once

#include "consolereader.h"
#include "page.h"
#include "punchfilterbar.h"

#include "punchbrowser.h"

class QAction;
class QLabel;

namespace punchclock::ui {

class DataTableView;
class DetailsSplitter;
class PageHeader;
class PunchDetailsPane;
class PunchTableModel;

// Every punch, filtered (today by default), read lazily so that a million open at once; new
// punches appear at the top as they arrive; the selected one in words with its photo; the
// filtered rows exported to CSV.
class PunchesPage : public Page
{
    Q_OBJECT

public:
    explicit PunchesPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~PunchesPage() override;

    void reload() override;
    PunchFilterBar *filterBar() const { return m_filters; }
    PunchTableModel *model() const { return m_model; }
    // Asks for a file name, then writes the filtered rows there.
    void exportCsv();
    // Writes the filtered rows to `path` with a cancellable progress dialog; false when it
    // failed (the user was told) or was cancelled.
    bool exportCsvTo(const QString &path);

private:
    void applyFilters();
    storage::PunchQuery scopedQuery() const;
    // The users and terminals the filters offer, read on the console's reader.
    struct Choices
    {
        QList<PunchFilterBar::Person> users;
        QList<PunchFilterBar::Person> terminals;
    };
    void reloadChoices();
    static Choices readChoices(const QSqlDatabase &db, const std::optional<QSet<qint64>> &departments);
    void showChoices(Choices choices);
    void showCount(qint64 count);
    void showSelected();
    void showDayHistory();

    PageHeader *m_header;
    PunchFilterBar *m_filters;
    PunchTableModel *m_model;
    DataTableView *m_table;
    PunchDetailsPane *m_details;
    DetailsSplitter *m_splitter;
    QLabel *m_error;
    QAction *m_dayHistory = nullptr;
    RepeatedRead<Choices> m_choices;
};

} // namespace punchclock::ui
