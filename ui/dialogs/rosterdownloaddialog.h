#pragma once

#include "rosterdownload.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;

// Downloads the roster of one or more terminals (RosterDownload): progress per terminal ("87 of
// 120 users"), Stop that asks for no more users and keeps what arrived, and a summary at the end
// (fetched, failed with why, not asked). Follows the jobs from the console's change notices.
class RosterDownloadDialog : public QDialog
{
    Q_OBJECT

public:
    RosterDownloadDialog(ConsoleContext &context, const QStringList &devIds, QWidget *parent = nullptr);

    // The downloads started, one per terminal (operation ids).
    QList<qint64> operations() const;
    bool isFinished() const;

    void reject() override;

private:
    struct Download
    {
        QString devId;
        QString title;
        qint64 operationId = 0;
        QString failure; // could not start
        services::RosterDownload::Progress progress;
    };

    // Starts a download on each terminal, each with its name, in one wait on the console's reader.
    void start(const QStringList &devIds);
    // The operation of each download, in order; 0 for one that could not start.
    QList<qint64> operationOfEach() const;
    void step();
    // Advances each download (unless stopped) and reads its progress, in one wait; whether any
    // read was queued.
    bool advance();
    void stop();
    void showProgress();
    QString progressLine(const Download &download) const;
    QString summaryLine(const Download &download) const;

    ConsoleContext &m_context;
    QList<Download> m_downloads;
    bool m_stopped = false;
    bool m_stepping = false;
    bool m_stepAgain = false; // the jobs changed while a step waited for the reader
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QPushButton *m_stop;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock::ui
