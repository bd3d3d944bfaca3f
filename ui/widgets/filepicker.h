#pragma once

#include <QWidget>

class QLineEdit;

namespace punchclock::ui {

// A file to send (a photo, a template, a card number file): its path, typed or browsed. A typed
// path counts once it is finished (Enter, or the focus moves on), so that a form reading the
// file does not read, or complain about, every prefix of the path on the way.
class FilePicker : public QWidget
{
    Q_OBJECT

public:
    // `filter` as QFileDialog takes it: "Images (*.jpg *.jpeg)".
    explicit FilePicker(const QString &filter, QWidget *parent = nullptr);

    // The path last finished or chosen; not what is being typed.
    QString path() const;
    void setPath(const QString &path);
    // Something is typed in the field that is not finished yet.
    bool isEditing() const;
    // The file's bytes; false with the reason in words when it cannot be read.
    bool read(QByteArray *data, QString *error) const;

Q_SIGNALS:
    // A typed path finished, a file chosen in the dialog, or setPath(): once per change.
    void pathChanged(const QString &path);

private:
    void takePath();

    QLineEdit *m_path;
    QString m_filter;
    QString m_taken;
};

} // namespace punchclock::ui
