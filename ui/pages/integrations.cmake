target_sources(punchclock_ui PRIVATE
    integrationtext.cpp
    pages/integrationactions.cpp
    pages/integrationspage.cpp
    models/destinationtablemodel.cpp
    models/outboxeventmodel.cpp
    widgets/destinationdetailspane.cpp
    widgets/odoofields.cpp
    dialogs/destinationdialog.cpp
    dialogs/replayfromdialog.cpp)
