target_sources(punchclock_ui PRIVATE
    pages/reportspage.cpp)
