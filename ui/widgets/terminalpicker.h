#pragma once

#include "terminalrepository.h"

#include <QComboBox>

namespace punchclock::ui {

// Chooses a terminal by name, with its health in words and icon ("Front door · Online"); the
// first entry means "none chosen yet".
class TerminalPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit TerminalPicker(QWidget *parent = nullptr);

    // Keeps the current choice when it is still in the list.
    void setTerminals(const QList<storage::TerminalRow> &terminals);
    QString devId() const;
    void setDevId(const QString &devId);
    // The name an operator sees on the terminal; its dev_id when it has none.
    QString terminalName() const;

Q_SIGNALS:
    void devIdChanged(const QString &devId);
};

} // namespace punchclock::ui
