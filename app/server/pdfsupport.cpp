#include "pdfsupport.h"

// punchclock-server's: it links no QtGui, so it draws no PDF (its `report` says where to get one).
namespace punchclock::cli {

std::unique_ptr<QCoreApplication> PdfSupport::createApplication(int &, char *[])
{
    return nullptr;
}

ui::ReportFile::PdfWriter PdfSupport::writer()
{
    return {};
}

} // namespace punchclock::cli
