target_sources(punchclock_ui PRIVATE
    pages/jobspage.cpp
    dialogs/commandbuilderdialog.cpp
    models/jobtablemodel.cpp)
