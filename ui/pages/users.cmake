target_sources(punchclock_ui PRIVATE
    pages/userspage.cpp)
