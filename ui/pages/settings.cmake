target_sources(punchclock_ui PRIVATE
    pages/settingspage.cpp)
