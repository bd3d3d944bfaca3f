target_sources(punchclock_ui PRIVATE
    pages/auditpage.cpp
    models/audittablemodel.cpp
    widgets/auditdetailspane.cpp
    widgets/auditfilterbar.cpp
    dialogs/historydialog.cpp
    auditcsvwriter.cpp
    auditwording.cpp)
