#pragma once

#include <QTableView>

namespace punchclock::ui {

// The console's table (ui-guide "Tables"): rows selected whole, sortable, column widths and
// order remembered across runs under the view's objectName (widths clamped to
// ScreenFit::maximumColumnWidth when restored), columns first as wide as their header's text,
// headers elided when narrowed (ElidingHeaderView) and whole in their tooltip, Ctrl+C copies the selected rows
// as tab-separated text with the header line.
class DataTableView : public QTableView
{
    Q_OBJECT

public:
    // `objectName` keys the saved header state; set it before the model.
    explicit DataTableView(const QString &objectName, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Columns as wide as their contents, none wider than `maximumWidth`: a 300-character name
    // elides instead of pushing the other columns out of sight.
    void fitColumnsToContents(int maximumWidth);
    // The selected rows (visible columns, in view order) as TSV, header first.
    QString selectedRowsAsText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // The header's tooltip: the model's, else the whole header text.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Without a saved state: each column at least as wide as its header text, within the cap.
    void fitHeaderTexts();
    QString settingsKey() const;
    void saveHeaderState() const;
    bool m_headerRestored = false;
};

} // namespace punchclock::ui
