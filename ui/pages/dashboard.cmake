target_sources(punchclock_ui PRIVATE
    pages/dashboardpage.cpp)
