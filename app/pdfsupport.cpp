#include "pdfsupport.h"

#include "pdfreportwriter.h"

#include <QGuiApplication>

// punchclock's: its command line draws PDF reports as the console does.
namespace punchclock::cli {

std::unique_ptr<QCoreApplication> PdfSupport::createApplication(int &argc, char *argv[])
{
    // Drawing a PDF needs a QGuiApplication; on a server there is no display to give it one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

ui::ReportFile::PdfWriter PdfSupport::writer()
{
    return ui::PdfReportWriter::write;
}

} // namespace punchclock::cli
