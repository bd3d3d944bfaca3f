target_sources(punchclock_ui PRIVATE
    pages/dashboardattention.cpp
    pages/dashboardnotices.cpp
    portholder.cpp
    pages/dashboardpage.cpp
    pages/terminalmessages.cpp
    models/recentpunchmodel.cpp
    widgets/attentionlist.cpp
    widgets/dashboardtile.cpp
    widgets/gettingstartedpanel.cpp
    simulatorlauncher.cpp)
