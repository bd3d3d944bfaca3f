#pragma once

#include <QWidget>

class QLineEdit;

namespace punchclock::ui {

// A file to send (a photo, a template, a card number file): its path, typed or browsed.
class FilePicker : public QWidget
{
    Q_OBJECT

public:
    // `filter` as QFileDialog takes it: "Images (*.jpg *.jpeg)".
    explicit FilePicker(const QString &filter, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // The file's bytes; false with the reason in words when it cannot be read.
    bool read(QByteArray *data, QString *error) const;

Q_SIGNALS:
    void pathChanged(const QString &path);

private:
    QLineEdit *m_path;
    QString m_filter;
};

} // namespace punchclock::ui
