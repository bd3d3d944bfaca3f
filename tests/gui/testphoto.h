#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace punchclock::test {

// A photo as terminals send them: a JPEG of `width` × `height`.
inline QByteArray jpegPhoto(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

} // namespace punchclock::test
