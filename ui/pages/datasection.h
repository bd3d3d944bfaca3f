#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;

// Where the database lives, how big it is, and moving it: a consistent copy goes to the new
// folder and is used from the next start (app/databaselocation reads the choice).
class DataSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit DataSection(ConsoleContext &context, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void moveFinished(bool ok);

private:
    void moveDatabase();
    void showMoveChoice();

    ConsoleContext &m_context;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_path;
    QLabel *m_size;
    QLabel *m_nextStart;
    QLabel *m_error;
    QPushButton *m_openFolder;
    QPushButton *m_move;
};

} // namespace punchclock::ui
