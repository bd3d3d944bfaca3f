#include "userbulkresultdialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

UserBulkResultDialog::UserBulkResultDialog(const QString &title, const QList<Line> &lines, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(title);
    auto *header = new QLabel(summary(lines), this);
    header->setObjectName(QStringLiteral("bulkResultSummary"));
    header->setWordWrap(true);
    auto *table = new QTableWidget(int(lines.size()), 2, this);
    table->setObjectName(QStringLiteral("bulkResults"));
    table->setHorizontalHeaderLabels({tr("Employee"), tr("Result")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->horizontalHeader()->resizeSection(0, 220);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        auto *who = new QTableWidgetItem(line.who);
        who->setToolTip(line.who);
        // Colour is not the only signal: the icon and the words say it too.
        auto *result = new QTableWidgetItem(themedIcon(line.ok ? "state-ok" : "state-error"), line.text);
        result->setToolTip(line.text);
        table->setItem(row, 0, who);
        table->setItem(row, 1, result);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString UserBulkResultDialog::summary(const QList<Line> &lines)
{
    const int done = int(std::count_if(lines.cbegin(), lines.cend(), [](const Line &line) { return line.ok; }));
    const int failed = int(lines.size()) - done;
    if (failed == 0)
        return tr("Done for all %n employee(s).", nullptr, done);
    if (done == 0)
        return tr("Not done for any of the %n employee(s): see why below.", nullptr, failed);
    //: %1 "3 employees", %2 "1 employee"
    return tr("Done for %1; not for %2: see why below.")
        .arg(tr("%n employee(s)", nullptr, done), tr("%n employee(s)", nullptr, failed));
}

} // namespace punchclock::ui
