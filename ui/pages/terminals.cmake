target_sources(punchclock_ui PRIVATE
    pages/terminalspage.cpp
    pages/terminalcommands.cpp
    keypadactivitytext.cpp
    models/keypadlogtablemodel.cpp
    models/terminaltablemodel.cpp
    widgets/terminaldetailspane.cpp
    dialogs/confirmbynamedialog.cpp
    dialogs/keypadactivitydialog.cpp
    dialogs/pulllogsdialog.cpp
    dialogs/renameterminaldialog.cpp
    dialogs/serveraddressconfirmation.cpp
    dialogs/serveraddressdialog.cpp)
