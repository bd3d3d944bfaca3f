target_sources(punchclock_ui PRIVATE
    pages/backupsection.cpp
    pages/datasection.cpp
    pages/serversection.cpp
    pages/settingspage.cpp
    pages/settingsstore.cpp)
