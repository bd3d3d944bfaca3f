target_sources(punchclock_ui PRIVATE
    pages/terminalspage.cpp
    models/terminaltablemodel.cpp)
