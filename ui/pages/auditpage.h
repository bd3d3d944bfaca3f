#pragma once

#include "consolereader.h"
#include "page.h"

#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;

namespace punchclock::ui {

class AuditDetailsPane;
class AuditFilterBar;
class AuditTableModel;
class DataTableView;
class DetailsSplitter;
class PageHeader;

// The audit trail (administrators): who changed what, when and from where, filtered by who,
// what, object and date; the selected record in full; the chain checked on request; the
// filtered records exported to CSV. New records appear at the top as they are written.
class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~AuditPage() override;

    void reload() override;
    AuditFilterBar *filterBar() const { return m_filters; }
    AuditTableModel *model() const { return m_model; }
    // Checks the whole chain and says what it found in the header and a message.
    void verifyChain();
    void exportCsv();
    // Writes the filtered records to `path`; false when it failed (the user was told) or was
    // cancelled.
    bool exportCsvTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    // Whom the Who filter offers, read on the console's reader.
    void refreshActors();
    void showSummary();
    void showSelected();
    void actorChanged();

    PageHeader *m_header;
    AuditFilterBar *m_filters;
    AuditTableModel *m_model;
    DataTableView *m_table;
    AuditDetailsPane *m_details;
    DetailsSplitter *m_splitter;
    QLabel *m_message;
    QPushButton *m_verify;
    QPushButton *m_export;
    QString m_chainState;
    RepeatedRead<std::optional<QStringList>> m_actors;
};

} // namespace punchclock::ui
