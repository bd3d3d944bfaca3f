target_sources(punchclock_ui PRIVATE
    pages/terminalspage.cpp
    pages/terminalcommands.cpp
    pages/terminaljobbanner.cpp
    pages/rosterdownloadbutton.cpp
    models/keypadlogtablemodel.cpp
    models/terminaltablemodel.cpp
    widgets/terminaldetailspane.cpp
    dialogs/confirmbynamedialog.cpp
    dialogs/keypadactivitydialog.cpp
    dialogs/pulllogsdialog.cpp
    dialogs/renameterminaldialog.cpp
    dialogs/rosterdownloaddialog.cpp
    dialogs/serveraddressconfirmation.cpp
    dialogs/serveraddressdialog.cpp)
