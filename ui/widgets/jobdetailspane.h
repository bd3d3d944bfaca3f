#pragma once

#include "jobrepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace punchclock::ui {

// The selected job on the Jobs page: status, terminal, who queued it, the timeline (queued →
// sent → answered, with times), the parameters as JSON, the return code and the decoded result,
// and the actions on it.
class JobDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailsPane(QWidget *parent = nullptr);

    // nullopt shows the empty state.
    void setJob(const std::optional<storage::JobRow> &job, const QList<storage::JobEvent> &events,
                const QString &terminalName);
    std::optional<qint64> jobId() const;
    // Whether the operator may cancel, retry or send again; when not, `why` says so.
    void setActionsAllowed(bool allowed, const QString &why);

Q_SIGNALS:
    void cancelRequested(qint64 jobId);
    void retryRequested(qint64 jobId);
    void editRequested(qint64 jobId);

private:
    void updateActions();

    std::optional<storage::JobRow> m_job;
    bool m_actionsAllowed = true;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_command;
    QLabel *m_status;
    QLabel *m_terminal;
    QLabel *m_queuedBy;
    QLabel *m_returnCode;
    QLabel *m_result;
    QTreeWidget *m_timeline;
    QPlainTextEdit *m_parameters;
    QLabel *m_parametersNote;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_edit;
};

} // namespace punchclock::ui
