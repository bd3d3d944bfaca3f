#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;

namespace punchclock::ui {

class ConsoleContext;

// Chooses the terminals a user is sent to, removed from or copied to: every known terminal
// with its state in words, the ones asked for already ticked. Blocked terminals cannot be
// chosen: they are never served.
class TerminalPickerDialog : public QDialog
{
    Q_OBJECT

public:
    TerminalPickerDialog(ConsoleContext &context, const QString &title, const QString &explanation,
                         const QString &acceptText, const QStringList &checked, QWidget *parent = nullptr);

    // Copying: also asks which terminal the user is read from (one of `sources`); that one is
    // not offered as a target.
    void askForSource(const QStringList &sources);

    QStringList checkedDevIds() const;
    QString sourceDevId() const;
    void setChecked(const QString &devId, bool checked);

    void accept() override;

private:
    void hideSource();

    QListWidget *m_list;
    QComboBox *m_source;
    QLabel *m_sourceLabel;
    QLabel *m_error;
};

} // namespace punchclock::ui
