target_sources(punchclock_ui PRIVATE
    pages/backupsection.cpp
    pages/datasection.cpp
    pages/privacysection.cpp
    pages/serversection.cpp
    pages/settingspage.cpp
    pages/settingsstore.cpp
    pages/terminalaccesssection.cpp)
