#pragma once

#include "reportfile.h"

#include <QCoreApplication>

#include <memory>

namespace punchclock::cli {

// Drawing a report as PDF needs QtGui, which punchclock-server does not link, so the command
// line asks the program it runs in: each executable compiles in its own definition of this
// class, app/pdfsupport.cpp (punchclock) or app/server/pdfsupport.cpp (punchclock-server).
class PdfSupport
{
public:
    // The application object a PDF is drawn in (a QGuiApplication); null where none is drawn.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[]);
    // PdfReportWriter::write; empty where no PDF is drawn.
    static ui::ReportFile::PdfWriter writer();
};

} // namespace punchclock::cli
