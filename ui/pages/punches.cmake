target_sources(punchclock_ui PRIVATE
    pages/punchespage.cpp
    models/punchtablemodel.cpp
    widgets/punchfilterbar.cpp
    widgets/punchdetailspane.cpp
    punchcsvwriter.cpp
    punchwording.cpp)
