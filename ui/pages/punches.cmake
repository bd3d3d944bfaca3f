target_sources(punchclock_ui PRIVATE
    pages/punchespage.cpp
    models/punchtablemodel.cpp)
